// `incident import pagerduty`: the REST API v2 responses in test/fixtures/import/pagerduty/ (written
// by hand from the API reference) become incident files that validate, with the metrics PagerDuty
// itself would give (time to acknowledge), every unmapped field kept, and the impossible incident
// refused with one line while the others are written.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { parse } from 'yaml';
import { makeRepo, ROOT, type TestRepo } from './helpers/repo.ts';

const FIXTURE = path.join(ROOT, 'test', 'fixtures', 'import', 'pagerduty');
const A = 'incidents/2026-01-14-checkout-api-returns-502-for-card-payments.md';
const B = 'incidents/2026-01-20-zurich-lager-lieferstatus-verzogert.md';

const frontmatter = (text: string) => parse(text.split('\n---\n')[0]!.replace(/^---\n/, '')) as Record<string, any>;

describe('import pagerduty', () => {
  let repo: TestRepo;
  let first: { code: number | null; stdout: string; stderr: string };
  before(() => {
    repo = makeRepo();
    assert.equal(repo.run(['init']).code, 0);
    first = repo.run(['import', 'pagerduty', FIXTURE]);
  });
  after(() => repo?.cleanup());

  it('writes the incidents it can, refuses the impossible one with one line, and exits 1', () => {
    assert.equal(first.code, 1, first.stderr);
    assert.deepEqual(first.stdout.trim().split('\n'), [
      `created   ${A}  pagerduty PW3R7KQ`,
      `created   ${B}  pagerduty PZ8M2XD`,
    ]);
    const refusals = first.stderr.split('\n').filter((l) => l.startsWith('incident: refused'));
    assert.deepEqual(refusals, [
      `incident: refused pagerduty PBADT1M (${FIXTURE}/incidents.json#3): Unexpected acknowledged at 2026-01-22T07:55:00Z before detected at 2026-01-22T08:00:00Z, expected milestones in order: started, detected, acknowledged`,
    ]);
    assert.match(first.stderr, /note: left out 1 alert/);
    assert.match(first.stderr, /note: left out 1 notify log entry/);
    assert.match(first.stderr, /pagerduty: 2 created, 0 updated, 0 unchanged, 1 refused/);
    assert.equal(fs.readdirSync(path.join(repo.dir, 'incidents')).filter((f) => f.endsWith('.md')).length, 2);
  });

  it('maps priority to severity, the log entries to milestones and notes, and keeps offsets and the rest', () => {
    const a = frontmatter(repo.read(A));
    assert.equal(a.id, '2026-01-14-checkout-api-returns-502-for-card-payments');
    assert.equal(a.severity, 'SEV-1'); // priority=P1
    assert.equal(a.status, 'resolved');
    assert.deepEqual(a.services, ['checkout-api']);
    assert.deepEqual(a.timeline.map((e: any) => [e.at, e.kind, e.by ?? null]), [
      ['2026-01-14T09:02:11Z', 'detected', null],
      ['2026-01-14T09:05:40Z', 'acknowledged', 'Dana Ops'],
      ['2026-01-14T09:12:00Z', 'note', 'Dana Ops'], // escalate
      ['2026-01-14T09:14:30Z', 'note', 'Dana Ops'], // assign
      ['2026-01-14T09:15:00Z', 'note', 'Priya Natarajan'], // a second acknowledgement is a note
      ['2026-01-14T09:31:00Z', 'note', 'Priya Natarajan'], // annotate = note PNOTE01 (-05:00): once
      ['2026-01-14T09:33:00Z', 'note', 'Priya Natarajan'], // priority change
      ['2026-01-14T09:40:00Z', 'note', null], // a bot's note: no person
      ['2026-01-14T05:02:00-05:00', 'note', 'Sam Scribe'], // its own offset, in time order
      ['2026-01-14T10:40:00Z', 'resolved', 'Priya Natarajan'],
    ]);
    assert.equal(a.timeline[0].text, 'Triggered through the API: 5xx rate on POST /v1/payments above 5% for 3 minutes');
    assert.equal(a.timeline[2].text, 'Escalated to level 2: Sam Scribe');
    assert.equal(a.timeline[5].text, 'Card processor returns TLS handshake errors since their certificate rotation');
    assert.deepEqual(
      { source: a.import.source, source_id: a.import.source_id, url: a.import.url },
      { source: 'pagerduty', source_id: 'PW3R7KQ', url: 'https://acme.pagerduty.com/incidents/PW3R7KQ' },
    );
    assert.deepEqual(a.import.last, { title: a.title, severity: 'SEV-1', status: 'resolved', services: ['checkout-api'] });
    // Nothing lost: the unmapped fields, the log entries' own details.
    assert.equal(a.import.fields.incident_number, 4821);
    assert.deepEqual(a.import.fields.priority, { id: 'PPRI001', type: 'priority_reference', summary: 'P1' });
    assert.deepEqual(a.import.fields.conference_bridge, { conference_url: 'https://meet.example.com/payments' });
    const trigger = a.import.fields.log_entries.find((e: any) => e.id === 'RTRIG0001');
    assert.deepEqual(trigger.contexts, [{ type: 'link', href: 'https://grafana.example.com/d/checkout', text: 'Checkout dashboard' }]);

    const b = frontmatter(repo.read(B));
    assert.equal(b.title, 'Zürich Lager: Lieferstatus verzögert');
    assert.equal(b.severity, 'SEV-4'); // no priority: urgency=low
    assert.equal(b.status, 'investigating'); // acknowledged
    assert.deepEqual(b.timeline.map((e: any) => [e.at, e.kind, e.text]), [
      ['2026-01-20T23:47:00+01:00', 'detected', 'Triggered'],
      ['2026-01-20T23:47:30+01:00', 'note', 'Assigned to Jörg Fernández'],
      ['2026-01-21T00:05:00+01:00', 'acknowledged', 'Acknowledged by Jörg Fernández'],
    ]);
  });

  it('writes files that validate, and says what validate will still ask for', () => {
    const r = repo.run(['validate', A, B]);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.doesNotMatch(r.stdout + r.stderr, /frontmatter-schema|error/);
    assert.match(first.stderr, /incident validate will still ask for/);
    assert.match(first.stderr, /1 × Missing incident commander, expected roles\.incident_commander once the incident is declared\n\s+fix: incident role <id> --commander <name> --at <time>/);
    assert.match(first.stderr, /Unexpected empty section "Summary"/);
  });

  it('gives PagerDuty\'s own time to acknowledge (first acknowledgement - trigger)', () => {
    const r = repo.run(['show', path.basename(A, '.md')]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /Time to acknowledge\s+3m29s\s+detected -> acknowledged/);
    assert.doesNotMatch(r.stdout, /Time to resolve/); // no start of impact: no figure, never a guess
  });
});

