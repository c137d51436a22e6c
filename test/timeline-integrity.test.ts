// The one check of a timeline that validate reports and every write refuses (timeline-integrity.ts),
// the day a bare HH:MM takes for a milestone when back-filling, and metrics that are never negative.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addedProblems, fitsTimeline, timelineProblems } from '../src/core/timeline/timeline-integrity.ts';
import { computeMetrics } from '../src/core/metrics/metrics.ts';
import { isBackfilling } from '../src/core/timeline/backfill.ts';
import { resolveAt } from '../src/core/timeline/timeline.ts';
import { rule } from '../src/core/rules/timeline-order.ts';
import { validateText } from '../src/core/validate/engine.ts';
import { DEFAULT_CONFIG } from '../src/core/config/config.ts';
import type { TimelineEntry } from '../src/core/model/types.ts';

const NOW = Date.parse('2026-03-01T14:05:00Z');
const e = (kind: string, time: string): TimelineEntry => ({ at: `2026-03-01T${time}:00Z`, kind: kind as TimelineEntry['kind'], text: kind });
/** Entries from "kind@HH:MM" words. */
const tl = (spec: string) => spec.split(/\s+/).filter(Boolean).map((w) => e(w.split('@')[0]!, w.split('@')[1]!));

const CASES: { name: string; timeline: string; problems: string[] }[] = [
  { name: 'in order', timeline: 'started@10:00 detected@10:05 acknowledged@10:06 declared@10:10 mitigated@10:30 recovered@10:40 resolved@11:00', problems: [] },
  { name: 'equal times are in order', timeline: 'started@10:00 detected@10:00 acknowledged@10:00', problems: [] },
  { name: 'mitigated before anyone acknowledged (an automatic rollback)', timeline: 'started@10:00 detected@10:05 mitigated@10:06 acknowledged@10:20', problems: [] },
  { name: 'detected before started', timeline: 'started@10:00 detected@09:50', problems: ['order detected<started'] },
  { name: 'acknowledged before detected', timeline: 'detected@10:00 acknowledged@09:59', problems: ['order acknowledged<detected'] },
  { name: 'declared before detected', timeline: 'detected@10:00 declared@09:00', problems: ['order declared<detected'] },
  { name: 'mitigated before started', timeline: 'started@10:00 mitigated@09:00', problems: ['order mitigated<started'] },
  { name: 'resolved before recovered', timeline: 'started@10:00 recovered@11:00 resolved@10:30', problems: ['order resolved<recovered'] },
  { name: 'a missing milestone is skipped over', timeline: 'started@10:00 resolved@09:00', problems: ['order resolved<started'] },
  { name: 'one wrong time, one message', timeline: 'started@10:00 detected@10:05 acknowledged@10:06 mitigated@10:30 recovered@10:40 resolved@11:00 started@12:00', problems: ['twice started'] },
  { name: 'detected twice', timeline: 'started@10:00 detected@10:05 detected@10:07', problems: ['twice detected'] },
  { name: 'resolved twice without a reopen', timeline: 'started@10:00 resolved@11:00 resolved@12:00', problems: ['twice resolved'] },
  { name: 'resolved again after a reopen', timeline: 'started@10:00 mitigated@10:30 resolved@11:00 reopened@12:00 mitigated@12:30 recovered@12:40 resolved@13:00', problems: [] },
  { name: 'a second cycle in order against started, not the first cycle', timeline: 'started@10:00 resolved@11:00 reopened@11:30 recovered@12:00 resolved@11:45', problems: ['order resolved<recovered'] },
  { name: 'a resolution dated before the reopen is a second one in the first cycle', timeline: 'started@10:00 resolved@11:00 resolved@11:20 reopened@11:30', problems: ['twice resolved'] },
  { name: 'detected again after a reopen', timeline: 'started@10:00 detected@10:05 resolved@11:00 reopened@12:00 detected@12:01', problems: ['twice detected'] },
  { name: 'within a minute of skew', timeline: 'started@14:06', problems: [] },
  { name: 'in the future', timeline: 'started@10:00 note@14:06 note@14:07', problems: ['future note'] },
  { name: 'notes are in no order', timeline: 'note@12:00 started@10:00 finding@09:00 note@09:00', problems: [] },
];

