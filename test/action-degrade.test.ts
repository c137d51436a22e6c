// The Action's review when GitHub's API fails: the annotations, outputs and job summary are written
// anyway, the sticky comment is skipped with one warning, and the step's exit code is the review's
// own. The built dist/action.js runs as a child process against a GitHub-compatible server on
// 127.0.0.1 that answers 500 on the comments API, or against a port where nothing listens (the
// real Octokit client, its real retry waits: the retries are bounded, counted on the server).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { promisify } from 'node:util';
import { ROOT, snapshotCli } from './helpers/repo.ts';
import { startFakeGitHub, type FakeGitHub } from './helpers/fake-github.ts';

const run = promisify(execFile);
const examples = createRequire(import.meta.url)('@octokit/webhooks-examples') as { name: string; examples: Record<string, unknown>[] }[];
const EXAMPLE = 'incidents/2017-01-06-db2kafka-outage-from-oom-kills.md';
const BROKEN = 'incidents/2026-03-01-broken.md';
const UNTOUCHED = 'incidents/2026-03-02-untouched.md';

/** A real pull_request payload for acme/incidents, pull request `number`, based on `baseSha`. */
function pullRequest(number: number, baseSha: string): Record<string, unknown> {
  const all = examples.find((e) => e.name === 'pull_request')!.examples;
  const event = structuredClone(all.find((e) => e.action === 'opened')!) as Record<string, any>;
  Object.assign(event.repository, { full_name: 'acme/incidents', name: 'incidents' });
  event.repository.owner.login = 'acme';
  event.pull_request.number = number;
  event.pull_request.base.sha = baseSha;
  return event;
}

/** A port on 127.0.0.1 where nothing listens: every connection is refused. */
async function refusedUrl(): Promise<string> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}

interface ActionRun {
  code: number;
  stdout: string;
  outputs: Record<string, string>;
  summary: string;
}

