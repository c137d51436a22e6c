// Turning a merge into edits of ours' text: theirs' items and keys are copied as theirs wrote
// them (re-indented to ours' style) when unchanged, written fresh when merged, and wrapped in
// git's conflict markers where both sides changed a value differently.
import { beforeComments } from '../document/document-split.ts';
import { itemRange, joinLines, mapLines, scalarText, seqLines, type Edit, type FastDoc } from '../edit/splice.ts';
import type { ListPlan } from './merge-lists.ts';
import { isMap, same, type Path } from './merge-values.ts';
import { placeAt } from '../yaml/simple-yaml.ts';

/** 'markers' writes the conflicts for people; 'ours' resolves them to ours (to check the rest reads back). */
export type Mode = 'markers' | 'ours';

const lineStart = (text: string, offset: number) => text.lastIndexOf('\n', offset - 1) + 1;

function nextLine(text: string, pos: number): number {
  const nl = text.indexOf('\n', pos);
  return nl === -1 ? text.length : nl + 1;
}

/** Shifts every non-blank line by `by` spaces and uses `eol` for every line break. */
export function reindent(text: string, by: number, eol: string): string {
  const lines = text.replace(/\r?\n$/, '').split(/\r?\n/);
  return lines.map((l) => {
    if (l.trim() === '') return '';
    if (by >= 0) return ' '.repeat(by) + l;
    const lead = l.length - l.trimStart().length;
    return l.slice(Math.min(lead, -by));
  }).join(eol) + eol;
}

export function conflictBlock(ours: string, theirs: string, eol: string): string {
  return `<<<<<<< ours${eol}${ours}=======${eol}${theirs}>>>>>>> theirs${eol}`;
}

/** The lines of a key and its whole value (comments and blank lines after it left out). */
export function keyBlock(f: FastDoc, path: readonly string[]): { start: number; end: number; indent: number } | undefined {
  const key = placeAt(f.doc, path)?.key;
  if (key === undefined) return undefined;
  const fm = f.fm;
  const start = lineStart(fm, key);
  const indent = key - start;
  let end = nextLine(fm, key);
  for (let pos = end; pos < fm.length; ) {
    const next = nextLine(fm, pos);
    const line = fm.slice(pos, next).replace(/\r?\n$/, '');
    const t = line.trimStart();
    pos = next;
    if (t === '' || t.startsWith('#')) continue;
    const ind = line.length - t.length;
    if (ind > indent || (ind === indent && (t === '-' || t.startsWith('- ')))) end = next;
    else break;
  }
  return { start, end, indent };
}

/** A key and its value as fresh lines (a one-line list of plain words stays on one line). */
function keyText(key: string, value: unknown, indent: string, eol: string, flow: boolean): string {
  if (flow && Array.isArray(value) && value.length && value.every((v) => typeof v === 'string' && scalarText(v) === v && !/[,[\]{}]/.test(v))) {
    return `${indent}${key}: [${value.join(', ')}]${eol}`;
  }
  return joinLines(mapLines({ [key]: value }, indent), eol);
}

export interface Sides {
  ours: FastDoc;
  theirs: FastDoc;
  eol: string;
  mode: Mode;
}

/**
 * Edits that turn ours' value at `path` into `merged`. `conflicts` are the paths (joined by
 * "\u0000") where the merge found one; a conflict inside a value that cannot be edited in
 * place makes the whole value the conflict.
 */
export function valueEdits(s: Sides, path: string[], mine: unknown, merged: unknown, theirs: unknown, conflicts: readonly Path[], out: Edit[]): void {
  const here = path.join('\u0000');
  const conflictHere = conflicts.some((c) => c.join('\u0000') === here);
  const conflictBelow = conflicts.some((c) => c.join('\u0000').startsWith(here + '\u0000'));
  const canRecurse = isMap(mine) && isMap(merged) && Object.keys(mine).length > 0 && (path.length === 0 || keyBlock(s.ours, path) !== undefined);
  if (conflictHere || (conflictBelow && !canRecurse)) return conflictEdit(s, path, out);
  if (same(mine, merged) && !conflictBelow) return;
  if (canRecurse) {
    const m = merged as Record<string, unknown>;
    const o = mine as Record<string, unknown>;
    const t = isMap(theirs) ? theirs : {};
    for (const k of [...Object.keys(o), ...Object.keys(m).filter((x) => !Object.hasOwn(o, x))]) {
      valueEdits(s, [...path, k], o[k], m[k], t[k], conflicts, out);
    }
    return;
  }
  const block = keyBlock(s.ours, path);
  if (merged === undefined) {
    if (block) out.push({ start: block.start, end: block.end, text: '' });
    return;
  }
  const text = freshOrTheirs(s, path, merged, theirs, block?.indent);
  if (block) out.push({ start: block.start, end: block.end, text });
  else out.push(insertion(s, path, text));
}