/** "order b<a", "twice k", "future k": what a problem is about, for the table. */
const brief = (timeline: TimelineEntry[], p: ReturnType<typeof timelineProblems>[number]) => {
  if (p.type === 'order') {
    const [x, y] = [timeline[p.index]!, timeline[p.other!]!];
    const [later, earlier] = Date.parse(x.at) < Date.parse(y.at) ? [x, y] : [y, x];
    return `order ${later.kind}<${earlier.kind}`;
  }
  return `${p.type} ${timeline[p.index]!.kind}`;
};

for (const c of CASES) {
  test(`timeline problems: ${c.name}`, () => {
    const timeline = tl(c.timeline);
    assert.deepEqual(timelineProblems(timeline, NOW).map((p) => brief(timeline, p)), c.problems);
  });
}

test('messages name both entries: Unexpected X at <time> before Y at <time>, expected ...', () => {
  assert.deepEqual(timelineProblems(tl('started@10:00 detected@09:50'), NOW).map((p) => p.message), [
    'Unexpected detected at 2026-03-01T09:50:00Z before started at 2026-03-01T10:00:00Z, expected milestones in order: started, detected, acknowledged',
  ]);
  assert.deepEqual(timelineProblems(tl('detected@10:05 detected@10:07'), NOW).map((p) => p.message), [
    'Unexpected second detected at 2026-03-01T10:07:00Z, expected each milestone once (first at 2026-03-01T10:05:00Z)',
  ]);
});

test('entries that are not entries, or times that do not parse, are no crash', () => {
  const odd = [null, 'x', [], { kind: 'started' }, { kind: 'detected', at: 'yesterday' }, { kind: 'detected', at: 5 }, { at: '2026-03-01T10:00:00Z' }];
  assert.deepEqual(timelineProblems(odd, NOW).map((p) => p.type), ['twice']);
});

test('addedProblems: what a file already has does not count; a new one, or one more of the same, does', () => {
  const broken = tl('started@10:00 detected@09:50 note@10:10');
  assert.deepEqual(addedProblems(broken, [...broken, e('note', '10:20')], NOW), []);
  assert.deepEqual(addedProblems(broken, [...broken, e('mitigated', '09:00')], NOW).map((p) => p.type), ['order']);
  const twice = tl('detected@10:00 detected@10:00');
  assert.deepEqual(addedProblems(twice, [...twice, e('detected', '10:00')], NOW).map((p) => p.type), ['twice']);
  assert.deepEqual(addedProblems(broken, broken.slice(1), NOW), []); // fixing one is fine
});

test('fitsTimeline: only for milestones; in order, once, not in the future', () => {
  const timeline = tl('started@10:00 detected@10:05 resolved@11:00');
  assert.equal(fitsTimeline(timeline, 'note', NOW), undefined);
  const recovered = fitsTimeline(timeline, 'recovered', NOW)!;
  assert.equal(recovered(Date.parse('2026-03-01T10:30:00Z')), true);
  assert.equal(recovered(Date.parse('2026-03-01T09:30:00Z')), false); // before started
  assert.equal(recovered(Date.parse('2026-03-01T11:30:00Z')), false); // after resolved
  assert.equal(recovered(Date.parse('2026-03-01T15:00:00Z')), false); // in the future
  assert.equal(fitsTimeline(timeline, 'detected', NOW)!(Date.parse('2026-03-01T10:06:00Z')), false); // twice
});

