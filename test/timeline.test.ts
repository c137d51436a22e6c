import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  formatInZone, hasOffset, insertionIndex, isValidTimeZone, localParts, offsetMinutes,
  instantByFields, nativeInstant, parseInstant, resolveAt, sortTimeline, wallMs, zonedToEpoch,
} from '../src/core/timeline/timeline.ts';
import fc from 'fast-check';
import { UsageError } from '../src/core/util/errors.ts';
import { hasIanaForm, hasZoneFileForm } from '../src/core/time/zone-abbreviations.ts';

const LA = 'America/Los_Angeles';
const BERLIN = 'Europe/Berlin';
const KOLKATA = 'Asia/Kolkata';
const utc = (iso: string) => {
  const ms = Date.parse(iso);
  assert.ok(!Number.isNaN(ms), iso);
  return ms;
};
const wall = (year: number, month: number, day: number, hour: number, minute: number, second = 0) =>
  ({ year, month, day, hour, minute, second });

test('parseInstant reads Z and explicit offsets', () => {
  assert.equal(parseInstant('2017-01-06T22:50:26Z'), utc('2017-01-06T22:50:26Z'));
  assert.equal(parseInstant('2017-01-06T14:50:26-08:00'), utc('2017-01-06T22:50:26Z'));
  assert.equal(parseInstant('2017-01-06T14:50:26-0800'), utc('2017-01-06T22:50:26Z'));
  assert.equal(parseInstant('2017-01-06T23:50:26+01'), utc('2017-01-06T22:50:26Z'));
  assert.equal(parseInstant('2017-01-07T04:20:26+05:30'), utc('2017-01-06T22:50:26Z'));
  assert.equal(parseInstant('2017-01-06 22:50:26Z'), utc('2017-01-06T22:50:26Z'));
  assert.equal(parseInstant('2017-01-06T22:50Z'), utc('2017-01-06T22:50:00Z'));
  assert.equal(parseInstant('2017-01-06T22:50:26.5Z'), utc('2017-01-06T22:50:26.500Z'));
  assert.equal(parseInstant('2017-01-06T22:50:26.123456Z'), utc('2017-01-06T22:50:26.123Z'));
  assert.equal(parseInstant('2016-02-29T00:00:00Z'), utc('2016-02-29T00:00:00Z'));
  assert.equal(parseInstant('2000-02-29T00:00:00Z'), utc('2000-02-29T00:00:00Z')); // every fourth century is a leap year
});

test('parseInstant rejects strings without an offset, impossible dates and garbage', () => {
  for (const bad of [
    '2017-01-06T22:50:26', // no offset: ambiguous
    '2017-01-06 22:50',
    '2017-01-06',
    '2017-02-30T10:00:00Z',
    '2017-02-29T10:00:00Z', // not a leap year
    '2100-02-29T10:00:00Z', // a century: not a leap year (Gregorian)
    '2017-13-01T10:00:00Z',
    '2017-01-06T24:00:00Z',
    '2017-01-06T23:60:00Z',
    '2017-01-06T23:59:60Z',
    '2017-01-06T10:00:00+24:00',
    '2017-01-06T10:00:00+01:60',
    '2017-01-06T10:00:00 Z',
    '2017-01-06T10:00:00Zjunk',
    ' 2017-01-06T10:00:00Z',
    'Jan 6 2017 10:00 GMT', // Date.parse takes this
    '2017-1-6T10:00:00Z',
    '',
  ]) {
    assert.equal(parseInstant(bad), undefined, bad);
  }
});

test('hasOffset tells offset-less date-times apart', () => {
  assert.equal(hasOffset('2017-01-06T22:50:26Z'), true);
  assert.equal(hasOffset('2017-01-06T22:50:26+01:00'), true);
  assert.equal(hasOffset('2017-01-06T22:50:26'), false);
  assert.equal(hasOffset('nonsense'), false);
});

