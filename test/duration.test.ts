import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatDuration, formatDurationProse } from '../src/core/time/duration.ts';

const s = 1000;
const m = 60 * s;
const h = 60 * m;
const d = 24 * h;

// [ms, compact, prose]: exact to the minute at every size, no unit dropped; seconds only under an hour.
const TABLE: [number, string, string][] = [
  [0, '0s', '0 seconds'],
  [999, '0s', '0 seconds'],
  [59 * s, '59s', '59 seconds'],
  [m, '1m', '1 minute'],
  [6 * m + 4 * s, '6m04s', '6 minutes 4 seconds'],
  [6 * m + 34 * s, '6m34s', '6 minutes 34 seconds'],
  [23 * m, '23m', '23 minutes'],
  [h, '1h', '1 hour'],
  [h + 59 * s, '1h', '1 hour'], // seconds only under an hour
  [h + 5 * m, '1h05m', '1 hour 5 minutes'],
  [25 * h + m, '25h01m', '25 hours 1 minute'],
  [47 * h + 59 * m + 59 * s, '47h59m', '47 hours 59 minutes'],
  [2 * d, '2d', '2 days'],
  [2 * d + 3 * h, '2d 3h', '2 days 3 hours'],
  [2 * d + 3 * h + 59 * s, '2d 3h', '2 days 3 hours'],
  [72 * h + 10 * m, '3d 0h10m', '3 days 10 minutes'], // was `3d`, "3 days"
  [3 * d + 23 * h + 59 * m, '3d 23h59m', '3 days 23 hours 59 minutes'],
  [400 * d + h + m, '400d 1h01m', '400 days 1 hour 1 minute'],
  [-(6 * m + 34 * s), '-6m34s', '-6 minutes 34 seconds'],
  [-(72 * h + 10 * m), '-3d 0h10m', '-3 days 10 minutes'],
  [-500, '0s', '0 seconds'],
];

test('formatDuration and formatDurationProse: exact to the minute, every unit kept', () => {
  for (const [ms, compact, prose] of TABLE) {
    assert.equal(formatDuration(ms), compact, `compact ${ms}`);
    assert.equal(formatDurationProse(ms), prose, `prose ${ms}`);
  }
});

test('approximate durations: ~ and "about"', () => {
  assert.equal(formatDuration(45 * m, true), '~45m');
  assert.equal(formatDurationProse(45 * m, true), 'about 45 minutes');
  assert.equal(formatDuration(72 * h + 10 * m, true), '~3d 0h10m');
  assert.equal(formatDurationProse(h + m, true), 'about 1 hour 1 minute');
  assert.equal(formatDuration(45 * m, false), '45m');
});

test('every whole minute from 0 to 5 days reads back exactly', () => {
  const back = (text: string) => {
    const units: Record<string, number> = { d, h, m, s };
    let ms = 0;
    for (const [, n, u] of text.matchAll(/(\d+)([dhms])/g)) ms += Number(n) * units[u!]!;
    return ms;
  };
  for (let minutes = 0; minutes <= 5 * 24 * 60; minutes++) assert.equal(back(formatDuration(minutes * m)), minutes * m, String(minutes));
});
