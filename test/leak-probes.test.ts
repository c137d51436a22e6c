// The leak probes of issue 13, each on its own line of one public incident's summary, through every
// public output (validate's public-leak rule, render --audience public as Markdown and HTML,
// status-update, publish): each is reported at its source line and column, and nothing is output.
// The false alarms beside them are never reported.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { makeRepo, type TestRepo } from './helpers/repo.ts';

const ID = '2026-02-01-checkout';
const FILE = `incidents/${ID}.md`;

/** [the line as written, the text that leaks, what the message names] */
export const PROBES: [string, string, string][] = [
  ['ALICE rolled back the change.', 'ALICE', 'name "alice"'],
  ['Then al**ice** checked it.', 'al**ice**', 'name "alice"'],
  ['Alicé confirmed it.', 'Alicé', 'name "alice"'],
  ['And \u0430lice (a Cyrillic a) too.', '\u0430lice', 'name "alice"'],
  ['Mail bob@acme.com for details.', 'bob@acme.com', 'email address "bob@acme.com"'],
  ['Or oncall-team@corp.example.com then.', 'oncall-team@corp.example.com', 'email address "oncall-team@corp.example.com"'],
  ['The host db-7.internal.acme was full.', 'db-7.internal.acme', 'internal hostname "db-7.internal.acme"'],
  ['See https://grafana.internal.acme/d/abc for graphs.', 'https://grafana.internal.acme', 'internal URL "https://grafana.internal.acme"'],
  ['Our [graphs](https://grafana.corp.acme/d/x) showed it.', 'https://grafana.corp.acme', 'internal URL "https://grafana.corp.acme"'],
  ['Key AKIA**IOSFODNN7EXAMPLE** rotated.', 'AKIA**IOSFODNN7EXAMPLE**', 'AWS access key "AKIA…"'],
  ['Hook https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX fired.', 'https://hooks.slack.com/services', 'Slack webhook "http…"'],
  ['Token ghp_0123456789abcdefghijklmnopqrstuvwxyz01 revoked.', 'ghp_0123456789abcdefghijklmnopqrstuvwxyz01', 'GitHub token "ghp_…"'],
  ['Slack xoxb-123456789012-abcdefghij revoked.', 'xoxb-123456789012-abcdefghij', 'Slack token "xoxb…"'],
  ['JWT eyJhbGciOiJIUzI1.eyJzdWIiOiIxMjM0.abcdefghijk expired.', 'eyJhbGciOiJIUzI1.eyJzdWIiOiIxMjM0.abcdefghijk', 'JSON web token "eyJh…"'],
  ['Private 10.0.0.5 and 169.254.169.254 and 127.0.0.1.', '10.0.0.5', 'private IP address "10.0.0.5"'],
  ['Link-local 169.254.169.254 answered.', '169.254.169.254', 'private IP address "169.254.169.254"'],
  ['IPv6 fd00::1 and fe80::1 were slow.', 'fd00::1', 'private IPv6 address "fd00::1"'],
  ['Loopback ::1 only.', '::1', 'loopback IPv6 address "::1"'],
  ['Work on PROJECT FALCON paused.', 'PROJECT FALCON', '"PROJECT FALCON"'],
  ['-----BEGIN RSA PRIVATE KEY-----', '-----BEGIN', 'private key "----…"'],
];

/** Lines that must not alarm with this incident's people and config. */
export const FINE = [
  'Price checks ran. Will this recur? Not likely.',
  'AWS had an outage in one region.',
  'See https://status.example.com/incidents/1, https://github.com/org/repo and https://www.githubstatus.com.',
  'Node.js, README.md, e.g. and i.e. stay text; version 10.1.2.3.4 and 8.8.8.8 too.',
  'Write to support@status.example.com with questions.',
];

export const TEXT = `---
id: ${ID}
title: Checkout failed
kind: incident
severity: SEV-2
status: closed
timezone: UTC
public: true
roles:
  incident_commander: Carol Jones
  scribe: Will Price
timeline:
  - { at: 2026-02-01T10:00:00Z, kind: started, by: alice, text: Errors began }
  - { at: 2026-02-01T10:30:00Z, kind: recovered, text: Back }
action_items:
  - { id: AI-1, title: Add an alert, owner: AWS, type: detect, status: open, due: 2026-03-01 }
postmortem: { owner: Carol Jones, status: published }
---

## Public summary

${[...FINE, ...PROBES.map(([line]) => line)].join('\n')}

### What happened

A change failed.

### What we are doing about this

Safer rollouts.
`;

