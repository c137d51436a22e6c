// The pure parts of `incident insights` that the fixture corpus does not reach: working days and a
// fixed working-hours zone, and the `working_hours` config with its refusals.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { configTemplate, DEFAULT_CONFIG, resolveConfig } from '../src/core/config/config.ts';
import { DocumentError } from '../src/core/util/errors.ts';
import { computeInsights, insightIncident, type InsightSettings } from '../src/core/insights/index.ts';
import { idList } from '../src/core/insights/types.ts';
import { insightsJson } from '../src/core/insights/json.ts';
import { LocalTimes } from '../src/core/insights/local-times.ts';

const settings = (hours: Partial<InsightSettings['workingHours']> = {}): InsightSettings => ({
  by: 'month', now: Date.parse('2026-12-20T12:00:00Z'), severities: ['SEV-1', 'SEV-2'],
  postmortemDue: DEFAULT_CONFIG.postmortem_due,
  workingHours: { start: 9 * 60, end: 18 * 60, days: [1, 2, 3, 4, 5], ...hours },
});

/** An incident in Berlin (+01:00 in December) with entries at these times. */
const berlin = (id: string, ...ats: string[]) => insightIncident({
  id, kind: 'incident', severity: 'SEV-2', status: 'investigating', timezone: 'Europe/Berlin',
  timeline: ats.map((at) => ({ at, kind: 'note', text: 'x', by: 'ana' })),
}, id);

describe('insights: working hours', () => {
  it('counts an entry outside them by its day and clock time in the incident zone', () => {
    const incidents = [
      // Friday 2026-12-18: 08:59 outside, 09:00 inside, 17:59 inside, 18:00 outside (end is exclusive).
      berlin('2026-12-18-a', '2026-12-18T08:59:00+01:00', '2026-12-18T09:00:00+01:00', '2026-12-18T17:59:00+01:00', '2026-12-18T18:00:00+01:00'),
      // Saturday 12:00 in Berlin: outside. Written in UTC (11:00Z), read in the incident's zone.
      berlin('2026-12-19-b', '2026-12-19T11:00:00Z'),
      // Thursday 23:30 UTC is Friday 00:30 in Berlin: outside, and in December either way.
      berlin('2026-12-17-c', '2026-12-17T23:30:00Z'),
    ];
    const oh = computeInsights(incidents, [], settings()).load.outside_hours;
    assert.deepEqual([oh.outside, oh.entries], [4, 6]);
    assert.deepEqual(oh.ids, ['2026-12-17-c', '2026-12-18-a', '2026-12-19-b']);
  });

  it('reads every incident in working_hours.timezone when it names one', () => {
    // 08:30 in Berlin is 07:30 UTC, 16:30 in Tokyo: inside only by Tokyo's clock.
    const incidents = [berlin('2026-12-18-a', '2026-12-18T08:30:00+01:00')];
    assert.equal(computeInsights(incidents, [], settings()).load.outside_hours.outside, 1);
    assert.equal(computeInsights(incidents, [], settings({ timezone: 'Asia/Tokyo' })).load.outside_hours.outside, 0);
  });

  it('is exact across a DST change inside one incident', () => {
    // Berlin moves from +02:00 to +01:00 at 03:00 on 2026-10-25 (a Sunday): 2026-10-23T06:30:00Z is
    // 08:30 on Friday (+02:00), 2026-10-26T07:30:00Z 08:30 on Monday (+01:00): both outside. With
    // Friday's offset for both, Monday's would read 09:30, inside.
    const incidents = [berlin('2026-10-23-a', '2026-10-23T06:30:00Z', '2026-10-26T07:30:00Z')];
    const oh = computeInsights(incidents, [], settings()).load.outside_hours;
    assert.deepEqual(oh.by_month.map((g) => [g.group, g.outside, g.entries]), [['2026-10', 2, 2]]);
  });
});

describe('insights: local clock', () => {
  it('gives the date, time and weekday Date gives, over centuries, leap days and year ends', () => {
    const instants = ['1900-02-28T23:59:00Z', '1900-03-01T00:00:00Z', '1969-12-31T23:59:00Z', '1970-01-01T00:00:00Z',
      '2000-02-29T12:00:00Z', '2024-12-31T23:59:00Z', '2100-03-01T00:01:00Z'];
    for (let ms = Date.parse('1890-01-01T00:00:00Z'); ms < Date.parse('2110-01-01T00:00:00Z'); ms += 86_400_000 * 37 + 3_600_000 * 5 + 60_000 * 7) {
      instants.push(new Date(ms).toISOString().replace('.000Z', 'Z'));
    }
    const incidents = instants.map((at, k) => insightIncident({ id: `i${k}`, timezone: 'UTC', timeline: [{ at, kind: 'note' }] }, `i${k}`));
    const local = new LocalTimes(incidents, () => 'UTC');
    for (const [k, incident] of incidents.entries()) {
      const ms = incident.entries[0]!.ms;
      const d = new Date(ms);
      const w = local.wall(incident, ms);
      assert.deepEqual([w.year, w.month, w.day, w.hour, w.minute, w.weekday],
        [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCDay()], instants[k]);
    }
  });
});

