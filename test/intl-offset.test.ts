// Zone offsets read from Intl's name of them ("GMT+05:45") must equal those read from the wall
// clock's fields, in every zone Intl knows, from local mean times to the far future.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { offsetFromName } from '../src/core/timeline/intl-offset.ts';
import { offsetFromParts } from '../src/core/timeline/timeline.ts';

const ZONES = [...Intl.supportedValuesOf('timeZone'), 'UTC', 'Etc/UTC', 'Etc/GMT+5', 'Etc/GMT-14', 'US/Pacific', 'Europe/Kiev', 'Asia/Calcutta'];
const YEAR = 365.2425 * 86_400_000;
// Whole seconds (as intlZoneRules asks): in every zone every ~211 days and some hours (both sides of
// DST changes, over the years), in zones with unusual rules every ~5 days from 1970 to 2040.
const SPARSE = 211 * 86_400_000 + 5 * 3_600_000 + 17 * 60_000 + 13_000;
const DENSE = 5 * 86_400_000 + 7 * 3_600_000 + 13_000;
const UNUSUAL = ['Europe/Berlin', 'Europe/London', 'America/Los_Angeles', 'America/Sao_Paulo', 'Asia/Kathmandu', 'Australia/Lord_Howe',
  'Pacific/Chatham', 'Pacific/Apia', 'Africa/Casablanca', 'America/St_Johns', 'Asia/Tehran', 'Antarctica/Troll', 'Europe/Dublin'];
const FAR = [-8.64e15 + 2 * 86_400_000, -62198755200000, Date.UTC(-1, 0, 1), Date.UTC(1000, 5, 1), Date.UTC(1582, 9, 10), 0, -1000, Date.UTC(9999, 11, 31, 23, 59, 59), 8.64e15 - 2 * 86_400_000];

test('offsetFromName equals offsetFromParts in every zone, 1800-2200, and at far instants', () => {
  let named = 0;
  let asked = 0;
  for (const zone of ZONES) {
    const instants = [...FAR];
    for (let ms = Date.UTC(1800, 0, 1); ms < Date.UTC(1800, 0, 1) + 400 * YEAR; ms += SPARSE) instants.push(ms);
    if (UNUSUAL.includes(zone)) for (let ms = Date.UTC(1970, 0, 1); ms < Date.UTC(2040, 0, 1); ms += DENSE) instants.push(ms);
    for (const ms of instants) {
      const fromName = offsetFromName(zone, ms);
      asked++;
      if (fromName === undefined) continue;
      named++;
      const fromParts = offsetFromParts(zone, ms);
      if (!Object.is(fromName, fromParts)) assert.fail(`${zone} at ${ms}: ${fromName} != ${fromParts}`);
    }
  }
  // It steps aside for nothing Intl says today: a test that passed by always stepping aside would prove nothing.
  assert.equal(named, asked);
});

test('offsetFromName: local mean time in seconds, rounded as the fields give it; UTC; half-hour zones', () => {
  assert.equal(offsetFromName('America/St_Johns', Date.UTC(1850, 5, 1)), offsetFromParts('America/St_Johns', Date.UTC(1850, 5, 1)));
  assert.equal(offsetFromName('America/St_Johns', Date.UTC(1850, 5, 1)), -211); // -03:30:52
  assert.equal(offsetFromName('UTC', Date.UTC(2020, 0, 1)), 0);
  // At the very ends of Date's range the fields give NaN: it steps aside there.
  assert.equal(offsetFromName('Africa/Abidjan', -8.64e15), undefined);
  assert.ok(Number.isNaN(offsetFromParts('Africa/Abidjan', -8.64e15)));
  assert.equal(offsetFromName('Asia/Kathmandu', Date.UTC(2020, 0, 1)), 345);
  assert.equal(offsetFromName('America/Los_Angeles', Date.UTC(2020, 6, 1)), -420);
});
