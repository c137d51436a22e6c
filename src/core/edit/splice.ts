// Whole items of top-level YAML sequences (timeline, threads, evidence, action_items) as text:
// where each item is, how an item is written, and splicing items in, out or over. The merge driver
// combines two versions of a file with it; `thread` and `evidence` use it to change one item
// without loading the YAML package. Everything else in the file stays byte for byte.
// No YAML package: positions come from the simple reader, and every result is read back by it.
import { beforeComments, splitFrontmatter, type Split } from '../document/document-split.ts';
import { inlineValue } from '../yaml/fast-frontmatter.ts';
import { parseSimpleYaml, type SeqLayout, type SimpleDoc } from '../yaml/simple-yaml.ts';
import { rereadData, splicesOf } from '../yaml/reread.ts';
import { insertionIndex, isValidTimeZone, latestInstant } from '../timeline/timeline.ts';
import type { TimelineEntry } from '../model/types.ts';

export interface FastDoc {
  text: string;
  split: Split;
  /** The frontmatter text; every offset below is into it. */
  fm: string;
  doc: SimpleDoc;
}

/** The file read by the simple reader (with key places when asked); undefined when it steps aside. */
export function readFast(text: string, file?: string, options: { places?: boolean } = {}): FastDoc | undefined {
  const split = splitFrontmatter(text, file);
  const fm = text.slice(split.fmStart, split.fmEnd);
  const doc = parseSimpleYaml(fm, options);
  return doc ? { text, split, fm, doc } : undefined;
}

/** The whole file with a new frontmatter. */
export const withFrontmatter = (f: FastDoc, fm: string) => f.text.slice(0, f.split.fmStart) + fm + f.text.slice(f.split.fmEnd);

export interface Edit {
  start: number;
  end: number;
  text: string;
}

/** Applies edits (offsets into `text`, not overlapping); inserts at one place keep their given order. */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  const order = edits.map((e, i) => ({ e, i })).sort((a, b) => b.e.start - a.e.start || b.i - a.i);
  let out = text;
  for (const { e } of order) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

/** Where item `i` of a sequence is: from its first line (comments above it included) to the end of its last content line. */
export function itemRange(fm: string, layout: SeqLayout, i: number): { start: number; end: number; next: number } {
  const start = beforeComments(fm, layout.items[i]!);
  const next = i + 1 < layout.items.length ? beforeComments(fm, layout.items[i + 1]!) : layout.end;
  return { start, end: contentEnd(fm, layout.items[i]!, next), next };
}

/** The end of the last line in [from, to) that is neither blank nor only a comment. */
function contentEnd(fm: string, from: number, to: number): number {
  let end = from;
  for (let pos = from; pos < to; ) {
    const nl = fm.indexOf('\n', pos);
    const lineEnd = nl === -1 || nl >= to ? to : nl + 1;
    const t = fm.slice(pos, lineEnd).trim();
    if (t !== '' && !t.startsWith('#')) end = lineEnd;
    pos = lineEnd;
  }
  return end;
}

// ---------------------------------------------------------------------------------------------
// Writing values as block YAML that both the simple reader and the `yaml` package read back.