describe('insights: local clock across two offset changes', () => {
  it("reads each entry in its own offset when summer time lasted under a week (America/Recife, 2000-10-08 to 10-15)", () => {
    // First and last entry both at -03:00, 6 days 23 hours apart; the middle one at -02:00 (summer time).
    const ats = ['2000-10-08T02:59:00Z', '2000-10-11T12:00:00Z', '2000-10-15T02:01:00Z'];
    const incident = insightIncident({ id: 'r', timezone: 'America/Recife', timeline: ats.map((at) => ({ at, kind: 'note' })) }, 'r');
    const local = new LocalTimes([incident], () => 'America/Recife');
    const format = new Intl.DateTimeFormat('en-US', { timeZone: 'America/Recife', hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric' });
    for (const entry of incident.entries) {
      const parts = Object.fromEntries(format.formatToParts(entry.ms).map((p) => [p.type, Number(p.value)]));
      const w = local.wall(incident, entry.ms);
      assert.deepEqual([w.year, w.month, w.day, w.hour, w.minute], [parts.year, parts.month, parts.day, parts.hour, parts.minute], new Date(entry.ms).toISOString());
    }
    assert.equal(local.wall(incident, Date.parse(ats[1]!)).hour, 10, 'summer time, -02:00');
  });
});

describe('insights: id lists', () => {
  it('sorts and drops repeats, in order or not', () => {
    assert.deepEqual(idList(['a', 'a', 'b']), ['a', 'b']);
    assert.deepEqual(idList(['b', 'a', 'b']), ['a', 'b']);
    assert.deepEqual(idList([]), []);
  });
});

describe('insights: JSON', () => {
  it('reads back as JSON.stringify gives it, with lists of plain values on one line', () => {
    const value = { ids: ['a', 'b'], n: 2, none: null, skip: undefined, rows: [{ g: 'x"y', ids: [] }, {}], nested: [[1], [2]], text: 'line\nbreak' };
    const text = insightsJson(value);
    assert.deepEqual(JSON.parse(text), JSON.parse(JSON.stringify(value)));
    assert.match(text, /^ {2}"ids": \["a", "b"\],$/m);
    assert.ok(text.endsWith('}\n'));
  });
});

describe('insights: no incident in the window', () => {
  it('gives every response figure for the whole window with n 0 (the review asks for the last 90 days of a quiet repository)', () => {
    const insights = computeInsights([], [], settings());
    const all = insights.response.filter((f) => f.group === 'all');
    assert.ok(all.length > 0);
    for (const f of all) assert.deepEqual([f.n, f.p50_ms, f.p90_ms, f.ids], [0, null, null, []]);
  });
});

describe('config: working_hours', () => {
  it('defaults to 09:00-18:00 Monday to Friday, and the template keeps the defaults', () => {
    assert.deepEqual(DEFAULT_CONFIG.working_hours, { start: '09:00', end: '18:00', days: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'] });
    assert.match(configTemplate(), /^# working_hours:\n#   start: "09:00"\n#   end: "18:00"\n#   days:\n#     - Mon$/m);
    // The commented example, uncommented, is a valid setting.
    const lines = configTemplate().split('\n');
    const from = lines.indexOf('# working_hours:');
    const to = lines.findIndex((l, i) => i > from && !l.startsWith('#   '));
    const example = lines.slice(from, to).map((l) => l.slice(2)).join('\n');
    assert.deepEqual(resolveConfig(parse(example)).working_hours, { ...DEFAULT_CONFIG.working_hours, timezone: 'Europe/Berlin' });
  });

  it('takes each key on its own', () => {
    assert.deepEqual(resolveConfig({ working_hours: { start: '08:00' } }).working_hours, { ...DEFAULT_CONFIG.working_hours, start: '08:00' });
    assert.deepEqual(resolveConfig({ working_hours: { days: ['Sat', 'Sun'], end: '24:00' } }).working_hours,
      { start: '09:00', end: '24:00', days: ['Sat', 'Sun'] });
  });

  for (const [value, message] of [
    [{ start: 9 }, /working_hours\.start`, expected a time of day as "HH:MM"/],
    [{ start: '9:00' }, /working_hours\.start`/],
    [{ end: '25:00' }, /working_hours\.end`/],
    [{ start: '18:00', end: '09:00' }, /a start before the end, not 18:00 to 09:00/],
    [{ days: ['Monday'] }, /working_hours\.days`, expected a list of days among Sun, Mon, Tue, Wed, Thu, Fri, Sat/],
    [{ days: [] }, /working_hours\.days`/],
    [{ timezone: 'PST' }, /working_hours\.timezone`, expected an IANA time zone name/],
    [{ hours: 8 }, /not "hours"/],
    ['09:00-18:00', /expected a map with start, end, days and timezone/],
  ] as const) {
    it(`refuses ${JSON.stringify(value)}`, () => {
      assert.throws(() => resolveConfig({ working_hours: value }), (e: unknown) => e instanceof DocumentError && message.test(e.message));
    });
  }
});
