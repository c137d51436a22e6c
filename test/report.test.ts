// The coordinator's report and the status update, through the real bundle, on an incident built
// the way responders build one: new, log, role, thread, evidence, with the clock pinned per step.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { makeRepo, type RunResult, type TestRepo } from './helpers/repo.ts';

const ID = '2026-03-01-checkout-fails';

function ok(r: RunResult): RunResult {
  assert.equal(r.code, 0, `exit ${r.code}\n${r.stdout}\n${r.stderr}`);
  return r;
}

/** Runs the CLI at a Berlin wall-clock time on 2026-03-01. */
const at = (repo: TestRepo, time: string, args: string[]) => ok(repo.run(args, { env: { CASEFILE_NOW: `2026-03-01T${time}:00+01:00` } }));

/** The threads' ids, as `thread open` printed them (made from the incident, the user and the clock: the same every run). */
let T: string[] = [];

function responders(repo: TestRepo, drill = false): void {
  const open = (time: string, args: string[]) => /Thread ([a-z0-9]{5}) /.exec(at(repo, time, ['thread', ID, 'open', ...args]).stdout)![1]!;
  at(repo, '14:00', ['new', 'Checkout fails', '--severity', 'SEV-2', '--timezone', 'Europe/Berlin', '--at', '13:50', '--commander', 'alice', ...(drill ? ['--drill'] : [])]);
  at(repo, '14:02', ['status', ID, 'detected', '--at', '13:55', '-m', 'Error rate on /checkout at 40%']);
  at(repo, '14:03', ['role', ID, '--coordinator', 'frank', '--sme', 'dave,erin']);
  T = ['', open('14:05', ['Is deploy 412 the cause?', '--owner', 'dave']), open('14:06', ['Are the payment provider timeouts related?']),
    open('14:07', ['Is the database healthy?', '--owner', 'erin'])];
  at(repo, '14:10', ['log', ID, 'EU checkouts fail with HTTP 502 in the load balancer logs', '--kind', 'finding', '--by', 'erin']);
  repo.write('lb-errors.txt', '502 x 1200\n');
  at(repo, '14:12', ['evidence', ID, 'add', 'lb-errors.txt', '--by', 'erin']);
  at(repo, '14:20', ['thread', ID, 'close', T[3]!, 'Yes: replication lag under 1s, no errors', '--by', 'erin']);
  at(repo, '14:31', ['thread', ID, 'update', T[1]!, 'Errors began 2 minutes after the deploy finished', '--by', 'dave']);
}

describe('incident report', () => {
  let repo: TestRepo;
  before(() => {
    repo = makeRepo();
    responders(repo);
  });
  after(() => repo.cleanup());

  it('says what the coordinator reports: symptoms, observed, data, threads and owners, unowned, answers, roles, time, milestones', () => {
    const r = at(repo, '14:35', ['report', ID]);
    assert.equal(r.stdout, `# Investigation update: Checkout fails

SEV-2, investigating, at 14:35. 45m since impact started (13:50).

**Symptoms:** Checkout fails

First seen 13:55: Error rate on /checkout at 40%

**Observed directly:** yes, 14:10 erin: EU checkouts fail with HTTP 502 in the
load balancer logs

**Data so far:**

- 14:10 erin: EU checkouts fail with HTTP 502 in the load balancer logs

**Evidence saved:**

- \`${ID}/evidence/20260301T131200Z-lb-errors.txt\` (11 B,
  erin): lb-errors.txt

**Open threads:**

- #${T[1]} Is deploy 412 the cause? (dave)
  - 14:31 dave: Errors began 2 minutes after the deploy finished

**Interesting, not being investigated:**

- #${T[2]} Are the payment provider timeouts related?

**Answered:**

- #${T[3]} Is the database healthy? → Yes: replication lag under 1s, no errors
  (erin)

**Roles:** Incident commander alice; Investigation coordinator frank; Subject
matter experts dave, erin

**Milestones:** started 13:50, detected 13:55 (+5m), declared 14:00 (+10m)
`);
  });

  it('--since shows only what is new, and counts the open threads with nothing new', () => {
    const r = at(repo, '14:35', ['report', ID, '--since', '14:15']);
    assert.match(r.stdout, /at 14:35, what is new since 14:15\./);
    assert.doesNotMatch(r.stdout, /Data so far|Evidence saved|Interesting, not being investigated|Milestones/);
    assert.match(r.stdout, new RegExp(`\\*\\*Open threads:\\*\\*\\n\\n- #${T[1]} Is deploy 412 the cause\\? \\(dave\\)\\n {2}- 14:31 dave: Errors began`));
    assert.match(r.stdout, new RegExp(`\\*\\*Answered:\\*\\*\\n\\n- #${T[3]} Is the database healthy\\?`));
    const later = at(repo, '14:50', ['report', ID, '--since', '-10m']);
    assert.match(later.stdout, /\*\*Open threads:\*\*\n\n- none new\n- and 1 more with nothing new\n/);
  });

  it('says what was known at the time it is made (a past incident can be reported as of any moment)', () => {
    const r = at(repo, '14:15', ['report', ID]);
    assert.match(r.stdout, /at 14:15\. 25m since impact started/);
    assert.match(r.stdout, new RegExp(`\\*\\*Open threads:\\*\\*\\n\\n- #${T[1]} Is deploy 412 the cause\\? \\(dave\\)\\n- #${T[3]} Is the database healthy\\? \\(erin\\)\\n`));
    assert.doesNotMatch(r.stdout, /Answered|Errors began/);
  });

  it('a repository template replaces the built-in one; a broken one is named with its line', () => {
    repo.write('templates/coordinator-report.md.hbs', '{{inline title}}: {{length threads}} open, {{length unowned}} unowned\n');
    try {
      assert.equal(at(repo, '14:35', ['report', ID]).stdout, 'Checkout fails: 1 open, 1 unowned\n');
      repo.write('templates/coordinator-report.md.hbs', 'line one\n{{#each threads}}\n');
      const bad = repo.run(['report', ID]);
      assert.equal(bad.code, 1);
      assert.match(bad.stderr, /^templates\/coordinator-report\.md\.hbs:\d+: Unexpected template syntax/);
    } finally {
      fs.rmSync(path.join(repo.dir, 'templates'), { recursive: true, force: true });
    }
  });

  it('status-update renders status-update.md.hbs for the communications liaison (public by default)', () => {
    const pub = at(repo, '14:35', ['status-update', ID]);
    assert.match(pub.stdout, /^# Checkout fails\n\nSEV-2, update at 2026-03-01 13:35 UTC\.\n\nWe are investigating this issue\. /);
    assert.doesNotMatch(pub.stdout, /alice|dave|erin/, 'no names in public output');
    const internal = at(repo, '14:35', ['status-update', ID, '--audience', 'internal']);
    assert.match(internal.stdout, /Incident commander: alice/);
  });
});

describe('drills keep working with every response command', () => {
  it('threads, evidence, the report (marked DRILL) and the status update on a drill', () => {
    const repo = makeRepo();
    try {
      responders(repo, true);
      const report = at(repo, '14:35', ['report', ID]).stdout;
      assert.match(report, /^# \[DRILL\] Investigation update: Checkout fails\n\n> \*\*DRILL\*\*: this is a practice incident/);
      assert.match(at(repo, '14:35', ['status-update', ID]).stdout, /DRILL/);
      assert.equal(at(repo, '14:36', ['evidence', ID, 'verify']).code, 0);
    } finally {
      repo.cleanup();
    }
  });
});
