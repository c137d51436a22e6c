// `incident drill replay`: the example incident (PagerDuty's db2kafka outage) as a tabletop
// script, through the real bundle. The timeline comes step by step up to the first mitigation;
// the title, impact, the rest of the timeline, root cause and resolution come at the end.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { makeRepo, ROOT, type TestRepo } from './helpers/repo.ts';

const ID = '2017-01-06-db2kafka-outage-from-oom-kills';

describe('incident drill replay', () => {
  let repo: TestRepo;
  let script: string;
  before(() => {
    repo = makeRepo();
    repo.write(`incidents/${ID}.md`, fs.readFileSync(path.join(ROOT, 'incidents', `${ID}.md`)));
    const r = repo.run(['drill', 'replay', ID]);
    assert.equal(r.code, 0, r.stderr);
    script = r.stdout;
  });
  after(() => repo.cleanup());

  const reveal = () => script.slice(script.indexOf('=== Stop here'));
  const steps = () => script.slice(0, script.indexOf('=== Stop here'));

  it('opens with the setting and how to run it, without giving the incident away', () => {
    assert.match(script, /^# Tabletop exercise \(DRILL: practice, nothing is happening now\)\n/);
    assert.match(script, /Severity: SEV-2 · Services: db2kafka, log-entries-service, notifications, web-app, android-app · 23 steps · Times in America\/Los_Angeles/);
    for (const secret of ['OOM kills', 'db2kafka outage', 'race-condition', '2 GB']) assert.ok(!steps().includes(secret), secret);
  });

  it('reveals the timeline one moment per step in the incident time zone, up to the first mitigation', () => {
    assert.match(steps(), /--- Step 1 of 23 · 2017-01-06 14:50:26 · T\+0s ---\nstarted: First instance of the OOM killer killing db2kafka\.\n/);
    assert.match(steps(), /--- Step 2 of 23 · 14:57:00 · T\+6m34s ---\ndetected: First page to the Core on-call \(David\)\.\nacknowledged \(David\): David acknowledges the page\.\n/);
    assert.match(steps(), /--- Step 7 of 23 · 15:21:00 \(approx\.\) · T\+30m34s ---/);
    assert.match(steps(), /--- Step 23 of 23 · 15:51:00 · T\+1h ---\nfinding \(Evan\): Evan reports that code 137 means "killed by OOM"\.\n/);
    assert.equal(steps().match(/^--- Step /gm)?.length, 23);
  });

  it('holds back the incident, what happened next, root cause, resolution and metrics to the end', () => {
    const end = reveal();
    assert.match(end, /## The incident: db2kafka outage from OOM kills \(2017-01-06-db2kafka-outage-from-oom-kills\)/);
    assert.match(end, /## What happened next\n\n15:53:00 {2}mitigated \(David\): db2kafka started with 2 GB of allowed memory \(512 MB before\)\./);
    assert.match(end, /2017-01-07 00:05:00|16:05:00 {2}recovered/);
    assert.match(end, /## Root cause and contributing factors\n\nAn increase in traffic, or possibly larger records/);
    assert.match(end, /## Resolution\n\nThe temporary resolution was to increase db2kafka's cgroup\/Docker memory limit/);
    assert.match(end, /- Time to detect: 6m34s\n- Time to acknowledge: 0s\n- Time to declare: 23m\n/);
  });

  it('--step without a terminal prints every step (the separators stay); --json gives the parts', () => {
    const stepped = repo.run(['drill', 'replay', ID, '--step']);
    assert.equal(stepped.code, 0);
    assert.equal(stepped.stdout, script);
    assert.equal(stepped.stderr, '');
    const json = JSON.parse(repo.run(['drill', 'replay', ID, '--json']).stdout);
    assert.equal(json.steps.length, 23);
    assert.ok(json.reveal.includes('## Resolution'));
  });

  it('refuses an unknown incident (exit 2) and an incident with no timeline', () => {
    assert.equal(repo.run(['drill', 'replay', 'nope']).code, 2);
    repo.write('incidents/2026-01-01-empty.md', '---\nid: 2026-01-01-empty\ntitle: Empty\nkind: drill\nseverity: SEV-3\nstatus: investigating\ntimezone: UTC\n---\n');
    const r = repo.run(['drill', 'replay', '2026-01-01-empty']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /has no timeline to replay/);
  });
});
