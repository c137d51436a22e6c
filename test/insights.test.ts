// `incident insights` on the fixture corpus (test/fixtures/insights/generate.mjs: 40 incidents over
// 2026, 4 drills), through the built CLI. Every expected figure is worked out below by hand from
// the generator's rules (restated here), not by the code under test. Then the three outputs as
// golden files; after an intended change, approve them with
//   UPDATE_GOLDEN=1 node --import tsx --import ./test/helpers/text-loader.mjs --test test/insights.test.ts
// and review the diff of test/golden/insights/ like any other change.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { makeRepo, ROOT, type TestRepo } from './helpers/repo.ts';

const FIXTURE = path.join(ROOT, 'test', 'fixtures', 'insights');
const GOLDEN = path.join(ROOT, 'test', 'golden', 'insights');
const env = { CASEFILE_NOW: '2026-12-20T12:00:00Z' }; // "today" is 2026-12-20 (UTC)
const MIN = 60_000;

/** Incident k's id, by the generator's rule: month ((k-1) mod 12)+1, day 02/09/16/23 by quarter of k. */
const K = (k: number) => `2026-${String(((k - 1) % 12) + 1).padStart(2, '0')}-${['02', '09', '16', '23'][Math.floor((k - 1) / 12)]}-incident-${String(k).padStart(2, '0')}`;
const ids = (...ks: number[]) => ks.map(K).sort();
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const ALL = range(1, 40);

let repo: TestRepo;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
let j: any;

before(() => {
  repo = makeRepo();
  fs.cpSync(FIXTURE, repo.dir, { recursive: true, filter: (src) => !src.endsWith('generate.mjs') });
  const r = repo.run(['insights', '--json'], { env });
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stderr, '');
  j = JSON.parse(r.stdout);
});
after(() => repo?.cleanup());

const figure = (metric: string, group = 'all') => j.response.find((f: { metric: string; group: string }) => f.metric === metric && f.group === group);

describe('incident insights: counts', () => {
  it('counts incidents per month, quarter, severity and service, drills apart', () => {
    // Months: k, k+12, k+24 (and k+36 for months 1-4): Jan-Apr 4 each, May-Dec 3 each; 4*4 + 8*3 = 40.
    assert.equal(j.counts.total, 40);
    assert.deepEqual(j.counts.by_month.map((g: { n: number }) => g.n), [4, 4, 4, 4, 3, 3, 3, 3, 3, 3, 3, 3]);
    assert.deepEqual(j.counts.by_month[0].ids, ids(1, 13, 25, 37));
    // Q1 = 4+4+4 = 12, Q2 = 4+3+3 = 10, Q3 = 3*3 = 9, Q4 = 9.
    assert.deepEqual(j.counts.by_quarter.map((g: { group: string; n: number }) => [g.group, g.n]), [['2026-Q1', 12], ['2026-Q2', 10], ['2026-Q3', 9], ['2026-Q4', 9]]);
    // SEV-n for k in 10(n-1)+1 .. 10n: 10 each, in the config's order.
    assert.deepEqual(j.counts.by_severity.map((g: { group: string; n: number }) => [g.group, g.n]), [['SEV-1', 10], ['SEV-2', 10], ['SEV-3', 10], ['SEV-4', 10]]);
    // checkout: k mod 5 in {0, 1}: 8 + 8 = 16; search: k mod 5 in {2, 4}: 16; auth: k mod 5 = 3: 8;
    // payments: k mod 5 = 0 but not 40: 5, 10, ..., 35 = 7; ledger: 40 only.
    assert.deepEqual(j.counts.by_service.map((g: { group: string; n: number }) => [g.group, g.n]),
      [['auth', 8], ['checkout', 16], ['ledger', 1], ['payments', 7], ['search', 16]]);
    assert.deepEqual(j.counts.by_service[3].ids, ids(5, 10, 15, 20, 25, 30, 35));
  });

  it('counts drills apart and never in any figure', () => {
    const drills = ['2026-02-20-drill-1', '2026-05-20-drill-2', '2026-08-20-drill-3', '2026-11-20-drill-4'];
    assert.deepEqual(j.drills, { n: 4, ids: drills });
    // No drill id anywhere else (their action item, owner zed and commander Zed neither).
    const rest = JSON.stringify({ ...j, drills: undefined });
    for (const id of drills) assert.ok(!rest.includes(id), `${id} counted in a figure`);
    assert.ok(!rest.includes('"zed"') && !rest.includes('"Zed"'));
  });
});

