// The lists the merge driver merges as sets: timeline entries (by content), threads (by number),
// evidence (by file) and action items (by id). The plan says, in merged order, which of ours'
// items stay, which change, which of theirs' are added, and where both changed an item differently.
import { THREAD_TEXT } from '../model/threads.ts';
import { canon, insertByTime, isMap, merge3, mergeMultiset, same, type Path, type Slot } from './merge-values.ts';

export const SET_LISTS = ['threads', 'timeline', 'evidence', 'action_items'] as const;
const KEY_OF: Record<string, string> = { threads: 'number', evidence: 'file', action_items: 'id' };

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
  /** Threads only: theirs' new thread numbers that ours had used for another thread, old -> new. */
  renumbered: Map<number, number>;
}

export function planList(name: string, base: readonly unknown[], ours: readonly unknown[], theirs: readonly unknown[], renumber?: Map<number, number>): ListPlan {
  const key = KEY_OF[name];
  const keyed = key !== undefined && [base, ours, theirs].every((list) => uniqueKeys(list, key));
  const plan = keyed ? planKeyed(name, key!, base, ours, theirs) : planMultiset(base, ours, theirs);
  if (renumber?.size) rewriteThreadMentions(plan, renumber);
  return plan;
}

function uniqueKeys(list: readonly unknown[], key: string): boolean {
  const seen = new Set<string>();
  for (const item of list) {
    if (!isMap(item) || item[key] === undefined || item[key] === null || typeof item[key] === 'object') return false;
    const k = canon(item[key]);
    if (seen.has(k)) return false;
    seen.add(k);
  }
  return true;
}

function planMultiset(base: readonly unknown[], ours: readonly unknown[], theirs: readonly unknown[]): ListPlan {
  const slots = mergeMultiset(base, ours, theirs);
  const ops = slots.map((s): ItemOp => (s.from === 'ours' ? { op: 'keep', ours: s.index } : { op: 'add', theirs: s.index, value: s.item, exact: true }));
  return { ops, value: slots.map((s) => s.item), conflicts: [], renumbered: new Map() };
}

function planKeyed(name: string, key: string, base: readonly unknown[], ours: readonly unknown[], theirs: readonly unknown[]): ListPlan {
  const k = (item: unknown) => canon((item as Record<string, unknown>)[key]);
  const label = (item: unknown) => String((item as Record<string, unknown>)[key]);
  const index = (list: readonly unknown[]) => new Map(list.map((item, i) => [k(item), i]));
  const [inBase, inOurs, inTheirs] = [index(base), index(ours), index(theirs)];
  const merged: Slot<ItemOp>[] = []; // `item` is the op; the merged value is kept beside it
  const values = new Map<ItemOp, unknown>();
  const push = (op: ItemOp, value: unknown) => {
    values.set(op, value);
    merged.push({ from: 'ours', index: merged.length, item: op });
  };
  const conflicts: Path[] = [];
  const collided = new Set<number>();
  ours.forEach((item, i) => {
    const b = inBase.get(k(item));
    const t = inTheirs.get(k(item));
    if (t === undefined) {
      // Theirs removed it: gone, unless ours changed it meanwhile.
      if (b === undefined || !same(base[b], item)) push({ op: 'keep', ours: i }, item);
      return;
    }
    if (b === undefined && !same(item, theirs[t]) && renumbers(name, theirs[t])) {
      // Both opened a thread (or added an action item) under the same number: two of them, theirs gets the next number.
      collided.add(t);
      return push({ op: 'keep', ours: i }, item);
    }
    const m = merge3(b === undefined ? undefined : base[b], item, theirs[t], [name, label(item)]);
    if (m.conflicts.length) {
      conflicts.push([name, label(item)]);
      push({ op: 'conflict', ours: i, theirs: t }, item);
    } else if (same(m.value, item)) push({ op: 'keep', ours: i }, item);
    else push({ op: 'replace', ours: i, value: m.value, ...(same(m.value, theirs[t]) ? { theirs: t } : {}) }, m.value);
  });
  const renumbered = new Map<number, number>();
  let next = Math.max(0, ...[...ours, ...theirs].map((t) => numberOf(name, t))) + 1;
  theirs.forEach((item, j) => {
    if (!collided.has(j)) {
      if (inOurs.has(k(item))) return;
      const b = inBase.get(k(item));
      if (b !== undefined && same(base[b], item)) return; // ours removed it and theirs did not change it
    }
    let value = item;
    if (collided.has(j) && name === 'action_items') value = { ...(item as Record<string, unknown>), id: `AI-${next++}` };
    else if (collided.has(j)) {
      renumbered.set(Number((item as Record<string, unknown>).number), next);
      value = { ...(item as Record<string, unknown>), number: next++ };
    }
    const op: ItemOp = { op: 'add', theirs: j, value, exact: value === item };
    values.set(op, value);
    place(name, merged, { from: 'theirs', index: j, item: op }, values);
  });
  const ops = merged.map((s) => s.item);
  return { ops, value: ops.map((op) => values.get(op)), conflicts, renumbered };
}

/**
 * Threads are renumbered on a clash, and so are action items with AI-<n> ids (incident action add
 * picks the next number, so two clones can both pick it), unless theirs' item already has an issue:
 * the issue's marker names its id, so that stays a conflict for a person to settle.
 */
function renumbers(name: string, theirs: unknown): boolean {
  if (name === 'threads') return true;
  const item = theirs as Record<string, unknown>;
  return name === 'action_items' && AI_ID.test(String(item.id)) && (item.issue === undefined || item.issue === null || item.issue === '');
}

const AI_ID = /^AI-(\d+)$/;

const numberOf = (name: string, item: unknown): number =>
  name === 'action_items'
    ? Number(AI_ID.exec(String((item as Record<string, unknown>).id))?.[1] ?? 0)
    : Number((item as Record<string, unknown>).number) || 0;

/** Where an added item goes: threads and AI-<n> action items by number, evidence by time, other items at the end. */
function place(name: string, merged: Slot<ItemOp>[], slot: Slot<ItemOp>, values: Map<ItemOp, unknown>): void {
  const value = values.get(slot.item) as Record<string, unknown>;
  if (name === 'threads' || (name === 'action_items' && numberOf(name, value) > 0)) {
    const at = merged.findIndex((s) => numberOf(name, values.get(s.item)) > numberOf(name, value));
    merged.splice(at === -1 ? merged.length : at, 0, slot);
  } else if (name === 'evidence') {
    const view: Slot[] = merged.map((s) => ({ ...s, item: values.get(s.item) }));
    const probe: Slot = { ...slot, item: value };
    insertByTime(view, probe);
    merged.splice(view.indexOf(probe), 0, slot);
  } else merged.push(slot);
}

/** Theirs' new timeline entries about a renumbered thread follow its new number. */
function rewriteThreadMentions(plan: ListPlan, renumber: Map<number, number>): void {
  plan.ops = plan.ops.map((op) => {
    if (op.op !== 'add' || !isMap(op.value) || typeof op.value.text !== 'string') return op;
    const m = THREAD_TEXT.exec(op.value.text);
    const to = m && renumber.get(Number(m[1]));
    if (!to) return op;
    return { ...op, value: { ...op.value, text: op.value.text.replace(THREAD_TEXT, `Thread ${to}`) }, exact: false };
  });
  plan.value = plan.ops.map((op, i) => (op.op === 'add' ? op.value : plan.value[i]));
}
