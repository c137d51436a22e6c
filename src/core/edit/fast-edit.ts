// The minimal edits of edit.ts and edit-items.ts without the `yaml` package, for the write commands
// after the incident (severity, status, role, action, impact, review, amend, remove): the same bytes
// those write, for the plain shapes `incident new` and these commands leave. For anything else each
// edit returns undefined and the command takes the YAML document path (a lane hands over). Every
// result is read back by the simple reader and must hold exactly the data intended.
// test/fast-edit.test.ts compares each edit with edit.ts's on the same files.
import { applyEdits, readFast, withFrontmatter, type Edit, type FastDoc } from './splice.ts';
import { inlineValue, stripComment } from '../yaml/fast-frontmatter.ts';
import { parseSimpleYaml, placeAt } from '../yaml/simple-yaml.ts';
import { rereadData, splicesOf } from '../yaml/reread.ts';
import { beforeComments } from '../document/document-split.ts';
import { insertionIndex, isValidTimeZone, latestInstant } from '../timeline/timeline.ts';
import type { TimelineEntry } from '../model/types.ts';

type Path = readonly (string | number)[];

const isMap = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

// The last text read (or written and read back): a command's next edit, and the write's timeline
// check, start from the text the edit before made, so each text is read once. An edit's result is
// read back only where the edit is (reread.ts): its places, for a next edit, are read when asked.
let last: { text: string; data: Record<string, unknown>; f?: FastDoc } | undefined;

/** The file as the edits below read it (key places included); undefined when the simple reader steps aside. */
export function readForEdit(text: string, file?: string): FastDoc | undefined {
  if (last?.text === text && last.f) return last.f;
  const f = readFast(text, file, { places: true });
  if (f) last = { text, data: f.doc.data, f };
  return f;
}

/** The data of a text these edits made (read back already) or read; undefined when the simple reader steps aside. */
export function dataForEdit(text: string, file?: string): Record<string, unknown> | undefined {
  return last?.text === text ? last.data : readForEdit(text, file)?.doc.data;
}

// ---------------------------------------------------------------------------------------------
// Values as the `yaml` package writes them (Document#toString, lineWidth 0), or undefined when unsure.

// `yaml` writes these quoted or as block text; and what it escapes differently from JSON.
const NOT_PLAIN = /^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/;
const DOCUMENT_MARKER = /^(%|---|\.\.\.)/m;
// Control characters, NEL, NBSP, line and paragraph separators, BOM, lone surrogates: escaped by `yaml`.
const ESCAPED = /[\u0000-\u001f\u007f-\u00a0\u2028\u2029\ufeff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** A scalar on one line, as `yaml` writes it after `key: ` or `- `. */
export function yamlScalar(value: unknown): string | undefined {
  if (value === null) return 'null';
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'number') return /^-?\d+(?:\.\d+)?$/.test(String(value)) && Number.isFinite(value) ? String(value) : undefined;
  if (typeof value !== 'string' || ESCAPED.test(value) || DOCUMENT_MARKER.test(value)) return undefined;
  if (value === '') return '""';
  if (!NOT_PLAIN.test(value)) {
    const read = inlineValue(value);
    if (read === value) return value;
    if (read === undefined || typeof read === 'string' || Array.isArray(read)) return undefined; // unsure what `yaml` makes of it
    // A number, a boolean or null to the core schema: quoted, as below.
  }
  // `yaml` quotes with single quotes a text holding " and no ' ; else double quotes (JSON's, here).
  return value.includes('"') && !value.includes("'") ? `'${value}'` : JSON.stringify(value);
}

const KEY = /^[A-Za-z_][\w-]*$/;