describe('incident insights: response (nearest-rank percentiles)', () => {
  it('time to detect: k minutes, without data for 7, 14 (no detected) and 35 (no milestones)', () => {
    // Values: k in 1..40 without 7, 14, 35: n = 37. Sorted: 1-6 (ranks 1-6), 8-13 (7-12), 15-34 (13-32), 36-40 (33-37).
    // p50: rank ceil(0.5 * 37) = 19 -> 13 + 6 -> k = 21. p90: rank ceil(0.9 * 37) = ceil(33.3) = 34 -> k = 37. max 40.
    // mean: (820 - 7 - 14 - 35) / 37 = 764 / 37 min = 1238918.9 ms -> 1238919.
    const f = figure('time_to_detect');
    assert.deepEqual([f.n, f.p50_ms, f.p90_ms, f.max_ms, f.mean_ms], [37, 21 * MIN, 37 * MIN, 40 * MIN, 1238919]);
    assert.deepEqual(f.without_data, { n: 3, ids: ids(7, 14, 35) });
    // started is approx for k 3, 9, 27: their detect figure is flagged, and counted.
    assert.deepEqual(f.approx, { n: 3, ids: ids(3, 9, 27) });
    assert.deepEqual(f.ids, ids(...ALL.filter((k) => ![7, 14, 35].includes(k))));
  });

  it('time to acknowledge and to declare: 2 and 5 minutes wherever detected', () => {
    for (const [metric, m] of [['time_to_acknowledge', 2], ['time_to_declare', 5]] as const) {
      const f = figure(metric);
      assert.deepEqual([f.n, f.p50_ms, f.p90_ms, f.max_ms, f.mean_ms, f.approx.n], [37, m * MIN, m * MIN, m * MIN, m * MIN, 0]);
    }
  });

  it('time to mitigate uses the last mitigation of a reopened incident', () => {
    // 10k minutes; k 5 and 30 reopened: 20k + 90 = 190 and 690; no figure for 21, 28 (open), 35: n = 37.
    // Sorted: 10..40 (k 1-4, ranks 1-4), 60..180 (k 6-18, ranks 5-17), 190 (k 5) and 190 (k 19): ranks 18, 19.
    // p50 rank 19 = 190 min = 3h10m. Then 200 (20), 220-270 (k 22-27: 21-26), 290 (27), 310-340 (28-31),
    // 360-400 (k 36-40: 32-36), 690 (37). p90 rank 34 = 380 min (k 38). max 690 min.
    // mean: 10 * (820 - 5 - 30 - 21 - 28 - 35) + 190 + 690 = 7010 + 880 = 7890 / 37 min = 12794594.6 ms -> 12794595.
    const f = figure('time_to_mitigate');
    assert.deepEqual([f.n, f.p50_ms, f.p90_ms, f.max_ms, f.mean_ms], [37, 190 * MIN, 380 * MIN, 690 * MIN, 12794595]);
    assert.deepEqual(f.without_data.ids, ids(21, 28, 35));
  });

  it('impact duration and time to resolve', () => {
    // Impact: 20k - 10, reopened 20k + 100 (200, 700). Sorted: 10, 30, 50, 70 (1-4); 110-190 (k 6-10: 5-9);
    // 200 (k 5): 10; 210 (k 11): 11; 230-370 (k 12-20: 12-20). p50 rank 19 = 370 (k 19).
    // ... 670 (k 34) rank 31, 700 (k 30) 32, 710 (k 36) 33, 730 (k 37) 34: p90 = 730. max 790 (k 40).
    // mean: 20 * 701 - 10 * 35 + 200 + 700 = 14020 - 350 + 900 = 14570 / 37 min = 23627027.0 ms.
    const impact = figure('impact_duration');
    assert.deepEqual([impact.n, impact.p50_ms, impact.p90_ms, impact.max_ms, impact.mean_ms], [37, 370 * MIN, 730 * MIN, 790 * MIN, 23627027]);
    // Resolve: 20k, reopened 20k + 120 (220, 720). 220 ties k 11 (ranks 10, 11); p50 rank 19 = 380 (k 19).
    // 720 ties k 36 (ranks 32, 33); 740 (k 37) rank 34: p90 = 740. max 800.
    // mean: 14020 + 220 + 720 = 14960 / 37 min = 24259459.5 ms -> 24259459 (Math.round of .459...).
    const resolve = figure('time_to_resolve');
    assert.deepEqual([resolve.n, resolve.p50_ms, resolve.p90_ms, resolve.max_ms, resolve.mean_ms], [37, 380 * MIN, 740 * MIN, 800 * MIN, 24259459]);
    assert.deepEqual(resolve.approx.ids, ids(3, 9, 27));
  });

  it('groups by month: February is k 2, 14, 26, 38', () => {
    // Detect: 14 has no detected: n 3 of 2, 26, 38; p50 rank 2 = 26; p90 rank ceil(2.7) = 3 = 38;
    // mean (2 + 26 + 38) / 3 = 22 min.
    const f = figure('time_to_detect', '2026-02');
    assert.deepEqual([f.n, f.p50_ms, f.p90_ms, f.max_ms, f.mean_ms], [3, 26 * MIN, 38 * MIN, 38 * MIN, 22 * MIN]);
    assert.deepEqual(f.without_data.ids, [K(14)]);
    // Every metric has an "all" row and one per month: 6 * 13.
    assert.equal(j.response.length, 6 * 13);
  });
});

