// `incident import incident-io`: API v2 responses (test/fixtures/import/incident-io/, written by
// hand from the API reference) become incident files: timestamps as milestones, updates on the
// timeline, roles, follow-ups as action items, test mode as a drill; the metrics equal the
// source's own duration_metrics.
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { parse } from 'yaml';
import { makeRepo, ROOT, type TestRepo } from './helpers/repo.ts';

const FIXTURE = path.join(ROOT, 'test', 'fixtures', 'import', 'incident-io');
const ID = '2026-02-03-search-results-empty-for-eu-tenants';
const DRILL = '2026-02-10-game-day-failover-of-the-queue-cluster';

const frontmatter = (text: string) => parse(text.split('\n---\n')[0]!.replace(/^---\n/, '')) as Record<string, any>;

describe('import incident-io', () => {
  let repo: TestRepo;
  let run: { code: number | null; stdout: string; stderr: string };
  before(() => {
    repo = makeRepo();
    repo.write('.incident.yml', 'timezone: Asia/Tokyo\n');
    run = repo.run(['import', 'incident-io', FIXTURE]);
  });
  after(() => repo?.cleanup());

  it('writes two incidents, refuses the impossible one and the update of an unknown incident, one line each', () => {
    assert.equal(run.code, 1, run.stderr);
    assert.deepEqual(run.stdout.trim().split('\n'), [
      `created   incidents/${ID}.md  incident-io 01HQ3K7Y9ZB2C4D6E8F0G1H2J3`,
      `created   incidents/${DRILL}.md  incident-io 01HQ9TESTINCIDENT000000001`,
    ]);
    const refused = run.stderr.split('\n').filter((l) => l.startsWith('incident: refused'));
    assert.deepEqual(refused, [
      `incident: refused incident-io 01HQBADTIMELINE0000000000 (${FIXTURE}/incidents.json#3): Unexpected mitigated at 2026-02-12T10:00:00Z before started at 2026-02-12T11:00:00Z, expected milestones in order: started, mitigated, recovered, resolved`,
      `incident: refused ${FIXTURE}/incident_updates.json#4: Unexpected update 01UPDORPHAN of incident 01HQNOTINTHEINPUT00000000, expected an incident of the input`,
    ]);
    assert.match(run.stderr, /note: skipped 1 file that holds no incidents, updates, follow-ups or actions: severities\.json/);
    assert.match(run.stderr, /note: left out 1 deleted follow-up/);
  });

  it('maps timestamps, updates, actions, roles, custom fields and follow-ups', () => {
    const text = repo.read(`incidents/${ID}.md`);
    const a = frontmatter(text);
    assert.equal(a.title, 'Search results empty for EU tenants');
    assert.equal(a.kind, 'incident');
    assert.equal(a.severity, 'SEV-2'); // Major
    assert.equal(a.status, 'resolved'); // closed there; closing here is the post-mortem review's
    assert.equal(a.timezone, 'Asia/Tokyo');
    assert.deepEqual(a.services, ['search', 'tenant-api']);
    assert.deepEqual(a.roles, { incident_commander: 'Ruth Okafor', communications_liaison: 'Aiko Tanaka' });
    assert.deepEqual(a.timeline.map((e: any) => [e.at, e.kind, e.text]), [
      ['2026-02-03T09:58:00Z', 'started', 'Impact started'],
      ['2026-02-03T10:14:05.120Z', 'detected', 'Reported'],
      ['2026-02-03T10:16:00Z', 'declared', 'Accepted'],
      ['2026-02-03T10:20:00Z', 'status', 'Investigating: Search returns no results for tenants in eu-west; investigating the index.'],
      ['2026-02-03T10:31:00Z', 'status', 'Identified'],
      ['2026-02-03T10:31:00Z', 'severity', 'Minor -> Major'],
      ['2026-02-03T10:31:00Z', 'status', 'Fixing: Alias „search-eu“ points at an empty index since the 09:58 reindex job.'],
      ['2026-02-03T10:35:00Z', 'todo', 'Pause the nightly reindex job'],
      ['2026-02-03T10:40:00Z', 'action', 'Done: Pause the nightly reindex job'],
      ['2026-02-03T10:46:00Z', 'mitigated', 'Fixed'],
      ['2026-02-03T10:50:00Z', 'status', 'Status: Monitoring'],
      ['2026-02-03T11:02:00Z', 'resolved', 'Resolved'],
      ['2026-02-04T16:00:00Z', 'status', 'Closed'],
    ]);
    assert.equal(a.timeline[1].by, 'Ruth Okafor');
    const ids = a.action_items.map((i: any) => i.id);
    // Made from the follow-up's id, so every clone that imports it gives it the same one.
    assert.deepEqual(ids, ['AI-edxjw', 'AI-ae564', 'AI-d8kt2']);
    assert.deepEqual(a.action_items, [
      { id: ids[0], title: 'Refuse to move an alias onto an empty index', owner: 'Lee Turner', status: 'open', issue: 'https://acme.atlassian.net/browse/SRCH-812' },
      { id: ids[1], title: 'Alert on zero-result searches per tenant', status: 'done' },
      { id: ids[2], title: 'Rewrite the reindex job in Rust', status: 'wont-do', reason: 'Marked as not doing in incident.io' },
    ]);
    assert.deepEqual(a.import.last.action_items.map((i: any) => [i.source_id, i.id]), [['01FUALIAS', ids[0]], ['01FUALERT', ids[1]], ['01FUNOPE', ids[2]]]);
    assert.deepEqual(a.import.fields.roles, { Reporter: 'Max Mustermann', 'Database expert': 'Lee Turner' });
    assert.deepEqual(a.import.fields.custom_fields, { Impact: ['Partial production outage'], 'Customer tickets': ['37'] });
    assert.deepEqual(a.import.fields.follow_ups[0], { id: '01FUALIAS', description: 'The reindex job should check the document count first.', priority: 'High' });
    assert.equal(a.import.fields.reference, 'INC-42');
    assert.match(text, /\n## Summary\n\nSearch returned no results for EU tenants for 48 minutes after an index alias was moved\.\n/);
    assert.doesNotMatch(text, /[&*]a\d/); // no YAML anchors, though services and roles appear twice
  });

  it('equals incident.io\'s own duration_metrics: Lasted 3840 s, Time to fix 2880 s', () => {
    const a = frontmatter(repo.read(`incidents/${ID}.md`));
    const seconds = Object.fromEntries(a.import.fields.duration_metrics.map((m: any) => [m.duration_metric.name, m.value_seconds]));
    assert.deepEqual(seconds, { Lasted: 3840, 'Time to fix': 2880 });
    const r = repo.run(['show', ID]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /Impact duration\s+1h04m\s+started -> resolved/); // 3840 s
    assert.match(r.stdout, /Time to mitigate\s+48m\s+started -> mitigated/); // 2880 s
  });

  it('makes a test-mode incident a drill, keeps its +09:00 and dates it in the zone', () => {
    const d = frontmatter(repo.read(`incidents/${DRILL}.md`));
    assert.equal(d.kind, 'drill');
    assert.equal(d.status, 'identified'); // live "Fixing"
    assert.equal(d.severity, 'SEV-3'); // Minor
    assert.deepEqual(d.timeline, [{ at: '2026-02-10T14:00:00+09:00', kind: 'detected', by: 'Game day bot', text: 'Reported' }]);
    assert.equal(d.import.fields.mode, 'test');
  });

  it('writes files that validate (no errors)', () => {
    const r = repo.run(['validate', `incidents/${ID}.md`, `incidents/${DRILL}.md`]);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.doesNotMatch(r.stdout + r.stderr, /\berror\b/);
  });
});