// db2kafka in Los Angeles: started 14:50:26 on Jan 6, back-filled in 2026.
const LA = 'America/Los_Angeles';
const DB2KAFKA = [{ at: '2017-01-06T14:50:26-08:00', kind: 'started' }];
const at = (input: string, kind: string, timeline: { at: string; kind: string }[]) => {
  const latest = Math.max(...timeline.map((x) => Date.parse(x.at)));
  const fits = fitsTimeline(timeline, kind, NOW);
  return resolveAt(input, { now: NOW, timeZone: LA, latest, ...(fits ? { fits } : {}) }).at;
};

const DAYS: { name: string; timeline: { at: string; kind: string }[]; input: string; kind: string; expected: string | RegExp }[] = [
  {
    name: 'the nearest day does not fit (before started): the next one',
    timeline: [...DB2KAFKA, { at: '2017-01-06T15:30:00-08:00', kind: 'note' }], input: '14:00', kind: 'recovered', expected: '2017-01-07T14:00:00-08:00',
  },
  {
    name: 'both fit, the nearest within 6 hours of the last entry: the nearest',
    timeline: [...DB2KAFKA, { at: '2017-01-06T15:30:00-08:00', kind: 'note' }], input: '15:00', kind: 'detected', expected: '2017-01-06T15:00:00-08:00',
  },
  {
    name: 'both fit, neither near: ambiguous, both dates shown',
    timeline: [...DB2KAFKA, { at: '2017-01-07T00:05:00-08:00', kind: 'note' }], input: '17:00', kind: 'recovered',
    expected: /^Ambiguous time "17:00": 2017-01-06T17:00:00-08:00 or 2017-01-07T17:00:00-08:00 both fit; write the date, e.g. --at "2017-01-07 17:00"$/,
  },
  {
    name: 'a note keeps the nearest day (nothing orders it)',
    timeline: [...DB2KAFKA, { at: '2017-01-07T00:05:00-08:00', kind: 'note' }], input: '17:00', kind: 'note', expected: '2017-01-06T17:00:00-08:00',
  },
  {
    name: 'no day fits: the nearest (the write check names the problem)',
    timeline: [...DB2KAFKA, { at: '2017-01-06T15:30:00-08:00', kind: 'detected' }], input: '15:40', kind: 'detected', expected: '2017-01-06T15:40:00-08:00',
  },
];

for (const c of DAYS) {
  test(`bare HH:MM when back-filling: ${c.name}`, () => {
    if (typeof c.expected === 'string') assert.equal(at(c.input, c.kind, c.timeline), c.expected);
    else assert.throws(() => at(c.input, c.kind, c.timeline), (error: Error) => c.expected instanceof RegExp && c.expected.test(error.message));
  });
}

test('bare HH:MM on a live incident: unchanged (at 00:05, "23:53" is yesterday, even for a milestone)', () => {
  const now = Date.parse('2026-03-02T00:05:00+01:00');
  const timeline = [{ at: '2026-03-01T23:50:00+01:00', kind: 'started' }];
  const fits = fitsTimeline(timeline, 'detected', now)!;
  assert.equal(resolveAt('23:53', { now, timeZone: 'Europe/Berlin', latest: Date.parse(timeline[0]!.at), fits }).at, '2026-03-01T23:53:00+01:00');
});

const minutes = (timeline: TimelineEntry[]) => Object.fromEntries(computeMetrics(timeline).map((m) => [m.key, m.ms / 60_000]));

test('metrics are never negative: an out-of-order pair gives no figure', () => {
  // detected before started: no time to detect (nor impact, with recovered before started).
  const m = minutes(tl('started@10:00 detected@09:50 acknowledged@09:55 mitigated@10:30 recovered@09:40 resolved@11:00'));
  assert.deepEqual(m, { time_to_acknowledge: 5, time_to_mitigate: 30, time_to_resolve: 60 });
  for (const c of CASES) for (const metric of computeMetrics(tl(c.timeline))) assert.ok(metric.ms >= 0, `${c.name}: ${metric.key}`);
});

