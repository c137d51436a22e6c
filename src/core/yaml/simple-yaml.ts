// A reader for the plain YAML that incident frontmatter almost always is: block maps and
// sequences, one-line scalars, plain scalars wrapped onto more-indented lines, flow lists of
// scalars, literal and folded block scalars, comments. It returns undefined for anything else
// (anchors, tags, odd indentation, duplicate or `__proto__` keys, ...) and the caller falls back
// to the `yaml` package, which also gives the positioned error for malformed files. Whatever it
// does accept, it reads exactly as `yaml` does (values, key order, places): test/simple-yaml.test.ts
// proves that on the whole corpus, test/yaml-differential.test.ts on the YAML test suite and on
// generated frontmatters (longer runs: scripts/fuzz-yaml.ts).
// Why: loading and running `yaml` costs `incident log` ~30 ms, more than Node's start-up.
import { inlineValue, plainScalar, stripComment } from './fast-frontmatter.ts';
import { isPlainKey, readFlow } from './simple-flow.ts';
import { lastAtOrBefore } from '../util/sorted-search.ts';
import { isWhiteSpace } from '../util/chars.ts';

/** A top-level block sequence: where each item's line starts and where the sequence ends. */
export interface SeqLayout {
  indent: number;
  items: number[];
  end: number;
}

/** Offsets (in the text given) of a key and of its value, as the `yaml` package's node ranges start. */
export interface Place {
  key?: number;
  value: number;
}

export interface SimpleDoc {
  data: Record<string, unknown>;
  /** Layouts of the top-level keys whose value is a block sequence (e.g. `timeline`). */
  seqs: Map<string, SeqLayout>;
  /** With `{ places: true }`: where each entry of each map or list of `data` is (see placeAt). */
  places?: Places;
  /** Where each line of the text starts (for lineColumnAt). */
  lineStarts: readonly number[];
  /** Whether a flow map with entries (`{ days: 3 }`) was read: they have no lines of their own to splice. */
  flowMaps?: boolean;
}

/** 0-based line and column of an offset in the text the doc was read from (like lineColumn, less 1). */
export function lineColumnAt(doc: SimpleDoc, offset: number): { line: number; column: number } {
  const line = lastAtOrBefore(doc.lineStarts, offset); // line 0 starts at 0
  return { line, column: offset - (doc.lineStarts[line] ?? 0) };
}

/** Where the value at `path` is; undefined when the path does not exist (or places were not asked for). */
export function placeAt(doc: SimpleDoc, path: readonly (string | number)[]): Place | undefined {
  let container: unknown = doc.data;
  for (let i = 0; i < path.length - 1; i++) {
    if (typeof container !== 'object' || container === null) return undefined;
    container = (container as Record<string | number, unknown>)[path[i]!];
  }
  if (typeof container !== 'object' || container === null || path.length === 0) return undefined;
  return doc.places?.get(container, path[path.length - 1]!);
}

/**
 * Places are recorded for every entry but looked up only for findings (in about half the files, a
 * few each) and merges: so they are logged flat while reading, and the first look-ups search the
 * log (from its end: the last entry logged wins, as in the index); only a file asked about often
 * gets the index. Building it for every file with a finding cost validate 50-75 ms of 3.5 s of CPU
 * on the bench corpus (one thread, Node 24), more than the searches that replace it.
 */
export class Places {
  /** container, entry, key offset (or undefined), value offset; and again for the next entry. */
  private readonly log: unknown[];
  /** How much of the log is written. */
  private size = 0;
  private index: Map<object, Map<string | number, Place>> | undefined;
  private searches = 0;

  /**
   * Sized for a text of `lines` lines (the bench corpus's files use 4.7 slots a line, 5.1 at most;
   * a longer log grows as it is written): growing it by push from empty cost parseSimpleYaml 10%
   * on the bench corpus (401 -> 360 ms, Node 24).
   */
  constructor(lines: number) {
    this.log = new Array(Math.min(6 * lines + 8, MAX_PRESIZED));
  }

  add(container: object, entry: string | number, value: number, key?: number): void {
    const log = this.log;
    let n = this.size;
    log[n++] = container;
    log[n++] = entry;
    log[n++] = key;
    log[n++] = value;
    this.size = n;
  }

  get(container: object, entry: string | number): Place | undefined {
    const log = this.log;
    if (!this.index && this.searches++ < SEARCHES_BEFORE_INDEX) {
      for (let i = this.size - 4; i >= 0; i -= 4) {
        // Map's SameValueZero, for entries that are strings and indexes (never NaN).
        if (log[i] === container && log[i + 1] === entry) return placeOf(log[i + 2] as number | undefined, log[i + 3] as number);
      }
      return undefined;
    }
    if (!this.index) {
      this.index = new Map();
      for (let i = 0; i < this.size; i += 4) {
        let own = this.index.get(log[i] as object);
        if (!own) this.index.set(log[i] as object, (own = new Map()));
        own.set(log[i + 1] as string | number, placeOf(log[i + 2] as number | undefined, log[i + 3] as number));
      }
    }
    return this.index.get(container)?.get(entry);
  }
}

