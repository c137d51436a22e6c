// Finding the frontmatter in an incident file, with exact offsets, without any YAML parsing.
import { DocumentError } from '../util/errors.ts';

export interface Split {
  /** Offset of the first frontmatter character (after the opening `---` line). */
  fmStart: number;
  /** Offset of the closing `---` line; the frontmatter text is text.slice(fmStart, fmEnd). */
  fmEnd: number;
  /** Offset of the first body character (after the closing `---` line). */
  bodyStart: number;
  /** The file's own line ending, used for every line we add. */
  eol: '\n' | '\r\n';
}

const CLOSE = /^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/gm;

/**
 * The length of the opening line, as /^\uFEFF?---[ \t]*\r?\n/ matches it, or -1 for none: read by
 * hand, as every command reads a file's first line (test/chars.test.ts holds the two equal).
 */
export function openingLength(text: string): number {
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  if (!text.startsWith('---', i)) return -1;
  i += 3;
  while (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9) i++;
  if (text.charCodeAt(i) === 13) i++;
  return text.charCodeAt(i) === 10 ? i + 1 : -1;
}

/** Finds the frontmatter; throws a positioned DocumentError when there is none or it is not closed. */
export function splitFrontmatter(text: string, file?: string): Split {
  const fmStart = openingLength(text);
  if (fmStart < 0) {
    throw new DocumentError('Unexpected start of file, expected a frontmatter block opened by a `---` line', file, 1, 1);
  }
  const close = closingLine(text, fmStart);
  if (!close) {
    throw new DocumentError('Unexpected end of file, expected a `---` line closing the frontmatter opened here', file, 1, 1);
  }
  return {
    fmStart,
    fmEnd: close.index,
    bodyStart: close.index + close.length,
    eol: text.charCodeAt(fmStart - 2) === 13 ? '\r\n' : '\n',
  };
}

/**
 * The first line from `from` (a line start) that CLOSE matches: where it starts and how long the
 * match is. The lines that start with `---` or `...` are found by indexOf and looked at (CLOSE's
 * `^` tries every offset of the text, which cost Node 24 ~20 us a file). A CR, U+2028 or U+2029
 * also starts and ends a line for `^` and `$`: when one is in the text up to the line found, or
 * anywhere after `from` when none is found, the pattern reads the text. (Only the frontmatter is
 * searched, not the body after it: ~1.5 us a site page less, Node 24.)
 */
export function closingLine(text: string, from: number): { index: number; length: number } | undefined {
  const found = closingByLines(text, from);
  const upTo = found ? text.slice(from, found.index + found.length) : from === 0 ? text : text.slice(from);
  if (upTo.indexOf('\r') !== -1 || upTo.indexOf('\u2028') !== -1 || upTo.indexOf('\u2029') !== -1) {
    CLOSE.lastIndex = from;
    const close = CLOSE.exec(text);
    return close ? { index: close.index, length: close[0].length } : undefined;
  }
  return found;
}

/** closingLine for lines that end in `\n` only. */
function closingByLines(text: string, from: number): { index: number; length: number } | undefined {
  for (let at = from; ;) {
    if (text.startsWith('---', at) || text.startsWith('...', at)) {
      let end = at + 3;
      while (text.charCodeAt(end) === 32 || text.charCodeAt(end) === 9) end++;
      if (end === text.length) return { index: at, length: end - at };
      if (text.charCodeAt(end) === 10) return { index: at, length: end + 1 - at };
    }
    // The next line that starts as a closing line can: by two native searches, not line by line
    // (a long outage's frontmatter has over a thousand lines, ~1 us each in code run cold); a
    // `...` line only before the next `---` one (a `\n...` cannot straddle its `\n`).
    const dashes = text.indexOf('\n---', at);
    let dots: number;
    if (dashes === -1) dots = text.indexOf('\n...', at);
    else {
      const before = text.slice(at, dashes).indexOf('\n...');
      dots = before === -1 ? -1 : at + before;
    }
    if (dashes === -1 && dots === -1) return undefined;
    at = (dashes === -1 ? dots : dots === -1 ? dashes : Math.min(dashes, dots)) + 1;
  }
}

/**
 * Where a new line inserted before the line starting at `lineStart` should go so that comment
 * lines written just above that line stay attached to it.
 */
export function beforeComments(text: string, lineStart: number): number {
  let pos = lineStart;
  while (pos > 0) {
    const prev = text.lastIndexOf('\n', pos - 2) + 1;
    if (!text.slice(prev, pos).trimStart().startsWith('#')) break;
    pos = prev;
  }
  return pos;
}

/** 1-based line and column of an offset in a text. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}
