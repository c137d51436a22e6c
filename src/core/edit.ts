// Minimal edits: change one value or add one item by splicing text at YAML node positions,
// so every other byte a person wrote (comments, quoting, key order, blank lines, CRLF, body) stays.
import { Document, isMap, isScalar, isSeq, type Node, type Pair, type YAMLMap } from 'yaml';
import type { Parsed } from './document.ts';
import { beforeComments } from './document-split.ts';

type Path = readonly string[];

/** Sets the value at `path` (creating parent maps as needed) and returns the new file text. */
export function setIn(parsed: Parsed, path: Path, value: unknown): string {
  const { map, depth } = deepestMap(parsed, path);
  const rest = path.slice(depth);
  const pair = findPair(map, rest[0]!);
  if (!pair) return insertPairs(parsed, map, nest(rest, value));
  if (rest.length === 1) return replaceValue(parsed, pair, value);
  // The parent exists but is not a block map (null, flow map, scalar): rewrite that value only.
  const current = pair.value ? (pair.value as Node).toJS(parsed.doc) : undefined;
  const merged = isPlainObject(current) ? { ...current } : {};
  assignDeep(merged, rest.slice(1), value);
  return replaceValue(parsed, pair, merged);
}

/** Inserts `item` into the sequence at `path` at `index` (default: the end) and returns the new text. */
export function insertInSeq(parsed: Parsed, path: Path, item: unknown, index?: number): string {
  const node = parsed.doc.getIn(path, true) as Node | undefined;
  if (!isSeq(node) || node.flow || node.items.length === 0 || !node.range) {
    const current = node ? node.toJS(parsed.doc) : [];
    const items: unknown[] = Array.isArray(current) ? [...current] : [];
    items.splice(index ?? items.length, 0, item);
    return setIn(parsed, path, items);
  }
  const fm = frontmatter(parsed);
  const first = node.items[0] as Node;
  const firstLine = lineStart(fm, first.range![0]);
  const indent = fm.slice(firstLine, fm.indexOf('-', firstLine));
  const at = index ?? node.items.length;
  const pos = at < node.items.length
    ? beforeComments(fm, lineStart(fm, (node.items[at] as Node).range![0]))
    : lineEndAfter(fm, (node.items[node.items.length - 1] as Node).range![2]);
  return splice(parsed, pos, pos, prefix(fm, pos, parsed) + block([item], indent, parsed.split.eol));
}

function deepestMap(parsed: Parsed, path: Path): { map: YAMLMap; depth: number } {
  let map = parsed.doc.contents as YAMLMap;
  let depth = 0;
  while (depth < path.length - 1) {
    const child = findPair(map, path[depth]!)?.value;
    if (!isMap(child) || child.flow || child.items.length === 0) break;
    map = child;
    depth++;
  }
  return { map, depth };
}

function findPair(map: YAMLMap, key: string): Pair | undefined {
  return map.items.find((p) => isScalar(p.key) && p.key.value === key) as Pair | undefined;
}

function replaceValue(parsed: Parsed, pair: Pair, value: unknown): string {
  const fm = frontmatter(parsed);
  const old = pair.value as Node | null;
  const scalar = value === null || typeof value !== 'object';
  if (scalar && isScalar(old) && old.range && old.range[1] > old.range[0]) {
    return splice(parsed, old.range[0], old.range[1], scalarText(value, old.type));
  }
  // Replace everything from just after `key:` to the end of the old value.
  const keyEnd = (pair.key as Node).range![1];
  const colon = fm.indexOf(':', keyEnd);
  const end = old?.range ? Math.max(old.range[1], colon + 1) : colon + 1;
  const eol = parsed.split.eol;
  if (scalar) return splice(parsed, colon + 1, end, ' ' + scalarText(value));
  const keyIndent = fm.slice(lineStart(fm, (pair.key as Node).range![0]), (pair.key as Node).range![0]);
  const text = eol + block(value, keyIndent + '  ', eol);
  // A block collection's range already ends with its line break; a scalar's does not.
  const endsWithBreak = fm[end - 1] === '\n';
  return splice(parsed, colon + 1, end, endsWithBreak ? text : text.slice(0, -eol.length));
}

