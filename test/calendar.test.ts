import { test } from 'node:test';
import assert from 'node:assert/strict';
import { daysInMonth, isCalendarDate, isLeapYear } from '../src/core/time/calendar.ts';

test('isLeapYear: the Gregorian rule, centuries included', () => {
  const table: [number, boolean][] = [[2024, true], [2023, false], [2000, true], [1600, true], [1900, false], [2100, false], [2400, true]];
  for (const [year, leap] of table) assert.equal(isLeapYear(year), leap, String(year));
});

test('daysInMonth and isCalendarDate', () => {
  assert.deepEqual([1, 2, 3, 4, 12].map((m) => daysInMonth(2026, m)), [31, 28, 31, 30, 31]);
  assert.equal(daysInMonth(2026, 13), 0);
  const table: [string, boolean][] = [
    ['2024-02-29', true], ['2000-02-29', true], ['2100-02-29', false], ['1900-02-29', false], ['2026-02-29', false],
    ['2026-04-30', true], ['2026-04-31', false], ['2026-12-31', true], ['2026-00-10', false], ['2026-13-01', false],
    ['2026-01-00', false], ['2026-1-01', false], ['2026-01-01T00:00Z', false],
  ];
  for (const [text, ok] of table) assert.equal(isCalendarDate(text), ok, text);
});