test('offsetMinutes follows DST and half-hour zones', () => {
  assert.equal(offsetMinutes(LA, utc('2017-01-06T22:50:26Z')), -480);
  assert.equal(offsetMinutes(LA, utc('2017-07-06T22:50:26Z')), -420);
  assert.equal(offsetMinutes(BERLIN, utc('2026-01-15T12:00:00Z')), 60);
  assert.equal(offsetMinutes(BERLIN, utc('2026-07-15T12:00:00Z')), 120);
  assert.equal(offsetMinutes(KOLKATA, utc('2026-07-15T12:00:00Z')), 330);
  assert.equal(offsetMinutes('UTC', utc('2026-07-15T12:00:00Z')), 0);
});

test('formatInZone writes the zone offset, Z only for UTC', () => {
  const ms = utc('2017-01-06T22:50:26Z');
  assert.equal(formatInZone(ms, LA), '2017-01-06T14:50:26-08:00');
  assert.equal(formatInZone(ms, 'UTC'), '2017-01-06T22:50:26Z');
  assert.equal(formatInZone(ms, 'Etc/UTC'), '2017-01-06T22:50:26Z');
  assert.equal(formatInZone(ms, 'Europe/London'), '2017-01-06T22:50:26+00:00');
  assert.equal(formatInZone(ms, KOLKATA), '2017-01-07T04:20:26+05:30');
  assert.equal(formatInZone(ms, BERLIN, { seconds: false }), '2017-01-06T23:50+01:00');
  assert.equal(formatInZone(ms + 999, 'UTC'), '2017-01-06T22:50:26Z'); // truncated, not rounded
  assert.equal(formatInZone(utc('2017-07-06T22:50:26Z'), LA), '2017-07-06T15:50:26-07:00');
});

test('localParts gives wall-clock fields, midnight as hour 0', () => {
  assert.deepEqual(localParts(utc('2017-01-07T08:00:00Z'), LA), wall(2017, 1, 7, 0, 0, 0));
  assert.deepEqual(localParts(utc('2017-01-06T22:50:26Z'), KOLKATA), wall(2017, 1, 7, 4, 20, 26));
});

test('zonedToEpoch: ordinary times round-trip', () => {
  assert.equal(zonedToEpoch(wall(2017, 1, 6, 14, 50, 26), LA), utc('2017-01-06T22:50:26Z'));
  assert.equal(zonedToEpoch(wall(2026, 3, 1, 14, 5), KOLKATA), utc('2026-03-01T08:35:00Z'));
  assert.equal(zonedToEpoch(wall(2026, 7, 1, 12, 0), BERLIN), utc('2026-07-01T10:00:00Z'));
});

test('zonedToEpoch: a DST gap moves forward by the gap (Los Angeles, Berlin)', () => {
  // 2026-03-08 02:00 -> 03:00 in Los Angeles; 02:30 never shows on the clock.
  assert.equal(zonedToEpoch(wall(2026, 3, 8, 2, 30), LA), utc('2026-03-08T10:30:00Z'));
  assert.equal(formatInZone(zonedToEpoch(wall(2026, 3, 8, 2, 30), LA), LA), '2026-03-08T03:30:00-07:00');
  // 2026-03-29 02:00 -> 03:00 in Berlin.
  assert.equal(formatInZone(zonedToEpoch(wall(2026, 3, 29, 2, 30), BERLIN), BERLIN), '2026-03-29T03:30:00+02:00');
});

test('zonedToEpoch: a DST overlap takes the earlier instant (Los Angeles, Berlin)', () => {
  // 2026-11-01 01:00-02:00 happens twice in Los Angeles: first PDT (-07:00), then PST.
  assert.equal(zonedToEpoch(wall(2026, 11, 1, 1, 30), LA), utc('2026-11-01T08:30:00Z'));
  // 2026-10-25 02:00-03:00 happens twice in Berlin: first CEST (+02:00).
  assert.equal(zonedToEpoch(wall(2026, 10, 25, 2, 30), BERLIN), utc('2026-10-25T00:30:00Z'));
  assert.equal(formatInZone(utc('2026-10-25T01:30:00Z'), BERLIN), '2026-10-25T02:30:00+01:00');
});