export const CONFIG = 'redact: [Project Falcon]\nallow: [AWS]\npublic_domains: [status.example.com]\n';

const lines = TEXT.split('\n');
/** `file:line:column` of each probe, as every output must report it. */
const expected = PROBES.map(([line, token, what]) => {
  const n = lines.indexOf(line);
  assert.ok(n >= 0);
  return { at: `${FILE}:${n + 1}:${line.indexOf(token) + 1}`, what };
});
const fineLines = FINE.map((line) => lines.indexOf(line) + 1);

/** Each probe's finding is in the report at its place; no finding is on a FINE line. */
function assertReported(report: string, how: string): void {
  for (const { at, what } of expected) {
    assert.ok(report.split('\n').some((l) => l.startsWith(`${at}`) && l.includes(`Unexpected ${what}`)), `${how}: no "${what}" at ${at} in:\n${report}`);
  }
  for (const n of fineLines) assert.ok(!report.includes(`${FILE}:${n}:`), `${how}: a false alarm at line ${n}:\n${report}`);
}

describe('the leak probes, through every public output', () => {
  let repo: TestRepo;
  before(() => {
    repo = makeRepo();
    repo.write('.incident.yml', CONFIG);
    repo.write(FILE, TEXT);
  });
  after(() => repo.cleanup());

  it('validate reports each at its source line (public-leak), before anything is published, its lane as the full CLI', () => {
    const r = repo.run(['validate', FILE], { env: { CASEFILE_DEBUG: '1' } });
    assert.equal(r.code, 1, r.stderr);
    // The lane renders the public output with its part (dist/lanes/parts/public-check.cjs), not by handing over.
    assert.doesNotMatch(r.stderr, /handed to the full CLI/);
    assert.equal(r.stdout, repo.run(['validate', FILE, '--no-cache'], { full: true }).stdout, 'the same findings as the full CLI');
    assertReported(r.stdout.split('\n').filter((l) => l.endsWith('public-leak')).map((l) => l.replace(/^(\S+):(\d+):(\d+) error /, '$1:$2:$3: ')).join('\n'), 'validate');
  });

  for (const args of [['render', ID, '--audience', 'public'], ['render', ID, '--audience', 'public', '--format', 'html'], ['status-update', ID]]) {
    it(`${args.join(' ')} refuses, naming each at its source line, and prints nothing`, () => {
      const r = repo.run(args);
      assert.equal(r.code, 1, r.stderr);
      assert.equal(r.stdout, '');
      assertReported(r.stderr, args.join(' '));
    });
  }

  it('publish holds the incident back, naming each, and writes none of it', () => {
    const r = repo.run(['publish']);
    assert.equal(r.code, 1, r.stderr);
    assertReported(r.stderr, 'publish');
    assert.ok(!fs.existsSync(path.join(repo.dir, 'site', 'incidents', `${ID}.html`)));
    const site = ['index.html', 'feed.xml'].map((f) => fs.readFileSync(path.join(repo.dir, 'site', f), 'utf8')).join('\n');
    assert.ok(!site.includes(ID));
  });

  it('with the false alarms alone, every output publishes (allow: and public_domains: in use)', () => {
    repo.write(FILE, TEXT.replace(PROBES.map(([line]) => line).join('\n'), ''));
    assert.equal(repo.run(['validate', FILE]).stdout.split('\n').filter((l) => l.endsWith('public-leak')).join('\n'), '');
    for (const args of [['render', ID, '--audience', 'public'], ['render', ID, '--audience', 'public', '--format', 'html'], ['status-update', ID], ['publish']]) {
      const r = repo.run(args);
      assert.equal(r.code, 0, `${args.join(' ')}: ${r.stderr}`);
    }
    assert.match(fs.readFileSync(path.join(repo.dir, 'site', 'incidents', `${ID}.html`), 'utf8'), /Price checks ran\. Will this recur\?/);
  });
});