const KEY = /^[A-Za-z_][\w-]*$/;
const isMap = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** One-line scalar: plain when it reads back as the same string, else JSON (valid YAML double quotes). */
export function scalarText(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : JSON.stringify(String(value));
  if (Array.isArray(value) && value.length === 0) return '[]';
  if (isMap(value) && Object.keys(value).length === 0) return '{}';
  if (typeof value !== 'string') return JSON.stringify(value);
  return value.trim() === value && value !== '' && !/[\n#]/.test(value) && inlineValue(value) === value ? value : JSON.stringify(value);
}

const keyText = (k: string) => (KEY.test(k) ? k : JSON.stringify(k));

/** A map's lines (without line breaks), each starting with `indent`. */
export function mapLines(map: Record<string, unknown>, indent: string): string[] {
  const out: string[] = [];
  for (const [k, v] of Object.entries(map)) {
    if (v === undefined) continue;
    if (isMap(v) && Object.keys(v).length) out.push(`${indent}${keyText(k)}:`, ...mapLines(v, indent + '  '));
    else if (Array.isArray(v) && v.length) out.push(`${indent}${keyText(k)}:`, ...seqLines(v, indent + '  '));
    else out.push(`${indent}${keyText(k)}: ${scalarText(v)}`);
  }
  return out;
}

/** A sequence's lines, dashes at `indent`. */
export function seqLines(items: readonly unknown[], indent: string): string[] {
  const out: string[] = [];
  for (const item of items) {
    if (isMap(item) && Object.keys(item).length) {
      const inner = mapLines(item, indent + '  ');
      inner[0] = `${indent}- ${inner[0]!.slice(indent.length + 2)}`;
      out.push(...inner);
    } else if (Array.isArray(item) && item.length) {
      out.push(`${indent}- ${JSON.stringify(item)}`);
    } else out.push(`${indent}- ${scalarText(item)}`);
  }
  return out;
}

export const joinLines = (lines: readonly string[], eol: string) => lines.map((l) => l + eol).join('');

// ---------------------------------------------------------------------------------------------
// Changes for commands (a thread, evidence, their timeline entries): computed on one read of
// the file, applied together, and trusted only when the result reads back as intended.

/** One sequence's edit, and the whole list as it will read afterwards. */
export interface SeqEdit {
  key: string;
  edit: Edit;
  list: unknown[];
}

/** The indentation new sequences get: the timeline's, so a file keeps one style. */
const seqIndent = (f: FastDoc) => ' '.repeat(f.doc.seqs.get('timeline')?.indent ?? 2);

const currentList = (f: FastDoc, key: string): unknown[] | undefined => {
  const v = f.doc.data[key];
  return v === undefined || v === null ? [] : Array.isArray(v) ? v : undefined;
};

/** Inserts items before item `index` of the top-level sequence `key` (at the end by default; the key is created when absent, empty or `[]`). */
export function insertIntoSeq(f: FastDoc, key: string, items: readonly unknown[], index?: number): SeqEdit | undefined {
  const current = currentList(f, key);
  if (!current) return undefined;
  const at = index ?? current.length;
  const list = [...current.slice(0, at), ...items, ...current.slice(at)];
  const eol = f.split.eol;
  const layout = f.doc.seqs.get(key);
  if (layout && layout.items.length) {
    const text = joinLines(seqLines(items, ' '.repeat(layout.indent)), eol);
    if (at < layout.items.length) {
      const pos = beforeComments(f.fm, layout.items[at]!);
      return { key, list, edit: { start: pos, end: pos, text } };
    }
    const sep = layout.end > 0 && f.fm[layout.end - 1] !== '\n' ? eol : '';
    return { key, list, edit: { start: layout.end, end: layout.end, text: sep + text } };
  }
  const lines = joinLines(seqLines(items, seqIndent(f)), eol);
  // `key:` with nothing, `null`, `~` or `[]` after it (a comment stays): the items go below it.
  const line = new RegExp(`^${key}:[ \\t]*(?:\\[[ \\t]*\\]|null|~)?[ \\t]*(#.*)?\\r?$`, 'm').exec(f.fm);
  if (f.doc.data[key] !== undefined && !line) return undefined;
  if (line) {
    const end = line.index + line[0].length + (f.fm[line.index + line[0].length] === '\n' ? 1 : 0);
    return { key, list, edit: { start: line.index, end, text: `${key}:${line[1] ? ` ${line[1]}` : ''}${eol}${lines}` } };
  }
  const sep = f.fm.length > 0 && !f.fm.endsWith('\n') ? eol : '';
  return { key, list, edit: { start: f.fm.length, end: f.fm.length, text: `${sep}${key}:${eol}${lines}` } };
}

/** Rewrites item `index` of `key`, only when its text is exactly what this module writes (so nothing a person wrote is lost). */
export function replaceInSeq(f: FastDoc, key: string, index: number, item: unknown): SeqEdit | undefined {
  const layout = f.doc.seqs.get(key);
  const current = currentList(f, key);
  if (!layout || !current || index >= layout.items.length) return undefined;
  const eol = f.split.eol;
  const indent = ' '.repeat(layout.indent);
  const start = layout.items[index]!;
  const { end } = itemRange(f.fm, layout, index);
  if (f.fm.slice(start, end) !== joinLines(seqLines([current[index]], indent), eol)) return undefined;
  const list = [...current];
  list[index] = item;
  return { key, list, edit: { start, end, text: joinLines(seqLines([item], indent), eol) } };
}

/**
 * The new file text with the edits applied and its timeline (for the write's check), or undefined
 * when one could not be made or the result does not read back as the old data with the new lists
 * (read back where the edits are: reread.ts). Edits inserting at the same place land in the order given.
 */
export function commitEdits(f: FastDoc, edits: readonly (SeqEdit | undefined)[]): { text: string; timeline: unknown[] } | undefined {
  if (edits.some((e) => e === undefined)) return undefined;
  const expected = { ...f.doc.data };
  for (const e of edits as SeqEdit[]) expected[e.key] = e.list;
  const made = (edits as SeqEdit[]).map((e) => e.edit);
  const fm = applyEdits(f.fm, made);
  const splices = splicesOf(made);
  const again = (splices && rereadData(f.fm, f.doc, splices, fm)) ?? parseSimpleYaml(fm)?.data;
  if (!again || JSON.stringify(again) !== JSON.stringify(expected)) return undefined;
  return { text: withFrontmatter(f, fm), timeline: Array.isArray(again.timeline) ? again.timeline : [] };
}

export interface FastIncident {
  f: FastDoc;
  timeline: TimelineEntry[];
  timeZone: string;
  latest: number | undefined;
}

/** An incident ready for fast edits; undefined hands over to the YAML path (which also explains any error). */
export function fastIncident(text: string, file: string, fallbackZone: () => string): FastIncident | undefined {
  const f = readFast(text, file);
  const timeline = f && currentList(f, 'timeline');
  if (!f || !timeline || !timeline.every((e) => typeof e === 'object' && e !== null && !Array.isArray(e))) return undefined;
  const tz = f.doc.data.timezone ?? fallbackZone();
  if (typeof tz !== 'string' || !isValidTimeZone(tz)) return undefined;
  const entries = timeline as TimelineEntry[];
  return { f, timeline: entries, timeZone: tz, latest: latestInstant(entries) };
}

/** Timeline entries (all at instant `ms`) where `incident log` would put them: after the last entry at or before that time. */
export const timelineEdit = (fi: FastIncident, entries: readonly TimelineEntry[], ms: number) =>
  insertIntoSeq(fi.f, 'timeline', entries, insertionIndex(fi.timeline, ms));
