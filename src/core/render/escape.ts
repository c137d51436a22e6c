// Escaping incident text for the two output formats. Markdown templates are compiled without
// Handlebars' HTML escaping (it would litter Markdown with entities), so every value reaches
// Markdown output through one of these: text stays text, whatever characters it holds.
import { unixLineBreaks } from '../util/line-breaks.ts';

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#x27;', '`': '&#x60;', '=': '&#x3D;',
};

// C0 controls other than tab and line breaks: invisible, and not allowed in XML (the Atom feed).
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/** What escapeHtml changes or drops: HTML_ESCAPES' characters and CONTROLS. */
const NEEDS_HTML_ESCAPE = /[&<>"'`=\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

const NON_ASCII = /[^\0-\x7f]/;

/** Text as HTML (element content or a quoted attribute value); the same set Handlebars escapes. */
export function escapeHtml(value: unknown): string {
  const t = text(value);
  // Most values hold nothing to escape: returned as they are, without the two replaces (the
  // internal site escapes about a million values for 10,000 incidents).
  if (!NEEDS_HTML_ESCAPE.test(t)) return t;
  return t.replace(CONTROLS, '').replace(/[&<>"'`=]/g, (c) => HTML_ESCAPES[c]!);
}

/** Any value as text: null and undefined are empty, arrays are comma-separated. */
export function text(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.map(text).join(', ');
  return String(value);
}

/** Whitespace (line breaks too) collapsed to single spaces: one line of text. */
export const oneLine = (value: unknown) => text(value).replace(CONTROLS, '').replace(/\s+/g, ' ').trim();

/**
 * One line of Markdown that shows exactly `value` as text: the characters that make syntax
 * (emphasis, links, code, raw HTML, tables, entities) are backslash-escaped, a line start that
 * would open a block (heading, list, quote) is escaped too, and `@name` gets a zero-width space
 * so that a GitHub issue body never pings anyone.
 */
export function inlineMarkdown(value: unknown): string {
  let s = oneLine(value).replace(/[\\`*[\]<>|~]/g, '\\$&');
  // The Unicode-aware patterns cost a regex compile each (1 ms for the first on Node 24.21): only
  // for text that needs them, and ASCII text takes their ASCII forms (\p{L} and \p{N} match
  // A-Z, a-z and 0-9 there: test/render-markdown.test.ts checks every ASCII character).
  if (s.includes('_')) s = s.replace(NON_ASCII.test(s) ? /(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu : /(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])/g, '\\_');
  if (s.includes('@')) s = s.replace(NON_ASCII.test(s) ? /(?<![\p{L}\p{N}_])@(?=[\p{L}\p{N}_])/gu : /(?<![A-Za-z0-9_])@(?=[A-Za-z0-9_])/g, '@\u200B');
  if (s.includes('&')) s = s.replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&');
  return escapeLineStart(s);
}

/**
 * A start that would open a block escaped: `#`, `+`, `=` or `-`, or digits then `.` or `)`. Read
 * by hand, not as /^([#+=-])/ and /^(\d+)([.)])/: two more compiles in every render.
 */
function escapeLineStart(s: string): string {
  const c = s.charCodeAt(0);
  if (c === 35 || c === 43 || c === 61 || c === 45) return `\\${s}`;
  let i = 0;
  while (s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) i++;
  const after = s.charCodeAt(i);
  return i > 0 && (after === 46 || after === 41) ? `${s.slice(0, i)}\\${s.slice(i)}` : s;
}

/** A GFM table cell: inline Markdown, where `|` is already escaped and line breaks are spaces. */
export const tableCell = inlineMarkdown;

/** A fenced code block that shows `value` verbatim: the fence is longer than any backtick run inside. */
export function codeBlock(value: unknown, lang = ''): string {
  const body = unixLineBreaks(text(value).replace(CONTROLS, '')).replace(/\n$/, '');
  const longest = Math.max(0, ...(body.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}${lang.replace(/[^\w+#.-]/g, '')}\n${body}\n${fence}`;
}

/** The longest run of the character `c` in `s` (what `s.match(/`+/g)` measured, without compiling it). */
export function longestRun(s: string, c: number): number {
  let longest = 0;
  for (let i = s.indexOf(String.fromCharCode(c)); i !== -1; i = s.indexOf(String.fromCharCode(c), i)) {
    const start = i;
    while (s.charCodeAt(i) === c) i++;
    if (i - start > longest) longest = i - start;
  }
  return longest;
}

/** An inline code span showing `value` verbatim (on one line). */
export function codeSpan(value: unknown): string {
  const body = oneLine(value);
  if (body === '') return '';
  const ticks = '`'.repeat(longestRun(body, 96 /* ` */) + 1);
  const pad = body.startsWith('`') || body.endsWith('`') ? ' ' : ''; // a space keeps a leading or trailing backtick apart from the fence
  return `${ticks}${pad}${body}${pad}${ticks}`;
}
