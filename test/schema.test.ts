import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { incidentSchema, DATE_TIME_PATTERN, DATE_OR_DATE_TIME_PATTERN, ID_PATTERN } from '../src/core/model/schema.ts';
import { ACTION_STATUSES, ENTRY_KINDS, STATUSES } from '../src/core/model/types.ts';

const committedPath = new URL('../schema/incident.schema.json', import.meta.url);

test('schema/incident.schema.json matches src/core/model/schema.ts', () => {
  const committed = readFileSync(committedPath, 'utf8');
  const expected = JSON.stringify(incidentSchema, null, 2) + '\n';
  assert.ok(committed === expected, 'schema/incident.schema.json is out of date: run `npm run schema` and commit the result');
});

test('the committed schema lists every entry kind and status', () => {
  const json = JSON.parse(readFileSync(committedPath, 'utf8'));
  assert.deepEqual(json.properties.timeline.items.properties.kind.enum, [...ENTRY_KINDS]);
  assert.deepEqual(json.properties.status.enum, [...STATUSES]);
  assert.deepEqual(json.properties.action_items.items.properties.status.enum, [...ACTION_STATUSES, null]); // null: not set
});

test('optional properties accept null ("not set": `~`, `null` or left empty); required ones do not', () => {
  const wrong: string[] = [];
  const walk = (node: Record<string, unknown>, path: string): void => {
    const required = new Set((node['required'] as string[] | undefined) ?? []);
    const props = (node['properties'] ?? {}) as Record<string, Record<string, unknown>>;
    for (const [key, sub] of Object.entries(props)) {
      const nullable = ([] as unknown[]).concat(sub['type'] ?? []).includes('null') || (Array.isArray(sub['enum']) && sub['enum'].includes(null));
      if (nullable === required.has(key)) wrong.push(`${path}.${key}`);
      walk(sub, `${path}.${key}`);
    }
    for (const key of ['items', 'then']) if (node[key]) walk(node[key] as Record<string, unknown>, `${path}${key === 'items' ? '[]' : '(then)'}`);
  };
  walk(JSON.parse(readFileSync(committedPath, 'utf8')), '$');
  assert.deepEqual(wrong, []);
});

test('every property has a description', () => {
  const missing: string[] = [];
  const walk = (node: unknown, path: string): void => {
    if (typeof node !== 'object' || node === null) return;
    const n = node as Record<string, unknown>;
    const props = n['properties'] as Record<string, Record<string, unknown>> | undefined;
    for (const [key, sub] of Object.entries(props ?? {})) {
      if (typeof sub['description'] !== 'string' || sub['description'] === '') missing.push(`${path}.${key}`);
      walk(sub, `${path}.${key}`);
    }
    if (n['items']) walk(n['items'], `${path}[]`);
  };
  walk(incidentSchema, '$');
  assert.deepEqual(missing, []);
});

test('timeline times need an explicit offset', () => {
  const at = new RegExp(DATE_TIME_PATTERN);
  for (const ok of ['2017-01-06T22:50:26Z', '2017-01-06T22:57Z', '2026-03-01T09:15:00+01:00', '2026-03-01T09:15:00.5-05:30']) {
    assert.ok(at.test(ok), ok);
  }
  for (const bad of ['2017-01-06T22:50:26', '2017-01-06 22:50:26Z', '2017-01-06', '22:50Z', '2017-13-06T22:50:26Z']) {
    assert.ok(!at.test(bad), bad);
  }
  const meeting = new RegExp(DATE_OR_DATE_TIME_PATTERN);
  assert.ok(meeting.test('2017-01-11') && meeting.test('2017-01-11T18:00:00Z') && !meeting.test('2017-01-11T18:00'));
  assert.ok(new RegExp(ID_PATTERN).test('2017-01-06-db2kafka-outage-from-oom-kills'));
  assert.ok(!new RegExp(ID_PATTERN).test('db2kafka-outage'));
});
