// Public output as a reader sees it, for the leak check: character references decoded (twice: a
// feed holds escaped HTML), tags and inline Markdown markup dropped (`al**ice**` and
// `al<strong>ice</strong>` read "alice"), zero-width characters and backslash escapes dropped.
// Every character keeps the offset it came from, so a finding can be placed in the original.
// The package's table only: its index builds two maps of every confusable when loaded, which every
// `incident render` paid (internal too); the one the check reads is built the same way on first use.
import { characters } from 'confusables/dist/characters.js';

export interface Plain {
  text: string;
  /** For each UTF-16 unit of `text`, its offset in the original (one more entry: the end); none: the same offsets. */
  map?: number[];
}

/** Characters read by the leak check's passes over text (plain, fold, searches, line indexes): a measure of work for tests. */
export const work = { chars: 0 };

/** The offset in the original of `text[k]`. */
export const offsetAt = (p: Plain, k: number): number => (p.map ? p.map[k]! : k);

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', colon: ':', sol: '/', period: '.', commat: '@', lowbar: '_', ast: '*' };

// Inline elements join the text around them (a word split by <strong> is one word); any other tag
// (a paragraph, a table cell, a line break) separates words.
const INLINE = new Set(['a', 'abbr', 'b', 'bdi', 'bdo', 'code', 'del', 'dfn', 'em', 'i', 'ins', 'kbd', 'mark', 'q', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'u', 'var', 'wbr']);

