import { test } from 'node:test';
import assert from 'node:assert/strict';
import { median, percentile } from '../src/core/metrics/stats.ts';

const oneTo = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

test('percentile: nearest rank, ceil(p/100 * n), always an observed value', () => {
  // [p, n, rank]: with values 1..n the percentile is the rank itself. The rows where p*n/100 has a
  // fraction below .5 (or exactly .5) tell ceiling from rounding, and from flooring.
  const table: [number, number, number][] = [
    [90, 10, 9],
    [90, 16, 15], // 14.4: round gives 14
    [90, 21, 19], // 18.9
    [25, 5, 2], // 1.25: round gives 1
    [50, 5, 3], // 2.5: floor gives 2
    [50, 4, 2], // exact: ceiling adds nothing
    [7, 100, 7], // 7 / 100 * 100 is 7.000000000000001 in floating point
    [95, 3, 3],
    [99, 101, 100], // 99.99
    [0, 5, 1], // rank at least 1
    [100, 5, 5],
    [1, 1, 1],
  ];
  for (const [p, n, rank] of table) assert.equal(percentile(oneTo(n), p), rank, `p${p} of ${n}`);
});

test('percentile: no values give none; p outside 0..100 is a programming error', () => {
  assert.equal(percentile([], 90), undefined);
  assert.equal(percentile([7], 90), 7);
  assert.throws(() => percentile([1], 101), RangeError);
  assert.throws(() => percentile([1], -1), RangeError);
  assert.throws(() => percentile([1], Number.NaN), RangeError);
});

test('median: the middle value, or the mean of the two middle ones', () => {
  assert.equal(median([]), undefined);
  assert.equal(median([3]), 3);
  assert.equal(median([1, 2, 3, 10]), 2.5);
  assert.equal(median([1, 2, 3, 4, 100]), 3);
});
