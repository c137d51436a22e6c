// The lists the merge driver merges as sets: timeline entries (merge-timeline.ts), threads (by id,
// or the number of an older file's thread), evidence (by file) and action items (by id). The plan
// says, in merged order, which of ours' items stay, which change, which of theirs' are added, and
// where both changed an item differently. Ids are never changed: two different items under one id
// (made by hand, or by a Casefile of before that numbered them) are a conflict for a person to
// settle. An item one side removed stays removed, even when the other side changed it meanwhile
// (the plan's notes say so): a deletion is as deliberate as an edit, and a merge must not undo it.
import { canon, insertByTime, isMap, merge3, mergeMultiset, same, type Path, type Slot } from './merge-values.ts';
import { planTimeline } from './merge-timeline.ts';

export const SET_LISTS = ['threads', 'timeline', 'evidence', 'action_items'] as const;

/** The key of an item: threads by id (older files: number), evidence by file, action items by id. */
const KEY_OF: Record<string, (item: Record<string, unknown>) => unknown> = {
  threads: (t) => (typeof t.id === 'string' ? t.id : t.number),
  evidence: (e) => e.file,
  action_items: (a) => a.id,
};

export type ItemOp =
  | { op: 'keep'; ours: number }
  /** Ours' item becomes `value`; `theirs` when that is exactly theirs' item (its text can be copied). */
  | { op: 'replace'; ours: number; value: unknown; theirs?: number }
  | { op: 'conflict'; ours: number; theirs: number }
  /** Theirs' item is added; `exact` when unchanged (its text can be copied). */
  | { op: 'add'; theirs: number; value: unknown; exact: boolean };

export interface ListPlan {
  ops: ItemOp[];
  /** The merged list (ours' item where there is a conflict). */
  value: unknown[];
  conflicts: Path[];
  /** What the merge decided that a person may want to know (a removal that won over an edit). */
  notes: string[];
}

export function planList(name: string, base: readonly unknown[], ours: readonly unknown[], theirs: readonly unknown[]): ListPlan {
  if (name === 'timeline') return planTimeline(base, ours, theirs);
  const key = KEY_OF[name];
  const keyed = key !== undefined && [base, ours, theirs].every((list) => uniqueKeys(list, key));
  return keyed ? planKeyed(name, key!, base, ours, theirs) : planMultiset(base, ours, theirs);
}

function uniqueKeys(list: readonly unknown[], key: (item: Record<string, unknown>) => unknown): boolean {
  const seen = new Set<string>();
  for (const item of list) {
    const v = isMap(item) ? key(item) : undefined;
    if (v === undefined || v === null || typeof v === 'object') return false;
    const k = canon(v);
    if (seen.has(k)) return false;
    seen.add(k);
  }
  return true;
}

function planMultiset(base: readonly unknown[], ours: readonly unknown[], theirs: readonly unknown[]): ListPlan {
  const slots = mergeMultiset(base, ours, theirs);
  const ops = slots.map((s): ItemOp => (s.from === 'ours' ? { op: 'keep', ours: s.index } : { op: 'add', theirs: s.index, value: s.item, exact: true }));
  return { ops, value: slots.map((s) => s.item), conflicts: [], notes: [] };
}

function planKeyed(name: string, key: (item: Record<string, unknown>) => unknown, base: readonly unknown[], ours: readonly unknown[], theirs: readonly unknown[]): ListPlan {
  const k = (item: unknown) => canon(key(item as Record<string, unknown>));
  const label = (item: unknown) => String(key(item as Record<string, unknown>));
  const index = (list: readonly unknown[]) => new Map(list.map((item, i) => [k(item), i]));
  const [inBase, inOurs, inTheirs] = [index(base), index(ours), index(theirs)];
  const merged: Slot<ItemOp>[] = []; // `item` is the op; the merged value is kept beside it
  const values = new Map<ItemOp, unknown>();
  const push = (op: ItemOp, value: unknown) => {
    values.set(op, value);
    merged.push({ from: 'ours', index: merged.length, item: op });
  };
  const conflicts: Path[] = [];
  const notes: string[] = [];
  const what = name === 'action_items' ? 'action item' : name === 'threads' ? 'thread' : 'evidence';
  const removedButChanged = (item: unknown) => notes.push(`${what} ${label(item)}: removed on one side, changed on the other: it stays removed`);
  ours.forEach((item, i) => {
    const b = inBase.get(k(item));
    const t = inTheirs.get(k(item));
    if (t === undefined) {
      if (b === undefined) push({ op: 'keep', ours: i }, item); // ours added it
      else if (!same(base[b], item)) removedButChanged(item); // theirs removed it
      return;
    }
    // Both have it (both added one under the same id: merged as one item, or a conflict).
    const m = merge3(b === undefined ? undefined : base[b], item, theirs[t], [name, label(item)]);
    if (m.conflicts.length) {
      conflicts.push([name, label(item)]);
      push({ op: 'conflict', ours: i, theirs: t }, item);
    } else if (same(m.value, item)) push({ op: 'keep', ours: i }, item);
    else push({ op: 'replace', ours: i, value: m.value, ...(same(m.value, theirs[t]) ? { theirs: t } : {}) }, m.value);
  });
  theirs.forEach((item, j) => {
    if (inOurs.has(k(item))) return;
    const b = inBase.get(k(item));
    if (b !== undefined) {
      if (!same(base[b], item)) removedButChanged(item);
      return; // ours removed it
    }
    const op: ItemOp = { op: 'add', theirs: j, value: item, exact: true };
    values.set(op, item);
    place(name, merged, { from: 'theirs', index: j, item: op }, values);
  });
  const ops = merged.map((s) => s.item);
  return { ops, value: ops.map((op) => values.get(op)), conflicts, notes };
}

/** Where an added item goes: evidence by time, threads and action items at the end (in the order they were added). */
function place(name: string, merged: Slot<ItemOp>[], slot: Slot<ItemOp>, values: Map<ItemOp, unknown>): void {
  if (name !== 'evidence') {
    merged.push(slot);
    return;
  }
  const view: Slot[] = merged.map((s) => ({ ...s, item: values.get(s.item) }));
  const probe: Slot = { ...slot, item: values.get(slot.item) };
  insertByTime(view, probe);
  merged.splice(view.indexOf(probe), 0, slot);
}
