// `incident import statuspage` through the built CLI, on repositories made by `incident init`:
// fixtures written from Statuspage's public API v2 (incidents.json, summary.json), and the real
// captures in ../shared/import-samples/statuspage/ (GitHub, Twilio, CloudAMQP), read at test time.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { TestRepo } from './helpers/repo.ts';
import { bySourceId, FIXTURES, initRepo, samples, snapshot, validateErrors } from './helpers/imports.ts';

const DIR = path.join(FIXTURES, 'statuspage');
const entries = (data: Record<string, unknown>) => (data.timeline as { at: string; kind: string; text: string }[]).map((e) => [e.at, e.kind, e.text]);

describe('import statuspage: fixtures from the API v2 documentation', () => {
  let repo: TestRepo;
  before(() => {
    repo = initRepo('timezone: Europe/Berlin');
  });
  after(() => repo?.cleanup());

  it('writes each incident: updates as public updates, components as services, impact as severity, offsets and milliseconds kept', () => {
    const r = repo.run(['import', 'statuspage', path.join(DIR, 'incidents.json')]);
    // The incident without a name is refused with one line; the others are written.
    assert.equal(r.code, 1, r.stderr);
    const refused = r.stderr.split('\n').filter((l) => l.startsWith('incident: refused'));
    assert.equal(refused.length, 1, r.stderr);
    assert.match(refused[0]!, /incidents\.json#2 \(nonamexxxxx1\): Unexpected incident without a name, expected "name"$/);
    assert.match(r.stdout, /^created +incidents\/2024-03-01-[a-z0-9-]+\.md +statuspage p31zjtct2jer$/m);

    const files = bySourceId(repo);
    assert.deepEqual([...files.keys()].sort(), ['k8lq0vb3x4ty', 'p31zjtct2jer']);
    const { data, text } = files.get('p31zjtct2jer')!;
    assert.equal(data.title, 'Zahlungen schlagen fehl – Störung im Checkout');
    assert.equal(data.severity, 'SEV-1'); // impact critical
    assert.equal(data.status, 'resolved'); // postmortem: resolved here (closing is the review's)
    assert.equal(data.timezone, 'America/Los_Angeles'); // the page's zone
    assert.deepEqual(data.services, ['Checkout', 'Payments API']);
    assert.equal(data.public, true);
    assert.deepEqual(entries(data), [
      ['2024-03-01T09:10:00.000-08:00', 'started', 'Impact started'],
      ['2024-03-01T09:12:40.600-08:00', 'status', 'Checkout: Operational -> Partial outage'],
      ['2024-03-01T09:12:40.600-08:00', 'status', 'Payments API: Operational -> Partial outage'],
      ['2024-03-01T09:40:00.000-08:00', 'status', 'Checkout: Partial outage -> Major outage'],
      ['2024-03-01T10:05:00.000-08:00', 'status', 'Checkout: Major outage -> Degraded performance'],
      ['2024-03-01T10:05:00.000-08:00', 'status', 'Payments API: Partial outage -> Operational'],
      ['2024-03-01T10:05:00.000-08:00', 'mitigated', 'Fix in place; monitoring the results (status page: monitoring)'],
      ['2024-03-01T10:41:30.000-08:00', 'status', 'Checkout: Degraded performance -> Operational'],
      ['2024-03-01T10:41:30.000-08:00', 'resolved', 'Resolved (status page: resolved)'],
    ]);
    assert.deepEqual(data.updates, [
      { at: '2024-03-01T09:12:40.600-08:00', status: 'investigating', text: 'We are investigating failed payments at checkout.' },
      { at: '2024-03-01T09:40:00.000-08:00', status: 'identified', text: 'The issue has been identified: a certificate expired on a payment provider connection. We are rotating it.' },
      { at: '2024-03-01T10:05:00.000-08:00', status: 'monitoring', text: 'A fix has been implemented and we are monitoring the results.\n\nPayments are succeeding again.' },
      { at: '2024-03-01T10:41:30.000-08:00', status: 'resolved', text: 'This incident has been resolved.' },
      { at: '2024-03-02T09:30:00.000-08:00', status: 'resolved', text: 'We have published a post-mortem of this incident.' },
    ]);
    const block = data.import as Record<string, any>;
    assert.equal(block.source, 'statuspage');
    assert.equal(block.url, 'https://stspg.io/p31zjtct2jer');
    // Not mapped, kept as it was: the source's own status and impact, ids, delivery details.
    assert.equal(block.fields.status, 'postmortem');
    assert.equal(block.fields.impact, 'critical');
    assert.deepEqual(block.fields.component_ids, ['cmpcheckout1', 'cmppayments1']);
    assert.equal(block.fields.postmortem_body_last_updated_at, '2024-03-02T09:29:00.000-08:00');
    assert.deepEqual(block.fields.incident_updates[2], { id: 'upd3monitor', status: 'monitoring', updated_at: '2024-03-01T10:05:07.000-08:00', deliver_notifications: true });
    // The post-mortem under Summary, its headings below the section's.
    assert.match(text, /## Summary\n\n### What happened\n\nA certificate on the connection to our payment provider expired at 09:10 PST\.\n/);

    const open = files.get('k8lq0vb3x4ty')!.data;
    assert.equal(open.severity, 'SEV-3'); // impact minor
    assert.equal(open.status, 'identified');
    assert.deepEqual(open.services, ['Search']); // no components: the affected ones
    // An update without display_at is shown at its creation.
    assert.deepEqual((open.updates as { at: string }[]).map((u) => u.at), ['2024-03-02T08:00:05.000-08:00', '2024-03-02T08:20:00.000-08:00']);
  });

  it('writes files that validate, whose metrics are the source\'s own durations', () => {
    const v = validateErrors(repo);
    assert.deepEqual(v.errors, [], v.out);
    assert.equal(v.code, 0, v.out);
    const id = bySourceId(repo).get('p31zjtct2jer')!.data.id as string;
    const r = repo.run(['show', id, '--json']);
    assert.equal(r.code, 0, r.stderr);
    const metrics = Object.fromEntries((JSON.parse(r.stdout).metrics as { key: string; ms: number }[]).map((m) => [m.key, m.ms]));
    // started_at 09:10:00, monitoring_at 10:05:00, resolved_at 10:41:30 (-08:00).
    assert.equal(metrics.time_to_mitigate, 55 * 60_000);
    assert.equal(metrics.time_to_resolve, (60 + 31) * 60_000 + 30_000);
  });

  it('importing the same file again changes no byte', () => {
    const before = snapshot(repo);
    const r = repo.run(['import', 'statuspage', path.join(DIR, 'incidents.json')]);
    assert.equal(r.code, 1, r.stderr); // the nameless incident, refused again
    assert.match(r.stderr, /statuspage: 0 created, 0 updated, 2 unchanged/);
    assert.deepEqual(snapshot(repo), before);
  });

  it('a later capture updates the open incident in place, and leaves scheduled maintenances out with a note', () => {
    const other = bySourceId(repo).get('p31zjtct2jer')!.text;
    const r = repo.run(['import', 'statuspage', path.join(DIR, 'later')]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^updated +incidents\/2024-03-02-slow-search-results\.md +statuspage k8lq0vb3x4ty: /m);
    assert.match(r.stderr, /note: statuspage: 1 scheduled maintenance left out \(not incidents\)/);
    const now = bySourceId(repo).get('k8lq0vb3x4ty')!.data;
    assert.equal(now.status, 'resolved');
    assert.deepEqual(entries(now).slice(2), [
      ['2024-03-02T08:35:00.000-08:00', 'mitigated', 'Fix in place; monitoring the results (status page: monitoring)'],
      ['2024-03-02T08:50:00.000-08:00', 'status', 'Search: Degraded performance -> Operational'],
      ['2024-03-02T08:50:00.000-08:00', 'resolved', 'Resolved (status page: resolved)'],
    ]);
    assert.deepEqual((now.updates as { status: string }[]).map((u) => u.status), ['investigating', 'identified', 'monitoring', 'resolved']);
    assert.equal(bySourceId(repo).get('p31zjtct2jer')!.text, other);
    const before = snapshot(repo);
    assert.equal(repo.run(['import', 'statuspage', path.join(DIR, 'later')]).code, 0);
    assert.deepEqual(snapshot(repo), before);
    assert.deepEqual(validateErrors(repo).errors, []);
  });

  it('refuses an impossible timeline with one line and writes nothing', () => {
    const before = snapshot(repo);
    const r = repo.run(['import', 'statuspage', path.join(DIR, 'impossible.json')]);
    assert.equal(r.code, 1);
    const lines = r.stderr.split('\n').filter((l) => l.includes('bad0rder0001'));
    assert.deepEqual(lines, [
      'incident: refused statuspage bad0rder0001 (' + path.join(DIR, 'impossible.json') + '#0): Unexpected mitigated at 2024-04-01T09:30:00Z before started at 2024-04-01T10:00:00Z, expected milestones in order: started, mitigated, recovered, resolved',
    ]);
    assert.deepEqual(snapshot(repo), before);
  });

  it('refuses a file that is not Statuspage\'s with the file named', () => {
    const file = path.join(repo.dir, 'other.json');
    fs.writeFileSync(file, '{"data": []}\n');
    const r = repo.run(['import', 'statuspage', file]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /other\.json: Unexpected JSON, expected a Statuspage API v2 response/);
  });
});

describe('import statuspage: the real captures', () => {
  let repo: TestRepo;
  let dir: string;
  before(() => {
    dir = samples('statuspage');
    repo = initRepo();
  });
  after(() => repo?.cleanup());

  it('imports every incident of the directory with its page\'s zone and offsets, validates, and re-imports without a change', () => {
    const r = repo.run(['import', 'statuspage', dir]);
    assert.equal(r.code, 0, r.stderr);
    const maintenances = fs.readdirSync(dir).filter((f) => f.endsWith('.json'))
      .map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as { scheduled_maintenances?: unknown[] })
      .reduce((n, j) => n + (j.scheduled_maintenances?.length ?? 0), 0);
    assert.match(r.stderr, new RegExp(`note: statuspage: ${maintenances} scheduled maintenances left out`));
    const files = bySourceId(repo);
    // Every incident of every capture, once.
    const ids = new Set<string>();
    for (const f of fs.readdirSync(dir).filter((x) => x.endsWith('.json'))) {
      for (const i of (JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as { incidents?: { id: string }[] }).incidents ?? []) ids.add(i.id);
    }
    assert.deepEqual([...files.keys()].sort(), [...ids].sort());

    // GitHub's resolved incident: its own figures.
    const gh = JSON.parse(fs.readFileSync(path.join(dir, 'incidents.github.2024-09-17.json'), 'utf8')).incidents[0];
    const file = files.get(gh.id)!;
    assert.equal(file.data.timezone, 'Etc/UTC');
    assert.equal(file.data.severity, 'SEV-2'); // impact major
    assert.equal((file.data.updates as unknown[]).length, gh.incident_updates.length);
    const shown = JSON.parse(repo.run(['show', file.data.id as string, '--json']).stdout);
    const resolve = shown.metrics.find((m: { key: string }) => m.key === 'time_to_resolve');
    assert.equal(resolve.ms, Date.parse(gh.resolved_at) - Date.parse(gh.started_at));

    // Twilio's page is in Los Angeles, and its times keep -07:00.
    const twilio = files.get('r0f0vdz8vrgm')!.data;
    assert.equal(twilio.timezone, 'America/Los_Angeles');
    assert.equal(twilio.status, 'monitoring');
    assert.ok((twilio.timeline as { at: string }[]).every((e) => e.at.endsWith('-07:00')));

    assert.deepEqual(validateErrors(repo).errors, []);
    const before = snapshot(repo);
    assert.equal(repo.run(['import', 'statuspage', dir]).code, 0);
    assert.deepEqual(snapshot(repo), before);
  });

  it('import.statuspage.public: false imports them as internal incidents', () => {
    const fresh = initRepo('import:\n  statuspage:\n    public: false');
    try {
      assert.equal(fresh.run(['import', 'statuspage', path.join(dir, 'incidents.github.2024-09-17.json')]).code, 0);
      assert.deepEqual([...bySourceId(fresh).values()].map((f) => f.data.public), [false, false]);
    } finally {
      fresh.cleanup();
    }
  });

  it('--dry-run prints the files and writes nothing', () => {
    const fresh = initRepo();
    try {
      const before = snapshot(fresh);
      const r = fresh.run(['import', 'statuspage', path.join(dir, 'incidents.github.2024-09-17.json'), '--dry-run']);
      assert.equal(r.code, 0, r.stderr);
      assert.equal((r.stdout.match(/^would create/gm) ?? []).length, 2);
      assert.match(r.stdout, /^ {4}title: Incident with Pages and Actions$/m);
      assert.deepEqual(snapshot(fresh), before);
    } finally {
      fresh.cleanup();
    }
  });
});
