// Times as people copy them (src/core/time/time-input.ts, src/core/time/zone-abbreviations.ts, resolveAt):
// every accepted form and every refused one, as tables; then the built CLI storing them.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { UsageError } from '../src/core/util/errors.ts';
import { isValidTimeZone, offsetMinutes, parseInstant, resolveAt, type ResolveContext } from '../src/core/timeline/timeline.ts';
import { DATE_TIME_PATTERN } from '../src/core/model/schema.ts';
import { ABBREVIATIONS, AMBIGUOUS, expectedZone } from '../src/core/time/zone-abbreviations.ts';
import { makeRepo, type TestRepo } from './helpers/repo.ts';

const utc = (s: string) => Date.parse(s);
const LA = 'America/Los_Angeles';
// 15:00 in Los Angeles (PST) on 2017-02-28, during a live incident.
const LIVE: ResolveContext = { now: utc('2017-02-28T23:00:00Z'), timeZone: LA };
const BERLIN: ResolveContext = { now: utc('2017-02-28T23:00:00Z'), timeZone: 'Europe/Berlin' };

// [typed, context, stored at, approx]
const ACCEPTED: [string, ResolveContext, string, boolean?][] = [
  // 12-hour clock, live: the latest such time not after now.
  ['9:37AM', LIVE, '2017-02-28T09:37:00-08:00'],
  ['9:37 am', LIVE, '2017-02-28T09:37:00-08:00'],
  ['9:37 AM', LIVE, '2017-02-28T09:37:00-08:00'],
  ['9:37 a.m.', LIVE, '2017-02-28T09:37:00-08:00'],
  ['9:37 pm', LIVE, '2017-02-27T21:37:00-08:00'], // 21:37 today is still to come: yesterday
  ['2:15 PM', LIVE, '2017-02-28T14:15:00-08:00'],
  ['9am', LIVE, '2017-02-28T09:00:00-08:00'],
  ['12:05 a.m.', LIVE, '2017-02-28T00:05:00-08:00'],
  ['12:00 PM', LIVE, '2017-02-28T12:00:00-08:00'], // noon
  ['12:00 AM', LIVE, '2017-02-28T00:00:00-08:00'], // midnight
  ['12:30 AM', LIVE, '2017-02-28T00:30:00-08:00'],
  ['12:59 PM', LIVE, '2017-02-28T12:59:00-08:00'],
  ['1:00 PM', LIVE, '2017-02-28T13:00:00-08:00'],
  ['9:37:05 PM', { ...LIVE, now: utc('2017-03-01T07:00:00Z') }, '2017-02-28T21:37:05-08:00'],
  // A date with a space (or T), 12- or 24-hour, with or without a zone.
  ['2017-02-28 09:37', LIVE, '2017-02-28T09:37:00-08:00'],
  ['2017-02-28 9:37', LIVE, '2017-02-28T09:37:00-08:00'],
  ['2017-02-28 9:37AM', LIVE, '2017-02-28T09:37:00-08:00'],
  ['2017-02-28  9:37 pm', LIVE, '2017-02-28T21:37:00-08:00'], // a date says which day, even one to come
  ['2017-02-28 9:37 AM PST', BERLIN, '2017-02-28T09:37:00-08:00'],
  ['2017-02-28T9:37AM PST', BERLIN, '2017-02-28T09:37:00-08:00'],
  ['2017-02-28 13:45 GMT', LIVE, '2017-02-28T13:45:00Z'],
  ['2017-02-28 13:45 +05:30', LIVE, '2017-02-28T13:45:00+05:30'],
  ['2017-02-28 13:45:10 -0500', LIVE, '2017-02-28T13:45:10-05:00'],
  // Four-digit military time with a zone word; Z/UTC/GMT suffixes.
  ['1345 UTC', LIVE, '2017-02-28T13:45:00Z'],
  ['1345 PST', BERLIN, '2017-02-28T13:45:00-08:00'],
  ['0905Z', LIVE, '2017-02-28T09:05:00Z'],
  ['2330 UTC', LIVE, '2017-02-27T23:30:00Z'], // 23:30Z today is after now (23:00Z): yesterday
  ['13:45Z', LIVE, '2017-02-28T13:45:00Z'],
  ['13:45 UTC', LIVE, '2017-02-28T13:45:00Z'],
  ['13:45 utc', LIVE, '2017-02-28T13:45:00Z'],
  ['13:45 GMT', LIVE, '2017-02-28T13:45:00Z'],
  ['13:45 UTC+1', LIVE, '2017-02-28T13:45:00+01:00'],
  ['13:45-08:00', BERLIN, '2017-02-28T13:45:00-08:00'],
  ['13:45 +0530', LIVE, '2017-02-28T13:45:00+05:30'],
  // Abbreviations: their fixed offset, on the day a bare HH:MM would take.
  ['9:37 AM PST', BERLIN, '2017-02-28T09:37:00-08:00'],
  ['9:37 pst', BERLIN, '2017-02-28T09:37:00-08:00'],
  ['11:00 PM PST', BERLIN, '2017-02-27T23:00:00-08:00'], // 07:00Z tomorrow is after now: yesterday
  ['9:37 EST', LIVE, '2017-02-28T09:37:00-05:00'],
  ['9:37 EDT', LIVE, '2017-02-28T09:37:00-04:00'],
  ['9:37 CST', LIVE, '2017-02-28T09:37:00-06:00'],
  ['9:37 MST', LIVE, '2017-02-28T09:37:00-07:00'],
  ['9:37 BST', LIVE, '2017-02-28T09:37:00+01:00'],
  ['9:37 CET', LIVE, '2017-02-28T09:37:00+01:00'],
  ['9:37 CEST', LIVE, '2017-02-28T09:37:00+02:00'],
  ['9:37 WET', LIVE, '2017-02-28T09:37:00+00:00'], // a zero offset that is not UTC itself
  ['9:37 JST', LIVE, '2017-02-28T09:37:00+09:00'],
  ['9:37 ACST', LIVE, '2017-02-28T09:37:00+09:30'],
  ['9:37 NPT', LIVE, '2017-02-28T09:37:00+05:45'],
  ['9:37 NZDT', LIVE, '2017-03-01T09:37:00+13:00'], // already the 1st in Auckland, and past
  // Generic names are the region's clock on that date.
  ['2017-02-28 10:00 PT', BERLIN, '2017-02-28T10:00:00-08:00'],
  ['2017-07-01 10:00 PT', BERLIN, '2017-07-01T10:00:00-07:00'],
  ['2017-07-01 10:00 ET', BERLIN, '2017-07-01T10:00:00-04:00'],
  // DST edges: a written date in the incident's zone (gap: moved forward; overlap: the earlier).
  ['2017-03-12 2:30 AM', LIVE, '2017-03-12T03:30:00-07:00'],
  ['2017-11-05 1:30 AM', LIVE, '2017-11-05T01:30:00-07:00'],
  // ...and with an abbreviation, exactly the offset written, either side of the change.
  ['2017-11-05 1:30 AM PDT', BERLIN, '2017-11-05T01:30:00-07:00'],
  ['2017-11-05 1:30 AM PST', BERLIN, '2017-11-05T01:30:00-08:00'],
  ['2017-03-12 1:59 AM PST', BERLIN, '2017-03-12T01:59:00-08:00'],
  ['2017-03-26 01:59 CET', LIVE, '2017-03-26T01:59:00+01:00'],
  ['2017-03-26 03:00 CEST', LIVE, '2017-03-26T03:00:00+02:00'],
  // Approximate markers.
  ['~13:45', LIVE, '2017-02-28T13:45:00-08:00', true],
  ['~ 13:45', LIVE, '2017-02-28T13:45:00-08:00', true],
  ['about 6:45', LIVE, '2017-02-28T06:45:00-08:00', true],
  ['About 6:45 AM', LIVE, '2017-02-28T06:45:00-08:00', true],
  ['around 6:00 a.m.', LIVE, '2017-02-28T06:00:00-08:00', true],
  ['approx. 13:45', LIVE, '2017-02-28T13:45:00-08:00', true],
  ['approx 13:45', LIVE, '2017-02-28T13:45:00-08:00', true],
  ['approximately 13:45', LIVE, '2017-02-28T13:45:00-08:00', true],
  ['11am-ish', LIVE, '2017-02-28T11:00:00-08:00', true],
  ['11:00-ish UTC', LIVE, '2017-02-28T11:00:00Z', true],
  ['2017-02-27 around 11pm UTC', LIVE, '2017-02-27T23:00:00Z', true],
  ['2017-02-27 ~23:00', LIVE, '2017-02-27T23:00:00-08:00', true],
  ['circa 13:45', LIVE, '2017-02-28T13:45:00-08:00', true],
  ['ca. 13:45', LIVE, '2017-02-28T13:45:00-08:00', true],
  ['±13:45', LIVE, '2017-02-28T13:45:00-08:00', true],
  ['≈13:45', LIVE, '2017-02-28T13:45:00-08:00', true],
  ['≈ 13:45', LIVE, '2017-02-28T13:45:00-08:00', true],
  ['+/-13:45', LIVE, '2017-02-28T13:45:00-08:00', true],
  ['13:45?', LIVE, '2017-02-28T13:45:00-08:00', true],
  ['~1345 UTC', LIVE, '2017-02-28T13:45:00Z', true],
  ['about 9:37 AM PST', BERLIN, '2017-02-28T09:37:00-08:00', true],
  ['~2017-02-28T13:45:00Z', LIVE, '2017-02-28T13:45:00Z', true],
  ['about 5m ago', LIVE, '2017-02-28T14:55:00-08:00', true],
  ['~-5m', LIVE, '2017-02-28T14:55:00-08:00', true],
  ['about now', LIVE, '2017-02-28T15:00:00-08:00', true],
  // Dates in words (live, now 15:00 PST on 2017-02-28), with or without the year, a weekday, `at`.
  ['Feb 28, 2017 at 9:37 AM PST', BERLIN, '2017-02-28T09:37:00-08:00'], // the S3 post-mortem's way
  ['February 28, 2017 9:37AM PST', BERLIN, '2017-02-28T09:37:00-08:00'],
  ['February 28th, 2017 at 9:37 a.m. PST', BERLIN, '2017-02-28T09:37:00-08:00'],
  ['feb. 28 2017, 09:37', LIVE, '2017-02-28T09:37:00-08:00'],
  ['FEB 28 2017 09:37', LIVE, '2017-02-28T09:37:00-08:00'],
  ['December 4, 2016 1:45 PM', LIVE, '2016-12-04T13:45:00-08:00'],
  ['Sept. 3rd 2016 10:00', LIVE, '2016-09-03T10:00:00-07:00'],
  ['Jan 1st 2017 0:05', LIVE, '2017-01-01T00:05:00-08:00'],
  ['Jan 2nd 2017 0:05', LIVE, '2017-01-02T00:05:00-08:00'],
  ['Jan 22nd 2017 0:05', LIVE, '2017-01-22T00:05:00-08:00'],
  ['Jan 4th 2017 0:05', LIVE, '2017-01-04T00:05:00-08:00'],
  ['28 Feb 2017 09:37', LIVE, '2017-02-28T09:37:00-08:00'],
  ['28 February, 2017 09:37', LIVE, '2017-02-28T09:37:00-08:00'],
  ['5th of December 2016 13:45', LIVE, '2016-12-05T13:45:00-08:00'],
  ['28-Feb-2017 09:37', LIVE, '2017-02-28T09:37:00-08:00'],
  ['28/Feb/2017:09:37:00 -0800', BERLIN, '2017-02-28T09:37:00-08:00'], // a web server's log
  ['2018 October 21 22:52 UTC', LIVE, '2018-10-21T22:52:00Z'], // GitHub's 2018 post-incident report
  ['2017/02/28 9:37', LIVE, '2017-02-28T09:37:00-08:00'],
  ['2017.2.28 9:37', LIVE, '2017-02-28T09:37:00-08:00'],
  ['Tue, Feb 28 9:37 AM', LIVE, '2017-02-28T09:37:00-08:00'],
  ['Tuesday 28 February 2017 09:37', LIVE, '2017-02-28T09:37:00-08:00'],
  ['tues. feb 28 2017 9:37', LIVE, '2017-02-28T09:37:00-08:00'],
  ['Tue, 28 Feb 2017 09:37:00 -0800', BERLIN, '2017-02-28T09:37:00-08:00'], // e-mail and HTTP (RFC 2822)
  ['Tue Feb 28 09:37:00 PST 2017', BERLIN, '2017-02-28T09:37:00-08:00'], // what `date` prints
  ['Tue 2017-02-28 09:37', LIVE, '2017-02-28T09:37:00-08:00'],
  ['2017-02-28 at 9:37', LIVE, '2017-02-28T09:37:00-08:00'],
  ['Dec 5 at 13:45', LIVE, '2016-12-05T13:45:00-08:00'],
  ['Dec 5, 13:45', LIVE, '2016-12-05T13:45:00-08:00'],
  ['Dec 5 @ 13:45', LIVE, '2016-12-05T13:45:00-08:00'],
  ['Dec 5 1345 UTC', LIVE, '2016-12-05T13:45:00Z'], // four digits and only a zone: a time
  ['Dec 5 2016 1345 UTC', LIVE, '2016-12-05T13:45:00Z'],
  ['Dec 5 9h', LIVE, '2016-12-05T09:00:00-08:00'], // after a date, 9h is a time of day
  ['Feb 28 13h45', LIVE, '2017-02-28T13:45:00-08:00'],
  // Without a year, live: the latest such date not more than a day after now.
  ['Dec 5 13:45', LIVE, '2016-12-05T13:45:00-08:00'],
  ['5 Dec 13:45', LIVE, '2016-12-05T13:45:00-08:00'],
  ['Feb 28 9:37 AM PST', BERLIN, '2017-02-28T09:37:00-08:00'],
  ['Feb 28 11pm', LIVE, '2017-02-28T23:00:00-08:00'], // tonight: today's, which a write refuses as the future
  ['Mar 1 9:00', LIVE, '2017-03-01T09:00:00-08:00'], // tomorrow: the same
  ['Mar 2 9:00', LIVE, '2016-03-02T09:00:00-08:00'], // more than a day ahead: last year's
  ['Feb 29 12:00', LIVE, '2016-02-29T12:00:00-08:00'], // the leap year before
  ['Dec 31 23:50 UTC', { ...LIVE, now: utc('2017-01-01T00:05:00Z') }, '2016-12-31T23:50:00Z'],
  // today and yesterday: counted from now, in the clock the time is read in.
  ['yesterday 13:45', LIVE, '2017-02-27T13:45:00-08:00'],
  ['Yesterday at 1:45 PM', LIVE, '2017-02-27T13:45:00-08:00'], // Slack's way
  ['today 9:00', LIVE, '2017-02-28T09:00:00-08:00'],
  ['TODAY, 9:00', LIVE, '2017-02-28T09:00:00-08:00'],
  ['today 9h', LIVE, '2017-02-28T09:00:00-08:00'],
  ['today 1:00 UTC', LIVE, '2017-02-28T01:00:00Z'], // 23:00Z: today is the 28th in UTC
  ['yesterday 13:45 JST', LIVE, '2017-02-28T13:45:00+09:00'], // already March 1 in Tokyo
  ['yesterday 13:45', BERLIN, '2017-02-28T13:45:00+01:00'], // 00:00 on March 1 in Berlin
  // 13h45 (French and European chat) and fractions of a second, kept as written.
  ['13h45', LIVE, '2017-02-28T13:45:00-08:00'],
  ['9h05', LIVE, '2017-02-28T09:05:00-08:00'],
  ['13H45', LIVE, '2017-02-28T13:45:00-08:00'],
  ['9h UTC', LIVE, '2017-02-28T09:00:00Z'],
  ['13h45 CET', LIVE, '2017-02-28T13:45:00+01:00'],
  ['13:45:00.123', LIVE, '2017-02-28T13:45:00.123-08:00'],
  ['13:45:00,5', LIVE, '2017-02-28T13:45:00.5-08:00'],
  ['1:45:00.250 PM PST', BERLIN, '2017-02-28T13:45:00.250-08:00'],
  ['13:45:07.123456789Z', LIVE, '2017-02-28T13:45:07.123456789Z'],
  ['Feb 28 2017 13:45:00.123 UTC', LIVE, '2017-02-28T13:45:00.123Z'],
  ['2017-02-28 13:45:00.123', LIVE, '2017-02-28T13:45:00.123-08:00'], // once dropped the fraction
  ['2017-02-28T13:45:00.123', LIVE, '2017-02-28T13:45:00.123-08:00'],
  ['2017-02-28T13:45:00,5Z', LIVE, '2017-02-28T13:45:00.5Z'], // once dropped too (not canonical)
  ['2017-02-28T13:45:00.5+0100', LIVE, '2017-02-28T13:45:00.5+01:00'],
  ['2017-03-12 2:30:00.5 AM', LIVE, '2017-03-12T03:30:00.5-07:00'], // the DST gap, fraction kept
  // Approximate markers on every new form.
  ['~Dec 5 13:45', LIVE, '2016-12-05T13:45:00-08:00', true],
  ['about Feb 28 9:37 AM PST', BERLIN, '2017-02-28T09:37:00-08:00', true],
  ['around Feb 28, 2017 at 9:37 AM PST', BERLIN, '2017-02-28T09:37:00-08:00', true],
  ['Feb 28 around 9:37 AM', LIVE, '2017-02-28T09:37:00-08:00', true],
  ['Feb 28 at about 9:37 AM', LIVE, '2017-02-28T09:37:00-08:00', true],
  ['Feb 28, ~9:37', LIVE, '2017-02-28T09:37:00-08:00', true],
  ['Feb 28 9:37?', LIVE, '2017-02-28T09:37:00-08:00', true],
  ['Feb 28 9am-ish PST', BERLIN, '2017-02-28T09:00:00-08:00', true],
  ['~yesterday 13:45', LIVE, '2017-02-27T13:45:00-08:00', true],
  ['yesterday around 1:45 PM', LIVE, '2017-02-27T13:45:00-08:00', true],
  ['~13h45', LIVE, '2017-02-28T13:45:00-08:00', true],
  ['about 13:45:00.5', LIVE, '2017-02-28T13:45:00.5-08:00', true],
  ['~Tue, Feb 28 9:37 AM', LIVE, '2017-02-28T09:37:00-08:00', true],
  // What was taken before stays as it was.
  ['13:45', LIVE, '2017-02-28T13:45:00-08:00'],
  ['-5m', LIVE, '2017-02-28T14:55:00-08:00'],
  ['2017-02-28T13:45:00+01:00', LIVE, '2017-02-28T13:45:00+01:00'],
];