/** Far below the length where `new Array(n)` makes a dictionary. */
const MAX_PRESIZED = 1 << 14;

/** Look-ups that search the log before Places builds its index. */
const SEARCHES_BEFORE_INDEX = 16;

const placeOf = (key: number | undefined, value: number): Place => (key === undefined ? { value } : { key, value });

interface Frame {
  indent: number;
  kind: 'map' | 'seq';
  value: Record<string, unknown> | unknown[];
  layout?: SeqLayout;
  /** How many entries were stored in a map (see uniqueKeys). */
  stores: number;
}

/**
 * Whether a map read to its end has no duplicate key, which is an error for `yaml` (let it report
 * it): as many keys as entries were stored. Asked once a map, not of each key by Object.hasOwn:
 * that look-up, by keys of maps in ever new shapes, was 7-12% of parseSimpleYaml's own time on the
 * bench corpus and inside `incident site` (Node 24 profiles).
 */
const uniqueKeys = (frame: Frame) => frame.kind === 'seq' || Object.keys(frame.value).length === frame.stores;

/**
 * Indentation of a line that is blank or only a comment (skipped), and of one indented with a tab
 * (even a blank one) or with white space that YAML reads as content (NBSP, BOM, ...): refused.
 */
const SKIP = -1;
const REFUSED = -2;

/**
 * The text's lines as offsets, with each line's indentation worked out once: the parser and its
 * look-aheads ask about most lines more than once, and slicing and trimming them every time cost
 * more than the rest of the parse.
 */
class Lines {
  /** Offset of each line's first character. */
  readonly starts: number[];
  /** The line whose indentation was asked last, its indentation and end (the next line's are asked twice: by continues, then by the parser). */
  private indentLine = -1;
  private lastIndent = 0;
  private lastEnd = 0;
  /** Whether a `\r` not before `\n`, or U+2028/U+2029, occurs: KEY_LINE's `.` does not match them. */
  readonly oddBreaks: boolean;

  constructor(readonly text: string) {
    // Only where lines start, here: their ends and indentation when asked (end, indent), as the
    // lines of timeline entries that ENTRY reads never are (in a long outage's file, most lines).
    const starts: number[] = (this.starts = []);
    for (let start = 0; start < text.length; ) {
      const nl = text.indexOf('\n', start);
      starts.push(start);
      if (nl === -1) break;
      start = nl + 1;
    }
    // (parseSimpleYaml has refused a lone CR already.)
    this.oddBreaks = text.includes('\u2028') || text.includes('\u2029');
  }

  // Where the next `:`, `#`, tab and `\` are at or after an offset (text.length when there is
  // none), remembered: the parser asks with offsets that only grow, so each indexOf runs over the
  // text about once in all, at the speed of a native search, where a loop over every character
  // of every value cost 2-3 ns a character (with keyAt below, parseSimpleYaml on the bench
  // corpus: 452 -> 400 ms, Node 24).
  private colon = -1;
  private colonAsked = 0;
  private hash = -1;
  private hashAsked = 0;
  private tab = -1;
  private tabAsked = 0;
  private backslash = -1;
  private backslashAsked = 0;

  colonFrom(at: number): number {
    if (at < this.colonAsked || at > this.colon) this.colon = found(this.text.indexOf(':', (this.colonAsked = at)), this.text);
    return this.colon;
  }

  hashFrom(at: number): number {
    if (at < this.hashAsked || at > this.hash) this.hash = found(this.text.indexOf('#', (this.hashAsked = at)), this.text);
    return this.hash;
  }

  tabFrom(at: number): number {
    if (at < this.tabAsked || at > this.tab) this.tab = found(this.text.indexOf('\t', (this.tabAsked = at)), this.text);
    return this.tab;
  }

  backslashFrom(at: number): number {
    if (at < this.backslashAsked || at > this.backslash) {
      this.backslash = found(this.text.indexOf('\\', (this.backslashAsked = at)), this.text);
    }
    return this.backslash;
  }

  get length(): number {
    return this.starts.length;
  }

  /** Where line k ends, line break included. */
  next(k: number): number {
    return k + 1 < this.starts.length ? this.starts[k + 1]! : this.text.length;
  }

  /** Offset where line k's text ends (before its `\n`, and a `\r` just before that). */
  end(k: number): number {
    if (k === this.indentLine) return this.lastEnd;
    const text = this.text;
    const start = this.starts[k]!;
    // (The last line ends the text, or a `\n` last in it.)
    const end = k + 1 < this.starts.length ? this.starts[k + 1]! - 1 : text.charCodeAt(text.length - 1) === 10 ? text.length - 1 : text.length;
    return end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
  }

  /** Line k's leading spaces, or SKIP or REFUSED. */
  indent(k: number): number {
    if (k !== this.indentLine) {
      const end = this.end(k);
      this.lastIndent = indentOf(this.text, this.starts[k]!, end);
      this.lastEnd = end;
      this.indentLine = k;
    }
    return this.lastIndent;
  }

