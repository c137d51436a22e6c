// Every write passes the timeline check (src/io/incident-store.ts): a milestone out of order or
// twice, an entry in the future, an ambiguous HH:MM, "now" stamped into an incident being
// back-filled are each refused with one line and leave the file byte for byte; --force records it
// and says so; --now means it; validate reports what the write refused. The real CLI, a pinned clock.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { makeRepo, type RunResult, type TestRepo } from './helpers/repo.ts';

const ID = '2017-01-06-db2kafka-outage';
const FILE = `incidents/${ID}.md`;
const F = FILE.replace(/[./]/g, (c) => `\\${c}`);

function ok(r: RunResult): RunResult {
  assert.equal(r.code, 0, `expected exit 0, got ${r.code}\nstdout: ${r.stdout}\nstderr: ${r.stderr}`);
  return r;
}

/** db2kafka (Los Angeles) back-filled in 2026: started, detected, and a note after midnight. */
function backfilled(): TestRepo {
  const repo = makeRepo();
  ok(repo.run(['new', 'db2kafka outage', '--timezone', 'America/Los_Angeles', '--at', '2017-01-06T14:50:26-08:00', '--severity', 'SEV-2']));
  ok(repo.run(['log', ID, 'First page', '--kind', 'detected', '--at', '2017-01-06 14:56']));
  ok(repo.run(['log', ID, 'Backlog still draining', '--at', '2017-01-07T00:05:00-08:00']));
  return repo;
}

const REFUSED: { name: string; args: string[]; code: 1 | 2; stderr: RegExp; full?: boolean }[] = [
  {
    name: 'log --kind detected twice',
    args: ['log', ID, 'Second page', '--kind', 'detected', '--at', '2017-01-06 14:57'], code: 1,
    stderr: new RegExp(`^incident: ${F}: Unexpected second detected at 2017-01-06T14:57:00-08:00, expected each milestone once \\(first at 2017-01-06T14:56:00-08:00\\); a milestone happens once: log it as --kind finding, or correct the first one \\(or --force to record it anyway\\)\\n$`),
  },
  {
    name: 'log --kind detected twice, through the full CLI (the YAML path)',
    args: ['log', ID, 'Second page', '--kind', 'detected', '--at', '2017-01-06 14:57'], code: 1, full: true,
    stderr: /^incident: incidents\/\S+: Unexpected second detected at 2017-01-06T14:57:00-08:00, expected each milestone once/,
  },
  {
    name: 'status detected twice: the same message',
    args: ['status', ID, 'detected', '--at', '2017-01-06 14:58'], code: 1,
    stderr: new RegExp(`^incident: ${F}: Unexpected second detected at 2017-01-06T14:58:00-08:00, expected each milestone once \\(first at 2017-01-06T14:56:00-08:00\\); a milestone happens once`),
  },
  {
    name: 'status recovered before started',
    args: ['status', ID, 'recovered', '--at', '2017-01-06 14:00'], code: 1,
    stderr: new RegExp(`^incident: ${F}: Unexpected recovered at 2017-01-06T14:00:00-08:00 before started at 2017-01-06T14:50:26-08:00, expected milestones in order: started, mitigated, recovered, resolved; fix the time, or log it as --kind finding \\(or --force to record it anyway\\)\\n$`),
  },
  {
    name: 'an entry in the future',
    args: ['log', ID, 'From the future', '--at', '2026-03-01T14:10:00Z'], code: 1,
    stderr: new RegExp(`^incident: ${F}: Unexpected note at 2026-03-01T14:10:00Z in the future, expected a time already past \\(a minute of clock skew is allowed\\); fix the time \\(or --force to record it anyway\\)\\n$`),
  },
  {
    name: 'a bare HH:MM that fits on two days',
    args: ['status', ID, 'recovered', '--at', '17:00'], code: 2,
    stderr: /^incident: Ambiguous time "17:00": 2017-01-06T17:00:00-08:00 or 2017-01-07T17:00:00-08:00 both fit; write the date, e.g. --at "2017-01-07 17:00"\n$/,
  },
  {
    name: 'role without --at on an incident being back-filled',
    args: ['role', ID, '--scribe', 'bob'], code: 2,
    stderr: new RegExp(`^incident: ${F} is being back-filled \\(last entry 2017-01-07 00:05\\); say when with --at, or --now to record it at the current time\\n$`),
  },
  {
    name: 'thread without --at on an incident being back-filled',
    args: ['thread', ID, 'open', 'Why is replica02 slow?'], code: 2, stderr: new RegExp(`^incident: ${F} is being back-filled \\(last entry 2017-01-07 00:05\\)`),
  },
  {
    name: 'evidence add without --at on an incident being back-filled',
    args: ['evidence', ID, 'add', 'oom.log'], code: 2, stderr: new RegExp(`^incident: ${F} is being back-filled \\(last entry 2017-01-07 00:05\\)`),
  },
  { name: 'role with both --at and --now', args: ['role', ID, '--scribe', 'bob', '--at', '15:00', '--now'], code: 2, stderr: /^incident: Unexpected --now with --at, expected one of them\n$/ },
];

