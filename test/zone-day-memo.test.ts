// The remembered zone rules answer an instant between 1800 and 2100 from its UTC day's two ends
// (remembered-zone-rules.ts): exact only while no zone changes its offset twice within a day.
// Checked here against the system's tz database (an account that does not come from Intl), and
// answer by answer against Intl right around every change of every zone Intl knows.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { intlZoneRules, offsetMinutes, useZoneRules, zoneOffsets, zoneRulesInUse, type ZoneRules } from '../src/core/timeline/timeline.ts';
import { rememberedZoneRules } from '../src/core/timeline/remembered-zone-rules.ts';
import { tzifChanges } from './helpers/tzif.ts';

const DAY = 86_400_000;
const FROM = Date.UTC(1800, 0, 1);
const TO = Date.UTC(2100, 0, 1);
const ZONES = [...Intl.supportedValuesOf('timeZone'), 'UTC', 'Etc/UTC', 'Etc/GMT+5', 'Etc/GMT-14', 'US/Pacific', 'Europe/Kiev', 'Asia/Calcutta', 'Africa/Freetown', 'America/Recife', 'Asia/Gaza'];

test('the tz database never changes an offset twice within two days (1800-2100): the memory\'s day has a margin', () => {
  let zones = 0;
  let closest = { gap: Infinity, zone: '', at: 0 };
  for (const zone of ZONES) {
    const changes = tzifChanges(zone);
    if (!changes) continue;
    zones++;
    for (let i = 1; i < changes.length; i++) {
      const gap = changes[i]!.at - changes[i - 1]!.at;
      if (changes[i]!.at >= FROM && changes[i - 1]!.at < TO && gap < closest.gap) closest = { gap, zone, at: changes[i]!.at };
    }
  }
  assert.ok(zones > 300, `only ${zones} zones found in the system's tz database`);
  assert.ok(closest.gap > 2 * DAY, `${closest.zone} changes twice within ${closest.gap / DAY} days, at ${new Date(closest.at).toISOString()}`);
});

/** Intl's changes of the zone's offset between 1800 and 2100, to the second: a scan every ~29 days, each change bisected. */
function intlChanges(zone: string): number[] {
  const found: number[] = [];
  const step = 29 * DAY + 7 * 3_600_000 + 13_000;
  let lo = FROM;
  let before = intlZoneRules.offsetMinutes(zone, lo);
  for (let ms = FROM + step; ms < TO + step; ms += step) {
    const after = intlZoneRules.offsetMinutes(zone, ms);
    if (after !== before) {
      let a = Math.floor(lo / 1000) * 1000;
      let b = Math.floor(ms / 1000) * 1000;
      while (b - a > 1000) {
        const mid = a + Math.floor((b - a) / 2000) * 1000;
        if (intlZoneRules.offsetMinutes(zone, mid) === before) a = mid;
        else b = mid;
      }
      found.push(b);
    }
    lo = ms;
    before = after;
  }
  return found;
}

test('remembered offsets equal Intl\'s around every change of every zone, 1800-2100, asked in either order', () => {
  let asked = 0;
  for (const zone of ZONES) {
    const changes = new Set([...intlChanges(zone), ...(tzifChanges(zone) ?? []).map((c) => c.at).filter((at) => at >= FROM - DAY && at < TO + DAY)]);
    const instants: number[] = [FROM - 1, FROM, TO - 1, TO, Date.UTC(2026, 2, 29, 0, 59, 59, 999)];
    for (const at of changes) {
      const day = Math.floor(at / DAY) * DAY;
      instants.push(at - 1000, at - 1, at, at + 999, day, day + DAY - 1);
    }
    // Forwards, then backwards in a fresh memory (a day is found from whichever instant comes first).
    for (const order of [instants, [...instants].reverse()]) {
      const remembered = rememberedZoneRules(intlZoneRules);
      for (const ms of order) {
        const expected = intlZoneRules.offsetMinutes(zone, ms);
        const actual = remembered.offsetMinutes(zone, ms);
        asked++;
        if (!Object.is(actual, expected)) assert.fail(`${zone} at ${new Date(ms).toISOString()} (${ms}): ${actual} != ${expected}`);
      }
    }
  }
  assert.ok(asked > 100_000, `only ${asked} instants asked`);
});

/**
 * Rules with three offsets in one UTC day (no real zone has them, and the memory cannot see two
 * changes whose day ends agree): when the halving meets the third, that day is asked by the second.
 */
