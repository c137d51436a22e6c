// The lifecycle commands through the built CLI: a back-filled incident corrected, escalated,
// reopened, resolved and closed again, its action items, impact and review; and every refusal
// as one line with its exit code, leaving the file byte for byte as it was.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { makeRepo, type RunResult, type TestRepo } from './helpers/repo.ts';

const ID = '2017-02-28-s3-outage';
const FILE = `incidents/${ID}.md`;
const env = { CASEFILE_NOW: '2026-12-04T20:00:00Z' };

/** The post-mortem written: each section's guidance comment replaced by text. */
const written = (text: string) => text.replace(/<!--[\s\S]*?-->/g, 'Written after the review meeting.');

function ok(r: RunResult): RunResult {
  assert.equal(r.code, 0, `exit ${r.code}\nstdout: ${r.stdout}\nstderr: ${r.stderr}`);
  return r;
}

describe('the lifecycle from the CLI', () => {
  let repo: TestRepo;
  const run = (...args: string[]) => repo.run(args, { env });
  before(() => {
    repo = makeRepo();
    ok(repo.run(['init']));
    ok(run('new', 'S3 outage', '--severity', 'SEV-2', '--commander', 'alice', '--timezone', 'America/Los_Angeles', '--at', '2017-02-28T09:37:00-08:00'));
    ok(run('log', ID, 'Error rates up', '--kind', 'detected', '--at', '2017-02-28T09:45'));
    ok(run('log', ID, 'Typo in a playbook command', '--at', '2017-02-28T09:50'));
  });
  after(() => repo.cleanup());

  /** Runs a command that must be refused: its exit code, one line on stderr, nothing on stdout, the file unchanged. */
  const refused = (code: number, pattern: RegExp, ...args: string[]) => {
    const before = repo.read(FILE);
    const r = run(...args);
    assert.equal(r.code, code, `${args.join(' ')}: exit ${r.code}\n${r.stderr}`);
    assert.equal(r.stderr.trimEnd().split('\n').length, 1, r.stderr);
    assert.match(r.stderr.trimEnd(), pattern);
    assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
    assert.equal(repo.read(FILE), before, `${args.join(' ')} changed the file`);
  };

  it('show numbers the entries; amend and remove take the number', () => {
    assert.match(ok(run('show', ID)).stdout, /^\s+3\s+09:50:00\s+note\s+\S+.*Typo in a playbook command$/m);
    const shown = JSON.parse(ok(run('show', ID, '--json')).stdout) as { incident: { timeline: { n: number; text: string }[] } };
    assert.deepEqual(shown.incident.timeline.map((e) => e.n), [1, 2, 3]);
    ok(run('amend', ID, '3', '--text', 'Typo in a capacity removal command', '--at', '09:52', '--approx'));
    const { by, ...entry } = JSON.parse(ok(run('show', ID, '--json')).stdout).incident.timeline[2];
    assert.deepEqual(entry, { n: 3, at: '2017-02-28T09:52:00-08:00', kind: 'note', text: 'Typo in a capacity removal command', approx: true });
    assert.equal(typeof by, 'string');
    ok(run('log', ID, 'Wrong entry', '--at', '2017-02-28T09:55'));
    assert.match(ok(run('remove', ID, '4')).stdout, /removed entry 4: 2017-02-28T09:55:00-08:00 note: Wrong entry/);
  });

  it('refuses an entry number that is not there, or not a number', () => {
    refused(2, /^incident: Unexpected entry number 9, expected 1 to 3 \(incidents\/2017-02-28-s3-outage\.md has 3 timeline entries/, 'amend', ID, '9', '--text', 'x');
    refused(2, /^incident: Unexpected entry number "x"/, 'remove', ID, 'x');
    refused(2, /^incident: Missing change, expected --at, --text/, 'amend', ID, '2');
  });

  it('refuses an amend that breaks the milestones\' order (the write guard)', () => {
    refused(1, /detected .* before started/, 'amend', ID, '2', '--at', '2017-02-28T09:00');
  });

  it('severity: asks for --at when back-filling, refuses an unknown level, logs the change, show names the highest', () => {
    refused(2, /^incident: incidents\/2017-02-28-s3-outage\.md is being back-filled \(last entry 2017-02-28 09:52\); say when with --at, or --now/, 'severity', ID, 'SEV-1');
    refused(2, /^incident: Unexpected severity "SEV-9", expected one of SEV-1, SEV-2, SEV-3, SEV-4, SEV-5$/, 'severity', ID, 'SEV-9', '--at', '10:00');
    assert.match(ok(run('severity', ID, 'sev-1', '--at', '10:00')).stdout, /2017-02-28T10:00:00-08:00 severity SEV-2 -> SEV-1/);
    ok(run('severity', ID, 'SEV-2', '--at', '12:00'));
    const show = ok(run('show', ID)).stdout;
    assert.match(show, /^Highest severity: SEV-1 since 2017-02-28 10:00$/m);
    assert.match(show, /^2017-02-28-s3-outage  SEV-2  /m);
    assert.deepEqual(JSON.parse(ok(run('show', ID, '--json')).stdout).highest_severity, { severity: 'SEV-1', at: '2017-02-28T10:00:00-08:00' });
  });

  it('resolves, reopens, resolves and closes again; a closed incident is reopened, not resolved', () => {
    ok(run('status', ID, 'recovered', '--at', '13:54'));
    ok(run('status', ID, 'resolved', '--at', '14:10'));
    refused(1, /second resolved|already has a resolved entry/, 'status', ID, 'resolved', '--at', '14:20');
    assert.match(ok(run('reopen', ID, '--at', '15:00')).stdout, /reopened Reopened; status investigating \(was resolved\)/);
    refused(1, /^incident: incidents\/2017-02-28-s3-outage\.md is investigating, not resolved or closed: nothing to reopen$/, 'reopen', ID, '--at', '15:10');
    refused(1, /^incident: Cannot close 2017-02-28-s3-outage: status is "investigating", expected resolved/, 'close', ID);
    ok(run('status', ID, 'resolved', '--at', '16:00'));
    const closed = ok(run('close', ID));
    assert.match(closed.stderr, /the due date from the resolution \(2017-03-07\) has passed; due 2026-12-11, from today/);
    assert.match(closed.stdout, /Still to do before validate passes/);
    assert.match(closed.stdout, /Missing action items[^\n]*\n\s+fix: incident action 2017-02-28-s3-outage add "<verb-first title>"/);
    refused(1, /is closed; to reopen it: incident status 2017-02-28-s3-outage investigating$/, 'status', ID, 'resolved', '--at', '16:30');
    ok(run('reopen', ID, '--at', '2017-03-01T09:00'));
    ok(run('status', ID, 'resolved', '--at', '2017-03-01T10:00'));
    ok(run('close', ID));
    assert.equal(/^status: (\S+)/m.exec(repo.read(FILE))?.[1], 'closed');
  });

  it('action items: add, update, list; an unknown id, wont-do without a reason and a bad value are refused', () => {
    const first = ok(run('action', ID, 'add', 'Add safeguards to the capacity tool', '--type', 'prevent', '--owner', 'bob', '--due', '2017-03-31')).stdout;
    assert.match(first, /AI-[a-z0-9]{5} open: Add safeguards/);
    const one = /AI-[a-z0-9]{5}/.exec(first)![0];
    const second = ok(run('action', ID, 'add', 'Audit other tools'));
    const two = /AI-[a-z0-9]{5}/.exec(second.stdout)![0];
    assert.notEqual(one, two);
    assert.match(second.stdout, new RegExp(`${two} open`));
    assert.match(second.stderr, new RegExp(`${two} has no owner: --owner <name>`));
    refused(2, new RegExp(`^incident: Unexpected action item "AI-7" in incidents/2017-02-28-s3-outage\\.md, expected one of ${one}, ${two}$`), 'action', ID, 'AI-7', '--status', 'done');
    refused(2, new RegExp(`^incident: Missing --reason, expected why it will not be done: incident action 2017-02-28-s3-outage ${two} --status wont-do --reason "<why>"$`), 'action', ID, two, '--status', 'wont-do');
    refused(2, /^incident: Unexpected --status "finished", expected one of open, in-progress, done, wont-do$/, 'action', ID, one, '--status', 'finished');
    refused(2, /^incident: Unexpected --due "2017-02-30", expected a date like/, 'action', ID, one, '--due', '2017-02-30');
    ok(run('action', ID, two, '--status', 'wont-do', '--reason', `Covered by ${one}`));
    // Typed any case, with or without AI-.
    ok(run('action', ID, one.slice(3).toUpperCase(), '--status', 'done'));
    const list = ok(run('action', ID)).stdout;
    assert.match(list, new RegExp(`^\\s*${one}\\s+done\\s+prevent\\s+Add safeguards to the capacity tool\\s+owner bob, due 2017-03-31$`, 'm'));
    assert.match(list, new RegExp(`^\\s*${two}\\s+wont-do\\s+Audit other tools\\s+reason: Covered by ${one}$`, 'm'));
  });

  it('impact: a summary and figures, a figure with the same label replaced', () => {
    ok(run('impact', ID, '--summary', 'S3 in us-east-1 unavailable', '--figure', 'Error rate=100%', '--figure', 'Hours=4'));
    ok(run('impact', ID, '--figure', 'error rate=99%'));
    const impact = JSON.parse(ok(run('show', ID, '--json')).stdout).incident.impact;
    assert.deepEqual(impact, { summary: 'S3 in us-east-1 unavailable', figures: [{ label: 'Error rate', value: '99%' }, { label: 'Hours', value: 4 }] });
    refused(2, /^incident: Unexpected --figure "Hours", expected "<label>=<value>"/, 'impact', ID, '--figure', 'Hours');
  });

  it('review: request, approve by someone else, publish; publishing without an independent approval is refused', () => {
    refused(1, /^incident: Cannot publish the post-mortem of 2017-02-28-s3-outage: it is draft, expected approved \(incident review 2017-02-28-s3-outage request first\)$/, 'review', ID, 'publish');
    ok(run('review', ID, 'request', '--by', 'alice'));
    refused(1, /^incident: Cannot approve the post-mortem of 2017-02-28-s3-outage as alice, its author/, 'review', ID, 'approve', '--by', 'alice');
    refused(2, /^incident: Missing --note, expected why the post-mortem goes back to draft$/, 'review', ID, 'reject', '--by', 'bob');
    ok(run('review', ID, 'reject', '--by', 'bob', '--note', 'Root cause is thin'));
    ok(run('review', ID, 'request', '--by', 'alice'));
    ok(run('review', ID, 'approve', '--by', 'bob'));
    refused(1, /^incident: Cannot publish the post-mortem of 2017-02-28-s3-outage: incident validate reports \d+ errors \(first, line \d+: /, 'review', ID, 'publish', '--by', 'alice');
    ok(run('role', ID, '--scribe', 'bob', '--at', '2017-02-28T09:40'));
    repo.write(FILE, written(repo.read(FILE)));
    assert.match(ok(run('review', ID, 'publish', '--by', 'alice')).stdout, /post-mortem published \(was approved\); published by alice/);
    refused(2, /^incident: Unexpected review step "merge", expected one of request, approve, reject, publish$/, 'review', ID, 'merge');
  });

  it('publish needs an approval since the last request when the config asks (the default)', () => {
    const repo2 = makeRepo();
    try {
      const id = '2026-12-04-db';
      const r = (...args: string[]) => repo2.run(args, { env });
      ok(r('new', 'db', '--commander', 'alice', '--timezone', 'UTC', '--at', '2026-12-04T19:00:00Z'));
      ok(r('status', id, 'resolved', '--at', '19:30'));
      ok(r('action', id, 'add', 'Add a replica', '--owner', 'bob', '--due', '2027-01-10'));
      ok(r('close', id, '--owner', 'alice'));
      repo2.write(`incidents/${id}.md`, written(repo2.read(`incidents/${id}.md`)));
      ok(r('review', id, 'request', '--by', 'alice'));
      ok(r('review', id, 'approve', '--by', 'bob'));
      ok(r('review', id, 'reject', '--by', 'carol', '--note', 'Not yet'));
      ok(r('review', id, 'request', '--by', 'alice'));
      assert.equal(r('review', id, 'approve', '--by', 'alice').code, 1, 'the author cannot approve');
      repo2.write('.incident.yml', 'review:\n  require_independent_approval: false\n');
      ok(r('review', id, 'approve', '--by', 'alice'));
      repo2.write('.incident.yml', 'review:\n  require_independent_approval: true\n');
      // bob's approval was before the rejection: it does not count for this round.
      const publish = r('review', id, 'publish', '--by', 'alice');
      assert.equal(publish.code, 1);
      assert.match(publish.stderr, /needs an approval from someone other than its author \(alice\)/);
      repo2.write('.incident.yml', 'review:\n  require_independent_approval: false\n');
      ok(r('review', id, 'publish', '--by', 'alice'));
    } finally {
      repo2.cleanup();
    }
  });

  it('the author is known under every name the config gives them: a git user name, a handle, another case', () => {
    const repo3 = makeRepo();
    try {
      const id = '2026-12-04-db';
      const r = (...args: string[]) => repo3.run(args, { env });
      repo3.write('.incident.yml', 'people:\n  Alice Example: "@alice"\n');
      ok(r('new', 'db', '--commander', 'alice', '--timezone', 'UTC', '--at', '2026-12-04T19:00:00Z'));
      ok(r('status', id, 'resolved', '--at', '19:30'));
      ok(r('close', id, '--owner', 'alice'));
      ok(r('review', id, 'request', '--by', 'alice'));
      const before = repo3.read(`incidents/${id}.md`);
      for (const self of ['Alice Example', 'ALICE', ' alice example ', '@alice']) {
        const approve = r('review', id, 'approve', '--by', self);
        assert.equal(approve.code, 1, `${self} approved their own post-mortem`);
        assert.match(approve.stderr, /its author: the approval must come from someone else/);
      }
      assert.equal(repo3.read(`incidents/${id}.md`), before);
      ok(r('review', id, 'approve', '--by', 'Bob Builder'));
    } finally {
      repo3.cleanup();
    }
  });
});