const ENTITY = /&#(\d{1,7});|&#[xX]([0-9a-fA-F]{1,6});|&([A-Za-z]{2,8});/g;
// Real markup (the output's own tags and comments); then, once decoded, the tags of HTML escaped
// inside it (a feed's content) by their element names only: text that reads `<!--` or `<Bob>`
// after decoding is text a reader sees.
const TAGS = /<\/?([A-Za-z][A-Za-z0-9]*)(?:\s[^<>]*)?\/?>|<!--[\s\S]*?-->/g;
const ELEMENTS = new Set([...INLINE, 'p', 'br', 'hr', 'div', 'ul', 'ol', 'li', 'blockquote', 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'img', 'section', 'input']);
const ATTRIBUTE = /\s(?:href|src|title|alt|cite|action|formaction|poster|srcset)\s*=\s*(?:"([^"]*)"|'([^']*)')/gi;
const MARKDOWN_HINT = /[\\*~`_\u200B-\u200D\u2060\u00AD\uFEFF]/;
const MARKDOWN = /\\([!-/:-@[-`{-~])|[*~`]+|_+|[\u200B-\u200D\u2060\u00AD\uFEFF]/g;

function entity(m: RegExpExecArray): string | undefined {
  if (m[3] !== undefined) return NAMED[m[3]];
  const code = m[1] !== undefined ? Number(m[1]) : parseInt(m[2]!, 16);
  if (code === 10 || code === 13) return ' ';
  return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : undefined;
}

/** Replaces each match of `re` by what `by` gives (undefined: kept as is), keeping the offsets (unless `offsets` is false: text only). */
function rewrite(src: Plain, re: RegExp, by: (m: RegExpExecArray, s: string) => string | undefined, offsets = true): Plain {
  const { text, map } = src;
  let out = '';
  const outMap: number[] = [];
  let last = 0;
  let changed = false;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const to = by(m, text);
    if (to === undefined) continue;
    changed = true;
    // offsetAt written out in the loops: a function called for every character was hot enough for
    // Maglev in a public render (Node 24.21).
    if (offsets && map) {
      for (let k = last; k < m.index; k++) outMap.push(map[k]!);
      for (let k = 0; k < to.length; k++) outMap.push(map[m.index]!);
    } else if (offsets) {
      for (let k = last; k < m.index; k++) outMap.push(k);
      for (let k = 0; k < to.length; k++) outMap.push(m.index);
    }
    out += text.slice(last, m.index);
    out += to;
    last = m.index + m[0].length;
  }
  if (!changed) return src;
  if (!offsets) return { text: out + text.slice(last) };
  for (let k = last; k <= text.length; k++) outMap.push(map ? map[k]! : k);
  return { text: out + text.slice(last), map: outMap };
}

const identity = (text: string): Plain => ({ text });
/** A letter or digit of any script; an ASCII one without the Unicode pattern (compiling it took 0.4 ms on Node 24.21). */
export const isAlnum = (c: string | undefined): boolean => {
  if (c === undefined) return false;
  const code = c.charCodeAt(0);
  if (c.length === 1 && code < 0x80) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return /[\p{L}\p{N}]/u.test(c);
};

/** plain's text alone (the public-leak screen reads strings, it places nothing): no offsets kept; twice over the built-in templates' text, 0.3 ms instead of 1.2. */
export const plainText = (output: string): string => plain(output, false).text;

export function plain(output: string, offsets = true): Plain {
  work.chars += output.length;
  const tag = (known?: Set<string>) => (m: RegExpExecArray) => {
    if (m[1] === undefined) return known ? undefined : ' '; // a comment
    const name = m[1].toLowerCase();
    if (known && !known.has(name)) return undefined;
    // Where a link goes, an image comes from, a title or alt text: published too, read as text.
    const values = m[0].includes('=') ? [...m[0].matchAll(ATTRIBUTE)].map((a) => a[1] ?? a[2]!) : [];
    if (values.length) return ` ${values.join(' ')} `;
    return INLINE.has(name) ? '' : ' ';
  };
  // Each pass only over text that has what it looks for (most output has no entities at all).
  let p = identity(output);
  if (p.text.includes('<')) p = rewrite(p, TAGS, tag(), offsets);
  if (p.text.includes('&')) p = rewrite(p, ENTITY, entity, offsets);
  if (p.text.includes('<')) p = rewrite(p, TAGS, tag(ELEMENTS), offsets);
  if (p.text.includes('&')) p = rewrite(p, ENTITY, entity, offsets);
  if (!MARKDOWN_HINT.test(p.text)) return p;
  return rewrite(p, MARKDOWN, (m, s) => {
    if (m[1] !== undefined) return m[1];
    // `snake_case` keeps its underscore (CommonMark never makes emphasis inside a word with `_`).
    if (m[0][0] === '_' && isAlnum(s[m.index - 1]) && isAlnum(s[m.index + m[0].length])) return undefined;
    return '';
  }, offsets);
}

/**
 * Folded for matching names: compatibility forms and accents dropped (NFKD without marks),
 * look-alike letters of other scripts read as their Latin twin (the `confusables` package's
 * table: Cyrillic `а` is `a`), lower case. Offsets kept as in `plain`.
 */
export function fold(src: Plain): Plain {
  work.chars += src.text.length;
  let out = '';
  const map: number[] = [];
  let k = 0;
  const from = src.map; // offsetAt written out, as in rewrite
  for (const ch of src.text) {
    const f = foldChar(ch);
    const at = from ? from[k]! : k;
    for (let j = 0; j < f.length; j++) map.push(at);
    out += f;
    k += ch.length;
  }
  map.push(from ? from[src.text.length]! : src.text.length);
  return { text: out, map };
}

function foldChar(ch: string): string {
  if (ch.charCodeAt(0) < 0x80) return ch.toLowerCase();
  const base = ch.normalize('NFKD').replace(/\p{M}/gu, '');
  const map = confusables();
  return [...base].map((c) => map.get(c) ?? c).join('').normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

let confusablesMap: Map<string, string> | undefined;

/** Each confusable character to the letter or digit it looks like: the confusables package's confusablesMap, built as it builds it. */
function confusables(): Map<string, string> {
  if (confusablesMap) return confusablesMap;
  confusablesMap = new Map();
  for (const [base, alts] of characters.entries()) for (const char of alts) confusablesMap.set(char, base);
  return confusablesMap;
}

/** fold's text alone (no offsets): ASCII text is only lower-cased. */
export function foldText(text: string): string {
  if (/^[\u0000-\u007f]*$/.test(text)) return text.toLowerCase();
  // Runs of ASCII capitals lower-cased at once, every other character (by code point) as fold does it.
  return text.replace(/[A-Z]+|[^\u0000-\u007f]/gu, (m) => (m.charCodeAt(0) < 0x80 ? m.toLowerCase() : foldChar(m)));
}

/** A name folded the same way (for the pattern that finds it). */
export const foldName = (name: string): string => fold(identity(name)).text.replace(/\s+/g, ' ').trim();
