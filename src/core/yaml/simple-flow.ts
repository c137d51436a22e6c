// One-line flow collections for the simple reader (simple-yaml.ts): `[a, b]`, `{ days: 3 }`,
// `[{ label: a, value: 1 }]`, nested, quoted scalars, a trailing comma. Returns undefined for
// anything else (a key without `: `, an empty value, `#`, tabs, quoted or odd keys...), and the
// caller steps aside to the `yaml` package. Equal to `yaml` by test/yaml-differential.test.ts.
import { inlineValue } from './fast-frontmatter.ts';

/** Records where an entry of a flow collection starts (offsets relative to the text given). */
export type FlowPlace = (container: object, entry: string | number, value: number, key?: number) => void;

/** `s` (a value without its comment, `[` or `{` first) as `yaml` reads it, or undefined. */
/** `maps`: a flow map with entries was read (their places share a line). */
export function readFlow(s: string, place?: FlowPlace): { value: unknown; maps: boolean } | undefined {
  const reader = new FlowReader(s, place);
  const value = reader.node(0);
  return value === undefined || reader.p !== s.length ? undefined : { value, maps: reader.maps };
}

const FAIL = undefined;

class FlowReader {
  p = 0;
  maps = false;
  constructor(readonly s: string, readonly place: FlowPlace | undefined) {}

  private spaces(): void {
    while (this.s.charCodeAt(this.p) === 32) this.p++;
  }

  /** A value at p (not null: an empty value steps aside). */
  node(depth: number): unknown {
    const c = this.s.charCodeAt(this.p);
    if (c === 91 /* [ */) return depth < 16 ? this.seq(depth) : FAIL;
    if (c === 123 /* { */) return depth < 16 ? this.map(depth) : FAIL;
    if (c === 34 || c === 39) return this.quoted(c);
    return this.plain();
  }

  /** After an entry: `,` (a trailing one too) or the closing bracket; true when the collection ends. */
  private next(close: number): boolean | undefined {
    this.spaces();
    const c = this.s.charCodeAt(this.p);
    if (c === close) {
      this.p++;
      return true;
    }
    if (c !== 44 /* , */) return FAIL;
    this.p++;
    this.spaces();
    if (this.s.charCodeAt(this.p) !== close) return false;
    this.p++;
    return true;
  }

  private seq(depth: number): unknown[] | undefined {
    const out: unknown[] = [];
    this.p++;
    this.spaces();
    if (this.s.charCodeAt(this.p) === 93) {
      this.p++;
      return out;
    }
    for (;;) {
      const at = this.p;
      const value = this.node(depth + 1);
      if (value === FAIL) return FAIL;
      this.place?.(out, out.length, at);
      out.push(value);
      const done = this.next(93);
      if (done === FAIL) return FAIL;
      if (done) return out;
    }
  }

  private map(depth: number): Record<string, unknown> | undefined {
    const out: Record<string, unknown> = {};
    this.p++;
    this.spaces();
    if (this.s.charCodeAt(this.p) === 125) {
      this.p++;
      return out;
    }
    this.maps = true; // with an entry: `{}` alone is a value as any other
    for (;;) {
      const keyAt = this.p;
      const key = this.key();
      if (key === FAIL || key === '__proto__' || Object.hasOwn(out, key)) return FAIL; // duplicates: yaml's error
      this.spaces();
      const at = this.p;
      const value = this.node(depth + 1);
      if (value === FAIL) return FAIL;
      this.place?.(out, key, at, keyAt);
      out[key] = value;
      const done = this.next(125);
      if (done === FAIL) return FAIL;
      if (done) return out;
    }
  }

