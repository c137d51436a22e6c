// The timeline's merge plan. Entries have no ids, so each side is first aligned with the common
// ancestor: an entry found unchanged is that entry; in the stretch between two unchanged ones, an
// entry that differs from a vanished ancestor entry in at most one of at, kind, by and text (or
// has its `source`) is that entry amended; so is one with another time and reworded text (`incident
// amend --at ... --text ...`, an edited /log): of the same kind and author as a vanished entry of
// the stretch, its text sharing at least half the words of the shorter (a different entry logged
// in a removed one's place says something else: "Latency normal" for "Error rate at 40%"), the most
// alike of them (then the nearest in place: amend keeps an entry's place); every other entry the side
// lacks was removed, and every other entry it has is new. Then, per ancestor entry:
// removed on either side stays removed (even if the other amended it), amended on one side takes
// the amendment, amended on both merges field by field: both amendments are kept, and a field the
// two changed differently is a conflict (git's markers, for a person: neither wins silently). New entries of both
// sides are united (one both added is kept once), theirs placed by time. A milestone both sides
// added (two clones both marking `mitigated`, or both declaring the same incident) is kept once,
// the earlier; the later becomes a note that says so. Pure.
import { MILESTONE_KINDS } from '../model/types.ts';
import type { ItemOp, ListPlan } from './merge-lists.ts';
import { canon, isMap, merge3, same, timeOf, type Path, type Slot } from './merge-values.ts';

/** What became of each ancestor entry on one side, and where each of the side's entries comes from. */
interface Alignment {
  /** Per ancestor entry: the side's index of it (unchanged or amended), or undefined when removed. */
  inSide: (number | undefined)[];
  /** Per side entry: the ancestor entry it is (unchanged or amended), or undefined when new. */
  fromBase: (number | undefined)[];
}

const FIELDS = ['at', 'kind', 'by', 'text'] as const;

/** An amendment of `before`: the same `source`, or at most one of at, kind, by and text changed. */
function amends(before: unknown, after: unknown): boolean {
  if (!isMap(before) || !isMap(after)) return false;
  if (typeof before.source === 'string' && before.source !== '' && before.source === after.source) return true;
  return FIELDS.filter((f) => !same(before[f], after[f])).length <= 1;
}

/**
 * Time and text amended at once: the same kind and author, and the text reworded rather than
 * replaced; how alike the texts are (the share of the shorter's words in both, 0.5 to 1), else 0.
 */
function retimedAndReworded(before: unknown, after: unknown): number {
  if (!isMap(before) || !isMap(after) || !same(before.kind, after.kind) || !same(before.by, after.by)) return 0;
  const a = words(before.text);
  const b = words(after.text);
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  const alike = shared / Math.max(1, Math.min(a.size, b.size));
  return alike >= 0.5 ? alike : 0;
}

const words = (text: unknown) => new Set(String(text ?? '').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean));

export function align(base: readonly unknown[], side: readonly unknown[]): Alignment {
  const kb = base.map(canon);
  const ks = side.map(canon);
  const inSide: (number | undefined)[] = new Array(base.length).fill(undefined);
  const fromBase: (number | undefined)[] = new Array(side.length).fill(undefined);
  // The unchanged entries: a shared start and end first (a side that only logged or amended a few
  // entries leaves a short middle), then the longest common subsequence of the middle.
  let pre = 0;
  while (pre < kb.length && pre < ks.length && kb[pre] === ks[pre]) pre++;
  let post = 0;
  while (post < kb.length - pre && post < ks.length - pre && kb[kb.length - 1 - post] === ks[ks.length - 1 - post]) post++;
  const pairs: [number, number][] = [];
  for (let i = 0; i < pre; i++) pairs.push([i, i]);
  for (const [i, j] of commonSubsequence(kb.slice(pre, kb.length - post), ks.slice(pre, ks.length - post))) pairs.push([pre + i, pre + j]);
  for (let i = post; i > 0; i--) pairs.push([kb.length - i, ks.length - i]);
  for (const [b, s] of pairs) {
    inSide[b] = s;
    fromBase[s] = b;
  }
  // Between two unchanged entries: amended ones, matched in order.
  const anchors: [number, number][] = [[-1, -1], ...pairs, [base.length, side.length]];
  for (let g = 0; g + 1 < anchors.length; g++) {
    const [b0, s0] = anchors[g]!;
    const [b1, s1] = anchors[g + 1]!;
    let b = b0 + 1;
    for (let s = s0 + 1; s < s1; s++) {
      for (let c = b; c < b1; c++) {
        if (inSide[c] === undefined && amends(base[c], side[s])) {
          inSide[c] = s;
          fromBase[s] = c;
          b = c + 1;
          break;
        }
      }
    }
    // Time and text changed at once: the vanished entry most like it (the nearest in place on a tie).
    for (let s = s0 + 1; s < s1; s++) {
      if (fromBase[s] !== undefined) continue;
      let best: number | undefined;
      let bestAlike = 0;
      const place = (c: number) => Math.abs((c - b0) - (s - s0));
      for (let c = b0 + 1; c < b1; c++) {
        const alike = inSide[c] === undefined && inOrder(fromBase, s, c, s0, s1) ? retimedAndReworded(base[c], side[s]) : 0;
        if (alike > bestAlike || (alike > 0 && alike === bestAlike && place(c) < place(best!))) [best, bestAlike] = [c, alike];
      }
      if (best !== undefined) {
        inSide[best] = s;
        fromBase[s] = best;
      }
    }
  }
  return { inSide, fromBase };
}

