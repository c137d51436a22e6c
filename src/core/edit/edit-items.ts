// Minimal edits edit.ts does not make: a field of one sequence item (a timeline entry, an action
// item) set or removed, a whole item removed. Like edit.ts, they splice text at YAML node
// positions, so every other byte of the file stays as written.
import { Document, isMap, isScalar, isSeq, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import type { Parsed } from '../document/document.ts';
import { setIn } from './edit.ts';
import { findPair, frontmatter, lineEndAfter, lineStart, splice } from './edit-text.ts';

type Path = readonly string[];

/** Sets `key` of the map that is item `index` of the sequence at `path` (added as the item's last key when absent). */
export function setInItem(parsed: Parsed, path: Path, index: number, key: string, value: unknown): string {
  const item = itemAt(parsed, path, index);
  const pair = findPair(item, key);
  // An existing key: edit.ts replaces its value in place (keeping its quoting), with the item as the document's top.
  if (pair && (value === null || typeof value !== 'object')) return setIn(within(parsed, item), [key], value);
  if (item.items.length === 0) return replaceFlowItem(parsed, item, { [key]: value });
  if (item.flow) {
    // `{ at: ..., text: a }` -> `{ at: ..., text: a, approx: true }`: after the last value.
    if (pair) return replaceFlowItem(parsed, item, { ...toJS(parsed, item), [key]: value });
    const last = item.items[item.items.length - 1]!;
    const end = ((last.value as Node | null) ?? (last.key as Node)).range![1];
    return splice(parsed, end, end, `, ${flowPair(key, value)}`);
  }
  const fm = frontmatter(parsed);
  const first = item.items[0]!.key as Node;
  const indent = ' '.repeat(first.range![0] - lineStart(fm, first.range![0]));
  const last = item.items[item.items.length - 1]!;
  const pos = lineEndAfter(fm, ((last.value as Node | null) ?? (last.key as Node)).range![1]);
  const line = indent + new Document({ [key]: value }).toString({ lineWidth: 0 }).replace(/\n$/, '').split('\n').join(parsed.split.eol + indent) + parsed.split.eol;
  return splice(parsed, pos, pos, (fm[pos - 1] === '\n' ? '' : parsed.split.eol) + line);
}

/** Removes `key` from item `index` of the sequence at `path`; the text unchanged when it has no such key. */
export function removeFromItem(parsed: Parsed, path: Path, index: number, key: string): string {
  const item = itemAt(parsed, path, index);
  const at = item.items.findIndex((p) => isScalar(p.key) && p.key.value === key);
  if (at === -1) return parsed.text;
  if (item.items.length === 1) return replaceFlowItem(parsed, item, {});
  const fm = frontmatter(parsed);
  const pair = item.items[at]!;
  const keyStart = (pair.key as Node).range![0];
  const next = item.items[at + 1]?.key as Node | undefined;
  if (item.flow) {
    // `, key: value` goes with the pair before it; the first pair takes the `, ` after it.
    const end = ((pair.value as Node | null) ?? (pair.key as Node)).range![1];
    if (at === 0) return splice(parsed, keyStart, next!.range![0], '');
    const prev = item.items[at - 1]!;
    return splice(parsed, ((prev.value as Node | null) ?? (prev.key as Node)).range![1], end, '');
  }
  // The first key shares its line with the item's `- `: keep the dash, start the next key there.
  if (at === 0) return splice(parsed, keyStart, next!.range![0], '');
  const end = next ? lineStart(fm, next.range![0]) : lineEndAfter(fm, ((pair.value as Node | null) ?? (pair.key as Node)).range![1]);
  return splice(parsed, lineStart(fm, keyStart), end, '');
}

/** Removes item `index` of the sequence at `path`, with its lines; the last item leaves `key: []`. */
export function removeItem(parsed: Parsed, path: Path, index: number): string {
  const seq = seqAt(parsed, path);
  const node = seq.items[index] as Node | undefined;
  if (!node?.range) throw new RangeError(`no item ${index} in ${path.join('.')}`);
  const fm = frontmatter(parsed);
  if (seq.flow || !seq.range) {
    const items = (seq.toJS(parsed.doc) as unknown[]).filter((_, i) => i !== index);
    return setIn(parsed, path, items);
  }
  if (seq.items.length === 1) {
    // `key:` with nothing after it would read as null: say `[]`, from just after the colon to the list's end.
    const pair = parentPair(parsed, path);
    const colon = fm.indexOf(':', (pair.key as Node).range![1]);
    return splice(parsed, colon + 1, lineEndAfter(fm, node.range[1]), ` []${parsed.split.eol}`);
  }
  const start = lineStart(fm, node.range[0]);
  const next = seq.items[index + 1] as Node | undefined;
  const end = next ? lineStart(fm, next.range![0]) : lineEndAfter(fm, node.range[1]);
  return splice(parsed, start, end, '');
}

function seqAt(parsed: Parsed, path: Path): YAMLSeq {
  const seq = parsed.doc.getIn(path, true);
  if (!isSeq(seq)) throw new RangeError(`${path.join('.')} is not a list`);
  return seq;
}

function itemAt(parsed: Parsed, path: Path, index: number): YAMLMap {
  const item = seqAt(parsed, path).items[index];
  if (!isMap(item) || !item.range) throw new RangeError(`item ${index} of ${path.join('.')} is not a map`);
  return item;
}

function parentPair(parsed: Parsed, path: Path): Pair {
  const parent = path.length === 1 ? parsed.doc.contents : parsed.doc.getIn(path.slice(0, -1), true);
  const pair = isMap(parent) ? findPair(parent, path[path.length - 1]!) : undefined;
  if (!pair) throw new RangeError(`no key ${path.join('.')}`);
  return pair;
}

/** A view of the file whose YAML document has `map` as its top: edit.ts then edits inside the item. */
function within(parsed: Parsed, map: YAMLMap): Parsed {
  return { ...parsed, doc: Object.create(parsed.doc, { contents: { value: map } }) as Parsed['doc'] };
}

/** A flow item (`- { at: ..., kind: ... }`) is rewritten as a flow map in its own place. */
function replaceFlowItem(parsed: Parsed, item: YAMLMap, value: Record<string, unknown>): string {
  const doc = new Document(value);
  if (isMap(doc.contents)) doc.contents.flow = true;
  const text = doc.toString({ lineWidth: 0 }).replace(/\n$/, '');
  return splice(parsed, item.range![0], item.range![1], text);
}

/** `key: value` as written inside a flow map. */
function flowPair(key: string, value: unknown): string {
  const doc = new Document({ [key]: value });
  if (isMap(doc.contents)) doc.contents.flow = true;
  return doc.toString({ lineWidth: 0 }).trim().replace(/^\{\s*/, '').replace(/\s*\}$/, '');
}

const toJS = (parsed: Parsed, node: Node) => ({ ...(node.toJS(parsed.doc) as Record<string, unknown>) });