test('isValidTimeZone', () => {
  assert.equal(isValidTimeZone(BERLIN), true);
  assert.equal(isValidTimeZone('UTC'), true);
  assert.equal(isValidTimeZone('Mars/Olympus_Mons'), false);
  assert.equal(isValidTimeZone(''), false);
});

// --- resolveAt ---

const BAD_TIME = /^Unexpected time ".*", expected ISO 8601 \(2026-03-01T14:05:00\+01:00\), HH:MM, 9:37 AM PST, 1345 UTC or a relative time like -5m$/;

test('resolveAt: now, in the zone, seconds precision', () => {
  const now = utc('2026-03-01T13:05:07.800Z');
  assert.deepEqual(resolveAt('now', { now, timeZone: BERLIN }), {
    at: '2026-03-01T14:05:07+01:00', ms: utc('2026-03-01T13:05:07Z'),
  });
  assert.equal(resolveAt('now', { now, timeZone: KOLKATA }).at, '2026-03-01T18:35:07+05:30');
  assert.equal(resolveAt('now', { now, timeZone: 'UTC' }).at, '2026-03-01T13:05:07Z');
});

test('resolveAt: ISO 8601 with an offset is kept exactly as typed', () => {
  const ctx = { now: utc('2026-03-01T13:05:00Z'), timeZone: BERLIN };
  assert.deepEqual(resolveAt('2017-01-06T14:50:26-08:00', ctx), {
    at: '2017-01-06T14:50:26-08:00', ms: utc('2017-01-06T22:50:26Z'),
  });
  assert.equal(resolveAt('2017-01-06T22:50Z', ctx).at, '2017-01-06T22:50Z');
  assert.equal(resolveAt('  2017-01-06T22:50:26.250Z ', ctx).ms, utc('2017-01-06T22:50:26.250Z'));
});

test('resolveAt: ISO 8601 without an offset is read in the zone', () => {
  const now = utc('2026-03-01T13:05:00Z');
  assert.equal(resolveAt('2017-01-06T14:50:26', { now, timeZone: LA }).at, '2017-01-06T14:50:26-08:00');
  assert.equal(resolveAt('2017-01-06 14:50', { now, timeZone: LA }).at, '2017-01-06T14:50:00-08:00');
  assert.deepEqual(resolveAt('2026-03-01 14:05', { now, timeZone: KOLKATA }), {
    at: '2026-03-01T14:05:00+05:30', ms: utc('2026-03-01T08:35:00Z'),
  });
  assert.equal(resolveAt('2026-03-08T02:30', { now, timeZone: LA }).at, '2026-03-08T03:30:00-07:00'); // gap
  assert.equal(resolveAt('2026-11-01T01:30', { now, timeZone: LA }).at, '2026-11-01T01:30:00-07:00'); // overlap
});

test('resolveAt: HH:MM on a live incident rolls back over midnight', () => {
  const now = utc('2017-01-07T00:05:00Z'); // 00:05 in UTC
  const live = { now, timeZone: 'UTC' };
  assert.equal(resolveAt('23:53', live).at, '2017-01-06T23:53:00Z'); // yesterday
  assert.equal(resolveAt('00:02', live).at, '2017-01-07T00:02:00Z'); // today
  assert.equal(resolveAt('0:02', live).at, '2017-01-07T00:02:00Z');
  assert.equal(resolveAt('00:06', live).at, '2017-01-07T00:06:00Z'); // within a minute of now: clock skew
  assert.equal(resolveAt('00:07', live).at, '2017-01-06T00:07:00Z'); // future: the day before
  assert.equal(resolveAt('00:04:59', live).at, '2017-01-07T00:04:59Z');
  // With a recent latest entry the incident is still live.
  const withLatest = { ...live, latest: utc('2017-01-06T23:50:00Z') };
  assert.equal(resolveAt('23:53', withLatest).at, '2017-01-06T23:53:00Z');
  assert.equal(resolveAt('00:02', withLatest).at, '2017-01-07T00:02:00Z');
});