describe('a write never makes an impossible timeline', () => {
  let repo: TestRepo;
  before(() => {
    repo = backfilled();
    repo.write('oom.log', 'Out of memory: Killed process 4242 (java)\n');
  });
  after(() => repo.cleanup());

  for (const c of REFUSED) {
    it(`refused: ${c.name} (exit ${c.code}, one line, file unchanged)`, () => {
      const bytes = fs.readFileSync(path.join(repo.dir, FILE));
      const r = repo.run(c.args, { full: c.full });
      assert.equal(r.code, c.code, r.stderr);
      assert.match(r.stderr, c.stderr);
      assert.equal(r.stderr.trimEnd().split('\n').length, 1, r.stderr);
      assert.equal(r.stdout, '');
      assert.deepEqual(fs.readFileSync(path.join(repo.dir, FILE)), bytes);
    });
  }

  it('evidence add refused: no file saved either', () => {
    assert.equal(fs.existsSync(path.join(repo.dir, 'incidents', ID, 'evidence')) && fs.readdirSync(path.join(repo.dir, 'incidents', ID, 'evidence')).length, false);
  });

  it('--now records the current time; --at a past one', () => {
    assert.match(ok(repo.run(['evidence', ID, 'add', 'oom.log', '--at', '2017-01-06 15:10'])).stdout, /2017-01-06T15:10:00-08:00 evidence/);
    assert.match(ok(repo.run(['thread', ID, 'open', 'Why is replica02 slow?', '--at', '2017-01-06 15:20'])).stdout, /2017-01-06T15:20:00-08:00 question/);
    assert.match(ok(repo.run(['role', ID, '--scribe', 'bob', '--at', '2017-01-06 15:00'])).stdout, /scribe bob/);
    assert.match(ok(repo.run(['role', ID, '--scribe', 'bob'])).stdout, /no change/); // nothing to stamp, nothing asked
    assert.match(ok(repo.run(['role', ID, '--comms', 'carol', '--now'])).stdout, /communications liaison carol/);
    assert.match(repo.read(FILE), /at: 2026-03-01T06:05:00-08:00\n\s+kind: role\n\s+by: Alice Example\n\s+text: carol is communications liaison/);
  });
});