  /** Line k without its line break. */
  at(k: number): string {
    return this.text.slice(this.starts[k], this.end(k));
  }

  /** Whether line k (not skipped) is a sequence item: `-` then a space or nothing. */
  isDash(k: number): boolean {
    return isDashAt(this.text, this.starts[k]! + this.indent(k), this.end(k));
  }

  /**
   * The key when text[at, end) (a line's content) is a `key:` or `key: value` line (see keyLength),
   * else undefined. A key read before (keyOf) followed by its `:` here is that key again: no scan of
   * its characters but the comparison.
   */
  keyAt(at: number, end: number): string | undefined {
    const text = this.text;
    const colon = this.colonFrom(at);
    if (colon >= end) return undefined; // every key line has a `:`
    const c = text.charCodeAt(at);
    const length = colon - at;
    if (length > 0 && length < 32 && c < 128 && (colon + 1 === end || text.charCodeAt(colon + 1) === 32)) {
      // keyOf keeps only keys keyLength read: the same characters before `:` and a space or the
      // end are read the same again (up to its first `:`, keyLength depends on nothing else).
      const known = knownKey(text, at, c, length);
      if (known !== undefined) {
        return this.oddBreaks && ODD_BREAK.test(text.slice(at, end)) ? undefined : known;
      }
    }
    const length2 = this.keyLength(at, end);
    return length2 === -1 ? undefined : keyOf(text, at, length2);
  }

  /**
   * The length of the key when text[at, end) (a line's content) is a `key:` or `key: value` line,
   * else -1. The key is a plain scalar that is a string to the core schema (isPlainKey): `Alice
   * Example`, `Ana María`, `Siobhan O'Neill` too. Read in place: a slice of every line cost more
   * than the test itself.
   */
  keyLength(at: number, end: number): number {
    const text = this.text;
    let i = at;
    // The ASCII word keys nearly every line has (KEY_LINE's key: [A-Za-z_] first, then [\w-]),
    // without a second scan. The characters are tested
    // here, not by a function for each: two functions called for every character of every key were
    // hot enough for Maglev in every lane's run (0.3 ms of compiling on Node 24.21).
    let c = i < end ? text.charCodeAt(i) : 0;
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95) {
      for (i++; i < end; i++) {
        c = text.charCodeAt(i);
        if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || (c >= 48 && c <= 57) || c === 45)) break;
      }
    }
    if (i === at || text.charCodeAt(i) !== 58 /* : */ || (i + 1 < end && text.charCodeAt(i + 1) !== 32)) {
      // Any other plain key ends at the first `: ` (or `:` last); isPlainKey says whether yaml reads it so.
      const s = text.slice(at, end);
      i = s.indexOf(': ');
      if (i === -1) i = s.charCodeAt(s.length - 1) === 58 ? s.length - 1 : -1;
      if (i <= 0 || !isPlainKey(s.slice(0, i))) return -1;
      return this.oddBreaks && ODD_BREAK.test(s) ? -1 : i;
    }
    // The rest of the line must be KEY_LINE's `.*`: no line break of YAML's own.
    return this.oddBreaks && ODD_BREAK.test(text.slice(at, end)) ? -1 : i - at;
  }
}

const ODD_BREAK = /[\r\u2028\u2029]/;

const found = (index: number, text: string) => (index === -1 ? text.length : index);

/** Whether text[at, end) is a sequence item: `-` then a space or nothing. */
const isDashAt = (text: string, at: number, end: number) =>
  text.charCodeAt(at) === 45 && (at + 1 === end || text.charCodeAt(at + 1) === 32);

/** Leading spaces of text[start, end), or SKIP or REFUSED (see Lines.indent). */
function indentOf(text: string, start: number, end: number): number {
  let i = start;
  while (i < end && text.charCodeAt(i) === 32) i++;
  const c = text.charCodeAt(i);
  // A tab where indentation is: refused before content; before nothing or a comment, `yaml`
  // accepts it in most places but not all (TAB_AS_INDENT after `key:` with its value still to
  // come, or on a last line after a comment, ...): rare, so always `yaml`'s to decide.
  if (i < end && c === 9) return REFUSED;
  // YAML's white space is only spaces and tabs: NBSP, BOM, a lone CR... first are content to it.
  if (i < end && (c === 11 || c === 12 || c === 13 || (c >= 0x80 && isWhiteSpace(c)))) return REFUSED;
  return i === end || c === 35 /* # */ ? SKIP : i - start;
}

/** What inlineAt says when the value is empty or only a comment (the value is on the next lines). */
const NOTHING = Symbol('nothing');
/** What inlineAt says of the shapes it leaves to stripComment and inlineValue (flow, block, odd quotes). */
const ELSEWHERE = Symbol('elsewhere');

/**
 * The one-line value that starts at text[v] (not a space or tab) and ends with the line at `end`:
 * exactly inlineValue(stripComment(text.slice(v, end))), read without the slices for plain scalars
 * and quoted ones without escapes; NOTHING or ELSEWHERE (see above) otherwise. On the bench corpus
 * the slice, stripComment, inlineValue and its regular expressions cost a third of parseSimpleYaml
 * (Node 24 profile).
 */