describe('the Action review with the GitHub API down (dist/action.js)', () => {
  let github: FakeGitHub;
  let dir: string;
  let actionJs: string;
  let firstCommit: string;
  const git = (...args: string[]) => {
    const r = spawnSync('git', args, { cwd: dir, encoding: 'utf8' });
    assert.equal(r.status, 0, `git ${args.join(' ')}: ${r.stderr}`);
    return r.stdout.trim();
  };

  before(async () => {
    actionJs = path.join(path.dirname(path.dirname(snapshotCli())), 'dist', 'action.js');
    github = await startFakeGitHub();
    // Two commits: the base (every file valid) and the pull request's head, which breaks BROKEN's
    // severity and touches EXAMPLE. UNTOUCHED is broken in both, and not part of the change.
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'casefile-action-down-'));
    git('init', '-q');
    git('config', 'user.name', 'Test');
    git('config', 'user.email', 'test@example.com');
    const example = fs.readFileSync(path.join(ROOT, EXAMPLE), 'utf8');
    const withId = (id: string) => example.replace(/^id: .*$/m, `id: ${id}`);
    fs.mkdirSync(path.join(dir, 'incidents'));
    fs.writeFileSync(path.join(dir, EXAMPLE), example);
    fs.writeFileSync(path.join(dir, BROKEN), withId('2026-03-01-broken'));
    fs.writeFileSync(path.join(dir, UNTOUCHED), withId('2026-03-02-untouched').replace(/^severity: .*$/m, 'severity: SEV-9'));
    git('add', '.');
    git('commit', '-qm', 'base');
    firstCommit = git('rev-parse', 'HEAD');
    fs.writeFileSync(path.join(dir, EXAMPLE), example.replace(/^(title: .*)$/m, '$1 (revised)'));
    fs.writeFileSync(path.join(dir, BROKEN), withId('2026-03-01-broken').replace(/^severity: .*$/m, 'severity: SEV-9'));
    git('commit', '-qam', 'the pull request');
  });

  after(async () => {
    await github.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  /** The Action as the runner starts it, at the real time scale (the retry waits are real). */
  async function action(event: Record<string, unknown>, apiUrl: string): Promise<ActionRun> {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'casefile-action-run-'));
    const files = { event: path.join(tmp, 'event.json'), output: path.join(tmp, 'output'), summary: path.join(tmp, 'summary') };
    fs.writeFileSync(files.event, JSON.stringify(event));
    fs.writeFileSync(files.output, '');
    fs.writeFileSync(files.summary, '');
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH, HOME: process.env.HOME,
      GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: dir, GITHUB_REPOSITORY: 'acme/incidents',
      GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: files.event,
      GITHUB_OUTPUT: files.output, GITHUB_STEP_SUMMARY: files.summary, GITHUB_API_URL: apiUrl,
      INPUT_COMMAND: 'review', INPUT_TOKEN: github.token,
    };
    let result: { stdout: string; code: number };
    try {
      result = { ...(await run(process.execPath, [actionJs], { cwd: dir, env })), code: 0 };
    } catch (error) {
      const e = error as { stdout: string; code: number };
      result = { stdout: e.stdout, code: e.code };
    }
    const outputs: Record<string, string> = {};
    for (const m of fs.readFileSync(files.output, 'utf8').matchAll(/^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm)) outputs[m[1]!] = m[3]!;
    const summary = fs.readFileSync(files.summary, 'utf8');
    fs.rmSync(tmp, { recursive: true });
    for (const text of [result.stdout, summary]) assert.ok(!text.includes(github.token), 'the token leaked');
    return { ...result, outputs, summary };
  }

  const warnings = (stdout: string) => stdout.split('\n').filter((l) => l.startsWith('::warning::'));

  it('the comments API answers 500: annotations, outputs and the summary as usual, one warning, no failure of its own', async () => {
    const files = [EXAMPLE].map((filename) => ({ filename, status: 'modified' }));
    const pr = (await github.seedIssue({ title: 'A clean post-mortem', pull_request: true, files })).number;
    await github.inject({ path: '/comments$', kind: 'status', status: 500, times: 100 });
    await github.resetLog();
    try {
      const r = await action(pullRequest(pr, firstCommit), github.url);
      assert.equal(r.code, 0, r.stdout);
      assert.deepEqual(warnings(r.stdout), [
        `::warning::No pull request comment: GitHub failed on GET /repos/acme/incidents/issues/${pr}/comments (500 Server Error); the review is in the annotations and the job summary`,
      ]);
      assert.doesNotMatch(r.stdout, /^::error/m);
      assert.equal(r.outputs.errors, '0');
      assert.match(r.summary, /^# Casefile review$/m);
      assert.match(r.summary, /1 incident file checked/);
      assert.match(r.summary, /\| Time to detect +\| 6m34s +\|/);
      // The retries are bounded: the first request and one retry, then no create.
      const log = (await github.state()).log.filter((l) => l.path.endsWith('/comments'));
      assert.deepEqual(log.map((l) => `${l.method} ${l.status}`), ['GET 500', 'GET 500']);
      assert.deepEqual((await github.state()).issues.find((i) => i.number === pr)!.comments, []);
    } finally {
      await github.clearFaults();
    }
  });

  it('the comments API answers 500 on a pull request with errors: they are annotated and fail the step (exit 1), the comment only warns', async () => {
    const files = [EXAMPLE, BROKEN].map((filename) => ({ filename, status: 'modified' }));
    const pr = (await github.seedIssue({ title: 'A broken post-mortem', pull_request: true, files })).number;
    await github.inject({ method: 'POST', path: '/comments$', kind: 'status', status: 502, times: 100 });
    try {
      const r = await action(pullRequest(pr, firstCommit), github.url);
      assert.equal(r.code, 1, r.stdout);
      assert.match(r.stdout, /^::error title=frontmatter-schema,file=incidents\/2026-03-01-broken\.md,line=\d+,col=11::Unexpected severity "SEV-9"/m);
      assert.match(r.stdout, /^::error::1 error in the changed post-mortems/m);
      assert.equal(warnings(r.stdout).length, 1, r.stdout);
      assert.match(warnings(r.stdout)[0]!, /^::warning::No pull request comment: GitHub failed on POST \/repos\/acme\/incidents\/issues\/\d+\/comments \(502 Server Error\)/);
      assert.equal(r.outputs.errors, '1');
      assert.match(r.summary, /2 incident files checked: 1 error/);
      // Everything but the comment was written before it was tried: the warning comes last but the failure.
      const lines = r.stdout.trim().split('\n');
      assert.match(lines.at(-2)!, /^::warning::/);
      assert.match(lines.at(-1)!, /^::error::1 error/);
    } finally {
      await github.clearFaults();
    }
  });

  it('nothing listens at the API: the changed files come from git (the base commit), one warning, the summary written', async () => {
    const r = await action(pullRequest(1, firstCommit), await refusedUrl());
    assert.equal(r.code, 1, r.stdout);
    assert.match(r.stdout, /^::error title=frontmatter-schema,file=incidents\/2026-03-01-broken\.md,line=\d+,col=11::Unexpected severity "SEV-9"/m);
    assert.doesNotMatch(r.stdout, /untouched/, 'a file the pull request does not change is not reviewed');
    assert.equal(warnings(r.stdout).length, 1, r.stdout);
    assert.match(warnings(r.stdout)[0]!, /^::warning::No pull request files from GitHub: .*; the changed files come from git, and no pull request comment was written; the review is in the annotations and the job summary$/);
    assert.equal(r.outputs.errors, '1');
    assert.match(r.summary, /^# Casefile review$/m);
    assert.match(r.summary, /2 incident files checked: 1 error/);
  });

  it('nothing listens and the base commit is not in the checkout (a shallow clone): every incident file is reviewed, one warning', async () => {
    const r = await action(pullRequest(1, 'f'.repeat(40)), await refusedUrl());
    assert.equal(r.code, 1, r.stdout);
    assert.match(r.stdout, /file=incidents\/2026-03-02-untouched\.md/);
    assert.match(r.stdout, /file=incidents\/2026-03-01-broken\.md/);
    assert.equal(warnings(r.stdout).length, 1, r.stdout);
    assert.match(warnings(r.stdout)[0]!, /every incident file was reviewed \(the base commit is not in this checkout\)/);
    assert.equal(r.outputs.errors, '2');
    assert.match(r.summary, /3 incident files checked: 2 errors/);
  });
});
