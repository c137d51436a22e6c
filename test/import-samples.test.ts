// The real PagerDuty and incident.io payloads in ../shared/import-samples/ (the REST API v2
// reference's examples; incident.io's singer-tap recordings of a real workspace), read at test time
// and never copied here: imported as they are, validated, and imported again without a byte changed.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { bySourceId, initRepo, samples, snapshot, validateErrors } from './helpers/imports.ts';
import type { TestRepo } from './helpers/repo.ts';

describe('import the real samples: pagerduty', () => {
  let repo: TestRepo;
  let r: { code: number | null; stdout: string; stderr: string };
  before(() => {
    repo = initRepo();
    r = repo.run(['import', 'pagerduty', samples('pagerduty')]);
  });
  after(() => repo?.cleanup());

  it('writes the one incident from its list, by-id, log entry and notes responses', () => {
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, 'created   incidents/2015-10-06-the-server-is-on-fire.md  pagerduty PT4KHLK\n');
    assert.match(r.stderr, /note: skipped 1 file that holds no incidents, log entries or notes: index\.json/);
    assert.match(r.stderr, /note: left out 1 alert/);
    const { data } = bySourceId(repo).get('PT4KHLK')!;
    assert.equal(data.title, 'The server is on fire.');
    assert.equal(data.severity, 'SEV-2'); // priority P2
    assert.equal(data.status, 'resolved'); // the list's resolved state over the by-id example's acknowledged one
    assert.deepEqual(data.services, ['My Mail Service']);
    assert.deepEqual((data.timeline as any[]).map((e) => [e.at, e.kind, e.by ?? null]), [
      ['2013-03-06T15:28:42-05:00', 'note', null], // a bot's note
      ['2013-03-06T15:28:51-05:00', 'note', 'Earline Greenholt'],
      ['2015-10-06T21:38:23Z', 'resolved', 'Earline Greenholt'],
      ['2015-11-07T00:14:20Z', 'detected', null], // the trigger log entry, as recorded
    ]);
    const fields = (data.import as any).fields;
    assert.deepEqual(fields.custom_fields[0].value, 'production'); // only the by-id response has it: merged in
    assert.equal(fields.incident_number, 1234);
  });

  it('validates with no errors, and a second import changes no byte', () => {
    const v = validateErrors(repo);
    assert.deepEqual(v.errors, []);
    assert.equal(v.code, 0, v.out);
    const before = snapshot(repo);
    const again = repo.run(['import', 'pagerduty', samples('pagerduty')]);
    assert.equal(again.code, 0, again.stderr);
    assert.equal(again.stdout, 'unchanged incidents/2015-10-06-the-server-is-on-fire.md  pagerduty PT4KHLK\n');
    assert.deepEqual(snapshot(repo), before);
  });
});

describe('import the real samples: incident-io', () => {
  let repo: TestRepo;
  let r: { code: number | null; stdout: string; stderr: string };
  before(() => {
    repo = initRepo();
    r = repo.run(['import', 'incident-io', samples('incident-io')]);
  });
  after(() => repo?.cleanup());

  it('writes INC-1 with its update, action, lead and follow-up; the catalogs are skipped with a note', () => {
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, 'created   incidents/2023-10-24-teal-ostrich.md  incident-io 01HDH3SMWK0C2D8TN41PVW61TA\n');
    assert.match(r.stderr, /note: skipped 11 files that hold no incidents, updates, follow-ups or actions: alert_attributes\.json, .*users\.json/);
    const { data, text } = bySourceId(repo).get('01HDH3SMWK0C2D8TN41PVW61TA')!;
    assert.equal(data.severity, 'SEV-3'); // Minor
    assert.equal(data.status, 'investigating');
    assert.deepEqual(data.roles, { incident_commander: 'Rob' });
    assert.deepEqual((data.timeline as any[]).map((e) => [e.at, e.kind, e.text]), [
      ['2023-10-24T15:10:35.411Z', 'detected', 'Reported'],
      ['2023-10-24T15:10:35.411Z', 'status', 'Status: Investigating'], // the update (also inside the incident: once)
      ['2023-10-24T15:10:57.97Z', 'todo', 'This is an action.'],
    ]);
    assert.deepEqual(data.action_items, [{ id: (data.action_items as any[])[0].id, title: 'This is a follow up', status: 'open' }]);
    assert.match((data.action_items as any[])[0].id, /^AI-[a-z0-9]{5}$/);
    assert.equal((data.import as any).fields.reference, 'INC-1');
    assert.match(text, /## Summary\n\nThis is an incident to make some incident data appear in our tests\.\n/);
  });

  it('validates with no errors, and a second import changes no byte', () => {
    const v = validateErrors(repo);
    assert.deepEqual(v.errors, []);
    assert.equal(v.code, 0, v.out);
    const before = snapshot(repo);
    const again = repo.run(['import', 'incident-io', samples('incident-io')]);
    assert.equal(again.code, 0, again.stderr);
    assert.match(again.stdout, /^unchanged /);
    assert.deepEqual(snapshot(repo), before);
  });
});
