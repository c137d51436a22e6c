// A reader for the plain YAML that incident frontmatter almost always is: block maps and
// sequences, one-line scalars, plain scalars wrapped onto more-indented lines, flow lists of
// scalars, literal and folded block scalars, comments. It returns undefined for anything else
// (anchors, tags, odd indentation, duplicate or `__proto__` keys, ...) and the caller falls back
// to the `yaml` package, which also gives the positioned error for malformed files. Whatever it
// does accept, it reads exactly as `yaml` does (values, key order, places): test/simple-yaml.test.ts
// proves that on the whole corpus, test/yaml-differential.test.ts on the YAML test suite and on
// generated frontmatters (longer runs: scripts/fuzz-yaml.ts).
// Why: loading and running `yaml` costs `incident log` ~30 ms, more than Node's start-up.
import { inlineValue, stripComment } from './fast-frontmatter.ts';
import { isPlainKey, readFlow } from './simple-flow.ts';
import { lastAtOrBefore } from '../util/sorted-search.ts';

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
 * Places are recorded for every entry but looked up only for findings (in about half the files)
 * and merges: so they are logged flat while reading, and indexed on the first look-up.
 */
export class Places {
  /** container, entry, key offset (or undefined), value offset; and again for the next entry. */
  private readonly log: unknown[] = [];
  private index: Map<object, Map<string | number, Place>> | undefined;

  add(container: object, entry: string | number, value: number, key?: number): void {
    this.log.push(container, entry, key, value);
  }

  get(container: object, entry: string | number): Place | undefined {
    if (!this.index) {
      this.index = new Map();
      const log = this.log;
      for (let i = 0; i < log.length; i += 4) {
        let own = this.index.get(log[i] as object);
        if (!own) this.index.set(log[i] as object, (own = new Map()));
        const key = log[i + 2] as number | undefined;
        const value = log[i + 3] as number;
        own.set(log[i + 1] as string | number, key === undefined ? { value } : { key, value });
      }
    }
    return this.index.get(container)?.get(entry);
  }
}

interface Frame {
  indent: number;
  kind: 'map' | 'seq';
  value: Record<string, unknown> | unknown[];
  layout?: SeqLayout;
}

const isDash = (rest: string) => rest === '-' || rest.startsWith('- ');

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
  /** Offset where each line's text ends (before its `\n`, and a `\r` just before that). */
  readonly ends: number[];
  /** Leading spaces, or SKIP or REFUSED. */
  readonly indents: number[];
  /** Whether a `\r` not before `\n`, or U+2028/U+2029, occurs: KEY_LINE's `.` does not match them. */
  readonly oddBreaks: boolean;

  constructor(readonly text: string) {
    let count = 0;
    for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', nl + 1)) count++;
    if (text.length > 0 && !text.endsWith('\n')) count++;
    this.starts = new Array<number>(count);
    this.ends = new Array<number>(count);
    this.indents = new Array<number>(count);
    for (let k = 0, start = 0; k < count; k++) {
      const nl = text.indexOf('\n', start);
      let end = nl === -1 ? text.length : nl;
      if (end > start && text.charCodeAt(end - 1) === 13) end--;
      this.starts[k] = start;
      this.ends[k] = end;
      this.indents[k] = indentOf(text, start, end);
      start = nl + 1;
    }
    this.oddBreaks = text.includes('\u2028') || text.includes('\u2029') || (text.includes('\r') && /\r(?!\n)/.test(text));
  }

  get length(): number {
    return this.starts.length;
  }

  /** Where line k ends, line break included. */
  next(k: number): number {
    return k + 1 < this.starts.length ? this.starts[k + 1]! : this.text.length;
  }

  /** Line k without its line break. */
  at(k: number): string {
    return this.text.slice(this.starts[k], this.ends[k]);
  }

  /** Line k without its indentation (only for lines that are not skipped). */
  content(k: number): string {
    return this.text.slice(this.starts[k]! + this.indents[k]!, this.ends[k]);
  }

  /** Whether line k (not skipped) is a sequence item: `-` then a space or nothing. */
  isDash(k: number): boolean {
    const at = this.starts[k]! + this.indents[k]!;
    return this.text.charCodeAt(at) === 45 && (at + 1 === this.ends[k] || this.text.charCodeAt(at + 1) === 32);
  }

  /**
   * The length of the key when `s` (a line's content) is a `key:` or `key: value` line, else -1.
   * The key is a plain scalar that is a string to the core schema (isPlainKey): `Alice Example`,
   * `Ana María`, `Siobhan O'Neill` too.
   */
  keyLength(s: string): number {
    let i = 0;
    // The ASCII word keys nearly every line has, without a second scan.
    while (i < s.length && isKeyChar(s.charCodeAt(i), i === 0)) i++;
    if (i === 0 || s.charCodeAt(i) !== 58 /* : */ || (i + 1 < s.length && s.charCodeAt(i + 1) !== 32)) {
      // Any other plain key ends at the first `: ` (or `:` last); isPlainKey says whether yaml reads it so.
      i = s.indexOf(': ');
      if (i === -1) i = s.charCodeAt(s.length - 1) === 58 ? s.length - 1 : -1;
      if (i <= 0 || !isPlainKey(s.slice(0, i))) return -1;
    }
    // The rest of the line must be KEY_LINE's `.*`: no line break of YAML's own.
    return this.oddBreaks && ODD_BREAK.test(s) ? -1 : i;
  }
}