function inlineAt(lines: Lines, v: number, end: number): unknown {
  if (v === end) return NOTHING;
  const text = lines.text;
  const c = text.charCodeAt(v);
  if (c === 35 /* # */) return NOTHING;
  if (c === 39 /* ' */) return lines.oddBreaks ? ELSEWHERE : singleQuotedAt(text, v, end);
  if (c === 34 /* " */) return doubleQuotedAt(lines, v, end);
  if (c === 91 || c === 123 || c === 124 || c === 62) return ELSEWHERE; // [ { | >
  // A plain scalar: it ends before the first ` #` (or tab and `#`), trailing spaces dropped. A `:`
  // before a space, a tab or its end makes it not plain (NOT_PLAIN).
  let cut = end;
  for (let h = lines.hashFrom(v + 1); h < end; h = lines.hashFrom(h + 1)) {
    const before = text.charCodeAt(h - 1);
    if (before === 32 || before === 9) {
      cut = h - 1;
      break;
    }
  }
  // A tab in it is not plain either, and one last is dropped: for the scan of each character.
  if (lines.tabFrom(v) < cut) return plainWithTab(text, v, end);
  for (let k = lines.colonFrom(v); k < cut; k = lines.colonFrom(k + 1)) {
    const after = k + 1 < end ? text.charCodeAt(k + 1) : 32;
    if (after === 32 || after === 9) return undefined;
  }
  let last = cut - 1;
  while (text.charCodeAt(last) === 32) last--; // stops at text[v]
  return plainScalar(text.slice(v, last + 1));
}

/** inlineAt's plain scalar, read character by character (a tab is in its line). */
function plainWithTab(text: string, v: number, end: number): unknown {
  let last = v; // its last character
  let tab = -1;
  for (let k = v; k < end; k++) {
    const d = text.charCodeAt(k);
    if (d === 32 || d === 9) {
      if (k + 1 < end && text.charCodeAt(k + 1) === 35) break;
      if (d === 9 && tab === -1) tab = k;
    } else {
      last = k;
      if (d === 58) {
        const after = k + 1 < end ? text.charCodeAt(k + 1) : 32;
        if (after === 32 || after === 9) return undefined;
      }
    }
  }
  if (tab !== -1 && tab < last) return undefined;
  return plainScalar(text.slice(v, last + 1));
}

/** After a closing quote at text[q]: only spaces and tabs to the end, or before a comment. */
function endsAfter(text: string, q: number, end: number): boolean {
  let r = q + 1;
  while (r < end && (text.charCodeAt(r) === 32 || text.charCodeAt(r) === 9)) r++;
  return r === end || (r > q + 1 && text.charCodeAt(r) === 35);
}

/** `'text'` with no quote in it and nothing but a comment after it; ELSEWHERE for any other. */
function singleQuotedAt(text: string, v: number, end: number): unknown {
  const q = text.indexOf("'", v + 1);
  if (q === -1 || q >= end) return ELSEWHERE;
  // `'it''s'`; and `' #` first, where stripComment's search can match at the opening quote.
  const second = text.charCodeAt(v + 1);
  if ((q + 1 < end && text.charCodeAt(q + 1) === 39) || second === 32 || second === 9) return ELSEWHERE;
  return endsAfter(text, q, end) ? text.slice(v + 1, q) : ELSEWHERE;
}

/** `"text"` with no escape in it and nothing but a comment (without `"`) after it; ELSEWHERE for any other. */
function doubleQuotedAt(lines: Lines, v: number, end: number): unknown {
  const text = lines.text;
  const q = text.indexOf('"', v + 1);
  if (q === -1 || q >= end || !endsAfter(text, q, end) || lines.backslashFrom(v + 1) < q) return ELSEWHERE;
  // stripComment cuts at the last `"` of the line.
  for (let k = q + 1; k < end; k++) if (text.charCodeAt(k) === 34) return ELSEWHERE;
  return text.slice(v + 1, q);
}

