import { test } from 'node:test';
import assert from 'node:assert/strict';
import { computeMetrics, milestones } from '../src/core/metrics/metrics.ts';
import { formatDuration } from '../src/core/time/duration.ts';
import type { TimelineEntry } from '../src/core/model/types.ts';

const MIN = 60_000;

// Seed 003: the real incident, all times UTC.
const SEED_003: TimelineEntry[] = [
  { at: '2017-01-06T22:50:26Z', kind: 'started', text: 'First OOM kill of db2kafka' },
  { at: '2017-01-06T22:57:00Z', kind: 'detected', text: 'First page' },
  { at: '2017-01-06T22:57:00Z', kind: 'acknowledged', text: 'Page acknowledged' },
  { at: '2017-01-06T23:20:00Z', kind: 'declared', text: 'SEV-2 triggered' },
  { at: '2017-01-06T23:53:00Z', kind: 'mitigated', text: 'db2kafka started with 2 GB' },
  { at: '2017-01-07T00:05:00Z', kind: 'recovered', text: 'Backlog cleared' },
  { at: '2017-01-07T00:11:00Z', kind: 'resolved', text: 'Resolved' },
];

const byKey = (timeline: TimelineEntry[]) => Object.fromEntries(computeMetrics(timeline).map((m) => [m.key, m]));

test('seed 003: time to detect 6m34s, to acknowledge 0s, to declare 23m', () => {
  const m = byKey(SEED_003);
  assert.equal(m.time_to_detect!.ms, 6 * MIN + 34_000);
  assert.equal(formatDuration(m.time_to_detect!.ms), '6m34s');
  assert.equal(m.time_to_acknowledge!.ms, 0);
  assert.equal(formatDuration(m.time_to_acknowledge!.ms), '0s');
  assert.equal(m.time_to_declare!.ms, 23 * MIN);
  assert.equal(formatDuration(m.time_to_declare!.ms), '23m');
  assert.equal(m.time_to_mitigate!.ms, 62 * MIN + 34_000);
  assert.equal(m.impact_duration!.ms, 74 * MIN + 34_000);
  assert.equal(m.impact_duration!.to, 'recovered');
  assert.equal(m.time_to_resolve!.ms, 80 * MIN + 34_000);
});

test('seed 003: all six metrics, in order, with labels and milestones', () => {
  assert.deepEqual(
    computeMetrics(SEED_003).map((m) => [m.key, m.label, m.from, m.to]),
    [
      ['time_to_detect', 'Time to detect', 'started', 'detected'],
      ['time_to_acknowledge', 'Time to acknowledge', 'detected', 'acknowledged'],
      ['time_to_declare', 'Time to declare', 'detected', 'declared'],
      ['time_to_mitigate', 'Time to mitigate', 'started', 'mitigated'],
      ['impact_duration', 'Impact duration', 'started', 'recovered'],
      ['time_to_resolve', 'Time to resolve', 'started', 'resolved'],
    ],
  );
});

test('seed 003 in other offsets gives the same figures', () => {
  const shifted = SEED_003.map((e) => ({ ...e, at: e.at === '2017-01-06T22:57:00Z' ? '2017-01-06T14:57:00-08:00' : e.at }));
  assert.equal(byKey(shifted).time_to_detect!.ms, 6 * MIN + 34_000);
});

test('missing milestones give no figure', () => {
  const noStart = SEED_003.filter((e) => e.kind !== 'started');
  assert.deepEqual(computeMetrics(noStart).map((m) => m.key), ['time_to_acknowledge', 'time_to_declare']);
  const noDetect = SEED_003.filter((e) => e.kind !== 'detected');
  assert.deepEqual(computeMetrics(noDetect).map((m) => m.key), ['time_to_mitigate', 'impact_duration', 'time_to_resolve']);
  assert.deepEqual(computeMetrics([]), []);
  assert.deepEqual(computeMetrics([{ at: '2017-01-06T22:50:26Z', kind: 'note', text: 'detected it' }]), []);
});

test('impact duration falls back to resolved when there is no recovered', () => {
  const m = byKey(SEED_003.filter((e) => e.kind !== 'recovered'));
  assert.equal(m.impact_duration!.to, 'resolved');
  assert.equal(m.impact_duration!.ms, 80 * MIN + 34_000);
});

test('milestones: the earliest entry of each kind counts, unparseable times do not', () => {
  const timeline: TimelineEntry[] = [
    { at: '2017-01-06T23:10:00Z', kind: 'detected', text: 'second alert, written first' },
    { at: '2017-01-06T22:57:00Z', kind: 'detected', text: 'first page' },
    { at: 'late evening', kind: 'started', text: 'unknown' },
    { at: '2017-01-06T22:50:26Z', kind: 'note', text: 'not a milestone' },
  ];
  assert.deepEqual(milestones(timeline), { detected: Date.parse('2017-01-06T22:57:00Z') });
});

test('approx: a figure is approximate when the entry at either end is', () => {
  const estimated = (kind: string) => SEED_003.map((e) => (e.kind === kind ? { ...e, approx: true } : e));
  const approxKeys = (timeline: TimelineEntry[]) => computeMetrics(timeline).filter((m) => m.approx === true).map((m) => m.key);
  assert.deepEqual(approxKeys(SEED_003), []);
  assert.deepEqual(approxKeys(estimated('recovered')), ['impact_duration']);
  assert.deepEqual(approxKeys(estimated('detected')), ['time_to_detect', 'time_to_acknowledge', 'time_to_declare']);
  assert.deepEqual(approxKeys(estimated('started')), ['time_to_detect', 'time_to_mitigate', 'impact_duration', 'time_to_resolve']);
  // An estimated entry that is not one of a figure's milestones changes nothing.
  const later = [...SEED_003, { at: '2017-01-07T01:00:00Z', kind: 'note', text: 'recovered? estimated', approx: true } as TimelineEntry];
  assert.deepEqual(approxKeys(later), []);
  assert.equal('approx' in computeMetrics(SEED_003)[0]!, false, 'no approx key on an exact figure (JSON stays as it was)');
});
