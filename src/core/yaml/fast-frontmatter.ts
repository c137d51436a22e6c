// A fast read of a few top-level frontmatter fields, where a command only decides whether to read
// a file at all (`publish`: is it public; `log` without an id: is it open), about 50x cheaper than a
// YAML parse. It understands only the plain shapes Casefile and people usually write; anything else
// returns undefined and the caller uses the real parser. test/fast-frontmatter.test.ts proves it
// equal to the `yaml` parser on the whole test corpus. On a file the parser rejects it is unsure
// when the error is at a top-level line (a duplicate key, `__proto__`, a value the parser refuses);
// errors inside nested values (the timeline, say) are the parser's to report when the file is
// opened. What a command shows of a file is read whole (core/document/frontmatter-data.ts).
// test/yaml-differential.test.ts checks it against the parser on generated files.

/** Plain keys the core schema reads as booleans or null (simple-yaml.ts has the same list). */
const SPECIAL_KEYS = new Set(['true', 'True', 'TRUE', 'false', 'False', 'FALSE', 'null', 'Null', 'NULL']);

export type QuickValue = string | number | boolean | null | QuickValue[];

/**
 * The top-level `keys` of a file's frontmatter, or undefined when this reader is not sure
 * (unusual syntax, no frontmatter). Keys that are absent are absent from the result.
 */
export function quickFields(text: string, keys: ReadonlySet<string>): Record<string, QuickValue> | undefined {
  const lines = frontmatterLines(text);
  if (!lines) return undefined;
  const out: Record<string, QuickValue> = {};
  // Every top-level key, asked for or not: a duplicate or `__proto__` anywhere makes the parser
  // refuse the whole file, and this reader must not answer for a file `show` refuses.
  const seen = new Set<string>();
  let sawKey = false;
  for (let i = 0; i < lines.length; i++) {
    const first = lines.first(i);
    if (first === 35 /* # */ || first === -1 /* empty */) continue;
    if (first === 32 /* space */ || first === 45 /* - */) {
      if (!sawKey) return undefined; // an indented top-level map, a sequence: not ours
      continue;
    }
    const m = /^([A-Za-z_][\w-]*):(?:[ \t]+(.*))?$/.exec(lines.at(i));
    if (!m) return undefined; // complex keys, tabs, document markers: let the real parser decide
    sawKey = true;
    const key = m[1]!;
    // `True:`, `null:`...: not string keys to the core schema, and duplicates of `true:`...: the parser's.
    if (key.length <= 5 && SPECIAL_KEYS.has(key)) return undefined;
    if (seen.has(key) || key === '__proto__') return undefined;
    seen.add(key);
    if (!keys.has(key)) {
      // A quoted or flow value left open would swallow the next lines, keys and all.
      const c = m[2]?.charCodeAt(0);
      const quoted = c === 34 || c === 39;
      if ((quoted || c === 91 || c === 123) && !closedOnLine(m[2]!)) return undefined;
      // Values the parser refuses (an alias, `a: b`, `` `x` ``, `- a`, ...) or that need it: the
      // file's verdict is the parser's (cheap checks only: nested lines are not read). A quoted
      // value closed on its line may hold `: ` (`title: 'api: slow'`).
      if (c !== undefined && (ODD_START.has(c) || (c === 45 && m[2]!.charCodeAt(1) === 32) || (!quoted && m[2]!.includes(': ')))) return undefined;
      continue;
    }
    const inline = stripComment(m[2] ?? '');
    let value: QuickValue | undefined;
    if (inline !== '') {
      value = inlineValue(inline);
      if (isContinued(lines, i)) return undefined; // a multi-line plain scalar, or an error
    } else {
      const { items, end } = blockSequence(lines, i + 1);
      value = items;
      i = end - 1;
    }
    if (value === undefined) return undefined;
    out[key] = value;
  }
  return sawKey ? out : undefined; // no fields at all: the real parser explains
}

/**
 * The frontmatter's lines as offsets into the text (without their line break): most lines are
 * indented and never looked at, so they are never sliced out.
 */
class Lines {
  readonly starts: number[] = [];
  readonly ends: number[] = [];
  readonly text: string;
  constructor(text: string) {
    this.text = text;
  }
  /** The line text[from, to) (without its line break). */
  add(from: number, to: number): void {
    this.starts.push(from);
    this.ends.push(to);
  }
  get length(): number {
    return this.starts.length;
  }
  at(k: number): string {
    return this.text.slice(this.starts[k], this.ends[k]);
  }
  /** The first character code of line k; -1 when it is empty. */
  first(k: number): number {
    return this.starts[k] === this.ends[k] ? -1 : this.text.charCodeAt(this.starts[k]!);
  }
}