/** A value as block lines (without line breaks) at `indent`, as `yaml` writes it; undefined when unsure. */
export function yamlBlock(value: unknown, indent: string): string[] | undefined {
  const out: string[] = [];
  const add = (v: unknown, ind: string, head: string): boolean => {
    // `head` is what goes before the value on its first line: `key:` or `-`.
    if (isMap(v) && Object.keys(v).length) {
      const inner = yamlBlock(v, ind + '  ');
      if (!inner) return false;
      if (head === '-') {
        inner[0] = `${ind}- ${inner[0]!.slice(ind.length + 2)}`;
        out.push(...inner);
      } else out.push(`${ind}${head}`, ...inner);
      return true;
    }
    if (Array.isArray(v) && v.length) {
      if (head === '-') return false; // a list in a list: not ours
      const inner = yamlBlock(v, ind + '  ');
      if (!inner) return false;
      out.push(`${ind}${head}`, ...inner);
      return true;
    }
    const text = Array.isArray(v) ? '[]' : isMap(v) ? '{}' : yamlScalar(v);
    if (text === undefined) return false;
    out.push(`${ind}${head} ${text}`);
    return true;
  };
  if (Array.isArray(value)) {
    for (const item of value) if (!add(item, indent, '-')) return undefined;
  } else if (isMap(value)) {
    for (const [k, v] of Object.entries(value)) {
      if (v === undefined) continue;
      if (!KEY.test(k) || !add(v, indent, `${k}:`)) return undefined;
    }
  } else return undefined;
  return out;
}

// ---------------------------------------------------------------------------------------------
// Where things are in the frontmatter text.

const lineStartOf = (fm: string, offset: number) => fm.lastIndexOf('\n', offset - 1) + 1;
const lineEndOf = (fm: string, offset: number) => {
  const nl = fm.indexOf('\n', offset);
  return nl === -1 ? fm.length : nl + 1;
};
const isContent = (line: string) => {
  const t = line.trim();
  return t !== '' && !t.startsWith('#');
};

/**
 * The end of a block collection whose first line starts at `from`, its content at column `indent`:
 * the end of its last content line, up to the first content line less indented (or, for a list, as
 * indented and not an item). Undefined when a comment line comes after its first line, or a blank
 * line inside it (where `yaml` would put an insertion is then not sure); blank lines after it, as
 * people leave between the sections of a file, belong to what follows (`yaml` inserts before them).
 * (A figure added to such a file handed over to the full CLI: 153.7 ms of CPU against 35.6, Node 24.)
 */
function blockEnd(fm: string, from: number, indent: number, seq: boolean): number | undefined {
  let end = from;
  let gap: 'none' | 'blank' | 'comment' = 'none';
  for (let pos = from; pos < fm.length; ) {
    const next = lineEndOf(fm, pos);
    const line = fm.slice(pos, next).replace(/\r?\n$/, '');
    if (!isContent(line)) {
      if (gap !== 'comment') gap = line.trim() === '' ? 'blank' : 'comment';
      pos = next;
      continue;
    }
    const own = line.length - line.trimStart().length;
    if (pos > from && (own < indent || (seq && own === indent && !/^-(?: |$)/.test(line.trimStart())))) return gap === 'comment' ? undefined : end;
    if (gap !== 'none') return undefined;
    end = next;
    pos = next;
  }
  return gap === 'none' ? end : undefined;
}

/** Where the value of the map at `path` (the root for []) starts, its indentation and its end; undefined when unsure. */
function mapExtent(f: FastDoc, path: Path): { indent: number; end: number } | undefined {
  if (path.length === 0) {
    // The root: new keys go after the last line; lines after it that are no content make it unsure.
    const end = f.fm.length;
    const lines = f.fm.split('\n');
    if (lines[lines.length - 1] !== '') return undefined;
    if (!isContent(lines[lines.length - 2] ?? '')) return undefined;
    return { indent: 0, end };
  }
  const place = placeAt(f.doc, path);
  if (!place) return undefined;
  const start = lineStartOf(f.fm, place.value);
  const indent = place.value - start;
  if (place.key === undefined || lineStartOf(f.fm, place.key) === start) return undefined; // `- key: ...` or a flow map
  const end = blockEnd(f.fm, start, indent, false);
  return end === undefined ? undefined : { indent, end };
}

// ---------------------------------------------------------------------------------------------
// The edits: each returns the new file text, read back and checked, or undefined.