export function parseSimpleYaml(text: string, options: { places?: boolean } = {}): SimpleDoc | undefined {
  // A lone CR is a line break to the frontmatter splitter but content to `yaml` (`status: x\r`
  // before the closing `---` is "x\r" to it): rare enough to leave to `yaml`.
  if (text.includes('\r') && /\r(?!\n)/.test(text)) return undefined;
  const lines = new Lines(text);
  const { starts } = lines;
  const root: Frame = { indent: 0, kind: 'map', value: {}, stores: 0 };
  const places = options.places ? new Places(lines.length) : undefined;
  const stack: Frame[] = [root];
  const seqs = new Map<string, SeqLayout>();
  let flowMaps = false;
  // A one-line flow collection starting at offset `at`, its entries placed.
  const flow = (valueText: string, at: number): unknown => {
    const read = readFlow(valueText, places && ((container, entry, value, key) => places.add(container, entry, at + value, key === undefined ? undefined : at + key)));
    if (read?.maps) flowMaps = true;
    return read?.value;
  };
  // A `key:` with nothing after it: its value (or null, placed at pendingNullAt) is on the next lines.
  let pending: Frame | undefined;
  let pendingKey = '';
  let pendingKeyAt = 0;
  let pendingNullAt = 0;

  for (let i = 0; i < starts.length; i++) {
    const indent = lines.indent(i);
    if (indent === SKIP) continue;
    if (indent === REFUSED) return undefined;
    const lineStart = starts[i]!;
    const end = lines.end(i);
    const at = lineStart + indent; // where the line's content starts
    const dash = isDashAt(text, at, end);
    let key: string | undefined;
    let keyRead = false; // whether key is this line's (at `at`) already

    if (pending) {
      const frame = pending;
      const map = frame.value as Record<string, unknown>;
      pending = undefined;
      if (dash && indent >= frame.indent) {
        const layout: SeqLayout | undefined = frame === root ? { indent, items: [], end: lineStart } : undefined;
        if (layout) seqs.set(pendingKey, layout);
        const seq: unknown[] = [];
        map[pendingKey] = seq;
        frame.stores++;
        stack.push({ indent, kind: 'seq', value: seq, layout, stores: 0 });
        places?.add(map, pendingKey, at, pendingKeyAt);
      } else if (indent > frame.indent && ((keyRead = true), (key = lines.keyAt(at, end))) !== undefined) {
        const child = {};
        map[pendingKey] = child;
        frame.stores++;
        stack.push({ indent, kind: 'map', value: child, stores: 0 });
        places?.add(map, pendingKey, at, pendingKeyAt);
      } else {
        if (indent > frame.indent) return undefined; // a scalar on the next line
        map[pendingKey] = null;
        frame.stores++;
        places?.add(map, pendingKey, pendingNullAt, pendingKeyAt);
      }
    }
    while (stack.length > 1) {
      const top = stack[stack.length - 1]!;
      if (!(indent < top.indent || (top.kind === 'seq' && indent === top.indent && !dash))) break;
      if (!uniqueKeys(top)) return undefined;
      stack.pop();
    }
    let frame = stack[stack.length - 1]!;
    let contentAt = at; // where the key starts: after the dash of an item
    if (frame.kind === 'seq') {
      if (indent !== frame.indent || !dash) return undefined;
      if (frame.layout && !places && indent === 2 && !lines.oddBreaks) {
        const last = plainEntries(lines, i, frame.value as unknown[], frame.layout);
        if (last !== -1) {
          i = last;
          continue;
        }
      }
      frame.layout?.items.push(lineStart);
      // The item's content: after the dash and its spaces.
      contentAt = at + 1;
      while (text.charCodeAt(contentAt) === 32) contentAt++;
      // A tab after the dash (an error before a key), or NBSP, BOM...: for `yaml` to read.
      const first = text.charCodeAt(contentAt);
      if (contentAt === end || isDashAt(text, contentAt, end) || first === 35 /* # */ || startsWithSpace(text, contentAt)) return undefined;
      const items = frame.value as unknown[];
      places?.add(items, items.length, contentAt);
      key = lines.keyAt(contentAt, end);
      if (key === undefined) {
        if (isBlockHeader(first)) return undefined;
        let value = inlineAt(lines, contentAt, end);
        if (value === ELSEWHERE) {
          const valueText = stripComment(text.slice(contentAt, end));
          // `- [a, b]`, `- { label: a }`: their entries have places too (validate names them).
          value = isFlow(valueText.charCodeAt(0)) ? flow(valueText, contentAt) : inlineValue(valueText);
        }
        if (value === undefined) return undefined;
        if (continues(lines, i, indent)) {
          const content = text.slice(contentAt, end);
          const wrapped = plainLines(lines, i, indent, content, stripComment(content));
          if (!wrapped) return undefined;
          value = wrapped.value;
          i = wrapped.last;
        }
        items.push(value);
        markEnd(stack, lines.next(i));
        continue;
      }
      const item: Frame = { indent: indent + contentAt - at, kind: 'map', value: {}, stores: 0 };
      items.push(item.value);
      stack.push(item);
      frame = item;
    } else if (indent !== frame.indent) {
      return undefined;
    } else {
      if (!keyRead) key = lines.keyAt(at, end);
      if (key === undefined) return undefined;
    }

    // `True:`, `null:`...: booleans and null to the core schema (`null:` a key "" in the data), and
    // duplicates of one another once read so: `yaml`'s to read or refuse. (Wider keys: isPlainKey.)
    if (key.length <= 5 && maybeSpecial(key) && SPECIAL_KEYS.has(key)) return undefined;
    const map = frame.value as Record<string, unknown>;
    // (Duplicate keys: see uniqueKeys.)
    if (key === '__proto__') return undefined;
    // Where the value starts: after `key:` and its spaces and tabs (even when there is only a
    // comment or nothing), where `yaml` starts it.
    let valueAt = contentAt + key.length + 1;
    while (valueAt < end && (text.charCodeAt(valueAt) === 32 || text.charCodeAt(valueAt) === 9)) valueAt++;
    markEnd(stack, lines.next(i));
    let value = inlineAt(lines, valueAt, end);
    if (value === NOTHING) {
      pending = frame;
      pendingKey = key;
      pendingKeyAt = contentAt;
      pendingNullAt = valueAt;
      continue;
    }
    places?.add(map, key, valueAt, contentAt);
    // The value is made whole first and stored once, at one site: maps reach it in ever new
    // shapes (each file's keys, in its order), and a store site seen by few of them, as one for
    // wrapped values only was, cost a deoptimisation at each new shape: parseSimpleYaml was
    // optimised 6 times on each thread of `incident site` (277 of its 1,400 ms of optimising
    // compiles, Node 24), now twice (121 ms).
    let wraps = true; // (a block scalar has read its own lines)
    if (value === ELSEWHERE) {
      const valueText = stripComment(text.slice(valueAt, end));
      if (isBlockHeader(valueText.charCodeAt(0))) {
        const block = blockScalar(lines, i, frame.indent, valueText);
        if (!block) return undefined;
        value = block.value;
        i = block.last;
        markEnd(stack, lines.next(i));
        wraps = false;
      } else {
        value = isFlow(valueText.charCodeAt(0)) ? flow(valueText, valueAt) : inlineValue(valueText);
      }
    }
    if (value === undefined) return undefined;
    if (wraps && continues(lines, i, frame.indent)) {
      const rest = text.slice(valueAt, end);
      const wrapped = plainLines(lines, i, frame.indent, rest, stripComment(rest));
      if (!wrapped) return undefined;
      value = wrapped.value;
      i = wrapped.last;
      markEnd(stack, lines.next(i));
    }
    map[key] = value;
    frame.stores++;
  }
  if (pending) {
    (pending.value as Record<string, unknown>)[pendingKey] = null;
    pending.stores++;
    places?.add(pending.value, pendingKey, pendingNullAt, pendingKeyAt);
  }
  if (!stack.every(uniqueKeys)) return undefined;
  // No key at all (empty, or only comments): parseIncidentText refuses it, and says why.
  if (Object.keys(root.value).length === 0) return undefined;
  const doc: SimpleDoc = { data: root.value as Record<string, unknown>, seqs, places, lineStarts: starts };
  if (flowMaps) doc.flowMaps = true;
  return doc;
}

