// Minimal edits: change one value or add one item by splicing text at YAML node positions,
// so every other byte a person wrote (comments, quoting, key order, blank lines, CRLF, body) stays.
import { Document, isMap, isScalar, isSeq, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import { filePosition, type Parsed } from '../document/document.ts';
import { beforeComments } from '../document/document-split.ts';
import { findPair, frontmatter, lineEndAfter, lineStart, splice } from './edit-text.ts';
import { DocumentError } from '../util/errors.ts';

type Path = readonly string[];

/**
 * Sets the value at `path` (creating parent maps as needed) and returns the new file text.
 * A parent that holds something other than a map (`roles: dave`) is refused, never replaced.
 */
export function setIn(parsed: Parsed, path: Path, value: unknown): string {
  const { map, depth } = deepestMap(parsed, path);
  const rest = path.slice(depth);
  const pair = findPair(map, rest[0]!);
  if (!pair) return insertPairs(parsed, map, nest(rest, value));
  if (rest.length === 1) return replaceValue(parsed, pair, value, map.flow ? map : undefined);
  // The parent exists but is not a map with keys: fill it in when it is not set (null, `{}`), refuse otherwise.
  const current = pair.value ? (pair.value as Node).toJS(parsed.doc) : undefined;
  if (!isUnset(current) && !isPlainObject(current)) {
    throw wrongType(parsed, (pair.value ?? pair.key) as Node, path.slice(0, depth + 1), current, 'a map of fields');
  }
  const merged = isPlainObject(current) ? { ...current } : {};
  assignDeep(merged, rest.slice(1), value);
  return replaceValue(parsed, pair, merged, map.flow ? map : undefined);
}

/**
 * Inserts `item` into the sequence at `path` at `index` (default: the end) and returns the new text.
 * A value there that is not a list (`subject_matter_experts: dave`) is refused, never replaced;
 * a flow list (`[dave]`) stays one.
 */
export function insertInSeq(parsed: Parsed, path: Path, item: unknown, index?: number): string {
  const node = parsed.doc.getIn(path, true) as Node | undefined;
  if (node && !isSeq(node)) {
    const current = node.toJS(parsed.doc);
    if (!isUnset(current)) throw wrongType(parsed, node, path, current, 'a list');
  }
  if (isSeq(node) && node.flow && node.items.length > 0 && node.range) return insertInFlowSeq(parsed, node, item, index);
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

/** Adds `item` to a non-empty flow list in place: `[dave]` becomes `[dave, erin]`. */
function insertInFlowSeq(parsed: Parsed, seq: YAMLSeq, item: unknown, index?: number): string {
  const text = flowText([item], padded(parsed, seq)).slice(1, -1).trim();
  const at = index ?? seq.items.length;
  if (at < seq.items.length) {
    const pos = (seq.items[at] as Node).range![0];
    return splice(parsed, pos, pos, text + ', ');
  }
  const pos = (seq.items[seq.items.length - 1] as Node).range![1];
  return splice(parsed, pos, pos, ', ' + text);
}

/** Not set: absent, null (`key:`, `~`), empty text or an empty collection; may be filled in. */
const isUnset = (v: unknown) =>
  v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0) || (isPlainObject(v) && Object.keys(v).length === 0);

/** A value of another type where a command must write: refused with its place, so nothing a person wrote is lost. */
function wrongType(parsed: Parsed, node: Node, path: Path, current: unknown, expected: string): DocumentError {
  const { line, column } = filePosition(parsed, node.range?.[0] ?? 0);
  const what = Array.isArray(current) ? 'list' : isPlainObject(current) ? 'map' : JSON.stringify(current);
  return new DocumentError(
    `Unexpected ${what} in ${path.join('.')}, expected ${expected}; change it by hand and run the command again (nothing was written)`,
    parsed.file, line, column,
  );
}

function deepestMap(parsed: Parsed, path: Path): { map: YAMLMap; depth: number } {
  let map = parsed.doc.contents as YAMLMap;
  let depth = 0;
  while (depth < path.length - 1) {
    const child = findPair(map, path[depth]!)?.value;
    // Into flow maps too (`roles: { incident_commander: alice }`): they are edited in place, as flow.
    if (!isMap(child) || child.items.length === 0) break;
    map = child;
    depth++;
  }
  return { map, depth };
}

function replaceValue(parsed: Parsed, pair: Pair, value: unknown, flowParent?: YAMLMap): string {
  const fm = frontmatter(parsed);
  const old = pair.value as Node | null;
  const scalar = value === null || typeof value !== 'object';
  if (scalar && isScalar(old) && (old.type === 'BLOCK_FOLDED' || old.type === 'BLOCK_LITERAL') && old.range) {
    return replaceBlockScalar(parsed, fm, old, value);
  }
  if (scalar && isScalar(old) && old.range && old.range[1] > old.range[0]) {
    return splice(parsed, old.range[0], old.range[1], scalarText(value, old.type));
  }
  if (flowParent) {
    // Inside `{ ... }` only flow text fits: replace the old value, or fill in after `key:`.
    const text = scalar ? scalarText(value) : flowText(value, padded(parsed, flowParent));
    if (old?.range && old.range[1] > old.range[0]) return splice(parsed, old.range[0], old.range[1], text);
    const colon = fm.indexOf(':', (pair.key as Node).range![1]);
    return splice(parsed, colon + 1, colon + 1, ' ' + text);
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

/**
 * A block scalar (`status: >-` then the text on the next lines) becomes an inline value: from its
 * header to the end of its last text line, so the line break after it (and the next key) stays.
 * A comment on the header line is kept after the new value.
 */
function replaceBlockScalar(parsed: Parsed, fm: string, old: Node, value: unknown): string {
  const [start, end] = old.range!;
  const contentEnd = start + fm.slice(start, end).replace(/\s+$/, '').length;
  const headerEnd = fm.indexOf('\n', start);
  const header = fm.slice(start, headerEnd === -1 || headerEnd > contentEnd ? contentEnd : headerEnd).replace(/\r$/, '');
  const comment = /\s#.*$/.exec(header)?.[0] ?? '';
  return splice(parsed, start, contentEnd, scalarText(value) + comment);
}

function insertPairs(parsed: Parsed, map: YAMLMap, value: Record<string, unknown>): string {
  const fm = frontmatter(parsed);
  const last = map.items[map.items.length - 1];
  if (last && map.flow) {
    // A flow map with keys stays one: `{ a: 1 }` becomes `{ a: 1, b: 2 }`.
    const end = ((last.value as Node | null) ?? (last.key as Node)).range![1];
    return splice(parsed, end, end, ', ' + flowText(value, padded(parsed, map)).slice(1, -1).trim());
  }
  if (!last) {
    // An empty map (`roles: {}`, as `incident new` writes it): the edit rewrites it as block lines.
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

/** A value as flow YAML on one line: `[a, b]`, `{k: v}`; `padded`: `[ a, b ]`, `{ k: v }`. */
function flowText(value: unknown, padded: boolean): string {
  return new Document(value).toString({ collectionStyle: 'flow', flowCollectionPadding: padded, lineWidth: 0 }).replace(/\n$/, '');
}

/** Whether a flow collection is written with spaces inside its brackets (`[ a ]`), to write new ones alike. */
const padded = (parsed: Parsed, node: Node) => frontmatter(parsed)[node.range![0] + 1] === ' ';

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

/** A line break before inserted lines when the frontmatter's last line has none. */
const prefix = (fm: string, pos: number, parsed: Parsed) =>
  pos > 0 && fm[pos - 1] !== '\n' ? parsed.split.eol : '';