describe('resolveAt: times as people write them', () => {
  for (const [typed, ctx, at, approx] of ACCEPTED) {
    it(`${typed} (${ctx.timeZone})`, () => {
      const r = resolveAt(typed, ctx);
      assert.equal(r.at, at);
      assert.equal(r.ms, utc(at));
      assert.equal(r.approx, approx ? true : undefined);
    });
  }

  it('a bare time with a zone while back-filling takes the day nearest the latest entry', () => {
    const ctx = { now: utc('2026-12-04T12:00:00Z'), timeZone: LA, latest: utc('2017-02-28T17:37:00Z') };
    assert.equal(resolveAt('9:40 AM PST', ctx).at, '2017-02-28T09:40:00-08:00');
    assert.equal(resolveAt('0005 UTC', ctx).at, '2017-03-01T00:05:00Z'); // 6h28m after, not 17h32m before
    assert.equal(resolveAt('about 10:02 AM', ctx).at, '2017-02-28T10:02:00-08:00');
  });
});

describe('resolveAt: a date without a year, and today / yesterday, take their day as a time takes its day', () => {
  // Now: 2026-12-05 13:45 in Los Angeles.
  const NOW = utc('2026-12-05T21:45:00Z');
  const live: ResolveContext = { now: NOW, timeZone: LA, latest: utc('2026-12-05T20:00:00Z') };
  const old: ResolveContext = { now: NOW, timeZone: LA, latest: utc('2017-02-28T17:37:00Z') }; // back-filling the S3 outage
  const refused = (typed: string, ctx: ResolveContext, message: RegExp) => assert.throws(() => resolveAt(typed, ctx), (e: unknown) => {
    assert.ok(e instanceof UsageError, String(e));
    assert.match(e.message, message);
    assert.ok(!e.message.includes('\n'));
    return true;
  });

  it('live: the latest such date not more than a day after now', () => {
    assert.equal(resolveAt('Dec 4 13:45', live).at, '2026-12-04T13:45:00-08:00');
    assert.equal(resolveAt('Feb 28 9:37 AM PST', live).at, '2026-02-28T09:37:00-08:00');
    assert.equal(resolveAt('Dec 5 13:46', live).at, '2026-12-05T13:46:00-08:00');
    // Later today or tomorrow: this year's (the write refuses it as the future), never last year's.
    assert.equal(resolveAt('Dec 5 14:00', live).at, '2026-12-05T14:00:00-08:00');
    assert.equal(resolveAt('Dec 6 9:00', live).at, '2026-12-06T09:00:00-08:00');
    assert.equal(resolveAt('Dec 24 9:00', live).at, '2025-12-24T09:00:00-08:00');
    assert.equal(resolveAt('Dec 24 9:00', { ...live, latest: undefined }).at, '2025-12-24T09:00:00-08:00'); // incident new
  });

  it('back-filling: the one nearest the latest entry', () => {
    assert.equal(resolveAt('Feb 28 9:37 AM PST', old).at, '2017-02-28T09:37:00-08:00');
    assert.equal(resolveAt('Tue, Feb 28 9:37 AM', old).at, '2017-02-28T09:37:00-08:00');
    assert.equal(resolveAt('Mar 1 00:05', old).at, '2017-03-01T00:05:00-08:00');
    assert.equal(resolveAt('Dec 31 23:00', old).at, '2016-12-31T23:00:00-08:00');
    assert.equal(resolveAt('Feb 29 9:00', old).at, '2016-02-29T09:00:00-08:00');
    assert.equal(resolveAt('about Feb 28 10:02 AM', old).approx, true);
  });

  it('a weekday is checked in the year taken, and the message says which year that was', () => {
    refused('Tue, Feb 28 9:37 AM', live, /^Unexpected weekday "Tue" in "Tue, Feb 28 9:37 AM": 2026-02-28 is a Saturday \(the year taken for Feb 28; write the year for another\)$/);
    assert.equal(resolveAt('Tue, Feb 28 2017 9:37 AM', live).at, '2017-02-28T09:37:00-08:00');
    assert.equal(resolveAt('Sat, Feb 28 9:37 AM', live).at, '2026-02-28T09:37:00-08:00');
  });

  it('February 29 with no leap year near: refused', () => {
    refused('Feb 29 9:00', live, /^Unexpected date "Feb 29" in "Feb 29 9:00", expected its year written: no such day has passed within the last year$/);
    refused('Feb 29 9:00', { ...old, latest: utc('2022-02-28T17:37:00Z') }, /expected its year written: no such day is within a year of the latest entry$/);
    assert.equal(resolveAt('Feb 29 2024 9:00', live).at, '2024-02-29T09:00:00-08:00');
  });

  it('today and yesterday count from now, live or while back-filling near the latest entry', () => {
    assert.equal(resolveAt('yesterday 13:45', live).at, '2026-12-04T13:45:00-08:00');
    assert.equal(resolveAt('today 9:00', live).at, '2026-12-05T09:00:00-08:00');
    assert.equal(resolveAt('yesterday 13:45', { ...live, latest: undefined }).at, '2026-12-04T13:45:00-08:00');
    // The incident ended yesterday evening, 27h45m ago; Slack still says "Yesterday at 1:45 PM".
    const recent = { ...live, latest: utc('2026-12-04T18:00:00Z') };
    assert.equal(resolveAt('Yesterday at 1:45 PM', recent).at, '2026-12-04T13:45:00-08:00');
    assert.equal(resolveAt('yesterday 09:00 UTC', recent).at, '2026-12-04T09:00:00Z');
  });

  it('today and yesterday while back-filling an old incident: refused, naming both days', () => {
    refused('yesterday 13:45', old, /^Ambiguous day "yesterday" in "yesterday 13:45" while back-filling \(the latest entry, 2017-02-28T09:37:00-08:00, is over a day before now\): write the date, "2026-12-04 13:45" \(yesterday from now\) or "2017-02-27 13:45" \(the day before that entry\)$/);
    refused('today 9:00', old, /"2026-12-05 9:00" \(today from now\) or "2017-02-28 9:00" \(that entry's day\)$/);
    refused('about yesterday 1:45 PM PST', old, /"2026-12-04 1:45 PM PST" \(yesterday from now\) or "2017-02-27 1:45 PM PST"/);
  });

  it('a bare time while back-filling still takes the day nearest the latest entry (unchanged)', () => {
    assert.equal(resolveAt('13h45', old).at, '2017-02-28T13:45:00-08:00');
    assert.equal(resolveAt('9:37:00.5 AM', old).at, '2017-02-28T09:37:00.5-08:00');
  });

  it('every stored time matches the schema\'s DATE_TIME_PATTERN and parses back to its instant', () => {
    const pattern = new RegExp(DATE_TIME_PATTERN);
    for (const [typed, ctx] of ACCEPTED) {
      const r = resolveAt(typed, ctx);
      assert.match(r.at, pattern, typed);
      assert.equal(parseInstant(r.at), r.ms, typed);
    }
  });
});

describe('resolveAt: an abbreviation its region did not show that day gives a note', () => {
  const NOTES: [string, string | undefined][] = [
    ['2017-02-28 9:37 AM PST', undefined],
    ['2017-06-01 9:37 AM PDT', undefined],
    ['2017-06-01 9:37 AM PST',
      '"2017-06-01 9:37 AM PST" is PST (-08:00), but Los Angeles was on PDT (-07:00) on 2017-06-01; stored 2017-06-01T09:37:00-08:00 as written'],
    ['2017-01-10 10:00 BST', '"2017-01-10 10:00 BST" is BST (+01:00), but London was at +00:00 on 2017-01-10; stored 2017-01-10T10:00:00+01:00 as written'],
    ['2017-07-10 10:00 CET', '"2017-07-10 10:00 CET" is CET (+01:00), but Berlin was on CEST (+02:00) on 2017-07-10; stored 2017-07-10T10:00:00+01:00 as written'],
    // The hour after the change: 02:30 PST is 10:30Z, when Los Angeles already showed PDT.
    ['2017-03-12 2:30 AM PST', '"2017-03-12 2:30 AM PST" is PST (-08:00), but Los Angeles was on PDT (-07:00) on 2017-03-12; stored 2017-03-12T02:30:00-08:00 as written'],
    ['2017-06-01 13:45 UTC', undefined],
    ['2017-06-01 13:45 JST', undefined],
    ['Jun 1, 2017 at 9:37 AM PST',
      '"Jun 1, 2017 at 9:37 AM PST" is PST (-08:00), but Los Angeles was on PDT (-07:00) on 2017-06-01; stored 2017-06-01T09:37:00-08:00 as written'],
  ];
  for (const [typed, note] of NOTES) {
    it(typed, () => assert.equal(resolveAt(typed, BERLIN).note, note));
  }
});

// [typed, what the one line must say]
const REFUSED: [string, RegExp][] = [
  ['9:37 IST', /^Unexpected ambiguous time zone IST \(India \+05:30, Israel \+02:00, Ireland \+01:00\) in "9:37 IST", expected an offset instead, like "9:37 \+05:30"$/],
  ['2017-02-28 9:37 AM ist', /ambiguous time zone IST \(India/],
  ['9:37 AST', /^Unexpected ambiguous time zone AST \(Atlantic -04:00, Arabia \+03:00\)/],
  ['9:37 SST', /Samoa -11:00, Singapore \+08:00/],
  ['9:37 XYZ', /^Unexpected time zone "XYZ" in "9:37 XYZ", expected an abbreviation listed in docs\/time-formats\.md/],
  ['1345 ABC', /^Unexpected time zone "ABC"/],
  ['13:00 PM', /^Unexpected hour 13 with PM in "13:00 PM", expected 1 to 12/],
  ['0:30 AM', /^Unexpected hour 0 with AM/],
  ['13:45 +15:00', /^Unexpected offset "\+15:00"/],
  ['-99999999999h', /^Unexpected time "-99999999999h", expected one in the years 0001 to 9999$/],
  ['-999999999d', /years 0001 to 9999/],
  ['99999999999h ago', /years 0001 to 9999/],
  ['0000-06-01T00:00Z', /years 0001 to 9999/],
  ['0000-06-01 12:00', /years 0001 to 9999/],
  ['1345', /^Unexpected time "1345", expected ISO 8601/], // HHMM needs a zone word
  ['9', /^Unexpected time "9", expected/],
  ['25:00 UTC', /^Unexpected time "25:00 UTC", expected/],
  ['12:60 PM', /^Unexpected time "12:60 PM", expected/],
  ['2017-02-30 9:37 AM', /^Unexpected date "2017-02-30" in "2017-02-30 9:37 AM", expected a day that exists: February 2017 has 28 days$/],
  // Dates: numbers alone for a day and a month, in either order, name the readings.
  ['02/03 13:45', /^Ambiguous date "02\/03": Feb 3 \(month first, as in the US\) or 2 Mar \(day first\); write the month as a word, or YYYY-MM-DD$/],
  ['02/03/2017 13:45', /^Ambiguous date "02\/03\/2017": Feb 3 2017 \(month first, as in the US\) or 2 Mar 2017 \(day first\)/],
  ['02.03.2017 13:45', /^Ambiguous date "02\.03\.2017": Feb 3 2017 .* or 2 Mar 2017/],
  ['2-3-2017 13:45', /^Ambiguous date "2-3-2017"/],
  ['2/3/17 1:45 PM', /^Ambiguous date "2\/3\/17": Feb 3 .* or 2 Mar .*; write the month as a word and the year in four digits, or YYYY-MM-DD$/],
  ['13/02/2017 9:00', /^Unexpected date "13\/02\/2017", expected 13 Feb 2017 \(the month as a word, or YYYY-MM-DD\): a day and a month in numbers are refused in either order/],
  ['02/13 9:00', /^Unexpected date "02\/13", expected Feb 13 \(/],
  ['13/13 9:00', /^Unexpected date "13\/13", expected the month as a word, or YYYY-MM-DD:/],
  // Days that do not exist, dates without a time, weekdays that are not the date's.
  ['Feb 30 2017 9:00', /^Unexpected date "Feb 30 2017" in "Feb 30 2017 9:00", expected a day that exists: February 2017 has 28 days$/],
  ['Feb 29, 2017 9:00', /February 2017 has 28 days$/],
  ['Apr 31 9:00', /^Unexpected date "Apr 31" in "Apr 31 9:00", expected a day that exists: April has 30 days$/],
  ['31 Sept 2017 9:00', /September has 30 days$/],
  ['2017/13/01 9:00', /expected a day that exists: months are 1 to 12$/],
  ['Dec 5', /^Unexpected time "Dec 5", expected a time of day after the date, like "Dec 5 13:45"$/],
  ['Dec 5 2017 UTC', /^Unexpected time "Dec 5 2017 UTC", expected a time of day after the date, like "Dec 5 2017 13:45"$/],
  ['yesterday', /^Unexpected time "yesterday", expected a time of day after the date/],
  ['Mon, Feb 28 2017 9:37', /^Unexpected weekday "Mon" in "Mon, Feb 28 2017 9:37": 2017-02-28 is a Tuesday$/],
  ['Thursday 1 March 2017 9:00', /^Unexpected weekday "Thursday" in .*: 2017-03-01 is a Wednesday$/],
  ['Tue 13:45', /^Unexpected time "Tue 13:45", expected a date after the weekday \(Tue Feb 28 9:37 AM\): a weekday alone does not say which week$/],
  ['~Tue 13:45', /^Unexpected time "~Tue 13:45", expected a date after the weekday/],
  ['~Mon Feb 28 2017 9:37', /^Unexpected weekday "Mon" in "~Mon Feb 28 2017 9:37": 2017-02-28 is a Tuesday$/],
  ['Feb 28 13:00 PM', /^Unexpected hour 13 with PM in "Feb 28 13:00 PM"/],
  ['Feb 28 9:37 IST', /^Unexpected ambiguous time zone IST/],
  ['Feb 28, 17 9:37', /^Unexpected time "Feb 28, 17 9:37", expected ISO 8601/], // a two-digit year
  ['tomorrow 9:00', /^Unexpected time "tomorrow 9:00", expected ISO 8601/],
  ['Decimal 5 9:00', /^Unexpected time "Decimal 5 9:00", expected ISO 8601/],
  // 9h alone: nine o'clock or nine hours ago? (5m alone is refused for the same reason.)
  ['9h', /^Ambiguous time "9h": 09:00 or 9 hours ago; write 9h00 \(or 9:00\) for the time of day, -9h for the hours ago$/],
  ['~9h', /^Ambiguous time "~9h": 09:00 or 9 hours ago/],
  ['13h45m', /^Unexpected time "13h45m", expected ISO 8601/], // a duration without its minus
  ['9h pm', /^Unexpected time "9h pm", expected/],
  ['13:45:00.1234567890', /^Unexpected time "13:45:00.1234567890", expected/], // ISO 8601 takes 1 to 9 digits
  ['13.45', /^Unexpected time "13\.45", expected ISO 8601/],
  ['10000-01-01T00:00Z', /^Unexpected time "10000-01-01T00:00Z", expected/],
  ['~', /^Unexpected time "~", expected/],
  ['about', /^Unexpected time "about", expected/],
  ['?', /^Unexpected time "\?", expected/],
  ['about yesterday', /^Unexpected time "about yesterday", expected/],
  ['9:37 AM Pacific', /^Unexpected time "9:37 AM Pacific", expected/],
];

describe('resolveAt: refused, as one line (exit 2)', () => {
  for (const [typed, message] of REFUSED) {
    it(typed, () => {
      assert.throws(() => resolveAt(typed, LIVE), (e: unknown) => {
        assert.ok(e instanceof UsageError, `not a UsageError: ${e}`);
        assert.match(e.message, message);
        assert.ok(!e.message.includes('\n'));
        return true;
      });
    });
  }
  it('never returns a time outside the years 0001-9999, nor NaN', () => {
    for (const typed of ['-8639999999999s', '-800000d', '-25000000h', '-3000000d']) {
      assert.throws(() => resolveAt(typed, LIVE), UsageError, typed);
    }
    assert.equal(resolveAt('-700000d', LIVE).at.slice(0, 4), '0100');
  });
});

describe('time zones: IANA names only', () => {
  const VALID = ['Europe/Berlin', 'UTC', 'Etc/UTC', 'Etc/GMT+8', 'America/Argentina/Buenos_Aires', 'Asia/Kolkata', 'Asia/Calcutta'];
  const INVALID = ['PST', 'EST', 'IST', 'CET', 'GMT', 'Z', 'US/Pacific', 'EST5EDT', 'PST8PDT', 'Japan', 'Zulu', 'Mars/Olympus', '+05:30', '-08:00', ''];
  for (const zone of VALID) it(`${zone} is valid`, () => assert.equal(isValidTimeZone(zone), true));
  for (const zone of INVALID) it(`${JSON.stringify(zone)} is not`, () => assert.equal(isValidTimeZone(zone), false));

  const EXPECTED: [string, string][] = [
    ['PST', 'an IANA name such as America/Los_Angeles'],
    ['pdt', 'an IANA name such as America/Los_Angeles'],
    ['EST', 'an IANA name such as America/New_York'],
    ['CST', 'an IANA name such as America/Chicago'],
    ['MST', 'an IANA name such as America/Denver or America/Phoenix'],
    ['IST', 'an IANA name such as Asia/Kolkata, Asia/Jerusalem or Europe/Dublin'],
    ['GMT', 'an IANA name such as UTC or Europe/London'],
    ['EST5EDT', 'an IANA name such as America/New_York'],
    ['US/Pacific', 'an IANA name such as America/Los_Angeles'],
    ['Japan', 'an IANA name such as Asia/Tokyo'],
    ['Mars/Olympus', 'an IANA name such as Europe/Berlin or UTC'],
  ];
  for (const [zone, expected] of EXPECTED) it(`${zone}: ${expected}`, () => assert.equal(expectedZone(zone), expected));

  it('resolveAt refuses an incident zone that is an abbreviation, naming the IANA name', () => {
    assert.throws(() => resolveAt('now', { ...LIVE, timeZone: 'PST' }), {
      name: 'UsageError', message: 'Unexpected time zone "PST", expected an IANA name such as America/Los_Angeles',
    });
  });

  it('the table: each region exists and shows the offset in January or July', () => {
    const seen = (region: string, offset: number) =>
      [utc('2017-01-15T12:00:00Z'), utc('2017-07-15T12:00:00Z')].some((ms) => offsetMinutes(region, ms) === offset);
    for (const [abbr, a] of Object.entries(ABBREVIATIONS)) {
      for (const zone of [a.region, ...(a.also ?? [])]) if (zone) assert.ok(isValidTimeZone(zone), `${abbr}: ${zone}`);
      if (a.region && a.offset !== undefined) assert.ok(seen(a.region, a.offset), `${abbr} ${a.offset} in ${a.region}`);
    }
    for (const [abbr, candidates] of Object.entries(AMBIGUOUS)) {
      assert.equal(ABBREVIATIONS[abbr], undefined, `${abbr} is both`);
      for (const c of candidates) assert.ok(seen(c.region, c.offset), `${abbr} ${c.where} in ${c.region}`);
    }
  });
});

describe('the built CLI', () => {
  const ID = '2017-02-28-s3-is-down';
  const FILE = `incidents/${ID}.md`;
  const NOW = { CASEFILE_NOW: '2017-02-28T23:00:00Z' };
  let repo: TestRepo;
  before(() => {
    repo = makeRepo();
    const r = repo.run(['new', 'S3 is down', '--timezone', LA, '--severity', 'SEV-1', '--at', '9:37 AM PST'], { env: NOW });
    assert.equal(r.code, 0, r.stderr);
  });
  after(() => repo.cleanup());

  const atOf = (text: string, what: string) => new RegExp(`at: ([^\\n]+)\\n\\s+kind: \\w+\\n\\s+by: [^\\n]+\\n\\s+text: ${what}(\\n\\s+approx: true)?`).exec(text);

  it('new --at "9:37 AM PST" stores the started time with its offset', () => {
    assert.equal(atOf(repo.read(FILE), 'Impact started')?.[1], '2017-02-28T09:37:00-08:00');
  });

  it('log --at "9:37 AM PST" on the lane and through the full CLI', () => {
    for (const full of [false, true]) {
      const text = full ? 'via the full CLI' : 'via the lane';
      const r = repo.run(['log', ID, text, '--at', '2017-02-28 9:45 AM PST'], { env: NOW, full });
      assert.equal(r.code, 0, r.stderr);
      assert.equal(r.stderr, '');
      assert.equal(atOf(repo.read(FILE), text)?.[1], '2017-02-28T09:45:00-08:00');
    }
  });

  it('log --at "~13:45" stores approx: true', () => {
    const r = repo.run(['log', ID, 'Billing recovers', '--at', '~13:45'], { env: NOW });
    assert.equal(r.code, 0, r.stderr);
    const m = atOf(repo.read(FILE), 'Billing recovers');
    assert.equal(m?.[1], '2017-02-28T13:45:00-08:00');
    assert.ok(m?.[2], 'approx: true after the entry');
  });

  it('amend --at "~9:30 AM PST" moves the entry and marks it approximate', () => {
    const r = repo.run(['amend', ID, '1', '--at', '~9:30 AM PST'], { env: NOW });
    assert.equal(r.code, 0, r.stderr);
    const m = atOf(repo.read(FILE), 'Impact started');
    assert.equal(m?.[1], '2017-02-28T09:30:00-08:00');
    assert.ok(m?.[2], 'approx: true after the entry');
  });

  it('thread open --at "about 9:50 AM PST" (lane and full CLI) logs an approximate entry', () => {
    for (const full of [false, true]) {
      const question = full ? 'Why is the index slow' : 'Why is S3 down';
      const r = repo.run(['thread', ID, 'open', question, '--at', 'about 9:50 AM PST'], { env: NOW, full });
      assert.equal(r.code, 0, r.stderr);
      const m = new RegExp(`at: ([^\\n]+)\\n\\s+kind: question\\n\\s+by: [^\\n]+\\n\\s+text: [^\\n]*${question}[^\\n]*(\\n\\s+approx: true)?`).exec(repo.read(FILE));
      assert.equal(m?.[1], '2017-02-28T09:50:00-08:00');
      assert.ok(m?.[2], 'approx: true after the entry');
    }
  });

  it('an abbreviation the region did not show that day: stored as written, one note on stderr', () => {
    const r = repo.run(['log', ID, 'Summer typo', '--at', '2017-02-28 10:00 PDT'], { env: NOW });
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stderr, 'incident: note: "2017-02-28 10:00 PDT" is PDT (-07:00), but Los Angeles was on PST (-08:00) on 2017-02-28; stored 2017-02-28T10:00:00-07:00 as written\n');
    assert.equal(atOf(repo.read(FILE), 'Summer typo')?.[1], '2017-02-28T10:00:00-07:00');
  });

  it('refused times exit 2 with one line and leave the file unchanged', () => {
    for (const at of ['-99999999999h', '9:37 IST', '13:00 PM']) {
      const before = repo.read(FILE);
      const r = repo.run(['log', ID, 'never written', '--at', at], { env: NOW });
      assert.equal(r.code, 2, `${at}: ${r.stderr}`);
      assert.equal(r.stderr.trimEnd().split('\n').length, 1, r.stderr);
      assert.equal(repo.read(FILE), before, at);
    }
  });

  it('dates in words, weekdays, today, 13h45 and fractions, on the lane and through the full CLI', () => {
    const cases: [string, string, string][] = [
      ['Feb 28, 2017 at 9:52 AM PST', 'S3 post-mortem form', '2017-02-28T09:52:00-08:00'],
      ['Tue, Feb 28 10:05 AM', 'weekday no year', '2017-02-28T10:05:00-08:00'],
      ['28 Feb 10:10', 'day first', '2017-02-28T10:10:00-08:00'],
      ['today 11:00', 'today form', '2017-02-28T11:00:00-08:00'],
      ['14h10', 'french form', '2017-02-28T14:10:00-08:00'],
      ['14:20:05.250', 'fraction form', '2017-02-28T14:20:05.250-08:00'],
    ];
    for (const [at, text, stored] of cases) {
      for (const full of [false, true]) {
        const r = repo.run(['log', ID, `${text}${full ? ' full' : ''}`, '--at', at], { env: NOW, full });
        assert.equal(r.code, 0, `${at}: ${r.stderr}`);
        assert.equal(r.stderr, '');
        assert.equal(atOf(repo.read(FILE), `${text}${full ? ' full' : ''}`)?.[1], stored, at);
      }
    }
    const approx = repo.run(['log', ID, 'approximate in words', '--at', 'about Feb 28 2:25 PM PST'], { env: NOW });
    assert.equal(approx.code, 0, approx.stderr);
    const m = atOf(repo.read(FILE), 'approximate in words');
    assert.equal(m?.[1], '2017-02-28T14:25:00-08:00');
    assert.ok(m?.[2], 'approx: true after the entry');
    // The fraction kept is one the schema and every reader take.
    const v = repo.run(['validate', FILE], { env: NOW });
    assert.equal(v.code, 0, v.stdout + v.stderr);
  });

  it('ambiguous or impossible dates exit 2 with one line naming why, and leave the file unchanged', () => {
    const cases: [string, string][] = [
      ['02/03 13:45', 'incident: Ambiguous date "02/03": Feb 3 (month first, as in the US) or 2 Mar (day first); write the month as a word, or YYYY-MM-DD'],
      ['Mon, Feb 28 2017 10:00', 'incident: Unexpected weekday "Mon" in "Mon, Feb 28 2017 10:00": 2017-02-28 is a Tuesday'],
      ['Feb 30 10:00', 'incident: Unexpected date "Feb 30" in "Feb 30 10:00", expected a day that exists: February has 29 days'],
      ['9h', 'incident: Ambiguous time "9h": 09:00 or 9 hours ago; write 9h00 (or 9:00) for the time of day, -9h for the hours ago'],
    ];
    for (const [at, message] of cases) {
      for (const full of [false, true]) {
        const before = repo.read(FILE);
        const r = repo.run(['log', ID, 'never written', '--at', at], { env: NOW, full });
        assert.equal(r.code, 2, `${at}: ${r.stderr}`);
        assert.equal(r.stderr, `${message}\n`);
        assert.equal(repo.read(FILE), before, at);
      }
    }
    // Later today, with the date written: this year's, so the write refuses it as the future.
    const future = repo.run(['log', ID, 'never written', '--at', 'Feb 28 4:30 PM'], { env: NOW });
    assert.notEqual(future.code, 0);
    assert.match(future.stderr, /2017-02-28T16:30:00-08:00 in the future/);
  });

  it('back-filling an old incident: a date without a year takes the incident\'s, yesterday is refused naming both days', () => {
    const env = { CASEFILE_NOW: '2026-12-05T21:45:00Z' };
    const r = repo.run(['new', 'Back-filled outage', '--timezone', LA, '--severity', 'SEV-2', '--at', 'Feb 28, 2017 at 9:37 AM PST'], { env });
    assert.equal(r.code, 0, r.stderr);
    const file = 'incidents/2017-02-28-back-filled-outage.md';
    assert.equal(atOf(repo.read(file), 'Impact started')?.[1], '2017-02-28T09:37:00-08:00');
    const log = repo.run(['log', '2017-02-28-back-filled-outage', 'paged', '--at', 'Feb 28 9:45 AM'], { env });
    assert.equal(log.code, 0, log.stderr);
    assert.equal(atOf(repo.read(file), 'paged')?.[1], '2017-02-28T09:45:00-08:00');
    const before = repo.read(file);
    const y = repo.run(['log', '2017-02-28-back-filled-outage', 'never written', '--at', 'yesterday 13:45'], { env });
    assert.equal(y.code, 2, y.stderr);
    assert.equal(y.stderr, 'incident: Ambiguous day "yesterday" in "yesterday 13:45" while back-filling (the latest entry, 2017-02-28T09:45:00-08:00, ' +
      'is over a day before now): write the date, "2026-12-04 13:45" (yesterday from now) or "2017-02-27 13:45" (the day before that entry)\n');
    assert.equal(repo.read(file), before);
  });

  it('new --timezone PST (or EST, US/Pacific) exits 2 naming the IANA zone', () => {
    const cases: [string, string][] = [['PST', 'America/Los_Angeles'], ['EST', 'America/New_York'], ['US/Pacific', 'America/Los_Angeles']];
    for (const [zone, iana] of cases) {
      const r = repo.run(['new', 'Zone test', '--timezone', zone], { env: NOW });
      assert.equal(r.code, 2, r.stderr);
      assert.equal(r.stderr, `incident: Unexpected time zone "${zone}", expected an IANA name such as ${iana}\n`);
    }
  });

  it('validate flags timezone: Mars/Olympus and PST at their line; show and log refuse them too', () => {
    const good = repo.read(FILE);
    const line = good.split('\n').findIndex((l) => l.startsWith('timezone:')) + 1;
    for (const [zone, expected] of [['Mars/Olympus', 'Europe/Berlin or UTC'], ['PST', 'America/Los_Angeles']]) {
      repo.write(FILE, good.replace(`timezone: ${LA}`, `timezone: ${zone}`));
      const message = `Unexpected time zone "${zone}", expected an IANA name such as ${expected}`;
      const v = repo.run(['validate', FILE], { env: NOW });
      assert.equal(v.code, 1, v.stdout + v.stderr);
      assert.match(v.stdout + v.stderr, new RegExp(`${FILE}:${line}:11 error +${message.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')} +timezone-known`));
      for (const args of [['show', ID], ['log', ID, 'x']]) {
        const r = repo.run(args, { env: NOW });
        assert.equal(r.code, 1, `${args[0]}: ${r.stderr}`);
        assert.ok(r.stderr.includes(message), `${args[0]}: ${r.stderr}`);
      }
    }
    repo.write(FILE, good);
  });
});
