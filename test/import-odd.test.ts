// Odd and hostile input for the pagerduty and incident-io importers: YAML-looking and multi-line
// text, a `__proto__` key, an empty note, unknown people, times without an offset or no times at
// all, an unknown status. What can be written is, as data that reads back the same and validates;
// the rest is refused with one line each; a second import changes no byte.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { bySourceId, initRepo, snapshot, validateErrors } from './helpers/imports.ts';
import type { TestRepo } from './helpers/repo.ts';

const ref = (id: string) => ({ id, type: 'incident_reference' });
const user = (name: string) => ({ id: 'PU1', type: 'user_reference', summary: name });

const PAGERDUTY = `{
  "incidents": [
    {
      "id": "PODD001", "title": "- [x]: *alias &anchor #not-a-comment \\"quoted\\" 'single' {flow}: yes",
      "created_at": "2026-02-27T08:00:00-08:00", "status": "triggered", "urgency": "high",
      "service": { "type": "service_reference", "summary": "edge: proxy" },
      "custom": { "__proto__": { "polluted": true }, "nested": { "__proto__": 1, "kept": "yes" } }
    },
    { "id": "PODD002", "title": "No time anywhere", "status": "triggered" },
    { "id": "PODD003", "title": "Snoozed", "created_at": "2026-02-27T09:00:00Z", "status": "snoozed" },
    { "id": "PODD004", "title": "Bad log entry time", "created_at": "2026-02-27T09:00:00Z", "status": "triggered" }
  ]
}`;

const ENTRIES = JSON.stringify({
  log_entries: [
    { id: 'RODD1', type: 'annotate_log_entry', created_at: '2026-02-27T08:05:00-08:00', agent: user('Ünal Çelik'), channel: { type: 'note', content: 'Line one\r\nline two:\n  - not a list\n# not a comment' }, incident: ref('PODD001') },
    { id: 'RODD2', type: 'annotate_log_entry', created_at: '2026-02-27T08:06:00-08:00', agent: user('Ünal Çelik'), channel: { type: 'note', content: '' }, incident: ref('PODD001') },
    { id: 'RODD3', type: 'acknowledge_log_entry', summary: 'Acknowledged by 田中', created_at: '2026-02-27T08:07:00-08:00', agent: user('田中'), incident: ref('PODD001') },
    { id: 'RODD4', type: 'trigger_log_entry', summary: 'Triggered', created_at: 'yesterday', incident: ref('PODD004') },
    { id: 'RODD5', type: 'note_from_the_future_log_entry', summary: 'A kind PagerDuty adds later', created_at: '2026-02-27T08:08:00-08:00', incident: ref('PODD001') },
  ],
});

describe('import: odd pagerduty input', () => {
  let repo: TestRepo;
  let r: { code: number | null; stdout: string; stderr: string };
  before(() => {
    repo = initRepo();
    repo.write('export/incidents.json', PAGERDUTY);
    repo.write('export/log_entries.json', ENTRIES);
    r = repo.run(['import', 'pagerduty', 'export']);
  });
  after(() => repo?.cleanup());

  it('refuses what has no time, a status it does not know and a bad log entry time, one line each', () => {
    assert.equal(r.code, 1);
    assert.deepEqual(r.stderr.split('\n').filter((l) => l.startsWith('incident: refused')).sort(), [
      'incident: refused pagerduty PODD002 (export/incidents.json#2): Unexpected incident without any time, expected when it started or a timeline entry',
      'incident: refused pagerduty PODD003 (export/incidents.json#3): Unexpected status "snoozed", expected triggered, acknowledged or resolved',
      'incident: refused pagerduty PODD004 (export/incidents.json#4): Unexpected log entry RODD4 time "yesterday", expected ISO 8601 with an offset',
    ]);
  });

  it('writes YAML-looking, multi-line and non-ASCII text as data, drops __proto__, skips the empty note', () => {
    const { data, text } = bySourceId(repo).get('PODD001')!;
    assert.equal(data.title, '- [x]: *alias &anchor #not-a-comment "quoted" \'single\' {flow}: yes');
    assert.deepEqual(data.services, ['edge: proxy']);
    assert.deepEqual((data.timeline as any[]).map((e) => [e.at, e.kind, e.by ?? null, e.text]), [
      ['2026-02-27T08:00:00-08:00', 'detected', null, 'Triggered'],
      ['2026-02-27T08:05:00-08:00', 'note', 'Ünal Çelik', 'Line one line two: - not a list # not a comment'],
      ['2026-02-27T08:07:00-08:00', 'acknowledged', '田中', 'Acknowledged by 田中'],
      ['2026-02-27T08:08:00-08:00', 'note', null, 'A kind PagerDuty adds later'],
    ]);
    assert.deepEqual((data.import as any).fields.custom, { nested: { kept: 'yes' } });
    assert.doesNotMatch(text, /__proto__/);
    assert.equal(({} as any).polluted, undefined);
    assert.equal(data.id, '2026-02-27-x-alias-anchor-not-a-comment-quoted-single-flow'); // slugs stop near 50 characters
  });

  it('validates with no errors, and a second import changes no byte', () => {
    assert.deepEqual(validateErrors(repo).errors, []);
    const before = snapshot(repo);
    const again = repo.run(['import', 'pagerduty', 'export']);
    assert.match(again.stdout, /^unchanged .*PODD001$/m);
    assert.deepEqual(snapshot(repo), before);
  });
});

