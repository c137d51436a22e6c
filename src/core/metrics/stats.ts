// Statistics over many incidents' figures. Durations are heavily skewed (GUIDE.md section 5):
// report medians and percentiles, each an observed value, never a mean alone.

/**
 * The p-th percentile (0..100) of ascending `sorted` by nearest rank: the smallest value with at
 * least p% of the values at or below it (rank ceil(p/100 * n), at least 1), so always an observed
 * value. Undefined for no values.
 */
export function percentile(sorted: ArrayLike<number>, p: number): number | undefined {
  if (!(p >= 0 && p <= 100)) throw new RangeError(`percentile: p ${p} is outside 0..100`);
  const n = sorted.length;
  if (n === 0) return undefined;
  // p * n / 100, not p / 100 * n: 7 / 100 * 100 is 7.000000000000001, whose ceiling is 8.
  const rank = Math.max(1, Math.ceil((p * n) / 100));
  return sorted[rank - 1];
}

/** The middle value of ascending `sorted` (the mean of the two middle ones for an even count). */
export function median(sorted: readonly number[]): number | undefined {
  const n = sorted.length;
  if (n === 0) return undefined;
  const mid = Math.floor(n / 2);
  return n % 2 ? sorted[mid] : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