/** The frontmatter's lines, or undefined when there is no closed frontmatter. */
function frontmatterLines(text: string): Lines | undefined {
  const start = text.startsWith('\uFEFF') ? 1 : 0;
  if (!text.startsWith('---', start)) return undefined;
  const lines = new Lines(text);
  let pos = text.indexOf('\n', start);
  if (pos === -1 || !/^[ \t]*\r?$/.test(text.slice(start + 3, pos))) return undefined;
  const done = () => (hasOddBreaks(text.slice(start, pos + 1)) ? undefined : lines);
  for (;;) {
    const next = text.indexOf('\n', pos + 1);
    if (next === -1) return /^(?:---|\.\.\.)[ \t]*\r?$/.test(text.slice(pos + 1)) ? done() : undefined;
    const from = pos + 1;
    const to = text.charCodeAt(next - 1) === 13 ? next - 1 : next;
    const c = text.charCodeAt(from);
    if ((c === 45 /* - */ || c === 46 /* . */) && /^(?:---|\.\.\.)[ \t]*$/.test(text.slice(from, to))) return done();
    lines.add(from, to);
    pos = next;
  }
}

/** A lone CR, or U+2028/U+2029: a line break to the splitter's regex or to YAML, not to these readers. */
function hasOddBreaks(fm: string): boolean {
  // (indexOf first: ten times faster than the regex on the files that have none.)
  return fm.indexOf('\u2028') !== -1 || fm.indexOf('\u2029') !== -1 || (fm.indexOf('\r') !== -1 && /\r(?!\n)/.test(fm));
}

