/** Where `value` is in `sorted` (sorted by <, as Array#sort sorts strings), or -1: a binary search. */
export function indexInSorted(sorted: readonly string[], value: string): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const here = sorted[mid]!;
    if (here === value) return mid;
    if (here < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** The index of the last number in `sorted` (ascending, starting at or below `value`) that is <= `value`: the line an offset is on, from line starts. */
export function lastAtOrBefore(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sorted[mid]! <= value) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