/** What an edit does to the data: the read-back must show exactly that. */
interface DataChange {
  path: Path;
  value?: unknown;
  /** set (default), push onto the list at path, delete the key or item, insert before item path[-1]. */
  op?: 'set' | 'push' | 'delete' | 'insert';
}

// While `combine` plans, edits are recorded here instead of made.
let planning: { edits: Edit[]; change: DataChange }[] | undefined;

/** The edits made (or, while planning, recorded): the new file text when it reads back as the data changed so. */
function finish(f: FastDoc, edits: Edit[], change: DataChange): string | undefined {
  if (planning) {
    planning.push({ edits, change });
    return f.text;
  }
  return checked(f, edits, [change]);
}

function checked(f: FastDoc, edits: readonly Edit[], changes: readonly DataChange[]): string | undefined {
  const expected = JSON.parse(JSON.stringify(f.doc.data)) as Record<string, unknown>;
  for (const c of changes) applyChange(expected, c);
  const fm = applyEdits(f.fm, edits);
  const splices = splicesOf(edits);
  const again = (splices && rereadData(f.fm, f.doc, splices, fm)) ?? parseSimpleYaml(fm)?.data;
  if (!again || JSON.stringify(again) !== JSON.stringify(expected)) return undefined;
  const text = withFrontmatter(f, fm);
  last = { text, data: again };
  return text;
}

/**
 * Several edits planned on one reading of the text and made at once (one read-back instead of one
 * per edit); when two insert at the same place, made one after another (chain), which orders them
 * as the YAML path does.
 */
export function combine(text: string, file: string, steps: readonly ((f: FastDoc) => string | undefined)[]): string | undefined {
  const f = readForEdit(text, file);
  if (!f) return undefined;
  const recorded: { edits: Edit[]; change: DataChange }[] = [];
  planning = recorded;
  try {
    if (steps.some((step) => step(f) === undefined)) return undefined;
  } finally {
    planning = undefined;
  }
  const edits = recorded.flatMap((r) => r.edits).sort((a, b) => a.start - b.start);
  if (edits.some((e, i) => i > 0 && e.start < edits[i - 1]!.end + (edits[i - 1]!.start === e.start ? 1 : 0))) return chain(text, file, steps);
  return checked(f, edits, recorded.map((r) => r.change));
}

/** The timeline of a text these edits made (read back already), for the write's check. */
export function timelineOf(text: string): unknown[] | undefined {
  const timeline = last?.text === text ? last.data.timeline : undefined;
  return Array.isArray(timeline) ? timeline : undefined;
}

/** Changes `data` in place as `c` says. */
function applyChange(data: Record<string, unknown>, c: DataChange): void {
  let node: Record<string | number, unknown> = data;
  for (const key of c.path.slice(0, -1)) {
    if (typeof node[key] !== 'object' || node[key] === null) node[key] = {};
    node = node[key] as Record<string | number, unknown>;
  }
  const last = c.path[c.path.length - 1]!;
  if (c.op === 'push') (node[last] as unknown[]).push(c.value);
  else if (c.op === 'insert') (node as unknown as unknown[]).splice(last as number, 0, c.value);
  else if (c.op === 'delete') {
    if (Array.isArray(node)) node.splice(last as number, 1);
    else delete node[last];
  } else node[last] = c.value;
}

/** The value at `path` of the data. */
function valueAt(f: FastDoc, path: Path): unknown {
  let v: unknown = f.doc.data;
  for (const key of path) v = typeof v === 'object' && v !== null ? (v as Record<string | number, unknown>)[key] : undefined;
  return v;
}

/**
 * edit.ts's setIn for a scalar: an existing one-line plain scalar replaced in place (also a key of a
 * list item: numbers in `path` are indexes), or an absent key added (with the parents it needs)
 * after the last line of the deepest block map there.
 */