describe('incident insights: follow-through', () => {
  // Items on k = 3, 6, ..., 39 (13 incidents) and 22: 14 incidents, 28 items. Created on the local
  // date of the last resolution (the incident date for 21, still open). Today 2026-12-20.
  it('created and completed per month', () => {
    // Mar: k 3, 15, 27, 39 (8 items, AI-1 done: 4); Jun: 6, 18, 30 (6, 3); Sep: 9, 21, 33 (6; AI-1 x 3 and
    // 33's AI-2: 4); Oct: 22 (2, 1); Dec: 12, 24, 36 (6, 3).
    assert.equal(j.follow_through.items, 28);
    assert.deepEqual(j.follow_through.per_month.map((m: { group: string; created: number; completed: number }) => [m.group, m.created, m.completed]),
      [['2026-03', 8, 4], ['2026-06', 6, 3], ['2026-09', 6, 4], ['2026-10', 2, 1], ['2026-12', 6, 3]]);
  });

  it('open items by age, overdue by owner', () => {
    // Open or in-progress AI-2: k 3, 6, 9, 15, 18, 21, 22, 24, 27, 30, 36, 39 (12; 12 wont-do, 33 done).
    // Ages to 2026-12-20: 36 (Dec 16, resolved 22:00 UTC the same day): 4 days; 24 (Dec 9): 11 -> 0-30.
    // 22 (Oct 9, New York, resolved 17:20 local): 22 + 30 + 20 = 72 days -> 31-90. The other 9 -> over 90.
    const age = j.follow_through.open_by_age;
    assert.deepEqual(age.map((g: { group: string; n: number }) => [g.group, g.n]), [['0-30 days', 2], ['31-90 days', 1], ['over 90 days', 9]]);
    assert.deepEqual(age[0].items, [`${K(24)}/AI-2`, `${K(36)}/AI-2`]);
    // Overdue: due 2026-MM-28 before today: not 24 (Dec 28) nor 36 (2027-02-01).
    // dana (k even): 6, 18, 22, 30 = 4; erik (k odd): 3, 9, 15, 21, 27, 39 = 6 (39 is in-progress: still open).
    const overdue = j.follow_through.overdue_by_owner;
    assert.deepEqual(overdue.map((g: { group: string; n: number }) => [g.group, g.n]), [['dana', 4], ['erik', 6]]);
    assert.deepEqual(overdue[0].ids, ids(6, 18, 22, 30));
  });

  it('completion by severity (wont-do left out) and issue links', () => {
    // SEV-1: k 3, 6, 9: 3 done of 6. SEV-2: 12, 15, 18: 6 items less 12's wont-do = 5, 3 done.
    // SEV-3: 21, 22, 24, 27, 30: 5 of 10. SEV-4: 33, 36, 39: AI-1 x 3 + 33's AI-2 = 4 of 6 = 0.6667.
    assert.deepEqual(j.follow_through.completion_by_severity.map((g: { group: string; done: number; counted: number; rate: number }) => [g.group, g.done, g.counted, g.rate]),
      [['SEV-1', 3, 6, 0.5], ['SEV-2', 3, 5, 0.6], ['SEV-3', 5, 10, 0.5], ['SEV-4', 4, 6, 0.6667]]);
    // Linked: every AI-1 (14) and 33's AI-2: 15 of 28 = 0.535714 -> 0.5357.
    const linked = j.follow_through.linked_to_issue;
    assert.deepEqual([linked.linked, linked.items, linked.share], [15, 28, 0.5357]);
  });
});

