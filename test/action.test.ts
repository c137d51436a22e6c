// The GitHub Action, as GitHub runs it: the built dist/action.js as a child process with INPUT_*
// variables, a real pull_request / push payload from @octokit/webhooks-examples, GITHUB_OUTPUT and
// GITHUB_STEP_SUMMARY files, and GITHUB_API_URL at a GitHub-compatible server on 127.0.0.1.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { promisify } from 'node:util';
import { ROOT, snapshotCli } from './helpers/repo.ts';
import { startFakeGitHub, type FakeGitHub } from './helpers/fake-github.ts';

const run = promisify(execFile);
const examples = createRequire(import.meta.url)('@octokit/webhooks-examples') as { name: string; examples: Record<string, unknown>[] }[];
const EXAMPLE = 'incidents/2017-01-06-db2kafka-outage-from-oom-kills.md';

function payload(event: 'pull_request' | 'push', patch: (p: Record<string, any>) => void): Record<string, unknown> {
  const all = examples.find((e) => e.name === event)!.examples;
  const chosen = structuredClone(event === 'pull_request' ? all.find((e) => e.action === 'opened')! : all[0]!) as Record<string, any>;
  chosen.repository.full_name = 'acme/incidents';
  chosen.repository.name = 'incidents';
  chosen.repository.owner.login = 'acme';
  patch(chosen);
  return chosen;
}

interface ActionRun {
  code: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

describe('the GitHub Action (dist/action.js)', () => {
  let github: FakeGitHub;
  let readOnly: FakeGitHub;
  let dir: string;
  let pr: number;

  let actionJs: string;

  before(async () => {
    // A snapshot of the built bundle: other work may rebuild dist/ while tests run.
    actionJs = path.join(path.dirname(path.dirname(snapshotCli())), 'dist', 'action.js');
    github = await startFakeGitHub();
    readOnly = await startFakeGitHub({ readOnly: true });
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'casefile-action-'));
    const git = (...args: string[]) => assert.equal(spawnSync('git', args, { cwd: dir }).status, 0, args.join(' '));
    git('init', '-q');
    git('config', 'user.name', 'Test');
    git('config', 'user.email', 'test@example.com');
    const example = fs.readFileSync(path.join(ROOT, EXAMPLE), 'utf8');
    fs.mkdirSync(path.join(dir, 'incidents'));
    fs.writeFileSync(path.join(dir, EXAMPLE), example);
    fs.writeFileSync(path.join(dir, 'incidents/2026-03-01-broken.md'), example.replace(/^id: .*$/m, 'id: 2026-03-01-broken').replace(/^severity: .*$/m, 'severity: SEV-9'));
    fs.writeFileSync(path.join(dir, 'incidents/2026-03-02-untouched.md'), example.replace(/^id: .*$/m, 'id: 2026-03-02-untouched').replace(/^severity: .*$/m, 'severity: SEV-9'));
    git('add', '.');
    git('commit', '-qm', 'incidents');
    const files = [EXAMPLE, 'incidents/2026-03-01-broken.md', 'README.md'].map((filename) => ({ filename, status: 'modified' }));
    pr = (await github.seedIssue({ title: 'Post-mortem for the db2kafka outage', pull_request: true, files })).number;
    await readOnly.seedIssue({ title: 'From a fork', pull_request: true, files });
  });