const ODD_BREAK = /[\r\u2028\u2029]/;

/** KEY_LINE's key: [A-Za-z_] first, then [\w-] (ASCII only). */
function isKeyChar(c: number, first: boolean): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || (!first && ((c >= 48 && c <= 57) || c === 45));
}

/** What follows `key:` and its spaces and tabs ('' when nothing): `yaml` starts the value there. */
function valueOf(s: string, keyLength: number): string {
  let i = keyLength + 1;
  while (s.charCodeAt(i) === 32 || s.charCodeAt(i) === 9) i++;
  return i >= s.length ? '' : s.slice(i);
}

/** Leading spaces of text[start, end), or SKIP or REFUSED (see Lines.indents). */
function indentOf(text: string, start: number, end: number): number {
  let i = start;
  while (i < end && text.charCodeAt(i) === 32) i++;
  const c = text.charCodeAt(i);
  // A tab where indentation is: refused before content; before nothing or a comment, `yaml`
  // accepts it in most places but not all (TAB_AS_INDENT after `key:` with its value still to
  // come, or on a last line after a comment, ...): rare, so always `yaml`'s to decide.
  if (i < end && c === 9) return REFUSED;
  // YAML's white space is only spaces and tabs: NBSP, BOM, a lone CR... first are content to it.
  if (i < end && (c === 11 || c === 12 || c === 13 || (c >= 0x80 && /\s/.test(text[i]!)))) return REFUSED;
  return i === end || c === 35 /* # */ ? SKIP : i - start;
}