test('metrics use the last resolution of a reopened incident (and none while it is open again)', () => {
  const first = 'started@10:00 detected@10:05 mitigated@10:30 recovered@10:40 resolved@11:00 reopened@12:00';
  assert.deepEqual(minutes(tl(first)), { time_to_detect: 5 });
  assert.deepEqual(minutes(tl(`${first} mitigated@12:30 recovered@12:50 resolved@13:00`)), {
    time_to_detect: 5, time_to_mitigate: 150, impact_duration: 170, time_to_resolve: 180,
  });
});

test('isBackfilling: resolved or closed, or the last entry more than a day old', () => {
  const recent = [{ at: '2026-03-01T10:00:00Z' }];
  const old = [{ at: '2026-02-28T14:04:00Z' }];
  assert.equal(isBackfilling(recent, 'investigating', NOW), false);
  assert.equal(isBackfilling([], 'investigating', NOW), false);
  assert.equal(isBackfilling(old, 'investigating', NOW), true);
  assert.equal(isBackfilling(recent, 'resolved', NOW), true);
  assert.equal(isBackfilling(recent, 'closed', NOW), true);
});

test('validate reports what the write check finds, on hand-edited files', async () => {
  for (const c of CASES) {
    const timeline = tl(c.timeline);
    const text = `---\nid: 2026-03-01-x\ntitle: X\nkind: incident\nseverity: SEV-2\nstatus: investigating\ntimezone: UTC\ntimeline:\n${
      timeline.map((x) => `  - at: ${x.at}\n    kind: ${x.kind}\n    text: ${x.text}\n`).join('')}---\n`;
    const diagnostics = await validateText({ file: 'incidents/2026-03-01-x.md', text, config: DEFAULT_CONFIG, now: NOW, rules: [rule] });
    assert.deepEqual(diagnostics.map((d) => d.message).sort(), timelineProblems(timeline, NOW).map((p) => p.message).sort(), c.name);
  }
});

test('timelineProblems gives, problem for problem, what it gave when every entry went through its sort (generated timelines)', async () => {
  const fc = (await import('fast-check')).default;
  const { referenceTimelineProblems } = await import('./helpers/timeline-problems-reference.ts');
  const kinds = ['note', 'note', 'action', 'started', 'detected', 'acknowledged', 'declared', 'mitigated', 'recovered', 'resolved', 'reopened', 'finding', ''];
  const ats = [
    '2026-03-01T10:00Z', '2026-03-01T10:05Z', '2026-03-01T11:00+01:00', '2026-03-01T09:59:59Z', '2026-03-01T10:00:00.5Z',
    '2026-03-02T10:00Z', '2026-12-31T23:59Z', '2027-01-01T00:00Z', 'not a time', '2026-03-01', '',
  ];
  const now = Date.parse('2026-06-01T00:00Z');
  const entry = fc.oneof(
    { weight: 12, arbitrary: fc.record({ at: fc.constantFrom(...ats), kind: fc.constantFrom(...kinds), text: fc.constant('x') }) },
    { weight: 1, arbitrary: fc.constantFrom<unknown>(null, 'a string', 5, [], { at: 5, kind: 'started' }, { at: '2027-01-01T00:00Z' }, { at: '2027-01-01T00:00Z', kind: 7 }, { kind: 'resolved' }) },
  );
  let problems = 0;
  for (const timeline of fc.sample(fc.array(entry, { maxLength: 14 }), { numRuns: 20_000, seed: 20261205 })) {
    for (const at of [now, undefined]) {
      const expected = referenceTimelineProblems(timeline, at);
      assert.deepEqual(timelineProblems(timeline, at), expected, JSON.stringify(timeline));
      problems += expected.length;
    }
  }
  assert.ok(problems > 10_000, `only ${problems} problems in the generated timelines`);
});