test('resolveAt: HH:MM live in Berlin uses the local date, not the UTC one', () => {
  // 00:30 in Berlin is still 23:30 the day before in UTC.
  const ctx = { now: utc('2026-01-14T23:30:00Z'), timeZone: BERLIN };
  assert.equal(resolveAt('00:10', ctx).at, '2026-01-15T00:10:00+01:00');
  assert.equal(resolveAt('23:55', ctx).at, '2026-01-14T23:55:00+01:00');
});

test('resolveAt: HH:MM while back-filling an old incident follows its latest entry', () => {
  const ctx = { now: utc('2017-01-20T09:00:00Z'), timeZone: 'UTC', latest: utc('2017-01-06T23:59:08Z') };
  assert.equal(resolveAt('0:05', ctx).at, '2017-01-07T00:05:00Z'); // next day
  assert.equal(resolveAt('23:20', ctx).at, '2017-01-06T23:20:00Z'); // same day
  assert.equal(resolveAt('12:00', { ...ctx, latest: utc('2017-01-06T00:00:00Z') }).at, '2017-01-06T12:00:00Z');
});

test('resolveAt: HH:MM across a DST overlap in Los Angeles is deterministic', () => {
  // now is 01:10 PST, the second pass through 01:xx; 01:30 means the first, PDT one.
  const ctx = { now: utc('2026-11-01T09:10:00Z'), timeZone: LA };
  assert.equal(resolveAt('01:30', ctx).at, '2026-11-01T01:30:00-07:00');
});

test('resolveAt: relative times count back from now', () => {
  const now = utc('2026-03-01T13:05:00Z');
  const ctx = { now, timeZone: BERLIN };
  assert.equal(resolveAt('-5m', ctx).at, '2026-03-01T14:00:00+01:00');
  assert.equal(resolveAt('-90s', ctx).ms, now - 90_000);
  assert.equal(resolveAt('-1h', ctx).ms, now - 3_600_000);
  assert.equal(resolveAt('-1h30m', ctx).ms, now - 5_400_000);
  assert.equal(resolveAt('-2d', ctx).at, '2026-02-27T14:05:00+01:00');
  assert.equal(resolveAt('5m ago', ctx).ms, now - 300_000);
  assert.equal(resolveAt('1h 30m ago', ctx).ms, now - 5_400_000);
});

test('resolveAt: bad input is a UsageError with one clear line', () => {
  const ctx = { now: utc('2026-03-01T13:05:00Z'), timeZone: BERLIN };
  for (const bad of ['25:61', '24:00', '12:60', '5m', '+5m', '-5m ago', '-', '']) {
    assert.throws(() => resolveAt(bad, ctx), (e: unknown) => e instanceof UsageError && BAD_TIME.test(e.message), bad);
  }
  for (const bad of ['2017-02-30T10:00', '2017-02-30T10:00Z']) {
    assert.throws(() => resolveAt(bad, ctx), { message: `Unexpected date "2017-02-30" in "${bad}", expected a day that exists: February 2017 has 28 days` });
  }
  assert.throws(() => resolveAt('yesterday', ctx), { message: 'Unexpected time "yesterday", expected a time of day after the date, like "yesterday 13:45"' });
  assert.throws(() => resolveAt('25:61', ctx), { message: /^Unexpected time "25:61", expected/ });
  assert.throws(() => resolveAt('now', { ...ctx, timeZone: 'Mars/Base' }), UsageError);
});

// --- ordering ---