export function parseSimpleYaml(text: string, options: { places?: boolean } = {}): SimpleDoc | undefined {
  // A lone CR is a line break to the frontmatter splitter but content to `yaml` (`status: x\r`
  // before the closing `---` is "x\r" to it): rare enough to leave to `yaml`.
  if (text.includes('\r') && /\r(?!\n)/.test(text)) return undefined;
  const lines = new Lines(text);
  const root: Frame = { indent: 0, kind: 'map', value: {} };
  const places = options.places ? new Places() : undefined;
  // Records where an entry's value starts (and its key, in maps); only when asked.
  const place = (container: object, entry: string | number, value: number, key?: number) => places?.add(container, entry, value, key);
  const stack: Frame[] = [root];
  const seqs = new Map<string, SeqLayout>();
  let flowMaps = false;
  // A one-line flow collection starting at offset `at`, its entries placed.
  const flow = (valueText: string, at: number): unknown => {
    const read = readFlow(valueText, places && ((container, entry, value, key) => places.add(container, entry, at + value, key === undefined ? undefined : at + key)));
    if (read?.maps) flowMaps = true;
    return read?.value;
  };
  // A `key:` with nothing after it: its value (or null, placed at nullAt) is on the next lines.
  let pending: { frame: Frame; key: string; keyAt: number; nullAt: number } | undefined;

  for (let i = 0; i < lines.length; i++) {
    const indent = lines.indents[i]!;
    if (indent === SKIP) continue;
    if (indent === REFUSED) return undefined;
    const lineStart = lines.starts[i]!;
    const trimmed = lines.content(i);
    const dash = lines.isDash(i);

    if (pending) {
      const { frame, key, keyAt, nullAt } = pending;
      const map = frame.value as Record<string, unknown>;
      pending = undefined;
      if (dash && indent >= frame.indent) {
        const layout: SeqLayout | undefined = frame === root ? { indent, items: [], end: lineStart } : undefined;
        if (layout) seqs.set(key, layout);
        map[key] = [];
        stack.push({ indent, kind: 'seq', value: map[key] as unknown[], layout });
        place(map, key, lineStart + indent, keyAt);
      } else if (indent > frame.indent && lines.keyLength(trimmed) !== -1) {
        map[key] = {};
        stack.push({ indent, kind: 'map', value: map[key] as Record<string, unknown> });
        place(map, key, lineStart + indent, keyAt);
      } else {
        if (indent > frame.indent) return undefined; // a scalar on the next line
        map[key] = null;
        place(map, key, nullAt, keyAt);
      }
    }
    while (stack.length > 1) {
      const top = stack[stack.length - 1]!;
      if (indent < top.indent || (top.kind === 'seq' && indent === top.indent && !dash)) stack.pop();
      else break;
    }
    let frame = stack[stack.length - 1]!;
    let content = trimmed;
    let keyLength: number;
    if (frame.kind === 'seq') {
      if (indent !== frame.indent || !dash) return undefined;
      frame.layout?.items.push(lineStart);
      // The item's content: after the dash and its spaces.
      let spaces = 1;
      while (trimmed.charCodeAt(spaces) === 32) spaces++;
      content = trimmed.slice(spaces);
      // A tab after the dash (an error before a key), or NBSP, BOM...: for `yaml` to read.
      if (content === '' || isDash(content) || content.charCodeAt(0) === 35 /* # */ || startsWithSpace(content)) return undefined;
      const contentIndent = indent + spaces;
      const index = (frame.value as unknown[]).length;
      place(frame.value, index, lineStart + contentIndent);
      keyLength = lines.keyLength(content);
      if (keyLength === -1) {
        if (isBlockHeader(content)) return undefined;
        const valueText = stripComment(content);
        // `- [a, b]`, `- { label: a }`: their entries have places too (validate names them).
        let value = isFlow(valueText) ? flow(valueText, lineStart + contentIndent) : inlineValue(valueText);
        if (value === undefined) return undefined;
        if (continues(lines, i, indent)) {
          const wrapped = plainLines(lines, i, indent, content, valueText);
          if (!wrapped) return undefined;
          value = wrapped.value;
          i = wrapped.last;
        }
        (frame.value as unknown[]).push(value);
        markEnd(stack, lines.next(i));
        continue;
      }
      const item: Frame = { indent: contentIndent, kind: 'map', value: {} };
      (frame.value as unknown[]).push(item.value);
      stack.push(item);
      frame = item;
    } else if (indent !== frame.indent) {
      return undefined;
    } else {
      keyLength = lines.keyLength(content);
      if (keyLength === -1) return undefined;
    }

    const key = keyOf(content, keyLength);
    // `True:`, `null:`...: booleans and null to the core schema (`null:` a key "" in the data), and
    // duplicates of one another once read so: `yaml`'s to read or refuse. (Wider keys: isPlainKey.)
    if (keyLength <= 5 && maybeSpecial(content.charCodeAt(0)) && SPECIAL_KEYS.has(key)) return undefined;
    const map = frame.value as Record<string, unknown>;
    // Duplicate keys are an error for `yaml`: let it report them. (A pending key is set to null
    // before the next line is read, so it counts too.)
    if (key === '__proto__' || Object.hasOwn(map, key)) return undefined;
    const rest = valueOf(content, keyLength);
    const valueText = stripComment(rest);
    const keyAt = lineStart + frame.indent;
    // Where the value starts, after the colon's spaces (even when there is only a comment or nothing).
    const valueAt = keyAt + content.length - rest.length;
    markEnd(stack, lines.next(i));
    if (valueText === '') {
      pending = { frame, key, keyAt, nullAt: valueAt };
      continue;
    }
    place(map, key, valueAt, keyAt);
    if (isBlockHeader(valueText)) {
      const block = blockScalar(lines, i, frame.indent, valueText);
      if (!block) return undefined;
      map[key] = block.value;
      i = block.last;
      markEnd(stack, lines.next(i));
      continue;
    }
    const value = isFlow(valueText) ? flow(valueText, valueAt) : inlineValue(valueText);
    if (value === undefined) return undefined;
    map[key] = value;
    if (continues(lines, i, frame.indent)) {
      const wrapped = plainLines(lines, i, frame.indent, rest, valueText);
      if (!wrapped) return undefined;
      map[key] = wrapped.value;
      i = wrapped.last;
      markEnd(stack, lines.next(i));
    }
  }
  if (pending) {
    (pending.frame.value as Record<string, unknown>)[pending.key] = null;
    place(pending.frame.value, pending.key, pending.nullAt, pending.keyAt);
  }
  // No key at all (empty, or only comments): parseIncidentText refuses it, and says why.
  if (Object.keys(root.value).length === 0) return undefined;
  const doc: SimpleDoc = { data: root.value as Record<string, unknown>, seqs, places, lineStarts: lines.starts };
  if (flowMaps) doc.flowMaps = true;
  return doc;
}