describe('incident insights: post-mortems', () => {
  // Reviewed (approved) 2 days after resolution for k mod 4 = 1, 20 days after for k mod 4 = 2; 19 is
  // published without review steps (without data); 21, 28 unresolved and 35 (no milestones) not counted.
  // Deadlines: SEV-1 3 days, SEV-2 5 business days (7+ calendar days), others 10 business days (14+):
  // +2 days is always within, +20 always late.
  it('share reviewed within the deadline per severity', () => {
    // SEV-1 (1-10): within 1, 5, 9; late 2, 6, 10; never 3, 4, 7, 8 (deadlines long past): 3 of 10.
    // SEV-2 (11-20): within 13, 17; late 14, 18; never 11, 12, 15, 16, 20; 19 without data: 2 of 9.
    // SEV-3 (21-30): within 25, 29; late 22, 26, 30; never 23, 27; 24 (Dec 9 + 10 business days =
    // Dec 23, not yet passed) pending: 2 of 7. SEV-4 (31-40): within 33, 37; late 34, 38; never 31, 32,
    // 39, 40; 36 (Dec 16 + 10 business days = Dec 30) pending: 2 of 8.
    const rows = j.postmortems.within_deadline.map((g: { group: string; within: number; counted: number; pending: { n: number }; without_data: { n: number } }) =>
      [g.group, g.within, g.counted, g.pending.n, g.without_data.n]);
    assert.deepEqual(rows, [['SEV-1', 3, 10, 0, 0], ['SEV-2', 2, 9, 0, 1], ['SEV-3', 2, 7, 1, 0], ['SEV-4', 2, 8, 1, 0]]);
    assert.deepEqual(j.postmortems.within_deadline[0].within_ids, ids(1, 5, 9));
    assert.deepEqual(j.postmortems.within_deadline[2].pending.ids, [K(24)]);
    assert.equal(j.postmortems.within_deadline[1].share, 0.2222); // 2 / 9
  });

  it('days from resolution to published, and the overdue list', () => {
    // Published 3 days after resolution for 9 incidents (1, 5, 9, 13, 17, 25, 29, 33, 37), 21 days
    // for 9 (2, 6, 10, 14, 18, 22, 26, 30, 34) and 40 days for 38: n 19. Sorted: 3 x 9, 21 x 9, 40.
    // p50 rank ceil(9.5) = 10 -> 21; p90 rank ceil(17.1) = 18 -> 21; max 40.
    const p = j.postmortems.to_published;
    assert.deepEqual([p.n, p.p50_days, p.p90_days, p.max_days], [19, 21, 21, 40]);
    // Overdue: never reviewed, deadline passed: 3, 4, 7, 8, 11, 12, 15, 16, 20, 23, 27, 31, 32, 39, 40.
    const overdue = j.postmortems.overdue;
    assert.deepEqual(overdue.map((o: { id: string }) => o.id).sort(), ids(3, 4, 7, 8, 11, 12, 15, 16, 20, 23, 27, 31, 32, 39, 40));
    // 12: SEV-2 resolved Wed 2026-12-02; 5 business days: Dec 3, 4, 7, 8, 9 -> due Dec 9, 11 days ago.
    assert.deepEqual(overdue.at(-1), { id: K(12), severity: 'SEV-2', due: '2026-12-09', days_overdue: 11, status: 'draft', owner: 'Ana' });
    // 3: SEV-1 resolved 2026-03-02 (Tokyo, 16:00 local): due Mar 5; Mar 5 -> Dec 20 = 26 + 30 + 31 + 30 + 31 + 31 + 30 + 31 + 30 + 20 = 290.
    assert.deepEqual(overdue[0], { id: K(3), severity: 'SEV-1', due: '2026-03-05', days_overdue: 290, status: 'draft', owner: 'Ana' });
  });
});