/**
 * A timeline entry as `incident log` writes it: `at`, `approx: true` (optional), `kind`, `by`
 * (optional) and `text`, each a value the line-by-line read makes a string of, with nothing to
 * fold, quote-escape or cut (no `#`, no `: `, no tab or other control character, no space at the
 * end, no word the core schema reads as null or a boolean). Read by one expression: a long
 * outage's file has hundreds, and the line-by-line read of each, in code that runs too briefly to
 * be optimised, cost `incident log` ~20 us an entry (Node 24). What follows it ends its text and
 * its map: blank and comment lines, then another item, a line at the margin (the next key), or
 * nothing. (`approx` and the last two: of the bench corpus's entries, 78% were read by the
 * expression, then 86%; with `at` quoted too, `'2026-03-01T14:00Z'` as people write it (the same
 * string: no escapes in it), and lines ending in CRLF, 99.3%: all but those with a folded text.)
 */
const ENTRY = new RegExp(
  (String.raw`  - at: (['"]?)(\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d(?:\.\d{1,9})?)?(?:Z|[+-]\d\d:\d\d))\1EOL` +
  String.raw`(?:    approx: (true)EOL)?` +
  String.raw`    kind: ((?!(?:null|true|false)EOL)[a-z]+)EOL` +
  String.raw`(?:    by: (PLAIN)EOL)?` +
  String.raw`    text: (?:(PLAIN)|"([^"\\\x00-\x1f\x7f]*)"|'([^'\x00-\x1f\x7f]*)')EOL(?=(?: *(?:#[^\n]*)?EOL)*(?:  - |[^\s#]|$))`).replace(/PLAIN/g,
    // (A `:` only before a character that is not white space, a control character, `#` or `:`, or
    // before more `:`: `(?:[^...#:]|:(?=[^\x00-\x20\x7f]))*` to the line's end, written with loops
    // over one class each, which the expression engine runs without a step back for each character:
    // ENTRY ran 16% faster on the bench corpus.)
    String.raw`(?!(?:null|Null|NULL|true|True|TRUE|false|False|FALSE)EOL)[A-Za-z][^\x00-\x1f\x7f#:]*(?::+[^\x00-\x20\x7f#:][^\x00-\x1f\x7f#:]*)*(?<!\s)`)
    // Lines end with `\n` or `\r\n` (a lone `\r` is refused before): a file saved on Windows.
    .replace(/EOL/g, String.raw`\r?\n`),
  'y',
);

/**
 * Reads the items from line i on that ENTRY matches (into `items` and `layout`); the index of the
 * last line read, or -1 when line i is not such an item.
 */
