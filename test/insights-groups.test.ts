// An incident names each of its groups once, however often its file lists a service or a tag.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_CONFIG } from '../src/core/config/config.ts';
import { computeInsights, insightIncident, type InsightSettings } from '../src/core/insights/index.ts';
import { unique } from '../src/core/insights/types.ts';

const settings = (by: InsightSettings['by']): InsightSettings => ({
  by, now: Date.parse('2026-12-20T12:00:00Z'), severities: ['SEV-1', 'SEV-2'], postmortemDue: DEFAULT_CONFIG.postmortem_due,
  workingHours: { start: 540, end: 1080, days: [1, 2, 3, 4, 5] },
});

describe('insights: groups of an incident', () => {
  it('unique keeps the first of each name, in order, and gives the list itself when nothing repeats', () => {
    const plain = ['a', 'b', 'c'];
    assert.equal(unique(plain), plain);
    assert.deepEqual(unique(['a', 'b', 'a', 'c', 'b']), ['a', 'b', 'c']);
    assert.deepEqual(unique(['x', 'x']), ['x']);
    assert.deepEqual(unique([]), []);
  });

  it('counts an incident once under a service (and a tag) its file names twice', () => {
    const incidents = [
      insightIncident({ id: '2026-12-01-a', severity: 'SEV-1', services: ['api', 'db', 'api'], tags: ['x', 'x'] }, 'a'),
      insightIncident({ id: '2026-12-02-b', severity: 'SEV-2', services: ['db', 'api'], tags: ['x'] }, 'b'),
      insightIncident({ id: '2026-12-03-c', severity: 'SEV-2', services: [] }, 'c'),
    ];
    const r = computeInsights(incidents, [], settings('service'));
    assert.deepEqual(r.counts.by_service.map((g) => [g.group, g.n, g.ids]), [
      ['(none)', 1, ['2026-12-03-c']], ['api', 2, ['2026-12-01-a', '2026-12-02-b']], ['db', 2, ['2026-12-01-a', '2026-12-02-b']],
    ]);
    assert.deepEqual(r.response.filter((f) => f.metric === 'time_to_detect').map((f) => [f.group, f.without_data.n]), [
      ['all', 3], ['(none)', 1], ['api', 2], ['db', 2],
    ]);
    assert.deepEqual(r.repeats.services.map((g) => [g.group, g.n]), [['api', 2], ['db', 2]]);
    assert.deepEqual(r.repeats.tags.map((g) => [g.group, g.n]), [['x', 2]]);
  });
});