describe('incident insights: load and repeats', () => {
  it('timeline entries outside working hours (08:00-20:00 every day, each incident in its own zone)', () => {
    // Entries: 33 plain incidents x 8, reopened 5 and 30 x 12, open 21 and 28 x 5, 7 and 14 x 5, 35 x 2:
    // 264 + 24 + 10 + 10 + 2 = 310.
    // Starting 10:00 (k mod 5 != 0): only recovered (20k - 10) and resolved (20k) can pass 20:00 (600 min
    // after 10:00): k >= 31: 31, 32, 33, 34, 36, 37, 38, 39 -> 2 x 8 = 16.
    // Starting 22:00: outside until x = 600 (08:00). k 5: all 12 (last at 220); 10, 15, 20, 25: all 8
    // (last at 500); 30: 7 (resolved at 600 = 08:00 is inside, and all after); 35: 2; 40: 6 (790, 800
    // inside). 12 + 32 + 7 + 2 + 6 = 59. Total 75 of 310 = 0.241935 -> 0.2419.
    const oh = j.load.outside_hours;
    assert.deepEqual([oh.outside, oh.entries, oh.share], [75, 310, 0.2419]);
    // CSV quoting depends on this name: O'Neil, "Dee" wrote 35's second note (at 22:41, outside).
    assert.deepEqual(oh.by_person.find((g: { group: string }) => g.group === 'O\'Neil, "Dee"'), { group: 'O\'Neil, "Dee"', entries: 1, outside: 1, share: 1, ids: [K(35)] });
  });

  it('incidents per person and role per month', () => {
    // January: k 1 (Ana), 13 (Ben), 25 (Chloe), 37 (Ana); scribe Sam for k <= 20: 1, 13.
    const jan = j.load.roles.filter((r: { month: string }) => r.month === '2026-01').map((r: { person: string; role: string; n: number }) => [r.person, r.role, r.n]);
    assert.deepEqual(jan, [['Ana', 'incident_commander', 2], ['Ben', 'incident_commander', 1], ['Chloe', 'incident_commander', 1], ['Sam', 'scribe', 2]]);
  });

  it('repeats: services with more than one incident; no tags recorded', () => {
    // ledger (only 40) is not a repeat. Most incidents first.
    assert.deepEqual(j.repeats.services.map((g: { group: string; n: number }) => [g.group, g.n]), [['checkout', 16], ['search', 16], ['auth', 8], ['payments', 7]]);
    assert.deepEqual(j.repeats.tags, []);
    assert.match(j.repeats.note, /no incident records tags/);
  });

  it('states each definition with a version', () => {
    assert.equal(j.version, 1);
    assert.equal(j.definitions.version, 1);
    assert.match(j.definitions.percentiles, /nearest-rank/);
    assert.deepEqual(Object.keys(j.definitions.response), ['time_to_detect', 'time_to_acknowledge', 'time_to_declare', 'time_to_mitigate', 'impact_duration', 'time_to_resolve']);
    assert.match(j.definitions.response.impact_duration.to, /^recovered .*else resolved$/);
  });
});

describe('incident insights: filters and grouping', () => {
  const run = (...args: string[]) => {
    const r = repo.run(['insights', '--json', ...args], { env });
    assert.equal(r.code, 0, r.stderr);
    return JSON.parse(r.stdout);
  };
  it('--since, --until (dates and ages), --severity, --service, --kind, --include-drills, --by', () => {
    // October and November: k 10, 22, 34 and 11, 23, 35 (and drill 4, counted apart).
    const autumn = run('--since', '2026-10-01', '--until', '2026-11-30');
    assert.deepEqual(autumn.counts.ids, ids(10, 11, 22, 23, 34, 35));
    assert.deepEqual(autumn.drills.ids, ['2026-11-20-drill-4']);
    // 30d before 2026-12-20 is 2026-11-20: December's 12, 24, 36 (and the drill of Nov 20).
    assert.deepEqual(run('--since', '30d').counts.ids, ids(12, 24, 36));
    assert.equal(run('--severity', 'SEV-1,SEV-2').counts.total, 20);
    // Typed in any case, as `severity` takes it; shown as the config spells it.
    const typed = run('--severity', 'sev-1,Sev-2');
    assert.deepEqual([typed.counts.total, typed.window.severity], [20, ['SEV-1', 'SEV-2']]);
    assert.deepEqual(run('--service', 'payments').counts.ids, ids(5, 10, 15, 20, 25, 30, 35));
    const drills = run('--kind', 'drill');
    assert.deepEqual([drills.counts.total, drills.drills.n], [4, 0]);
    // Drills: started 10:00, resolved 18:20 UTC: 500 min each.
    assert.equal(drills.response.find((f: { metric: string }) => f.metric === 'time_to_resolve').p50_ms, 500 * MIN);
    const withDrills = run('--include-drills');
    assert.equal(withDrills.counts.total, 40); // still apart
    assert.deepEqual(withDrills.drills.by_month.map((g: { group: string }) => g.group), ['2026-02', '2026-05', '2026-08', '2026-11']);
    // By severity: SEV-1 is k 1-10; detect n 9 (no 7): 1..10 less 7, p50 rank ceil(4.5) = 5 -> 5 min.
    const bySeverity = run('--by', 'severity');
    const sev1 = bySeverity.response.find((f: { metric: string; group: string }) => f.metric === 'time_to_detect' && f.group === 'SEV-1');
    assert.deepEqual([sev1.n, sev1.p50_ms], [9, 5 * MIN]);
    // By service: an incident counts under each of its services (40 under checkout and ledger).
    const byService = run('--by', 'service');
    assert.equal(byService.response.find((f: { metric: string; group: string }) => f.metric === 'time_to_resolve' && f.group === 'ledger').max_ms, 800 * MIN);
  });

  it('refuses what it cannot do, in one line, exit 2', () => {
    for (const [args, message] of [
      [['--by', 'week'], /Unexpected --by "week", expected one of month, quarter, severity, service/],
      [['--kind', 'test'], /Unexpected --kind "test", expected incident or drill/],
      [['--since', 'yesterday'], /Unexpected --since "yesterday"/],
      [['--since', '2026-13-01'], /Unexpected --since "2026-13-01", expected a day that exists: months are 1 to 12/],
      [['--severity', 'SEV-9'], /Unexpected --severity "SEV-9", expected one of SEV-1, SEV-2, SEV-3, SEV-4/],
      [['--since', '2026-12-01', '--until', '2026-01-01'], /Unexpected --until 2026-01-01 before --since 2026-12-01/],
      [['--json', '--csv'], /Unexpected --json with --csv/],
    ] as const) {
      const r = repo.run(['insights', ...args], { env });
      assert.equal(r.code, 2, `${args.join(' ')}: ${r.stderr}`);
      assert.match(r.stderr, message);
      assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
    }
  });
});