  /** A plain key that is a string to the core schema, then `: `; only what a person's name has. */
  private key(): string | undefined {
    const s = this.s;
    const start = this.p;
    let i = start;
    for (; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c === 58 /* : */) break;
      if (c === 44 || c === 91 || c === 93 || c === 123 || c === 125 || c === 35 || c < 32 || c === 127) return FAIL;
    }
    if (s.charCodeAt(i + 1) !== 32) return FAIL; // `{a:1}`, `{a:}`, `{a}`: other readings in yaml
    const key = s.slice(start, i);
    if (!isPlainKey(key)) return FAIL;
    this.p = i + 1;
    return key;
  }

  private quoted(q: number): string | undefined {
    const re = q === 34 ? DOUBLE : SINGLE;
    re.lastIndex = this.p;
    const m = re.exec(this.s);
    if (!m) return FAIL;
    this.p += m[0].length;
    return inlineValue(m[0]) as string | undefined;
  }

  /** A plain scalar: up to `,`, `]` or `}`; no other flow indicator, `#` or tab in it. */
  private plain(): unknown {
    const s = this.s;
    const start = this.p;
    let i = start;
    for (; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c === 44 || c === 93 || c === 125) break;
      if (c === 91 || c === 123 || c === 35 || c === 9) return FAIL;
    }
    let end = i;
    while (end > start && s.charCodeAt(end - 1) === 32) end--;
    if (end === start) return FAIL;
    this.p = i;
    const value = inlineValue(s.slice(start, end));
    return Array.isArray(value) ? FAIL : value;
  }
}

const DOUBLE = /"(?:[^"\\]|\\["\\/tn])*"/y;
const SINGLE = /'(?:[^']|'')*'/y;

/** Plain keys the core schema reads as booleans or null (simple-yaml.ts, fast-frontmatter.ts have the same list). */
const SPECIAL_KEYS = new Set(['true', 'True', 'TRUE', 'false', 'False', 'FALSE', 'null', 'Null', 'NULL']);

/** First characters that make a key something other than a plain scalar (or only `yaml`'s to read). */
const KEY_INDICATORS = new Set([...'-?:,[]{}#&*!|>\'"%@` \t'].map((ch) => ch.charCodeAt(0)));

/**
 * Whether `key` (a block or flow mapping key without its colon) is a plain scalar that the core
 * schema reads as this very string: no indicator first, no white space last, no ` #`, no `:` last,
 * no control or format characters, not a number, boolean or null (`1`, `0x1F`, `.inf`, `~`...),
 * not a document marker, not over yaml's 1024 characters.
 */
export function isPlainKey(key: string): boolean {
  const n = key.length;
  if (n === 0 || n > 1000) return false;
  const c = key.charCodeAt(0);
  if (KEY_INDICATORS.has(c)) return false;
  const last = key.charCodeAt(n - 1);
  if (last === 32 || last === 58 /* : */) return false;
  let common = true;
  for (let i = 0; i < n; i++) {
    const k = key.charCodeAt(i);
    if (k < 32 || k === 127) return false;
    if (k === 35 && key.charCodeAt(i - 1) === 32) return false; // ` #` starts a comment
    if (k === 58 && key.charCodeAt(i + 1) === 32) return false; // `: ` ends a key
    if (k > 127 && !isLatinKeyChar(k)) common = false;
  }
  // Letters, marks, digits, punctuation and symbols of any script; no other white space, no
  // control or format characters (NBSP, BOM, zero-width space...), no lone surrogates.
  if (!common && notKeyChar().test(key)) return false;
  if (key.startsWith('...') || key.startsWith('---')) return false;
  // What the core schema may read as other than a string starts with one of these.
  if ((c >= 48 && c <= 57) || c === 43 || c === 46 || c === 126) return inlineValue(key) === key;
  return !(n <= 5 && SPECIAL_KEYS.has(key));
}

/**
 * Latin-1 and Latin Extended-A and -B (`Ana María`, `Zoë`, `Łukasz`) but NBSP and the soft hyphen:
 * letters, punctuation and symbols, as NOT_KEY_CHAR says (test/simple-yaml.test.ts checks each one).
 */
export const isLatinKeyChar = (k: number) => k >= 0xa1 && k <= 0x24f && k !== 0xad;

// Made on first use, and only for keys other than ASCII and Latin: building its Unicode classes
// cost every lane (the config's people have accents): `incident log` took 40.4 ms of CPU with it
// made at load, 38.7 without (Node 24.21, medians of 41 interleaved runs; `node -e 0`: 26.0).
let NOT_KEY_CHAR: RegExp | undefined;
export const notKeyChar = () => (NOT_KEY_CHAR ??= /[^\x20-\x7e\p{L}\p{M}\p{N}\p{P}\p{S}]/u);