function insertPairs(parsed: Parsed, map: YAMLMap, value: Record<string, unknown>): string {
  const fm = frontmatter(parsed);
  const last = map.items[map.items.length - 1];
  if (!last || map.flow) {
    // An empty or flow map: the edit has to rewrite it (this happens only for `{}`-style maps).
    return replaceWholeMap(parsed, map, value);
  }
  const firstKey = map.items[0]!.key as Node;
  const indent = fm.slice(lineStart(fm, firstKey.range![0]), firstKey.range![0]);
  const lastNode = ((last.value as Node | null) ?? (last.key as Node)).range![2];
  const pos = lineEndAfter(fm, lastNode);
  return splice(parsed, pos, pos, prefix(fm, pos, parsed) + block(value, indent, parsed.split.eol));
}

function replaceWholeMap(parsed: Parsed, map: YAMLMap, value: Record<string, unknown>): string {
  if (map === parsed.doc.contents) {
    const all = { ...(map.toJS(parsed.doc) as Record<string, unknown>), ...value };
    return splice(parsed, 0, frontmatter(parsed).length, block(all, '', parsed.split.eol));
  }
  // Find the pair holding this map and rewrite its value.
  let found: string | undefined;
  for (const [path, node] of pairsWithPaths(parsed.doc.contents as YAMLMap, [])) {
    if (node === map) found = path.join('\u0000');
  }
  const path = found!.split('\u0000');
  const merged = { ...(map.toJS(parsed.doc) as Record<string, unknown>), ...value };
  return setIn(parsed, path, merged);
}

function* pairsWithPaths(map: YAMLMap, path: string[]): Generator<[string[], unknown]> {
  for (const pair of map.items) {
    if (!isScalar(pair.key)) continue;
    const p = [...path, String(pair.key.value)];
    yield [p, pair.value];
    if (isMap(pair.value)) yield* pairsWithPaths(pair.value, p);
  }
}

/** A scalar as it is written inline after `key: `; keeps the old quoting style when it still fits. */
function scalarText(value: unknown, type?: Node['type' & keyof Node] | string): string {
  const doc = new Document(value);
  if (isScalar(doc.contents)) {
    // Inline values must stay on one line: multi-line text goes double-quoted with \n escapes.
    if (typeof value === 'string' && value.includes('\n')) doc.contents.type = 'QUOTE_DOUBLE';
    else if (type === 'QUOTE_DOUBLE' || type === 'QUOTE_SINGLE' || type === 'PLAIN') doc.contents.type = type;
  }
  return doc.toString({ lineWidth: 0 }).replace(/\n$/, '');
}

/** A value as block YAML lines, each starting with `indent`, each ending with `eol`. */
function block(value: unknown, indent: string, eol: string): string {
  const text = new Document(value).toString({ lineWidth: 0 });
  return text
    .replace(/\n$/, '')
    .split('\n')
    .map((line) => (line ? indent + line : line) + eol)
    .join('');
}

const nest = (path: Path, value: unknown): Record<string, unknown> =>
  path.length === 1 ? { [path[0]!]: value } : { [path[0]!]: nest(path.slice(1), value) };

function assignDeep(target: Record<string, unknown>, path: Path, value: unknown): void {
  const [head, ...rest] = path;
  if (rest.length === 0) {
    target[head!] = value;
    return;
  }
  const child = isPlainObject(target[head!]) ? { ...(target[head!] as Record<string, unknown>) } : {};
  assignDeep(child, rest, value);
  target[head!] = child;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const frontmatter = (parsed: Parsed) => parsed.text.slice(parsed.split.fmStart, parsed.split.fmEnd);

const lineStart = (fm: string, offset: number) => fm.lastIndexOf('\n', offset - 1) + 1;

/** The offset just past the line break that ends the line holding `end` (a node's end). */
function lineEndAfter(fm: string, end: number): number {
  if (end > 0 && fm[end - 1] === '\n') return end;
  const nl = fm.indexOf('\n', end);
  return nl === -1 ? fm.length : nl + 1;
}

/** A line break before inserted lines when the frontmatter's last line has none. */
const prefix = (fm: string, pos: number, parsed: Parsed) =>
  pos > 0 && fm[pos - 1] !== '\n' ? parsed.split.eol : '';

/** Replaces [start, end) of the frontmatter text and returns the whole new file text. */
function splice(parsed: Parsed, start: number, end: number, text: string): string {
  const base = parsed.split.fmStart;
  return parsed.text.slice(0, base + start) + text + parsed.text.slice(base + end);
}
