// The internal view's timeline rows (view-internal.ts's timelineRows): each entry's instant read
// once, its local date and time from an offset asked once a span (zoneOffsets) and a date made once
// a day. Held equal here to the way they were made before, entry by entry: sortTimeline's order,
// localParts, dateOf and the fields in two digits, with each source of zone offsets.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { timelineRows } from '../src/core/render/view-internal.ts';
import { str, type TimelineRow } from '../src/core/render/view.ts';
import { MILESTONE_KINDS, type TimelineEntry } from '../src/core/model/types.ts';
import { rememberedZoneRules } from '../src/core/timeline/remembered-zone-rules.ts';
import { dateOf, formatInZone, intlZoneRules, localParts, offsetMinutes, parseInstant, sortTimeline, useZoneRules, zoneRulesInUse, type ZoneRules } from '../src/core/timeline/timeline.ts';

const MILESTONES: ReadonlySet<string> = new Set(MILESTONE_KINDS);
const pad2 = (n: number) => (n < 10 ? `0${n}` : `${n}`);

/** The rows as they were made before: entry by entry. */
function reference(timeline: readonly TimelineEntry[], zone: string): TimelineRow[] {
  let day = '';
  return sortTimeline(timeline, parseInstant).map((e) => {
    const ms = parseInstant(e.at);
    const p = ms === undefined ? undefined : localParts(ms, zone);
    const date = p ? dateOf(p) : '';
    const time = p ? `${pad2(p.hour)}:${pad2(p.minute)}:${pad2(p.second)}` : e.at;
    const new_day = date !== day;
    day = date;
    return {
      at: e.at, local_date: date, local_time: time, new_day, kind: str(e.kind) ?? '', milestone: MILESTONES.has(e.kind),
      by: str(e.by), text: str(e.text) ?? '', approx: e.approx === true,
    };
  });
}

/** A pseudo-random sequence (the same every run). */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

const ZONES = ['UTC', 'Europe/Berlin', 'America/St_Johns', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'Pacific/Apia', 'America/Sao_Paulo', 'Africa/Monrovia', 'Europe/Dublin', '+05:30', '-08:00'];
const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** An `at` near `ms`, written in one of the forms a file may hold (an offset, Z, seconds, a fraction), or now and then one that does not parse. */
function writtenAt(ms: number, next: () => number): string {
  const off = [0, 60, -300, 330, 345, -210, 840, -720][Math.floor(next() * 8)]!;
  const d = new Date(ms + off * 60_000);
  const date = `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  const seconds = next() < 0.5 ? '' : `:${pad(d.getUTCSeconds())}${next() < 0.2 ? `.${pad(d.getUTCMilliseconds(), 3)}` : ''}`;
  const zone = off === 0 && next() < 0.5 ? 'Z' : `${off < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(off) / 60))}:${pad(Math.abs(off) % 60)}`;
  const r = next();
  if (r < 0.02) return `${date} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`; // no offset: unreadable
  if (r < 0.03) return 'yesterday';
  return `${date}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}${seconds}${zone}`;
}

function timelines(seed: number): TimelineEntry[][] {
  const next = random(seed);
  const out: TimelineEntry[][] = [];
  // Around DST changes and midnights, in the years 1-9999, mostly in order, some not.
  const starts = [Date.UTC(2026, 2, 29, 0, 30), Date.UTC(2026, 9, 25, 0, 30), Date.UTC(1999, 0, 13, 22), Date.UTC(2021, 3, 4, 15, 30), Date.UTC(1883, 10, 18, 17),
    Date.UTC(1, 0, 1, 3), Date.UTC(999, 11, 31, 22), Date.UTC(9999, 11, 31, 20), Date.UTC(1970, 0, 1), Date.UTC(2011, 11, 29, 9)];
  for (let t = 0; t < 300; t++) {
    let ms = t < starts.length ? starts[t]! : Date.UTC(1800 + Math.floor(next() * 330), 0, 1) + Math.floor(next() * 365 * 86_400_000);
    const entries: TimelineEntry[] = [];
    const n = Math.floor(next() * 40);
    for (let i = 0; i < n; i++) {
      ms += next() < 0.1 ? -Math.floor(next() * 7_200_000) : Math.floor(next() * 3_600_000);
      const kind = next() < 0.3 ? MILESTONE_KINDS[Math.floor(next() * MILESTONE_KINDS.length)]! : 'note';
      entries.push({ at: writtenAt(ms, next), kind, text: `entry ${i}\u0007`, ...(next() < 0.3 ? { by: 'Ana' } : {}), ...(next() < 0.1 ? { approx: true } : {}) } as TimelineEntry);
    }
    out.push(entries);
  }
  return out;
}

const SOURCES: [string, () => ZoneRules][] = [['Intl', () => intlZoneRules], ['remembered', () => rememberedZoneRules(intlZoneRules)]];

for (const [name, rules] of SOURCES) {
  test(`timelineRows gives the rows made entry by entry (${name} zone rules)`, () => {
    const before = zoneRulesInUse();
    useZoneRules(rules());
    try {
      let rows = 0;
      for (const [z, zone] of ZONES.entries()) {
        for (const timeline of timelines(z + 1)) {
          const expected = reference(timeline, zone);
          assert.deepEqual(timelineRows(timeline, zone), expected, `${zone}: ${timeline.map((e) => e.at).join(' ')}`);
          rows += expected.length;
        }
      }
      assert.ok(rows > 20_000, `${rows}`);
    } finally {
      useZoneRules(before);
    }
  });
}

test('formatInZone\'s last answers are kept by instant, zone, seconds and zone rules', () => {
  const next = random(5);
  const rules: ZoneRules[] = [intlZoneRules, rememberedZoneRules(intlZoneRules)];
  const before = zoneRulesInUse();
  try {
    // A few instants and zones asked again and again, in turns: each answer as a fresh reading gives it.
    const instants = [Date.UTC(2026, 2, 29, 0, 59, 59), Date.UTC(2026, 2, 29, 1), 0, -0, Date.UTC(1883, 10, 18, 17)];
    for (let k = 0; k < 3000; k++) {
      const r = rules[Math.floor(next() * rules.length)]!;
      useZoneRules(r);
      const ms = instants[Math.floor(next() * instants.length)]!;
      const zone = ZONES[Math.floor(next() * ZONES.length)]!;
      const opts = [{}, { seconds: false }, { seconds: true }][Math.floor(next() * 3)]!;
      const expected = fresh(ms, zone, opts.seconds !== false);
      assert.equal(formatInZone(ms, zone, opts), expected, `${ms} ${zone} ${JSON.stringify(opts)}`);
    }
  } finally {
    useZoneRules(before);
  }
});

/** formatInZone as it reads an instant, without its memory: the fields of the wall clock, and the offset. */
function fresh(ms: number, zone: string, seconds: boolean): string {
  const p = localParts(ms, zone);
  const off = offsetMinutes(zone, ms);
  const pad = (n: number, w = 2) => String(Math.abs(n)).padStart(w, '0');
  const sign = off < 0 ? '-' : '+';
  const tail = off === 0 && !/^[+-]/.test(zone) && zoneRulesInUse().isUtc(zone) ? 'Z' : `${sign}${pad(Math.trunc(Math.abs(off) / 60))}:${pad(Math.abs(off) % 60)}`;
  return `${p.year < 0 ? '-' : ''}${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}${seconds ? `:${pad(p.second)}` : ''}${tail}`;
}
