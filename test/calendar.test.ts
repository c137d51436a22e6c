import { test } from 'node:test';
import assert from 'node:assert/strict';
import { daysInMonth, isCalendarDate, isLeapYear, digitsAt, twoDigitsAt } from '../src/core/time/calendar.ts';

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

test('isCalendarDate answers as the regular expression it stands in for, on seeded mutations of dates', () => {
  const byRegExp = (text: string) => {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
    if (!m) return false;
    const day = Number(m[3]);
    return day >= 1 && day <= daysInMonth(Number(m[1]), Number(m[2]));
  };
  const cases = ['2024-02-29', '2100-02-29', '2026-02-30', '0000-01-01', '9999-12-31', '2026-00-10', '2026-13-01', '2026-01-00', '2026-1-01', '2026-01-01\n', ''];
  let seed = 11;
  const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648) % n);
  const alphabet = '0123456789-/ \n٣x';
  for (let i = 0; i < 20_000; i++) {
    const chars = [...cases[rand(5)]!];
    const at = rand(chars.length + 1);
    const how = rand(3);
    if (how === 0) chars.splice(at, 1, alphabet[rand(alphabet.length)]!);
    else if (how === 1) chars.splice(at, 0, alphabet[rand(alphabet.length)]!);
    else chars.splice(at, 1);
    cases.push(chars.join(''));
  }
  let valid = 0;
  for (const text of cases) {
    assert.equal(isCalendarDate(text), byRegExp(text), JSON.stringify(text));
    if (byRegExp(text)) valid++;
  }
  assert.ok(valid > 2000, `${valid} valid dates among the cases: the mutations should keep many`);
});

test('twoDigitsAt reads what digitsAt(text, at, 2) reads, for every pair of characters and past the end', () => {
  const chars = [...Array.from({ length: 128 }, (_, c) => String.fromCharCode(c)), '٣', '０', '\u{1D7D8}'];
  for (const a of chars) {
    for (const b of chars) {
      const text = `x${a}${b}`;
      for (const at of [1, 2, 3, 4]) assert.equal(twoDigitsAt(text, at), digitsAt(text, at, 2), JSON.stringify([text, at]));
    }
  }
});