/** Whether side entry s can be ancestor entry c without crossing another pair of the stretch (entries keep their order). */
function inOrder(fromBase: readonly (number | undefined)[], s: number, c: number, s0: number, s1: number): boolean {
  for (let t = s0 + 1; t < s1; t++) {
    const d = fromBase[t];
    if (d !== undefined && (t < s ? d > c : d < c)) return false;
  }
  return true;
}

/** Beyond this many cells (500 x 500 entries that differ, about 30 ms) the table costs too much: equal entries are then matched greedily, in order (commands never reorder entries). */
const MAX_CELLS = 250_000;

/** Index pairs of a longest common subsequence of a and b (greedy in order for very long ones). */
function commonSubsequence(a: readonly string[], b: readonly string[]): [number, number][] {
  const n = a.length;
  const m = b.length;
  const pairs: [number, number][] = [];
  if (n * m > MAX_CELLS) {
    const where = new Map<string, number[]>();
    b.forEach((k, j) => where.set(k, [...(where.get(k) ?? []), j]));
    let last = -1;
    a.forEach((k, i) => {
      const js = where.get(k);
      while (js?.length && js[0]! <= last) js.shift();
      if (js?.length) pairs.push([i, (last = js.shift()!)]);
    });
    return pairs;
  }
  const table = new Uint32Array((n + 1) * (m + 1));
  const at = (i: number, j: number) => i * (m + 1) + j;
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[at(i, j)] = a[i] === b[j] ? table[at(i + 1, j + 1)]! + 1 : Math.max(table[at(i + 1, j)]!, table[at(i, j + 1)]!);
    }
  }
  for (let i = 0, j = 0; i < n && j < m; ) {
    if (a[i] === b[j]) {
      pairs.push([i, j]);
      i++;
      j++;
    } else if (table[at(i + 1, j)]! >= table[at(i, j + 1)]!) i++;
    else j++;
  }
  return pairs;
}

const MILESTONES: ReadonlySet<string> = new Set(MILESTONE_KINDS);