function plainEntries(lines: Lines, i: number, items: unknown[], layout: SeqLayout): number {
  let last = -1;
  for (let m; (m = matchEntry(lines.text, lines.starts[i]!)) !== null; ) {
    items.push(entryOf(m));
    layout.items.push(lines.starts[i]!);
    layout.end = ENTRY.lastIndex;
    last = i + (m[5] === undefined ? 2 : 3) + (m[3] === undefined ? 0 : 1);
    i = last + 1;
  }
  return last;
}

/**
 * ENTRY's match at `at`, a line start of `text`; null when there is none. `text` is the whole
 * frontmatter parseSimpleYaml reads: ENTRY's look-ahead reads the lines after the entry.
 */
function matchEntry(text: string, at: number): RegExpExecArray | null {
  ENTRY.lastIndex = at;
  return ENTRY.exec(text);
}

/** The entry of an ENTRY match: its keys in the file's order, as the line-by-line read and `yaml` give them. */
function entryOf(m: RegExpExecArray): Record<string, unknown> {
  const by = m[5];
  const body = m[6] ?? m[7] ?? m[8]!;
  if (m[3] === undefined) return by === undefined ? { at: m[2], kind: m[4], text: body } : { at: m[2], kind: m[4], by, text: body };
  return by === undefined ? { at: m[2], approx: true, kind: m[4], text: body } : { at: m[2], approx: true, kind: m[4], by, text: body };
}

/** Plain keys the core schema reads as booleans or null (see parseSimpleYaml). */
export const SPECIAL_KEYS = new Set(['true', 'True', 'TRUE', 'false', 'False', 'FALSE', 'null', 'Null', 'NULL']);

/**
 * The key at text[at] (`length` long), the same string as last time when it is the same key (by
 * first character and length: `at`, `kind`, `text`, `by` come back on every timeline entry). A key
 * used before is already a property name; a new slice would have to be made one again.
 */
function keyOf(text: string, at: number, length: number): string {
  const c = text.charCodeAt(at);
  if (length >= 32 || c >= 128) return text.slice(at, at + length);
  const known = knownKey(text, at, c, length);
  if (known !== undefined) return known;
  // The newest first, the other kept second.
  const slot = slotOf(c, length);
  knownKeys[slot + 1] = knownKeys[slot];
  return (knownKeys[slot] = text.slice(at, at + length));
}

/**
 * Two keys kept for each first character (ASCII) and length (under 32): `timeline` and `timezone`,
 * `text` and `type`, `status` and `scribe` share them, and with one kept, 6 keys a file were
 * sliced again (and made property names again) on the bench corpus.
 */
const knownKeys: (string | undefined)[] = new Array(2 * 128 * 32);
const slotOf = (c: number, length: number) => ((c << 5) | length) << 1;

/** The key keyOf kept that text at `at` (its first character c) has, `length` long; else undefined. */
function knownKey(text: string, at: number, c: number, length: number): string | undefined {
  const slot = slotOf(c, length);
  const first = knownKeys[slot];
  if (first !== undefined && sameAfterFirst(text, at, first)) return first;
  const second = knownKeys[slot + 1];
  return second !== undefined && sameAfterFirst(text, at, second) ? second : undefined;
}

/** Whether text at `at` goes on as `known` does after its first character (their first characters and lengths are equal). */
function sameAfterFirst(text: string, at: number, known: string): boolean {
  for (let k = 1; k < known.length; k++) if (text.charCodeAt(at + k) !== known.charCodeAt(k)) return false;
  return true;
}

/**
 * The first two letters of SPECIAL_KEYS (t, T, f, F, n, N; then r, R, a, A, u, U): other keys need
 * no look-up (`text`, on every timeline entry, cost one in the Set).
 */
const maybeSpecial = (key: string) => {
  const c = key.charCodeAt(0);
  const d = key.charCodeAt(1);
  return (c === 116 || c === 84 || c === 102 || c === 70 || c === 110 || c === 78) &&
    (d === 114 || d === 82 || d === 97 || d === 65 || d === 117 || d === 85);
};

/** White space at text[at], as `/\s/` reads it. */
const startsWithSpace = (text: string, at: number) => isWhiteSpace(text.charCodeAt(at));

/** `|` or `>` (a first character): a block scalar header (or something only the `yaml` package reads). */
const isBlockHeader = (c: number) => c === 124 || c === 62;

/** `[` or `{` (a first character): a flow collection (simple-flow.ts). */
const isFlow = (c: number) => c === 91 || c === 123;

/**
 * Every sequence still open now extends to the end of this line. Only a top-level sequence has a
 * layout, and it is always stack[1] (pushed onto the root alone, where its `key:` was read).
 */
function markEnd(stack: Frame[], end: number): void {
  const layout = stack.length > 1 ? stack[1]!.layout : undefined;
  if (layout) layout.end = end;
}

/** Whether the next content line is more indented than `indent` and not a new key of a child. */
function continues(lines: Lines, i: number, indent: number): boolean {
  for (let j = i + 1; j < lines.length; j++) {
    const next = lines.indent(j);
    if (next === SKIP) continue;
    return next > indent && !lines.isDash(j);
  }
  return false;
}