/** The items of a block sequence of plain scalars starting at line `from`; null when empty. */
function blockSequence(lines: Lines, from: number): { items: QuickValue[] | null | undefined; end: number } {
  const items: QuickValue[] = [];
  let indent: string | undefined;
  let i = from;
  for (; i < lines.length; i++) {
    const line = lines.at(i);
    if (/^[ \t]*(?:#|$)/.test(line)) {
      // A tab where the items' indentation is: TAB_AS_INDENT to the parser in some places.
      if (line.includes('\t') && /^ *\t/.test(line)) return { items: undefined, end: i };
      continue;
    }
    const m = /^( *)- (.*)$/.exec(line);
    if (!m) {
      if (/^[ -]/.test(line)) return { items: undefined, end: i }; // nested maps, `-` alone: not ours
      break;
    }
    if (indent === undefined) indent = m[1]!;
    else if (indent !== m[1]) return { items: undefined, end: i };
    const text = stripComment(m[2]!);
    // `- ` alone (or with a comment) is a null item, as in the parser.
    const value = text === '' ? null : inlineValue(text);
    if (value === undefined || Array.isArray(value)) return { items: undefined, end: i };
    items.push(value);
  }
  return { items: items.length ? items : null, end: i };
}

const ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', t: '\t', n: '\n' };

/** A single-line YAML 1.2 core-schema value, or undefined when it is not a simple one. */
export function inlineValue(s: string): QuickValue | undefined {
  const c = s[0];
  if (c === '"') {
    if (!/^"(?:[^"\\]|\\["\\/tn])*"$/.test(s)) return undefined; // other escapes: the real parser
    const inner = s.slice(1, -1);
    return inner.includes('\\') ? inner.replace(/\\(.)/g, (_, e: string) => ESCAPES[e]!) : inner;
  }
  if (c === "'") return /^'(?:[^']|'')*'$/.test(s) ? s.slice(1, -1).replace(/''/g, "'") : undefined;
  if (c === '[') {
    const inner = /^\[([^[\]{}"'#]*)\]$/.exec(s)?.[1];
    if (inner === undefined) return undefined;
    const parts = inner.split(',').map(trim);
    if (parts.length && parts[parts.length - 1] === '') parts.pop();
    const values = parts.map((p) => (p === '' ? undefined : plain(p)));
    return values.every((v) => v !== undefined && !Array.isArray(v)) ? (values as QuickValue[]) : undefined;
  }
  return plain(s);
}

// First characters of a top-level value not asked for that make the file the parser's to judge.
const ODD_START = new Set([...'&*!%@`,?:'].map((ch) => ch.charCodeAt(0)));

// First characters that make a plain scalar something else (or need the real parser).
const INDICATORS = new Set([...'&*!|>{}%@`,?:-[]#\'"'].map((ch) => ch.charCodeAt(0)));
// The same as a table of the ASCII codes, for plainScalar: a look-up in a Set cost more than the
// rest of its work for a word.
const IS_INDICATOR = new Uint8Array(128);
for (const c of INDICATORS) IS_INDICATOR[c] = 1;

const isDigit = (c: number) => c >= 48 && c <= 57;

// Marks a plain scalar as something else (a map, a comment) or as the real parser's business:
// one regular expression is cheaper than four scans.
const NOT_PLAIN = /: |\t| #|:$/;

function plain(s: string): QuickValue | undefined {
  return NOT_PLAIN.test(s) ? undefined : plainScalar(s);
}

/**
 * A plain scalar as the core schema reads it, when NOT_PLAIN is known not to match `s` (the simple
 * reader's one scan of a line tells it so).
 */
export function plainScalar(s: string): QuickValue | undefined {
  const c = s.charCodeAt(0);
  // Most values are words: settle them without a regular expression (this runs for every value).
  if (!(isDigit(c) || c === 43 /* + */ || c === 46 /* . */ || (c === 45 /* - */ && isDigit(s.charCodeAt(1))))) {
    if (c < 128 && IS_INDICATOR[c] === 1) return undefined;
    // Only words of 1, 4 or 5 letters can be null or booleans: most values are not compared.
    const n = s.length;
    if (n !== 4 && n !== 5 && n !== 1) return s;
    if (s === 'null' || s === 'Null' || s === 'NULL' || s === '~') return null;
    if (s === 'true' || s === 'True' || s === 'TRUE') return true;
    if (s === 'false' || s === 'False' || s === 'FALSE') return false;
    return s;
  }
  // Digits then anything but `.`, `e`, `E`, `x`, `o` (dates and times: `2026-03-01T14:00Z`, `12:30`)
  // match none of the number patterns below: a string, without the three regular expressions.
  if (isDigit(c)) {
    let k = 1;
    while (isDigit(s.charCodeAt(k))) k++;
    const d = s.charCodeAt(k);
    if (k < s.length && d !== 46 && d !== 101 && d !== 69 && d !== 120 && d !== 111) return s;
    // Digits only (a figure, a count): what INTEGER matches, without compiling it.
    if (k === s.length) return Number.isSafeInteger(Number(s)) ? Number(s) : undefined;
  }
  if (INTEGER.test(s)) return Number.isSafeInteger(Number(s)) ? Number(s) : undefined;
  if (OTHER_NUMBER.test(s)) return undefined;
  if (FLOAT.test(s)) return Number(s);
  return s;
}

// Numbers as the core schema reads them (kept here: a literal in plain() is a new object per call,
// and every date and time in a timeline gets here).
const INTEGER = /^[-+]?\d+$/;
const OTHER_NUMBER = /^0x[0-9a-fA-F]+$|^0o[0-7]+$|^[-+]?(?:\.inf|\.Inf|\.INF)$|^\.(?:nan|NaN|NAN)$/;
const FLOAT = /^[-+]?(?:\.\d+|\d+(?:\.\d*)?)(?:[eE][-+]?\d+)?$/;

/** Trims YAML white space (space, tab) only: String#trim also drops U+00A0, U+FEFF... which YAML keeps. */
function trim(s: string): string {
  let start = 0;
  let end = s.length;
  while (start < end && (s.charCodeAt(start) === 32 || s.charCodeAt(start) === 9)) start++;
  while (end > start && (s.charCodeAt(end - 1) === 32 || s.charCodeAt(end - 1) === 9)) end--;
  return start === 0 && end === s.length ? s : s.slice(start, end);
}

/** Drops a trailing ` # comment` outside quotes; trims. */
export function stripComment(s: string): string {
  const t = trim(s);
  if (t.startsWith('#')) return '';
  if (t.startsWith('"') || t.startsWith("'")) {
    const q = t[0]!;
    const close = q === "'" ? t.search(/'(?!')(?:[ \t]+#.*)?$/) : t.lastIndexOf('"');
    if (close <= 0) return t;
    const rest = t.slice(close + 1);
    return rest === '' || /^[ \t]+#/.test(rest) ? t.slice(0, close + 1) : t; // `"a"#b` is an error
  }
  // Most values have no `#` at all: no need for the search.
  const hash = t.indexOf('#') === -1 ? -1 : t.search(/[ \t]#/);
  return hash === -1 ? t : trim(t.slice(0, hash));
}

/** Whether a value that starts with a quote or a bracket ends on its line. */
function closedOnLine(value: string): boolean {
  const t = stripComment(value);
  if (t[0] === '"') return /^"(?:[^"\\]|\\.)*"$/.test(t);
  if (t[0] === "'") return /^'(?:[^']|'')*'$/.test(t);
  let depth = 0; // brackets inside quotes may fool this count; it only has to catch `key: [a,` lines
  for (let k = 0; k < t.length; k++) {
    const c = t.charCodeAt(k);
    if (c === 91 || c === 123) depth++;
    else if (c === 93 || c === 125) depth--;
  }
  return depth === 0;
}

/**
 * Whether the scalar on line i may go on: the next line that is not blank or a comment is more
 * indented (a multi-line plain scalar) or starts with `-` (an error after a value).
 */
function isContinued(lines: Lines, i: number): boolean {
  for (let j = i + 1; j < lines.length; j++) {
    const l = lines.at(j);
    if (/^[ \t]*(?:#|$)/.test(l)) continue;
    const c = l.charCodeAt(0);
    return c === 32 || c === 9 || c === 45;
  }
  return false;
}
