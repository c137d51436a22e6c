// The patterns the fast Markdown path (markdown-fast.ts) ran a few times a render, read by hand:
// V8 compiles a pattern on its first run and again, to machine code, on its second (10 and 30 to
// 60 us on Node 24.21), so one asked of a heading or a table's delimiter row cost more to compile
// than to run. test/markdown-fast-checks.test.ts holds each to the pattern it stands for.
import { isAsciiAlnum } from '../util/chars.ts';

/** /^(#{1,6}) (.*)$/: the `#`s and the text of a heading line, or undefined. */
export function headingLine(line: string): { hashes: string; text: string } | undefined {
  let n = 0;
  while (n < 7 && line.charCodeAt(n) === 35 /* # */) n++;
  if (n === 0 || n > 6 || line.charCodeAt(n) !== 32) return undefined;
  const text = line.slice(n + 1);
  // `.` stops at a line terminator, and `$` is the end of the line's text.
  if (text.includes('\n') || text.includes('\r') || text.includes('\u2028') || text.includes('\u2029')) return undefined;
  return { hashes: line.slice(0, n), text };
}

/** /^\|(?:[ ]*:?-+:?[ ]*\|)+$/: a table's delimiter row (`| --- | :-: |`). */
export function isDelimiterRow(line: string): boolean {
  if (line.charCodeAt(0) !== 124 /* | */ || line.length < 2) return false;
  let i = 1;
  while (i < line.length) {
    while (line.charCodeAt(i) === 32) i++;
    if (line.charCodeAt(i) === 58 /* : */) i++;
    const dashes = i;
    while (line.charCodeAt(i) === 45 /* - */) i++;
    if (i === dashes) return false;
    if (line.charCodeAt(i) === 58) i++;
    while (line.charCodeAt(i) === 32) i++;
    if (line.charCodeAt(i) !== 124) return false;
    i++;
  }
  return true;
}

/** /^[A-Za-z0-9(](?:[^*_`\\~[\]<>&|]*[A-Za-z0-9:)])?$/: a label inside **strong** (`Started:`, `AI-1`). */
export function isStrongLabel(s: string): boolean {
  const n = s.length;
  const first = s.charCodeAt(0);
  if (n === 0 || !(isAsciiAlnum(first) || first === 40 /* ( */)) return false;
  if (n === 1) return true;
  const last = s.charCodeAt(n - 1);
  if (!(isAsciiAlnum(last) || last === 58 /* : */ || last === 41 /* ) */)) return false;
  for (let i = 1; i < n - 1; i++) if ('*_`\\~[]<>&|'.includes(s[i]!)) return false;
  return true;
}

/** /[*`~|[\]]/: a character that makes syntax in a URL the serializer writes otherwise. */
export const hasUrlSyntax = (s: string): boolean =>
  s.includes('*') || s.includes('`') || s.includes('~') || s.includes('|') || s.includes('[') || s.includes(']');

/** /^&#?[A-Za-z0-9]+;/ at `at`: a character reference (`&amp;`, `&#35;`), which micromark decodes. */
export function isCharacterReference(s: string, at: number): boolean {
  if (s.charCodeAt(at) !== 38 /* & */) return false;
  let i = at + 1;
  if (s.charCodeAt(i) === 35 /* # */) i++;
  const start = i;
  while (isAsciiAlnum(s.charCodeAt(i))) i++;
  return i > start && s.charCodeAt(i) === 59 /* ; */;
}
