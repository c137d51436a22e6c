// The CLI's fast zone offsets (system tz database via Date) must equal Intl's, zone by zone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { intlZoneRules } from '../src/core/timeline/timeline.ts';
import { systemZoneRules } from '../src/io/zone-rules.ts';

const ZONES = [
  'UTC', 'Europe/Berlin', 'Europe/London', 'America/Los_Angeles', 'America/New_York', 'America/Sao_Paulo',
  'Asia/Kolkata', 'Asia/Kathmandu', 'Australia/Lord_Howe', 'Pacific/Chatham', 'Pacific/Apia', 'Africa/Casablanca',
  'America/St_Johns', 'Asia/Tokyo', 'Etc/GMT+5',
];

test('system zone offsets equal Intl offsets across DST changes, 2000-2030', () => {
  const original = process.env.TZ;
  for (const zone of ZONES) {
    assert.equal(systemZoneRules.isValid(zone), true, zone);
    // Every 5 days and 7 hours: lands on both sides of every DST change over the years.
    for (let ms = Date.UTC(2000, 0, 1); ms < Date.UTC(2030, 0, 1); ms += (5 * 24 + 7) * 3_600_000) {
      const expected = intlZoneRules.offsetMinutes(zone, ms);
      const actual = systemZoneRules.offsetMinutes(zone, ms);
      if (actual !== expected) assert.fail(`${zone} at ${new Date(ms).toISOString()}: ${actual} != ${expected}`);
    }
    assert.equal(systemZoneRules.isUtc(zone), intlZoneRules.isUtc(zone), `isUtc ${zone}`);
  }
  process.env.TZ = original;
});

test('invalid zones are invalid for both', () => {
  for (const zone of ['Mars/Olympus', 'America', 'Etc', 'Europe/Berlin/..', '../etc/passwd', '', 'europe/berlin ']) {
    assert.equal(systemZoneRules.isValid(zone), intlZoneRules.isValid(zone), zone);
  }
});