/**
 * A plain scalar wrapped onto more-indented lines (`title: a long\n  title`, as the `yaml` package
 * writes long strings), folded as `yaml` folds it: line breaks become spaces, n blank lines become
 * n line breaks, each line trimmed. Undefined when anything is doubtful. `rest` is what follows
 * the key (or the dash) on line i, `first` its value without a comment.
 */
function plainLines(
  lines: Lines, i: number, parentIndent: number, rest: string, first: string,
): { value: string; last: number } | undefined {
  // A plain first line only: no quotes or flow, no comment (which would end the scalar), no tab.
  const c = first.charCodeAt(0);
  const quotedOrFlow = c === 34 || c === 39 || c === 91 || c === 123; // " ' [ {
  if (lines.oddBreaks || quotedOrFlow || trimEndSpaces(rest) !== first) return undefined;
  const text = lines.text;
  let value = first;
  let last = i;
  let breaks = 0; // blank lines since the last line of text
  for (let j = i + 1; j < lines.length; j++) {
    const start = lines.starts[j]!;
    const end = lines.end(j);
    let at = start;
    while (at < end && text.charCodeAt(at) === 32) at++;
    if (at === end) {
      breaks++;
      continue;
    }
    // A comment ends the scalar, and so does a line not more indented than the key (or the dash).
    if (text.charCodeAt(at) === 35 /* # */ || at - start <= parentIndent) break;
    const line = trimEndSpaces(text.slice(at, end));
    if (!CONTINUATION.test(line)) return undefined;
    value += (breaks === 0 ? ' ' : '\n'.repeat(breaks)) + line;
    breaks = 0;
    last = j;
  }
  // More-indented lines after a comment are an error for `yaml`; a line not read above is doubtful.
  if (last === i || continues(lines, last, parentIndent)) return undefined;
  return { value, last };
}

/**
 * A line that can only go on a plain scalar: no indicator (`-`, `#`, quotes, flow, ...), white
 * space or `...` first, no `: `, ` #` or tab in it, no `:` at its end.
 */
const CONTINUATION = /^(?!\.\.\.)[^-?:,[\]{}#&*!|>'"%@`\s](?:(?!: | #|\t).)*(?<!:)$/;

function trimEndSpaces(s: string): string {
  let end = s.length;
  while (end > 0 && s.charCodeAt(end - 1) === 32) end--;
  return end === s.length ? s : s.slice(0, end);
}

/** A block scalar's header as /^([|>])([-+]?)$/ reads it: its style and chomping indicator. */
export function blockHeader(header: string): { style: string; chomp: string } | undefined {
  const style = header[0];
  if ((style !== '|' && style !== '>') || header.length > 2) return undefined;
  const chomp = header.length === 2 ? header[1]! : '';
  return chomp === '' || chomp === '-' || chomp === '+' ? { style, chomp } : undefined;
}

/** A literal (`|`) or folded (`>`) block scalar whose header is on line i; undefined if unusual. */
function blockScalar(
  lines: Lines, i: number, parentIndent: number, header: string,
): { value: string; last: number } | undefined {
  const h = blockHeader(header);
  if (!h) return undefined;
  const { style, chomp } = h;
  const body: string[] = [];
  let contentIndent = -1;
  let last = i;
  for (let j = i + 1; j < lines.length; j++) {
    const t = lines.at(j);
    let indent = 0;
    while (t.charCodeAt(indent) === 32) indent++;
    if (indent === t.length) {
      if (contentIndent === -1 || t.length > contentIndent) return undefined; // leading or spacey blank lines
      body.push('');
      last = j;
      continue;
    }
    // Tabs, and white space YAML reads as content (NBSP, BOM, a lone CR...) where indentation ends.
    if (t.includes('\t') || isWhiteSpace(t.charCodeAt(indent))) return undefined;
    if (indent <= parentIndent) break;
    if (contentIndent === -1) contentIndent = indent;
    if (indent < contentIndent) return undefined;
    if (indent > contentIndent && style === '>') return undefined; // more-indented folded lines
    body.push(t.slice(contentIndent));
    last = j;
  }
  if (contentIndent === -1) return undefined;
  let trailing = 0;
  while (body.length && body[body.length - 1] === '') {
    body.pop();
    trailing++;
    last--;
  }
  let text = '';
  if (style === '|') text = body.join('\n');
  else {
    let previousText = false;
    for (const l of body) {
      if (l === '') text += '\n';
      else text += (previousText ? ' ' : '') + l;
      previousText = l !== '';
    }
  }
  if (chomp === '-') return { value: text, last };
  if (chomp === '+') {
    // A blank last line of the text with no line break after it keeps no line break.
    const end = last + trailing;
    const kept = trailing > 0 && end === lines.length - 1 && !lines.text.endsWith('\n') ? trailing - 1 : trailing;
    return { value: text + '\n' + '\n'.repeat(kept), last: end };
  }
  return { value: text + '\n', last };
}