describe('incident insights: outputs', () => {
  const golden = (name: string, text: string) => {
    const file = path.join(GOLDEN, name);
    if (process.env.UPDATE_GOLDEN === '1') {
      fs.mkdirSync(GOLDEN, { recursive: true });
      fs.writeFileSync(file, text);
    }
    assert.ok(fs.existsSync(file), `no ${file}: run with UPDATE_GOLDEN=1 to create it`);
    assert.equal(text, fs.readFileSync(file, 'utf8'), `${name} differs: if the change is intended, run with UPDATE_GOLDEN=1`);
  };

  it('terminal, --json and --csv match their golden files, byte for byte, run after run', () => {
    for (const [name, args] of [['insights.txt', []], ['insights.json', ['--json']], ['insights.csv', ['--csv']]] as const) {
      const a = repo.run(['insights', ...args], { env });
      const b = repo.run(['insights', ...args], { env });
      assert.equal(a.code, 0, a.stderr);
      assert.equal(a.stdout, b.stdout, `${name}: two runs differ`);
      golden(name, a.stdout);
    }
  });

  it('the CSV is RFC 4180: CRLF rows, the same number of fields, quotes doubled inside quoted fields', () => {
    const csv = fs.readFileSync(path.join(GOLDEN, 'insights.csv'), 'utf8');
    const rows = parseCsv(csv);
    assert.deepEqual(rows[0], ['section', 'figure', 'group', 'n', 'value', 'of', 'share', 'p50', 'mean', 'p90', 'max', 'unit', 'approx', 'without_data', 'ids']);
    for (const row of rows) assert.equal(row.length, 15, row.join('|'));
    const dee = rows.find((r) => r[2] === 'O\'Neil, "Dee"');
    assert.ok(dee, 'the quoted name reads back as written');
    assert.ok(csv.includes('"O\'Neil, ""Dee"""'));
    assert.ok(!/[^\r]\n/.test(csv), 'every line ends in CRLF');
    // One row per figure and group: time to resolve over all incidents, in seconds (380 min = 22800 s).
    const resolve = rows.find((r) => r[0] === 'response' && r[1] === 'time_to_resolve' && r[2] === 'all')!;
    assert.deepEqual([resolve[3], resolve[7], resolve[9], resolve[10], resolve[11]], ['37', '22800', '44400', '48000', 's']);
  });
});

/** RFC 4180 as a spreadsheet reads it: fields split on commas, quoted fields with "" for a quote. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field), rows.push(row), (row = []), (field = ''), i++;
    } else field += c;
  }
  assert.equal(field + row.join(''), '', 'the last row ends with CRLF');
  return rows;
}