/** Plain keys the core schema reads as booleans or null (see parseSimpleYaml). */
export const SPECIAL_KEYS = new Set(['true', 'True', 'TRUE', 'false', 'False', 'FALSE', 'null', 'Null', 'NULL']);

/**
 * The key of a line, the same string as last time when the line starts with it (by first
 * character and length: `at`, `kind`, `text`, `by` come back on every timeline entry). A key
 * used before is already a property name; a new slice would have to be made one again.
 */
const knownKeys: (string | undefined)[] = new Array(128 * 32);
function keyOf(content: string, length: number): string {
  const c = content.charCodeAt(0);
  if (length >= 32 || c >= 128) return content.slice(0, length);
  const slot = (c << 5) | length;
  const known = knownKeys[slot];
  if (known !== undefined && content.startsWith(known)) return known;
  return (knownKeys[slot] = content.slice(0, length));
}

/** The first letters of SPECIAL_KEYS (t, T, f, F, n, N): other keys need no look-up. */
const maybeSpecial = (c: number) => c === 116 || c === 84 || c === 102 || c === 70 || c === 110 || c === 78;

/** White space first, as `/^\s/` reads it (only a code point below `!` or beyond ASCII can be). */
const startsWithSpace = (s: string) => {
  const c = s.charCodeAt(0);
  return (c <= 32 || c >= 0x80) && /^\s/.test(s);
};

/** `|` or `>` first: a block scalar header (or something only the `yaml` package reads). */
const isBlockHeader = (s: string) => s.charCodeAt(0) === 124 || s.charCodeAt(0) === 62;

/** `[` or `{` first: a flow collection (simple-flow.ts). */
const isFlow = (s: string) => s.charCodeAt(0) === 91 || s.charCodeAt(0) === 123;

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
    if (lines.indents[j] === SKIP) continue;
    return lines.indents[j]! > indent && !lines.isDash(j);
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
    const end = lines.ends[j]!;
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

/** A literal (`|`) or folded (`>`) block scalar whose header is on line i; undefined if unusual. */
function blockScalar(
  lines: Lines, i: number, parentIndent: number, header: string,
): { value: string; last: number } | undefined {
  const h = /^([|>])([-+]?)$/.exec(header);
  if (!h) return undefined;
  const [, style, chomp] = h;
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
    if (t.includes('\t') || /\s/.test(t[indent]!)) return undefined;
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