test('sortTimeline: chronological, equal times keep written order, unparseable last', () => {
  const entries = [
    { at: '2017-01-06T23:20:00Z', text: 'declared' },
    { at: 'sometime', text: 'bad-1' },
    { at: '2017-01-06T22:57:00Z', text: 'paged' },
    { at: '2017-01-06T14:57:00-08:00', text: 'acked' }, // same instant as "paged"
    { at: '2017-01-06T22:50:26Z', text: 'oom' },
    { at: '', text: 'bad-2' },
  ];
  assert.deepEqual(sortTimeline(entries).map((e) => e.text), ['oom', 'paged', 'acked', 'declared', 'bad-1', 'bad-2']);
  assert.equal(entries[0]!.text, 'declared'); // input untouched
});

test('sortTimeline: a timeline already in order comes back in it, as the full sort gives it (random timelines)', () => {
  // The sort itself, without the shortcut for a timeline already in order.
  const sorted = <T extends { at: string }>(entries: readonly T[]) => entries
    .map((entry, i) => ({ entry, i, ms: parseInstant(entry.at) ?? Infinity }))
    .sort((a, b) => a.ms - b.ms || a.i - b.i)
    .map(({ entry }) => entry);
  const times = ['2017-01-06T22:50:26Z', '2017-01-06T14:57:00-08:00', '2017-01-06T22:57:00Z', '2017-01-06T23:20:00Z', '2017-01-07T00:00:00+01:00', 'sometime', '', '2017-02-30T00:00:00Z'];
  let seed = 7;
  const random = (n: number) => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0), (seed >>> 16) % n);
  let inOrder = 0;
  for (let round = 0; round < 3000; round++) {
    const entries = Array.from({ length: random(7) }, (_, k) => ({ at: times[random(times.length)]!, k }));
    // Half of them sorted first: the shortcut's case, with equal and unparseable times among them.
    const input = round % 2 ? sorted(entries) : entries;
    const expected = sorted(input);
    if (expected.every((e, k) => e === input[k])) inOrder++;
    const actual = sortTimeline(input);
    assert.notEqual(actual, input);
    assert.deepEqual(actual.map((e) => e.k), expected.map((e) => e.k), JSON.stringify(input));
  }
  assert.ok(inOrder > 1000, `${inOrder}`);
});

test('insertionIndex: a new entry goes after existing ones at the same time', () => {
  const entries = [
    { at: '2017-01-06T22:50:26Z' },
    { at: '2017-01-06T22:57:00Z' },
    { at: '2017-01-06T14:57:00-08:00' },
    { at: '2017-01-06T23:20:00Z' },
  ];
  assert.equal(insertionIndex(entries, utc('2017-01-06T22:57:00Z')), 3);
  assert.equal(insertionIndex(entries, utc('2017-01-06T22:00:00Z')), 0);
  assert.equal(insertionIndex(entries, utc('2017-01-06T23:00:00Z')), 3);
  assert.equal(insertionIndex(entries, utc('2017-01-07T00:00:00Z')), 4);
  assert.equal(insertionIndex([], 0), 0);
  assert.equal(insertionIndex([{ at: '2017-01-06T23:20:00Z' }, { at: 'garbled' }], 0), 2);
});

test('wallMs: the arithmetic answers as Date.UTC does (days and hours past their range count on)', () => {
  let seed = 3;
  const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648) % n);
  const years = [100, 1582, 1600, 1900, 1970, 1999, 2000, 2024, 2100, 2400, 9999];
  for (let i = 0; i < 20_000; i++) {
    const p = {
      year: i % 2 ? years[rand(years.length)]! : 100 + rand(9900), month: 1 + rand(12), day: rand(33),
      hour: rand(25), minute: rand(60), second: rand(61),
    };
    assert.equal(wallMs(p), Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second), JSON.stringify(p));
  }
  // Years 0-99 keep the Date object's path (Date.UTC would read them as 1900-1999).
  assert.equal(wallMs({ year: 99, month: 3, day: 1, hour: 0, minute: 0, second: 0 }), Date.parse('0099-03-01T00:00:00Z'));
});