export function setScalar(f: FastDoc, path: Path, value: unknown): string | undefined {
  const current = valueAt(f, path);
  if (current === undefined) return path.every((k) => typeof k === 'string') ? addKey(f, path as string[], value) : undefined;
  if (current === null || typeof current === 'object') return undefined; // edit.ts fills these in its own way
  if (typeof current === 'string' && /^[|>]/.test(f.fm.slice(placeAt(f.doc, path)?.value ?? 0))) return replaceBlockScalar(f, path, value);
  const raw = oneLineValueAt(f, path);
  if (raw === undefined) return undefined;
  // edit.ts keeps a quoted value's quotes.
  const text = raw[0] === '"' || raw[0] === "'" ? quoted(value, raw[0]) : yamlScalar(value);
  if (text === undefined) return undefined;
  const place = placeAt(f.doc, path)!;
  return finish(f, [{ start: place.value, end: place.value + raw.length, text }], { path, value });
}

/**
 * edit.ts's replaceBlockScalar: a block scalar (`summary: >-` then indented lines) becomes an inline
 * value, from its header to the end of its text; a comment on the header line stays after it.
 */
function replaceBlockScalar(f: FastDoc, path: Path, value: unknown): string | undefined {
  const place = placeAt(f.doc, path);
  const text = yamlScalar(value);
  if (!place || place.key === undefined || text === undefined) return undefined;
  const keyColumn = place.key - lineStartOf(f.fm, place.key);
  const headerEnd = lineEndOf(f.fm, place.value);
  // The block's lines: blank, or indented more than its key.
  let end = headerEnd;
  for (let pos = headerEnd; pos < f.fm.length; ) {
    const next = lineEndOf(f.fm, pos);
    const line = f.fm.slice(pos, next).replace(/\r?\n$/, '');
    if (line.trim() !== '' && line.length - line.trimStart().length <= keyColumn) break;
    end = next;
    pos = next;
  }
  const contentEnd = place.value + f.fm.slice(place.value, end).replace(/\s+$/, '').length;
  const header = f.fm.slice(place.value, Math.min(headerEnd, contentEnd)).replace(/\r?\n$/, '').replace(/\r$/, '');
  const comment = /\s#.*$/.exec(header)?.[0] ?? '';
  return finish(f, [{ start: place.value, end: contentEnd, text: text + comment }], { path, value });
}

