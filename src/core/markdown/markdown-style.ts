// What every Markdown output's style needs besides the serializer (markdown-out.ts), shared with the
// path that writes Casefile's own documents without it (markdown-fast.ts): paragraphs wrapped at
// 80 columns where a line break changes nothing, a lonely `~` written bare, bare URLs found as
// GitHub finds them. Pure.

/** markdownlint's MD013 line length. */
export const WIDTH = 80;

/**
 * Above this, a document goes out as the template made it: remark's parser is quadratic on some
 * shapes (a list item continued by thousands of lines), and no post-mortem a person reads is this long.
 */
export const MAX_TREE = 512 * 1024;

/**
 * Whether `made` goes out in the one style: Markdown from one of Casefile's templates does; a
 * repository's own template is left as its team wrote it (it may not even be Markdown: an e-mail,
 * a chat message).
 */
export const inOurStyle = (template: { file: string; builtIn?: boolean }, made: string): boolean =>
  (template.builtIn ?? template.file.startsWith('built-in:')) && made.length <= MAX_TREE;

/**
 * GFM's strikethrough needs a `~` to open and one to close, so the serializer escapes every `~`;
 * a paragraph with only one (`~14:05`, an approximate time) cannot strike anything: written bare.
 */
export function lonelyTilde(value: string): string {
  if (!value.includes('~')) return value; // most text: no split
  return value.split('~').length === 2 && value.includes('\\~') ? value.replace('\\~', '~') : value;
}

/** Rows of a table as GFM's serializer aligns them, a cell's lonely `~` bare (a space after the cell keeps the columns aligned). */
export const bareTildeCells = (rows: string): string =>
  !rows.includes('~') ? rows : rows.split('\n').map((row) =>
    row.split(/(?<!\\)\|/).map((cell) => {
      const bare = lonelyTilde(cell);
      return bare === cell ? cell : `${bare} `;
    }).join('|')).join('\n');

// An http(s) URL, a www. host or an e-mail address, as GitHub's autolink literals find them; the
// punctuation that ends a sentence is not part of it.
export const URL_OR_EMAIL = /\b(?:https?:\/\/|www\.)[^\s<>"]*[^\s<>".,:;!?'")\]*_~]|\b[\w.+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b/g;
export const BARE = /\bhttps?:\/\/|\bwww\.|@[A-Za-z0-9-]+\./;

/**
 * Whether a line starting at `at` would open a block (list, heading, quote, fence, table, HTML, a
 * setext underline): /^(?:[-+*>#=|<~`_[]|\d{1,9}[.)])/ read by hand, as breakable asks it at every
 * space of a long line (test/markdown-style.test.ts holds the two equal).
 */
export function opensBlock(line: string, at: number): boolean {
  const c = line.charCodeAt(at);
  if (c !== c) return false; // past the end
  if ('-+*>#=|<~`_['.includes(line[at]!)) return true;
  let i = at;
  while (i - at < 10 && line.charCodeAt(i) >= 48 && line.charCodeAt(i) <= 57) i++;
  const after = line.charCodeAt(i);
  return i > at && i - at <= 9 && (after === 46 || after === 41);
}

/**
 * A serialized paragraph wrapped at the spaces where a line break changes nothing: the first line
 * has `first` columns, the others `rest` (inside a list item or a quote). A word longer than a
 * line keeps a line of its own (a long URL: markdownlint allows it).
 */
export function wrap(value: string, first: number, rest: number): string {
  return value.split('\n').map((line, i) => wrapLine(line, i === 0 ? first : rest, rest)).join('\n');
}

function wrapLine(line: string, first: number, rest: number): string {
  if (line.length <= first) return line;
  const breaks = breakable(line);
  const out: string[] = [];
  let start = 0;
  let width = first;
  let candidate = -1;
  for (const at of breaks) {
    if (at - start > width && candidate > start) {
      out.push(line.slice(start, candidate));
      start = candidate + 1;
      width = rest;
    }
    candidate = at;
  }
  if (line.length - start > width && candidate > start) {
    out.push(line.slice(start, candidate));
    start = candidate + 1;
  }
  out.push(line.slice(start));
  return out.join('\n');
}

/** What breakable stops at: the characters that open or end something, and spaces. */
const SIGNIFICANT = /[\\`<( ]/g;

/**
 * The indexes of the spaces of a serialized paragraph line where a line break is harmless. It
 * goes from one significant character to the next (SIGNIFICANT), not through every character: the
 * loop over each was hot enough for Maglev in a render (0.7 ms of compiling on Node 24.21).
 */
export function breakable(line: string): number[] {
  const spaces: number[] = [];
  let code = 0; // the length of the backtick run that opened a code span, 0 outside one
  SIGNIFICANT.lastIndex = 0;
  for (let m = SIGNIFICANT.exec(line); m !== null; m = SIGNIFICANT.exec(line)) {
    let i = m.index;
    const c = line[i]!;
    if (c === '\\' && !code) {
      i++;
    } else if (c === '`') {
      let n = 1;
      while (line[i + n] === '`') n++;
      if (!code) code = n;
      else if (n === code) code = 0;
      i += n - 1;
    } else if (code) {
      // inside a code span: nothing breaks it
    } else if (c === '<' && line.indexOf('>', i) !== -1 && isTagStart(line.charCodeAt(i + 1))) {
      // An autolink or inline HTML: to its end.
      i = line.indexOf('>', i);
    } else if (c === '(' && line[i - 1] === ']') {
      // A link's destination and title: to the matching parenthesis.
      let depth = 0;
      let j = i;
      for (; j < line.length; j++) {
        if (line[j] === '\\') j++;
        else if (line[j] === '(') depth++;
        else if (line[j] === ')' && --depth === 0) break;
      }
      i = j;
    } else if (c === ' ' && i > 0 && line[i - 1] !== ' ' && line[i - 1] !== '\\' && line[i + 1] !== undefined && line[i + 1] !== ' ' && !opensBlock(line, i + 1)) {
      spaces.push(i);
    }
    SIGNIFICANT.lastIndex = i + 1;
  }
  return spaces;
}

/** After `<`: a letter, `/`, `!` or `?` (an autolink or HTML), as /^<[A-Za-z/!?]/ reads it. */
const isTagStart = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 47 || c === 33 || c === 63;