describe('import pagerduty: config and single files', () => {
  let repo: TestRepo;
  before(() => {
    repo = makeRepo();
    repo.write('.incident.yml', [
      'timezone: Europe/Zurich',
      'import:',
      '  pagerduty:',
      '    severity_map:',
      '      priority=P1: SEV-2',
      '      urgency=low: SEV-5',
      '    started: trigger',
      '',
    ].join('\n'));
  });
  after(() => repo?.cleanup());

  it('takes the severity map, the zone and started: trigger from the config (PagerDuty\'s time to resolve)', () => {
    repo.write('export/log_entries.json', fs.readFileSync(path.join(FIXTURE, 'log_entries.json')));
    repo.write('export/incidents.json', fs.readFileSync(path.join(FIXTURE, 'incidents.json')));
    const r = repo.run(['import', 'pagerduty', 'export']);
    assert.equal(r.code, 1, r.stderr);
    const a = frontmatter(repo.read(A));
    assert.equal(a.severity, 'SEV-2');
    assert.equal(a.timezone, 'Europe/Zurich');
    assert.deepEqual(a.timeline[0], { at: '2026-01-14T09:02:11Z', kind: 'started', text: 'Impact started (the trigger: PagerDuty records no earlier time)', approx: true });
    assert.equal(frontmatter(repo.read(B)).severity, 'SEV-5');
    const show = repo.run(['show', path.basename(A, '.md')]);
    assert.match(show.stdout, /Time to resolve\s+~1h37m\s+started -> resolved/); // 09:02:11 -> 10:40:00, approximate start
  });

  it('reads one incidents.json alone: the incident\'s own times give the milestones', () => {
    const solo = makeRepo();
    try {
      solo.write('incidents.json', JSON.stringify({ incidents: [JSON.parse(fs.readFileSync(path.join(FIXTURE, 'incidents.json'), 'utf8')).incidents[0]] }));
      const r = solo.run(['import', 'pagerduty', 'incidents.json']);
      assert.equal(r.code, 0, r.stderr);
      const a = frontmatter(solo.read(A));
      assert.deepEqual(a.timeline.map((e: any) => [e.at, e.kind, e.text]), [
        ['2026-01-14T09:02:11Z', 'detected', 'Triggered'],
        ['2026-01-14T10:40:00Z', 'resolved', 'Resolved by Dana Ops'],
      ]);
    } finally {
      solo.cleanup();
    }
  });

  it('refuses notes that do not say their incident when the input holds several', () => {
    const two = makeRepo();
    try {
      two.write('export/incidents.json', fs.readFileSync(path.join(FIXTURE, 'incidents.json')));
      two.write('export/notes.json', fs.readFileSync(path.join(FIXTURE, 'PW3R7KQ', 'notes.json')));
      const r = two.run(['import', 'pagerduty', 'export']);
      assert.equal(r.code, 1);
      assert.match(r.stderr, /^incident: refused export\/notes\.json: Unexpected notes without their incident, expected its id in the file's path \(e\.g\. PW3R7KQ\/notes\.json\): the notes endpoint does not name it$/m);
    } finally {
      two.cleanup();
    }
  });
});