test('hasIanaForm and hasZoneFileForm read the shapes their regular expressions wrote, on zone names and generated ones', () => {
  const IANA_FORM = /^(?:UTC|Etc\/[A-Za-z0-9+-]+|(?:Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia|Europe|Indian|Pacific)\/[A-Za-z0-9_+-]+(?:\/[A-Za-z0-9_+-]+)?)$/;
  const names = [
    'UTC', 'Etc/UTC', 'Etc/GMT+5', 'Etc/GMT_5', 'Europe/Berlin', 'America/Argentina/Buenos_Aires', 'America/A/B/C', 'Pacific/Auckland', 'PST', 'US/Pacific',
    'Europe/', '/Berlin', 'Europe//Berlin', 'Europe/Berlin/', 'utc', 'UTC/X', 'Etc', 'Etc/', 'Asia/Ho Chi Minh', 'Asia/Kolkata\n', 'Europe/Zürich', 'Arctic/Longyearbyen',
  ];
  const FILE_FORM = /^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+){0,2}$/;
  const both = (name: string) => {
    assert.equal(hasIanaForm(name), IANA_FORM.test(name), JSON.stringify(name));
    assert.equal(hasZoneFileForm(name), FILE_FORM.test(name), `file form ${JSON.stringify(name)}`);
  };
  for (const name of [...names, '', '5/x', '_x', 'Japan', 'a/b/c/d', '../etc/passwd', 'x/..']) both(name);
  const pieces = ['Europe', 'Etc', 'UTC', 'Asia', 'Indian', 'US', '/', '/', 'Berlin', 'GMT', '+', '-', '_', '5', 'x', ' ', 'é', '.', ''];
  let seed = 3;
  for (let n = 0; n < 20000; n++) {
    let name = '';
    for (let i = 0; i < 1 + (n % 6); i++) name += pieces[(seed = (seed * 1103515245 + 12345) % 2 ** 31) % pieces.length];
    both(name);
  }
});

test('parseInstant: the forms Date.parse reads natively (nativeInstant) give the instant reading the fields gives, and so does every other form', () => {
  const two = (n: number) => String(n).padStart(2, '0');
  const samples: string[] = [];
  // Every day of a leap year, a century that is not one, and one that is, at the ends of the day and of the offsets.
  for (const year of [2024, 1900, 2000, 1000, 999, 9999]) {
    for (let month = 0; month <= 13; month++) {
      for (let day = 0; day <= 32; day++) {
        for (const time of ['00:00', '23:59:59', '24:00', '12:60']) {
          for (const off of ['Z', '+14:00', '-12:00', '+23:59', '+24:00', '-00:30', '+0530', '']) {
            samples.push(`${String(year).padStart(4, '0')}-${two(month)}-${two(day)}T${time}${off}`);
          }
        }
      }
    }
  }
  const part = (values: readonly string[]) => fc.constantFrom(...values);
  const generated = fc.sample(
    fc.tuple(
      part(['2026', '1970', '1969', '0001', '0099', '0100', '0999', '1000', '1582', '9999', '20260', '202']), part(['-']),
      part(['01', '02', '12', '00', '13', '1', '2a']), part(['-', '/']), part(['01', '28', '29', '30', '31', '00', '32', '3']), part(['T', ' ', 't', 'TT']),
      part(['00', '09', '23', '24', '7']), part([':']), part(['00', '59', '60', '5']),
      part(['', ':00', ':59', ':60', ':5', ':00.1', ':00.123456789', ':00,5', '.1']),
      part(['Z', 'z', '+00:00', '-00:00', '+01:00', '-08:00', '+14:00', '+23:59', '+24:00', '-0800', '+05', '+5:00', '+05:0', '', ' ', 'Z ', '+01:00x']),
    ),
    { numRuns: 20_000, seed: 20261205 },
  ).map((t) => t.join(''));
  let native = 0;
  for (const at of [...samples, ...generated]) {
    const expected = instantByFields(at);
    const natively = nativeInstant(at);
    if (natively !== undefined) {
      assert.equal(natively, expected, at);
      native++;
    }
    assert.equal(parseInstant(at), expected, at);
  }
  assert.ok(native > 5_000, `only ${native} samples in the forms read natively`);
});
