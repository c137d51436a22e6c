// The zone rules of validation and site workers remember Intl's answers: the same answers, asked once.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { intlZoneRules, type ZoneRules } from '../src/core/timeline/timeline.ts';
import { rememberedZoneRules } from '../src/core/timeline/remembered-zone-rules.ts';

const ZONES = ['UTC', 'Etc/UTC', 'Europe/London', 'Europe/Berlin', 'America/St_Johns', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'Mars/Olympus', ''];

test('remembered zone rules answer as Intl does, within a second and across DST changes', () => {
  const remembered = rememberedZoneRules(intlZoneRules);
  for (const zone of ZONES) {
    for (let round = 0; round < 2; round++) {
      assert.equal(remembered.isValid(zone), intlZoneRules.isValid(zone), zone);
      if (!intlZoneRules.isValid(zone)) continue;
      assert.equal(remembered.isUtc(zone), intlZoneRules.isUtc(zone), zone);
      // Every 3 days, 5 hours and 999 ms, then the same instants again (from the memory): both sides of every change.
      for (let ms = Date.UTC(1890, 0, 1); ms < Date.UTC(2031, 0, 1); ms += (3 * 24 + 5) * 3_600_000 + 999) {
        for (const at of [ms, ms + 1, ms - 1]) {
          const expected = intlZoneRules.offsetMinutes(zone, at);
          const actual = remembered.offsetMinutes(zone, at);
          if (actual !== expected) assert.fail(`${zone} at ${new Date(at).toISOString()}: ${actual} != ${expected}`);
        }
      }
    }
  }
});

test('remembered zone rules ask the rules once per zone (and per day for an offset: test/zone-day-memo.test.ts)', () => {
  const asked = { isValid: 0, isUtc: 0, offsetMinutes: 0 };
  const counting: ZoneRules = {
    isValid: (z) => (asked.isValid++, intlZoneRules.isValid(z)),
    isUtc: (z) => (asked.isUtc++, intlZoneRules.isUtc(z)),
    offsetMinutes: (z, ms) => (asked.offsetMinutes++, intlZoneRules.offsetMinutes(z, ms)),
  };
  const remembered = rememberedZoneRules(counting);
  for (let k = 0; k < 3; k++) {
    remembered.isValid('Europe/Berlin');
    remembered.isUtc('Europe/Berlin');
    remembered.offsetMinutes('Europe/Berlin', Date.UTC(2026, 0, 29, 1, 0, 0, 100 * k));
  }
  remembered.offsetMinutes('Europe/Berlin', Date.UTC(2026, 0, 29, 1, 0, 1));
  assert.deepEqual(asked, { isValid: 1, isUtc: 1, offsetMinutes: 2 }); // the day's two ends
});
