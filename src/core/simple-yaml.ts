// A reader for the plain YAML that incident frontmatter almost always is: block maps and
// sequences, one-line scalars, flow lists of scalars, literal and folded block scalars, comments.
// It returns undefined for anything else (anchors, tags, multi-line plain scalars, odd
// indentation, duplicate or `__proto__` keys, ...) and the caller falls back to the `yaml`
// package, which also gives the positioned error for malformed files. Whatever it does accept, it
// reads exactly as `yaml` does: test/simple-yaml.test.ts proves that on the whole corpus.
// Why: loading and running `yaml` costs `incident log` ~30 ms, more than Node's start-up.
import { inlineValue, stripComment } from './fast-frontmatter.ts';

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
  /** With `{ places: true }`: per map or list of `data`, where each of its entries is (see placeAt). */
  places?: WeakMap<object, Map<string | number, Place>>;
}

/** Where the value at `path` is; undefined when the path does not exist (or places were not asked for). */
export function placeAt(doc: SimpleDoc, path: readonly (string | number)[]): Place | undefined {
  let container: unknown = doc.data;
  for (let i = 0; i < path.length - 1; i++) {
    if (typeof container !== 'object' || container === null) return undefined;
    container = (container as Record<string | number, unknown>)[path[i]!];
  }
  if (typeof container !== 'object' || container === null || path.length === 0) return undefined;
  return doc.places?.get(container)?.get(path[path.length - 1]!);
}

interface Frame {
  indent: number;
  kind: 'map' | 'seq';
  value: Record<string, unknown> | unknown[];
  layout?: SeqLayout;
}

const KEY_LINE = /^([A-Za-z_][\w-]*):(?:[ ]+(.*))?$/;
const isDash = (rest: string) => rest === '-' || rest.startsWith('- ');

export function parseSimpleYaml(text: string, options: { places?: boolean } = {}): SimpleDoc | undefined {
  const lines: { start: number; end: number; text: string }[] = [];
  for (let start = 0; start < text.length; ) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl + 1;
    const raw = text.slice(start, nl === -1 ? text.length : nl);
    lines.push({ start, end, text: raw.endsWith('\r') ? raw.slice(0, -1) : raw });
    start = end;
  }
  const root: Frame = { indent: 0, kind: 'map', value: {} };
  const places = options.places ? new WeakMap<object, Map<string | number, Place>>() : undefined;
  // Records where an entry's value starts (and its key, in maps); only when asked.
  const place = (container: object, entry: string | number, value: number, key?: number) => {
    if (!places) return;
    let own = places.get(container);
    if (!own) places.set(container, (own = new Map()));
    own.set(entry, key === undefined ? { value } : { key, value });
  };
  const stack: Frame[] = [root];
  const seqs = new Map<string, SeqLayout>();
  let pending: { frame: Frame; key: string; keyAt: number; afterColon: number } | undefined;

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const trimmed = line.text.trimStart();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    if (/^ *\t/.test(line.text)) return undefined;
    const indent = line.text.length - trimmed.length;

    if (pending) {
      const { frame, key, keyAt, afterColon } = pending;
      const map = frame.value as Record<string, unknown>;
      pending = undefined;
      if (isDash(trimmed) && indent >= frame.indent) {
        const layout: SeqLayout | undefined = frame === root ? { indent, items: [], end: line.start } : undefined;
        if (layout) seqs.set(key, layout);
        map[key] = [];
        stack.push({ indent, kind: 'seq', value: map[key] as unknown[], layout });
        place(map, key, line.start + indent, keyAt);
      } else if (indent > frame.indent && KEY_LINE.test(trimmed)) {
        map[key] = {};
        stack.push({ indent, kind: 'map', value: map[key] as Record<string, unknown> });
        place(map, key, line.start + indent, keyAt);
      } else {
        if (indent > frame.indent) return undefined; // a scalar on the next line
        map[key] = null;
        place(map, key, afterColon, keyAt);
      }
    }
    while (stack.length > 1) {
      const top = stack[stack.length - 1]!;
      if (indent < top.indent || (top.kind === 'seq' && indent === top.indent && !isDash(trimmed))) stack.pop();
      else break;
    }
    let frame = stack[stack.length - 1]!;
    let content = trimmed;
    if (frame.kind === 'seq') {
      if (indent !== frame.indent || !isDash(trimmed)) return undefined;
      frame.layout?.items.push(line.start);
      const after = trimmed.slice(1);
      content = after.trimStart();
      if (content === '' || isDash(content) || content.startsWith('#')) return undefined;
      const contentIndent = indent + 1 + (after.length - content.length);
      const index = (frame.value as unknown[]).length;
      place(frame.value, index, line.start + contentIndent);
      if (!KEY_LINE.test(content)) {
        if (/^[|>]/.test(content)) return undefined;
        const value = inlineValue(stripComment(content));
        if (value === undefined) return undefined;
        (frame.value as unknown[]).push(value);
        if (continues(lines, i, indent)) return undefined;
        markEnd(stack, line.end);
        continue;
      }
      const item: Frame = { indent: contentIndent, kind: 'map', value: {} };
      (frame.value as unknown[]).push(item.value);
      stack.push(item);
      frame = item;
    } else if (indent !== frame.indent) {
      return undefined;
    }

    const m = KEY_LINE.exec(content);
    if (!m) return undefined;
    const key = m[1]!;
    const map = frame.value as Record<string, unknown>;
    // Duplicate keys are an error for `yaml`: let it report them. (A pending key is set to null
    // before the next line is read, so it counts too.)
    if (key === '__proto__' || Object.hasOwn(map, key)) return undefined;
    const valueText = stripComment(m[2] ?? '');
    const keyAt = line.start + frame.indent;
    markEnd(stack, line.end);
    if (valueText === '') {
      pending = { frame, key, keyAt, afterColon: keyAt + key.length + 1 };
      continue;
    }
    const valueAt = keyAt + content.length - (m[2] ?? '').length;
    place(map, key, valueAt, keyAt);
    if (/^[|>]/.test(valueText)) {
      const block = blockScalar(lines, i, frame.indent, valueText);
      if (!block) return undefined;
      map[key] = block.value;
      i = block.last;
      markEnd(stack, lines[i]!.end);
      continue;
    }
    const value = valueText === '{}' ? {} : inlineValue(valueText);
    if (value === undefined) return undefined;
    map[key] = value;
    if (Array.isArray(value)) flowItems(valueText).forEach((at, n) => place(value, n, valueAt + at));
    if (continues(lines, i, frame.indent)) return undefined;
  }
  if (pending) {
    (pending.frame.value as Record<string, unknown>)[pending.key] = null;
    place(pending.frame.value, pending.key, pending.afterColon, pending.keyAt);
  }
  return { data: root.value as Record<string, unknown>, seqs, places };
}