describe('import: odd incident-io input', () => {
  let repo: TestRepo;
  let r: { code: number | null; stdout: string; stderr: string };
  before(() => {
    repo = initRepo();
    repo.write('incidents.json', JSON.stringify([
      {
        id: '01ODDNOUSER', name: 'Nobody known', created_at: '2026-02-26T10:00:00Z', incident_status: { name: 'Monitoring', category: 'live' },
        severity: null, creator: { user: null }, incident_role_assignments: [{ role: { role_type: 'lead', name: 'Incident Lead' }, assignee: null }],
        updates: [{ id: 'U1', created_at: '2026-02-26T10:05:00Z', message: 'Watching it', new_incident_status: { name: 'Monitoring' }, updater: null }],
      },
      {
        id: '01ODDNOOFFSET', name: 'A time without its offset', created_at: '2026-02-26T10:00:00Z', incident_status: { name: 'Investigating', category: 'live' },
        incident_timestamp_values: [{ incident_timestamp: { name: 'Impact started at' }, value: { value: '2026-02-26T09:00:00' } }],
      },
      { id: '01ODDNOSTATUS', name: 'No status', created_at: '2026-02-26T10:00:00Z' },
    ]));
    r = repo.run(['import', 'incident-io', 'incidents.json']);
  });
  after(() => repo?.cleanup());

  it('writes what it can: no severity (the default, with a note), unknown people left out', () => {
    assert.equal(r.code, 1);
    const { data } = bySourceId(repo).get('01ODDNOUSER')!;
    assert.equal(data.severity, 'SEV-3');
    assert.equal(data.status, 'monitoring');
    assert.deepEqual(data.roles, {});
    assert.deepEqual(data.timeline, [
      { at: '2026-02-26T10:00:00Z', kind: 'detected', text: 'Reported' },
      { at: '2026-02-26T10:05:00Z', kind: 'status', text: 'Monitoring: Watching it' },
    ]);
    assert.match(r.stderr, /^incident: note: incidents\/2026-02-26-nobody-known\.md: no severity in the source: SEV-3 \(the default\)$/m);
  });

  it('refuses a time without an offset and an incident without a status, one line each', () => {
    assert.deepEqual(r.stderr.split('\n').filter((l) => l.startsWith('incident: refused')), [
      'incident: refused incident-io 01ODDNOOFFSET (incidents.json#2): Unexpected Impact started at "2026-02-26T09:00:00", expected ISO 8601 with an offset',
      'incident: refused incident-io 01ODDNOSTATUS (incidents.json#3): Unexpected incident without incident_status, expected an incident.io API v2 incident',
    ]);
    assert.deepEqual(validateErrors(repo).errors, []);
  });
});