/** The text of the one-line scalar (plain or quoted) at `path`; undefined when it is wrapped, a collection... */
function oneLineValueAt(f: FastDoc, path: Path): string | undefined {
  const place = placeAt(f.doc, path);
  if (!place || place.key === undefined) return undefined;
  const raw = stripComment(f.fm.slice(place.value, lineEndOf(f.fm, place.value)).replace(/\r?\n$/, ''));
  // A value wrapped onto more lines reads as more than its first line.
  return raw === '' || /^[[{|>&*!]/.test(raw) || inlineValue(raw) !== valueAt(f, path) ? undefined : raw;
}

/** A text in the quotes `yaml` keeps when it replaces a quoted value. */
function quoted(value: unknown, quote: string): string | undefined {
  if (typeof value !== 'string' || ESCAPED.test(value) || DOCUMENT_MARKER.test(value)) return undefined;
  return quote === '"' ? JSON.stringify(value) : `'${value.replace(/'/g, "''")}'`;
}

/** Adds the absent `path` (value may be a list or map) under its deepest existing parent, a block map with keys. */
function addKey(f: FastDoc, path: readonly string[], value: unknown): string | undefined {
  let depth = 0;
  while (depth < path.length - 1 && isMap(valueAt(f, path.slice(0, depth + 1))) && Object.keys(valueAt(f, path.slice(0, depth + 1)) as object).length) depth++;
  if (valueAt(f, path.slice(0, depth + 1)) !== undefined) return undefined; // a parent that is null, {} or a scalar: edit.ts's
  const extent = mapExtent(f, path.slice(0, depth));
  if (!extent) return undefined;
  let nested: unknown = value;
  for (const key of [...path.slice(depth + 1)].reverse()) nested = { [key]: nested };
  const lines = yamlBlock({ [path[depth]!]: nested }, ' '.repeat(extent.indent));
  if (!lines) return undefined;
  const eol = f.split.eol;
  const sep = extent.end > 0 && f.fm[extent.end - 1] !== '\n' ? eol : '';
  return finish(f, [{ start: extent.end, end: extent.end, text: sep + lines.map((l) => l + eol).join('') }], { path, value });
}

/** edit.ts's insertInSeq at the end: after the last item of a block list, into `key: []` at the top, or as a new key. */
export function appendItem(f: FastDoc, path: readonly string[], item: unknown): string | undefined {
  const current = valueAt(f, path);
  if (current === undefined) return addKey(f, path, [item]);
  if (!Array.isArray(current)) return undefined;
  const eol = f.split.eol;
  const place = placeAt(f.doc, path);
  if (!place || place.key === undefined) return undefined;
  if (current.length === 0) {
    // `key: []` (no comment): edit.ts writes the list as block lines below the key, two spaces in.
    if (path.length !== 1) return undefined;
    const line = f.fm.slice(place.key, lineEndOf(f.fm, place.key));
    if (!new RegExp(`^${path[0]}: \\[\\]\\r?\\n$`).test(line)) return undefined;
    const lines = yamlBlock([item], '  ');
    if (!lines) return undefined;
    const start = place.key + path[0]!.length + 1;
    return finish(f, [{ start, end: start + 3, text: eol + lines.join(eol) }], { path, value: item, op: 'push' });
  }
  const first = lineStartOf(f.fm, place.value);
  if (first === lineStartOf(f.fm, place.key)) return undefined; // a flow list
  const indent = place.value - first;
  const end = path.length === 1 ? f.doc.seqs.get(path[0]!)?.end : blockEnd(f.fm, first, indent, true);
  if (end === undefined) return undefined;
  const lines = yamlBlock([item], ' '.repeat(indent));
  if (!lines) return undefined;
  const sep = end > 0 && f.fm[end - 1] !== '\n' ? eol : '';
  return finish(f, [{ start: end, end, text: sep + lines.map((l) => l + eol).join('') }], { path, value: item, op: 'push' });
}

/** edit-items.ts's setInItem: `key` of item `index` of the list at `path`, replaced in place or added as the item's last line. */
export function setInItem(f: FastDoc, path: readonly string[], index: number, key: string, value: unknown): string | undefined {
  const item = valueAt(f, [...path, index]);
  if (!isMap(item) || Object.keys(item).length === 0) return undefined;
  if (item[key] !== undefined) return setScalar(f, [...path, index, key], value);
  const itemPlace = placeAt(f.doc, [...path, index]);
  if (!itemPlace) return undefined;
  const firstLine = lineStartOf(f.fm, itemPlace.value);
  const indent = itemPlace.value - firstLine; // the column of the item's first key
  const end = blockEnd(f.fm, firstLine, indent, false);
  // The item's own lines only: the dash line and its keys (a list ends the map where the next dash is).
  const text = yamlScalar(value);
  if (end === undefined || text === undefined || !KEY.test(key)) return undefined;
  const lines = f.fm.slice(firstLine, end).split('\n').filter((l) => l !== '');
  if (!lines.every((l, i) => (i === 0 ? /^ *- [A-Za-z_][\w-]*:/ : new RegExp(`^ {${indent}}[A-Za-z_][\\w-]*:`)).test(l))) return undefined;
  const eol = f.split.eol;
  return finish(f, [{ start: end, end, text: `${' '.repeat(indent)}${key}: ${text}${eol}` }], { path: [...path, index, key], value });
}

/** edit-items.ts's removeFromItem for a key on its own line (not the item's first). */
export function removeFromItem(f: FastDoc, path: readonly string[], index: number, key: string): string | undefined {
  const item = valueAt(f, [...path, index]);
  if (!isMap(item)) return undefined;
  if (item[key] === undefined) return f.text;
  const keys = Object.keys(item);
  const at = keys.indexOf(key);
  if (at <= 0) return undefined;
  const place = placeAt(f.doc, [...path, index, key]);
  const next = at + 1 < keys.length ? placeAt(f.doc, [...path, index, keys[at + 1]!]) : undefined;
  if (!place || place.key === undefined || (at + 1 < keys.length && next?.key === undefined)) return undefined;
  if (typeof item[key] === 'object' && item[key] !== null) return undefined;
  if (oneLineValueAt(f, [...path, index, key]) === undefined) return undefined;
  const start = lineStartOf(f.fm, place.key);
  const end = next ? lineStartOf(f.fm, next.key!) : lineEndOf(f.fm, place.value);
  // Only the key's own line: nothing wrapped, no comment lines in between.
  if (f.fm.slice(start, end).split('\n').filter((l) => l !== '').length !== 1) return undefined;
  return finish(f, [{ start, end, text: '' }], { path: [...path, index, key], op: 'delete' });
}

/** edit-items.ts's removeItem for a top-level block list: the item's lines; the last item leaves `key: []`. */
export function removeItem(f: FastDoc, key: string, index: number): string | undefined {
  const layout = f.doc.seqs.get(key);
  const list = f.doc.data[key];
  if (!layout || !Array.isArray(list) || index >= layout.items.length || layout.items.length !== list.length) return undefined;
  const eol = f.split.eol;
  let edit;
  if (layout.items.length === 1) {
    const place = placeAt(f.doc, [key]);
    if (!place || place.key === undefined) return undefined;
    const colon = place.key + key.length;
    if (f.fm[colon] !== ':') return undefined;
    edit = { start: colon + 1, end: layout.end, text: ` []${eol}` };
  } else {
    const start = layout.items[index]!;
    const end = index + 1 < layout.items.length ? layout.items[index + 1]! : layout.end;
    edit = { start, end, text: '' };
  }
  return finish(f, [edit], { path: [key, index], op: 'delete' });
}

/** An incident ready for these edits: its timeline (maps only) and zone; undefined steps aside. */
export interface EditableIncident {
  f: FastDoc;
  timeline: TimelineEntry[];
  timeZone: string;
  latest: number | undefined;
}

export function readIncidentForEdit(text: string, file: string, fallbackZone: () => string): EditableIncident | undefined {
  const f = readForEdit(text, file);
  const timeline = f?.doc.data.timeline;
  if (!f || !Array.isArray(timeline) || !timeline.every(isMap)) return undefined;
  const tz = f.doc.data.timezone ?? fallbackZone();
  if (typeof tz !== 'string' || !isValidTimeZone(tz)) return undefined; // the YAML path says what is wrong
  const entries = timeline as unknown as TimelineEntry[];
  return { f, timeline: entries, timeZone: tz, latest: latestInstant(entries) };
}

/** entry.ts's withEntry edit: the entry inserted where insertionIndex puts an entry at `ms`. */
export function insertEntry(f: FastDoc, entry: TimelineEntry, ms: number): string | undefined {
  const layout = f.doc.seqs.get('timeline');
  const timeline = f.doc.data.timeline;
  if (!layout || !Array.isArray(timeline) || layout.items.length !== timeline.length || timeline.length === 0) return undefined;
  const index = insertionIndex(timeline as unknown as TimelineEntry[], ms);
  const lines = yamlBlock([entry], ' '.repeat(layout.indent));
  if (!lines) return undefined;
  const eol = f.split.eol;
  const pos = index < layout.items.length ? beforeComments(f.fm, layout.items[index]!) : layout.end;
  const sep = pos > 0 && f.fm[pos - 1] !== '\n' ? eol : '';
  return finish(f, [{ start: pos, end: pos, text: sep + lines.map((l) => l + eol).join('') }], { path: ['timeline', index], value: entry, op: 'insert' });
}

/** Edits one after another, each on the text the one before made (read again); undefined as soon as one steps aside. */
export function chain(text: string, file: string, edits: readonly ((f: FastDoc) => string | undefined)[]): string | undefined {
  let current = text;
  for (const edit of edits) {
    const f = readForEdit(current, file);
    const next = f && edit(f);
    if (next === undefined) return undefined;
    current = next;
  }
  return current;
}