/** Where each item of a one-line flow list (`[a, b]`, no quotes or nesting) starts, relative to `[`. */
function flowItems(list: string): number[] {
  const starts: number[] = [];
  for (let i = 1; i < list.length - 1; i++) {
    const c = list[i];
    if (c === ' ' || c === ',') continue;
    starts.push(i);
    while (i < list.length - 1 && list[i] !== ',') i++;
  }
  return starts;
}

/** Every sequence still open now extends to the end of this line. */
function markEnd(stack: Frame[], end: number): void {
  for (const frame of stack) if (frame.layout) frame.layout.end = end;
}

/** Whether the next content line is more indented than `indent` and not a new key of a child. */
function continues(lines: { text: string }[], i: number, indent: number): boolean {
  for (let j = i + 1; j < lines.length; j++) {
    const t = lines[j]!.text;
    const trimmed = t.trimStart();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    return t.length - trimmed.length > indent && !isDash(trimmed);
  }
  return false;
}

/** A literal (`|`) or folded (`>`) block scalar whose header is on line i; undefined if unusual. */
function blockScalar(
  lines: { text: string }[], i: number, parentIndent: number, header: string,
): { value: string; last: number } | undefined {
  const h = /^([|>])([-+]?)$/.exec(header);
  if (!h) return undefined;
  const [, style, chomp] = h;
  const body: string[] = [];
  let contentIndent = -1;
  let last = i;
  for (let j = i + 1; j < lines.length; j++) {
    const t = lines[j]!.text;
    if (t.trim() === '') {
      if (contentIndent === -1 || t.length > contentIndent) return undefined; // leading or spacey blank lines
      body.push('');
      last = j;
      continue;
    }
    if (t.includes('\t')) return undefined;
    const indent = t.length - t.trimStart().length;
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
  if (chomp === '+') return { value: text + '\n' + '\n'.repeat(trailing), last: last + trailing };
  return { value: text + '\n', last };
}