describe('--force, and what the file already has', () => {
  let repo: TestRepo;
  before(() => (repo = backfilled()));
  after(() => repo.cleanup());

  it('--force records it and says so on stderr; validate then reports the same problem', () => {
    const r = ok(repo.run(['log', ID, 'Alert fired (clock wrong?)', '--kind', 'detected', '--at', '2017-01-06 14:40', '--force']));
    const message = 'Unexpected second detected at 2017-01-06T14:56:00-08:00, expected each milestone once (first at 2017-01-06T14:40:00-08:00)';
    const order = 'Unexpected detected at 2017-01-06T14:40:00-08:00 before started at 2017-01-06T14:50:26-08:00, expected milestones in order: started, detected, acknowledged';
    assert.equal(r.stderr, `incident: ${FILE}: ${message} (recorded anyway: --force)\nincident: ${FILE}: ${order} (recorded anyway: --force)\n`);
    assert.match(r.stdout, /2017-01-06T14:40:00-08:00 detected/);
    const validate = repo.run(['validate', FILE]).stdout;
    assert.ok(validate.includes(message), validate);
    assert.ok(validate.includes(order), validate);
  });

  it('problems already in the file do not block an unrelated write', () => {
    ok(repo.run(['log', ID, 'Replica02 restarted', '--at', '2017-01-06 15:30']));
    ok(repo.run(['status', ID, 'mitigated', '--at', '2017-01-06 15:53']));
  });

  it('status --force records a milestone out of order and says so', () => {
    const r = ok(repo.run(['status', ID, 'recovered', '--at', '2017-01-06 15:50', '--force']));
    assert.match(r.stderr, /^incident: \S+: Unexpected recovered at 2017-01-06T15:50:00-08:00 before mitigated at 2017-01-06T15:53:00-08:00, expected milestones in order: started, mitigated, recovered, resolved \(recorded anyway: --force\)\n$/);
  });

  it('close on an old incident needs no --at: it happens now', () => {
    ok(repo.run(['status', ID, 'resolved', '--at', '2017-01-07 00:11']));
    ok(repo.run(['close', ID]));
    assert.match(repo.read(FILE), /at: 2026-03-01T06:05:00-08:00\n\s+kind: status\n\s+by: Alice Example\n\s+text: Closed/);
  });

  it('the log lane does not hand over for a plain file', () => {
    const r = ok(repo.run(['log', ID, 'A plain note', '--at', '2017-01-06 15:31'], { env: { CASEFILE_DEBUG: '1' } }));
    assert.doesNotMatch(r.stderr, /handed to the full CLI/);
  });
});

describe('incident new when back-filling', () => {
  let repo: TestRepo;
  before(() => (repo = makeRepo()));
  after(() => repo.cleanup());

  it('--approx and --started-text set the started entry', () => {
    ok(repo.run(['new', 'S3 outage', '--timezone', 'America/Los_Angeles', '--at', '2017-02-28 09:37', '--approx', '--started-text', 'S3 requests in us-east-1 start failing']));
    const text = repo.read('incidents/2017-02-28-s3-outage.md');
    assert.match(text, /- at: 2017-02-28T09:37:00-08:00\n\s+kind: started\n\s+by: Alice Example\n\s+text: S3 requests in us-east-1 start failing\n\s+approx: true\n/);
  });

  for (const [args, code, stderr] of [
    [['--approx'], 2, /^incident: Unexpected --approx without --at, expected when impact started, e\.g\. --at 13:45\n$/],
    [['--started-text', 'x'], 2, /^incident: Unexpected --started-text without --at/],
    [['--at', '2017-02-28 09:37', '--started-text', ' '], 2, /^incident: Unexpected empty --started-text/],
    [['--at', '2026-03-02T10:00:00Z'], 1, /^incident: Unexpected started at 2026-03-02T10:00:00Z in the future, expected a time already past \(a minute of clock skew is allowed\); fix the time\n$/],
  ] as const) {
    it(`refused: new ${args.join(' ')}`, () => {
      const r = repo.run(['new', 'Another outage', ...args]);
      assert.equal(r.code, code, r.stderr);
      assert.match(r.stderr, stderr);
      assert.ok(!fs.readdirSync(path.join(repo.dir, 'incidents')).some((f) => f.includes('another-outage')));
    });
  }
});