/** Theirs' lines when the merged value is theirs (re-indented), else fresh lines. */
function freshOrTheirs(s: Sides, path: string[], merged: unknown, theirs: unknown, indent: number | undefined): string {
  const to = indent ?? childIndent(s.ours, path);
  const tb = keyBlock(s.theirs, path);
  if (tb && same(merged, theirs)) return reindent(s.theirs.fm.slice(tb.start, tb.end), to - tb.indent, s.eol);
  const mine = keyBlock(s.ours, path);
  const flow = mine !== undefined && !s.ours.fm.slice(mine.start, mine.end).trimEnd().includes('\n');
  return keyText(path[path.length - 1]!, merged, ' '.repeat(to), s.eol, flow);
}

function conflictEdit(s: Sides, path: string[], out: Edit[]): void {
  if (s.mode === 'ours') return;
  const mine = keyBlock(s.ours, path);
  const tb = keyBlock(s.theirs, path);
  const to = mine?.indent ?? childIndent(s.ours, path);
  const oursText = mine ? s.ours.fm.slice(mine.start, mine.end) : '';
  const theirsText = tb ? reindent(s.theirs.fm.slice(tb.start, tb.end), to - tb.indent, s.eol) : '';
  const text = conflictBlock(oursText, theirsText, s.eol);
  if (mine) out.push({ start: mine.start, end: mine.end, text });
  else out.push(insertion(s, path, text));
}

/** The indentation of a new key at `path` in ours: its future siblings', else its parent's plus two. */
function childIndent(f: FastDoc, path: string[]): number {
  if (path.length <= 1) return 0;
  const parent = keyBlock(f, path.slice(0, -1));
  const container = path.slice(0, -1).reduce<unknown>((v, k) => (isMap(v) ? v[k] : undefined), f.doc.data);
  const sibling = isMap(container) ? Object.keys(container)[0] : undefined;
  const at = sibling === undefined ? undefined : placeAt(f.doc, [...path.slice(0, -1), sibling])?.key;
  return at !== undefined ? at - lineStart(f.fm, at) : (parent?.indent ?? 0) + 2;
}

/** Inserting a key ours does not have: at the end of its parent's block (the frontmatter's end for top-level keys). */
function insertion(s: Sides, path: string[], text: string): Edit {
  const fm = s.ours.fm;
  const at = path.length <= 1 ? fm.length : keyBlock(s.ours, path.slice(0, -1))?.end ?? fm.length;
  const sep = at > 0 && fm[at - 1] !== '\n' ? s.eol : '';
  return { start: at, end: at, text: sep + text };
}

/** Edits for a merged set-list (ours has it as a block sequence with at least one item). */
export function listEdits(s: Sides, key: string, plan: ListPlan, out: Edit[]): void {
  const fm = s.ours.fm;
  const layout = s.ours.doc.seqs.get(key)!;
  const theirsLayout = s.theirs.doc.seqs.get(key);
  const indent = ' '.repeat(layout.indent);
  // With the comments above it when added; without them when it replaces ours' item (ours' comments stay).
  const theirsItem = (j: number, withComments = true) => {
    const r = itemRange(s.theirs.fm, theirsLayout!, j);
    const from = withComments ? r.start : theirsLayout!.items[j]!;
    return reindent(s.theirs.fm.slice(from, r.end), layout.indent - theirsLayout!.indent, s.eol);
  };
  const fresh = (value: unknown) => joinLines(seqLines([value], indent), s.eol);
  const oursItem = (i: number) => {
    const r = itemRange(fm, layout, i);
    const start = layout.items[i]!;
    return { start, end: r.end, text: fm.slice(start, r.end) };
  };
  const kept = new Set<number>();
  const pendingAdds: string[] = [];
  const flushBefore = (pos: number) => {
    for (const text of pendingAdds.splice(0)) out.push({ start: pos, end: pos, text });
  };
  for (const op of plan.ops) {
    if (op.op === 'add') {
      pendingAdds.push(op.exact && theirsLayout ? theirsItem(op.theirs) : fresh(op.value));
      continue;
    }
    kept.add(op.ours);
    flushBefore(beforeComments(fm, layout.items[op.ours]!));
    const mine = oursItem(op.ours);
    if (op.op === 'replace') {
      const text = op.theirs !== undefined && theirsLayout ? theirsItem(op.theirs, false) : fresh(op.value);
      out.push({ start: mine.start, end: mine.end, text });
    } else if (op.op === 'conflict' && s.mode === 'markers') {
      const theirs = theirsLayout ? theirsItem(op.theirs, false) : '';
      out.push({ start: mine.start, end: mine.end, text: conflictBlock(mine.text, theirs, s.eol) });
    }
  }
  const end = layout.end;
  if (pendingAdds.length) {
    const sep = end > 0 && fm[end - 1] !== '\n' ? s.eol : '';
    out.push({ start: end, end, text: sep + pendingAdds.splice(0).join('') });
  }
  // Items a side removed: their lines go, with the blank lines that followed them.
  for (let i = 0; i < layout.items.length; i++) {
    if (kept.has(i)) continue;
    const r = itemRange(fm, layout, i);
    out.push({ start: r.start, end: r.next, text: '' });
  }
}