export function planTimeline(base: readonly unknown[], ours: readonly unknown[], theirs: readonly unknown[]): ListPlan {
  const a = align(base, ours);
  const b = align(base, theirs);
  const merged: Slot<ItemOp>[] = [];
  const values = new Map<ItemOp, unknown>();
  const push = (op: ItemOp, value: unknown) => {
    values.set(op, value);
    merged.push({ from: 'ours', index: merged.length, item: op });
  };
  const conflicts: Path[] = [];
  const notes: string[] = [];
  const label = (e: unknown) => `${isMap(e) ? String(e.at) : '?'} ${isMap(e) ? String(e.kind) : ''}`.trim();
  const removedButChanged = (e: unknown) => notes.push(`timeline entry ${label(e)}: removed on one side, amended on the other: it stays removed`);
  const oursNew: number[] = [];

  ours.forEach((item, i) => {
    const o = a.fromBase[i];
    if (o === undefined) {
      oursNew.push(i);
      return push({ op: 'keep', ours: i }, item);
    }
    const t = b.inSide[o];
    if (t === undefined) {
      if (!same(item, base[o])) removedButChanged(item);
      return; // theirs removed it
    }
    const m = merge3(base[o], item, theirs[t], ['timeline', label(item)]);
    if (m.conflicts.length) {
      conflicts.push(['timeline', label(item)]);
      push({ op: 'conflict', ours: i, theirs: t }, item);
    } else if (same(m.value, item)) push({ op: 'keep', ours: i }, item);
    else push({ op: 'replace', ours: i, value: m.value, ...(same(m.value, theirs[t]) ? { theirs: t } : {}) }, m.value);
  });

  // Theirs' new entries, less those ours added too (counted: two equal ones added by one side stay two).
  const oursAdded = new Map<string, number>();
  for (const i of oursNew) oursAdded.set(canon(ours[i]), (oursAdded.get(canon(ours[i])) ?? 0) + 1);
  const theirsAdded: ItemOp[] = [];
  // Each entry's time beside it: theirs' entries go after the last entry at or before their time.
  const times = merged.map((slot) => timeOf(values.get(slot.item)));
  theirs.forEach((item, j) => {
    const o = b.fromBase[j];
    if (o !== undefined) {
      if (a.inSide[o] === undefined && !same(item, base[o])) removedButChanged(item);
      return; // in ours' loop, or removed by ours
    }
    const k = canon(item);
    const left = oursAdded.get(k) ?? 0;
    if (left > 0) {
      oursAdded.set(k, left - 1);
      return;
    }
    const op: ItemOp = { op: 'add', theirs: j, value: item, exact: true };
    values.set(op, item);
    theirsAdded.push(op);
    const ms = timeOf(item);
    let at = merged.length;
    if (ms !== undefined) {
      at = 0;
      for (let i = merged.length - 1; i >= 0; i--) {
        if (times[i] === undefined || times[i]! <= ms) {
          at = i + 1;
          break;
        }
      }
    }
    merged.splice(at, 0, { from: 'theirs', index: j, item: op });
    times.splice(at, 0, ms);
  });

  let ops = merged.map((s) => s.item);
  ops = onceEachMilestone(ops, values, new Set(oursNew), new Set(theirsAdded), notes);
  return { ops, value: ops.map((op) => values.get(op)), conflicts, notes };
}

/**
 * A milestone kind both sides added (in the same stretch between `reopened` entries) is kept once:
 * the earliest of the added ones; the others become notes that say so.
 */
function onceEachMilestone(ops: ItemOp[], values: Map<ItemOp, unknown>, oursNew: Set<number>, theirsAdded: Set<ItemOp>, notes: string[]): ItemOp[] {
  const groups = new Map<string, { op: ItemOp; ours: boolean }[]>();
  let episode = 0;
  for (const op of ops) {
    const e = values.get(op);
    if (!isMap(e)) continue;
    if (e.kind === 'reopened') episode++;
    const added = (op.op === 'keep' && oursNew.has(op.ours)) ? 'ours' : theirsAdded.has(op) ? 'theirs' : undefined;
    if (!added || typeof e.kind !== 'string' || !MILESTONES.has(e.kind)) continue;
    const key = `${episode}\u0000${e.kind}`;
    groups.set(key, [...(groups.get(key) ?? []), { op, ours: added === 'ours' }]);
  }
  const renamed = new Map<ItemOp, ItemOp>();
  for (const group of groups.values()) {
    if (!group.some((g) => g.ours) || !group.some((g) => !g.ours)) continue;
    const time = (op: ItemOp) => timeOf(values.get(op)) ?? Infinity;
    // On a tie, the same one whichever side pulls (so both clones end with the same file).
    const tie = (op: ItemOp) => canon(values.get(op));
    const first = [...group].sort((x, y) => time(x.op) - time(y.op) || (tie(x.op) < tie(y.op) ? -1 : tie(x.op) > tie(y.op) ? 1 : 0))[0]!;
    const kept = values.get(first.op) as Record<string, unknown>;
    for (const { op } of group) {
      if (op === first.op) continue;
      const e = values.get(op) as Record<string, unknown>;
      const note = { ...e, kind: 'note', text: `${String(e.kind)} recorded twice (two clones); the earlier one, at ${String(kept.at)}, counts: ${String(e.text ?? '')}` };
      const next: ItemOp = op.op === 'add' ? { ...op, value: note, exact: false } : { op: 'replace', ours: (op as { ours: number }).ours, value: note };
      values.set(next, note);
      renamed.set(op, next);
      notes.push(`timeline: ${String(e.kind)} at ${String(e.at)} and at ${String(kept.at)}: the earlier counts, the other is now a note`);
    }
  }
  return renamed.size ? ops.map((op) => renamed.get(op) ?? op) : ops;
}