test('a day found to hold a third offset is answered by the second', () => {
  const day = Date.UTC(2030, 5, 1);
  const thrice: ZoneRules = {
    isValid: () => true,
    isUtc: () => false,
    // 60 until 06:00, 180 until 23:00, then 30.
    offsetMinutes: (_z, ms) => (ms < day + 6 * 3_600_000 ? 60 : ms < day + 23 * 3_600_000 ? 180 : 30),
  };
  const remembered = rememberedZoneRules(thrice);
  for (let ms = day - DAY; ms < day + 2 * DAY; ms += 600_000 - 1) {
    assert.equal(remembered.offsetMinutes('Test/Thrice', ms), thrice.offsetMinutes('Test/Thrice', Math.floor(ms / 1000) * 1000), new Date(ms).toISOString());
  }
});

test('a day asks the rules for its two ends, shared with the days beside it, and a change day for the second it changes', () => {
  let asked = 0;
  const counting: ZoneRules = { ...intlZoneRules, offsetMinutes: (z, ms) => (asked++, intlZoneRules.offsetMinutes(z, ms)) };
  const remembered = rememberedZoneRules(counting);
  for (let h = 0; h < 24; h++) remembered.offsetMinutes('Europe/Berlin', Date.UTC(2026, 0, 10, h, 17, 3, 250));
  assert.equal(asked, 2);
  for (let h = 0; h < 24; h++) remembered.offsetMinutes('Europe/Berlin', Date.UTC(2026, 0, 11, h));
  assert.equal(asked, 3); // the day after: its start was the first day's end
  // 2026-03-29, 01:00 UTC: Berlin goes from +01:00 to +02:00; the second found by halving the day (17 questions).
  remembered.offsetMinutes('Europe/Berlin', Date.UTC(2026, 2, 29, 12));
  assert.ok(asked <= 3 + 2 + 17, `${asked}`);
  assert.equal(remembered.offsetMinutes('Europe/Berlin', Date.UTC(2026, 2, 29, 0, 59, 59, 999)), 60);
  assert.equal(remembered.offsetMinutes('Europe/Berlin', Date.UTC(2026, 2, 29, 1)), 120);
  // Outside 1800-2100: by the second, as before.
  const before = asked;
  remembered.offsetMinutes('Europe/Berlin', Date.UTC(1700, 0, 1, 5));
  remembered.offsetMinutes('Europe/Berlin', Date.UTC(1700, 0, 1, 5, 0, 0, 500));
  assert.equal(asked, before + 1);
});

test('offsetSpan: every instant of the span it gives has its offset, and zoneOffsets answers as offsetMinutes', () => {
  let asked = 0;
  for (const zone of ['Europe/Berlin', 'America/St_Johns', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'UTC', 'Africa/Freetown', 'America/Recife', 'Asia/Gaza', 'Pacific/Apia']) {
    const remembered = rememberedZoneRules(intlZoneRules);
    const instants: number[] = [FROM - 1, FROM, TO - 1, TO, Date.UTC(1700, 0, 1, 5, 0, 0, 500)];
    for (const at of intlChanges(zone)) instants.push(at - 1000, at - 1, at, at + 999, Math.floor(at / DAY) * DAY, Math.floor(at / DAY) * DAY + DAY - 1);
    for (const ms of instants) {
      const span = remembered.offsetSpan!(zone, ms);
      assert.ok(span.from <= ms && ms < span.to, `${zone} ${ms}: [${span.from}, ${span.to})`);
      const inside = [span.from, Math.max(span.from, span.to - 1), ms, ms - 1, ms + 1].filter((t) => t >= span.from && t < span.to && Number.isFinite(t));
      for (const t of inside) {
        asked++;
        assert.equal(span.offset, intlZoneRules.offsetMinutes(zone, t), `${zone} at ${new Date(t).toISOString()} in [${span.from}, ${span.to})`);
      }
    }
    // zoneOffsets over the same instants, sorted as a timeline's are and not, with these rules in use.
    const rules = zoneRulesInUse();
    useZoneRules(rememberedZoneRules(intlZoneRules));
    try {
      for (const order of [[...instants].sort((a, b) => a - b), instants]) {
        const offsetAt = zoneOffsets(zone);
        for (const ms of order) assert.equal(offsetAt(ms), offsetMinutes(zone, ms), `${zone} ${ms}`);
      }
    } finally {
      useZoneRules(rules);
    }
  }
  assert.ok(asked > 1000, `${asked}`);
});