  after(async () => {
    await github.close();
    await readOnly.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  async function action(inputs: Record<string, string>, event: Record<string, unknown>, server = github): Promise<ActionRun> {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'casefile-action-run-'));
    const files = { event: path.join(tmp, 'event.json'), output: path.join(tmp, 'output'), summary: path.join(tmp, 'summary') };
    fs.writeFileSync(files.event, JSON.stringify(event));
    fs.writeFileSync(files.output, '');
    fs.writeFileSync(files.summary, '');
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH, HOME: process.env.HOME,
      GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: dir, GITHUB_REPOSITORY: 'acme/incidents',
      GITHUB_EVENT_NAME: (event.pull_request ? 'pull_request' : 'push'), GITHUB_EVENT_PATH: files.event,
      GITHUB_OUTPUT: files.output, GITHUB_STEP_SUMMARY: files.summary, GITHUB_API_URL: server.url,
      CASEFILE_GITHUB_TIME_SCALE: '0', 'INPUT_TOKEN': server.token,
    };
    for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
    let result: { stdout: string; stderr: string; code: number };
    try {
      const r = await run(process.execPath, [actionJs], { cwd: dir, env });
      result = { ...r, code: 0 };
    } catch (error) {
      const e = error as { stdout: string; stderr: string; code: number };
      result = { stdout: e.stdout, stderr: e.stderr, code: e.code };
    }
    const outputs: Record<string, string> = {};
    for (const m of fs.readFileSync(files.output, 'utf8').matchAll(/^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm)) outputs[m[1]!] = m[3]!;
    const summary = fs.readFileSync(files.summary, 'utf8');
    fs.rmSync(tmp, { recursive: true });
    // The token is a secret: never in any output.
    for (const text of [result.stdout, result.stderr, summary, JSON.stringify(outputs)]) assert.ok(!text.includes(server.token), `the token leaked: ${text.slice(Math.max(0, text.indexOf(server.token) - 200), text.indexOf(server.token) + 50)}`);
    return { ...result, outputs, summary };
  }

  it('review: annotates the changed files only, fails on errors, writes outputs and the job summary', async () => {
    const r = await action({ command: 'review' }, payload('pull_request', (p) => (p.pull_request.number = pr)));
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stdout, /^::error title=frontmatter-schema,file=incidents\/2026-03-01-broken\.md,line=\d+,col=11::Unexpected severity "SEV-9"/m);
    assert.doesNotMatch(r.stdout, /untouched/, 'a file the pull request does not change is not reviewed');
    assert.match(r.stdout, /^::error::1 error in the changed post-mortems/m);
    assert.equal(r.outputs.errors, '1');
    assert.match(r.outputs.warnings ?? '', /^\d+$/);
    assert.match(r.summary, /^# Casefile review$/m);
    assert.match(r.summary, /2 incident files checked: 1 error/);
    assert.match(r.summary, /\| Time to detect +\| 6m34s +\|/);
    assert.match(r.summary, /the leak check passed\. The public text:\n\n```markdown\n/);
    assert.match(r.summary, /^## Casefile: insights of the last 90 days$/m, 'the insights are a section of the same document');
  });

  it('review: one sticky comment, updated on the next run, never duplicated', async () => {
    const event = payload('pull_request', (p) => (p.pull_request.number = pr));
    await action({ command: 'review' }, event);
    await action({ command: 'review' }, event);
    const comments = (await github.state()).issues.find((i) => i.number === pr)!.comments;
    assert.equal(comments.filter((c) => c.startsWith('<!-- casefile:review -->')).length, 1);
    assert.match(comments[0]!, /^## 2017-01-06-db2kafka-outage-from-oom-kills\n\ndb2kafka outage from OOM kills: the leak check passed\./m);
  });

  it('review with a read-only token (a fork): annotates and summarises, skips the comment with a notice', async () => {
    const r = await action({ command: 'review' }, payload('pull_request', (p) => (p.pull_request.number = 1)), readOnly);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /^::notice::No pull request comment: the token cannot write/m);
    assert.match(r.stdout, /^::error title=frontmatter-schema,file=incidents\/2026-03-01-broken\.md/m);
    assert.match(r.summary, /^# Casefile review$/m);
  });

  it('publish: builds the public site into `out` and outputs its directory', async () => {
    const r = await action({ command: 'publish', out: 'public-site' }, payload('push', () => {}));
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.equal(r.outputs['published-dir'], path.join(dir, 'public-site'));
    assert.ok(fs.existsSync(path.join(dir, 'public-site', 'index.html')));
    assert.match(r.summary, /Published \d+ incidents? to `public-site`/);
  });

  it('site: builds the internal site into `internal-site` (its default), keeps its cache in .git/casefile, outputs its directory', async () => {
    const r = await action({ command: 'site' }, payload('push', () => {}));
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.equal(r.outputs['site-dir'], path.join(dir, 'internal-site'));
    assert.match(fs.readFileSync(path.join(dir, 'internal-site', 'index.html'), 'utf8'), /db2kafka outage from OOM kills/);
    assert.ok(fs.existsSync(path.join(dir, '.git', 'casefile', 'site-cache.txt')), 'where docs/workflows/casefile-site.yml restores it from');
    const n = fs.readdirSync(path.join(dir, 'incidents')).length;
    assert.match(r.summary, new RegExp(`^# Casefile: internal incident site\n\nBuilt ${n} incidents into \`internal-site\`\.$`, 'm'));
  });

  it('issues: syncs the action items and outputs how many issues it created', async () => {
    const text = fs.readFileSync(path.join(dir, EXAMPLE), 'utf8').replace(/status: done/, 'status: open\n    owner: dave');
    fs.writeFileSync(path.join(dir, 'incidents/2026-03-03-open-item.md'), text.replace(/^id: .*$/m, 'id: 2026-03-03-open-item'));
    const r = await action({ command: 'issues' }, payload('push', () => {}));
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.equal(r.outputs['issues-created'], '1');
    const created = (await github.state()).issues.filter((i) => !i.pull_request);
    assert.equal(created.length, 1);
    assert.match(created[0]!.body ?? '', /<!-- casefile:2026-03-03-open-item\/AI-1 -->/);
  });

  it('an unknown command fails with one clear line', async () => {
    const r = await action({ command: 'deploy' }, payload('push', () => {}));
    assert.equal(r.code, 1);
    assert.match(r.stdout, /^::error::Unexpected command "deploy", expected one of review, publish, site, issues, issueops$/m);
  });
});
