// Three-way merging of plain values (base, ours, theirs), the rules of the merge driver:
// a side that did not change gives way to the one that did; maps merge key by key; lists merge as
// sets (what one side added is added, what one side removed is removed); anything else changed on
// both sides differently is a conflict at its path.
import { parseInstant } from '../timeline/timeline.ts';

export type Path = (string | number)[];

export interface Merged<T = unknown> {
  value: T;
  /** Where both sides changed a value differently (the value there is ours). */
  conflicts: Path[];
}

export const isMap = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** JSON with sorted keys: equal values give equal text whatever their key order. */
export function canon(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canon).join(',')}]`;
  if (isMap(value)) return `{${Object.keys(value).sort().filter((k) => value[k] !== undefined).map((k) => `${JSON.stringify(k)}:${canon(value[k])}`).join(',')}}`;
  return value === undefined ? 'undefined' : JSON.stringify(value);
}

export const same = (a: unknown, b: unknown) => a === b || canon(a) === canon(b);

/** `undefined` stands for "absent" on any side. */
export function merge3(base: unknown, ours: unknown, theirs: unknown, path: Path = []): Merged {
  if (same(ours, theirs)) return { value: ours, conflicts: [] };
  if (same(base, ours)) return { value: theirs, conflicts: [] };
  if (same(base, theirs)) return { value: ours, conflicts: [] };
  if (isMap(ours) && isMap(theirs) && (base === undefined || isMap(base))) {
    const value: Record<string, unknown> = {};
    const conflicts: Path[] = [];
    for (const key of unionKeys(ours, theirs)) {
      const m = merge3(base?.[key], ours[key], theirs[key], [...path, key]);
      if (m.value !== undefined) value[key] = m.value;
      conflicts.push(...m.conflicts);
    }
    return { value, conflicts };
  }
  if (Array.isArray(ours) && Array.isArray(theirs) && (base === undefined || base === null || Array.isArray(base))) {
    return { value: mergeMultiset(base ?? [], ours, theirs).map((s) => s.item), conflicts: [] };
  }
  return { value: ours, conflicts: [path] };
}

/** Ours' keys in order, then theirs' new ones. */
export const unionKeys = (a: Record<string, unknown>, b: Record<string, unknown>) =>
  [...Object.keys(a), ...Object.keys(b).filter((k) => !Object.hasOwn(a, k))];

/** Where an item of a merged list comes from: an index of ours or of theirs. */
export interface Slot<T = unknown> {
  from: 'ours' | 'theirs';
  index: number;
  item: T;
}

/**
 * Lists as multisets of values: an item is kept unless a side removed it (it was in base and
 * is not there any more), theirs' additions are added. Ours' order is kept; an added item with a
 * time (`at`) goes after the last item at or before that time, one without at the end.
 */
export function mergeMultiset<T>(base: readonly T[], ours: readonly T[], theirs: readonly T[]): Slot<T>[] {
  const [kb, ko, kt] = [occurrenceKeys(base), occurrenceKeys(ours), occurrenceKeys(theirs)];
  const inBase = new Set(kb);
  const inOurs = new Set(ko);
  const inTheirs = new Set(kt);
  const merged: Slot<T>[] = [];
  ours.forEach((item, index) => {
    if (!(inBase.has(ko[index]!) && !inTheirs.has(ko[index]!))) merged.push({ from: 'ours', index, item });
  });
  theirs.forEach((item, index) => {
    if (inOurs.has(kt[index]!) || inBase.has(kt[index]!)) return;
    insertByTime(merged, { from: 'theirs', index, item });
  });
  return merged;
}

/** A value's canonical text plus its occurrence number, so repeated equal items count separately. */
function occurrenceKeys(list: readonly unknown[]): string[] {
  const seen = new Map<string, number>();
  return list.map((item) => {
    const c = canon(item);
    const n = seen.get(c) ?? 0;
    seen.set(c, n + 1);
    return `${c}\u0000${n}`;
  });
}

// Parsed once per item: inserting n items into a list of m looks at times n * m times.
const times = new WeakMap<object, number | undefined>();

export function timeOf(item: unknown): number | undefined {
  if (!isMap(item) || typeof item.at !== 'string') return undefined;
  if (!times.has(item)) times.set(item, parseInstant(item.at));
  return times.get(item);
}

/** After the last item at or before its time (like `incident log`); without a time, at the end. */
export function insertByTime<T>(list: Slot<T>[], slot: Slot<T>): void {
  const ms = timeOf(slot.item);
  if (ms === undefined) {
    list.push(slot);
    return;
  }
  let at = 0;
  for (let i = list.length - 1; i >= 0; i--) {
    const t = timeOf(list[i]!.item);
    if (t === undefined || t <= ms) {
      at = i + 1;
      break;
    }
  }
  list.splice(at, 0, slot);
}
