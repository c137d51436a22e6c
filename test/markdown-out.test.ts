// Every Markdown output is a tree written by mdast-util-to-markdown (src/core/markdown/
// markdown-out.ts): markdownlint-cli2, with its default rules, finds nothing in any rendered
// output of the fixtures (render internal and public, report, status-update public and internal,
// the GitHub issue bodies of action items); writing the tree changes no word (the tree of the
// output is the tree of what the template made); the same input gives the same bytes; and the
// chat flavour (`--plain`) pastes into Slack without backslashes.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Nodes } from 'mdast';
import { MAX_TREE, markdownOut, markdownTree, ownMarkdown, wrap } from '../src/core/markdown/markdown-out.ts';
import { incidentText, startFakeGitHubProcess, type FakeGitHub } from './helpers/fake-github.ts';
import { makeRepo, ROOT, snapshotCli, type TestRepo } from './helpers/repo.ts';

const NOW = { CASEFILE_NOW: '2030-01-01T00:00:00Z' };

/** The fixtures: the example incident and the back-filled real post-mortems. */
function fixtures(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of fs.readdirSync(path.join(ROOT, 'incidents'))) out[name] = fs.readFileSync(path.join(ROOT, 'incidents', name), 'utf8');
  const backfill = path.join(ROOT, 'test', 'fixtures', 'backfill');
  for (const dir of fs.readdirSync(backfill)) {
    const text = fs.readFileSync(path.join(backfill, dir, 'incident.md'), 'utf8');
    out[`${/^id: (.*)$/m.exec(text)![1]}.md`] = text;
  }
  return out;
}

/** A tree compared for meaning: no positions, text with its whitespace collapsed, neighbouring texts joined. */
function meaning(node: Nodes): unknown {
  const { position: _, ...rest } = node as Nodes & { position?: unknown };
  if (!('children' in rest)) return rest.type === 'text' ? { type: 'text', value: rest.value.replace(/\s+/g, ' ') } : rest;
  const children: unknown[] = [];
  for (const child of rest.children as Nodes[]) {
    const m = meaning(child) as { type: string; value?: string };
    const last = children.at(-1) as { type: string; value?: string } | undefined;
    if (m.type === 'text' && last?.type === 'text') last.value = `${last.value}${m.value}`.replace(/\s+/g, ' ');
    else children.push(m);
  }
  return { ...rest, children };
}

/** markdownlint-cli2 with its default rules (no config file) on each output as a file of its own: no finding. */
function lint(outputs: Map<string, string>): void {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'casefile-lint-'));
  try {
    for (const [name, text] of outputs) fs.writeFileSync(path.join(dir, name), text);
    const bin = path.join(ROOT, 'node_modules', 'markdownlint-cli2', 'markdownlint-cli2-bin.mjs');
    const r = spawnSync(process.execPath, [bin, '*.md'], { cwd: dir, encoding: 'utf8' });
    assert.match(r.stdout + r.stderr, new RegExp(`Linting: ${outputs.size} file\\(s\\)`));
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.match(r.stdout + r.stderr, /Summary: 0 error\(s\)/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe('Markdown built as Markdown', () => {
  let repo: TestRepo;
  let fake: FakeGitHub;
  const outputs = new Map<string, string>();

  before(async () => {
    fake = await startFakeGitHubProcess();
    repo = makeRepo();
    for (const [name, text] of Object.entries(fixtures())) repo.write(`incidents/${name}`, text);
    const run = (args: string[]) => {
      const r = repo.run(args, { env: NOW });
      assert.equal(r.code, 0, `${args.join(' ')}: ${r.stderr}`);
      return r.stdout;
    };
    for (const name of Object.keys(fixtures())) {
      const id = name.replace(/\.md$/, '');
      const publicToo = /^public: true$/m.test(repo.read(`incidents/${name}`));
      outputs.set(`${id}.internal.md`, run(['render', id]));
      if (publicToo) outputs.set(`${id}.public.md`, run(['render', id, '--audience', 'public']));
      outputs.set(`${id}.report.md`, run(['report', id]));
      outputs.set(`${id}.status-update.internal.md`, run(['status-update', id, '--audience', 'internal']));
      if (publicToo) outputs.set(`${id}.status-update.public.md`, run(['status-update', id]));
    }
    // Issue bodies: made by `incident issues` for a GitHub on 127.0.0.1, read back from it.
    const items = [
      { id: 'AI-1', title: 'Add a canary stage for web-* pods [checkout]', type: 'prevent', owner: 'dave', due: '2026-02-20', status: 'open' },
      { id: 'AI-2', title: 'Write a rollback runbook', owner: 'nobody', status: 'wont-do', reason: 'Covered by AI-1; 1.7 KiB of notes kept' },
    ];
    repo.write('incidents/2026-03-01-checkout-fails.md', incidentText('2026-03-01-checkout-fails', items));
    spawnSync('git', ['remote', 'add', 'origin', 'https://github.com/acme/incidents.git'], { cwd: repo.dir });
    const r = repo.run(['issues', '2026-03-01-checkout-fails'], {
      env: { ...NOW, GITHUB_TOKEN: fake.token, GH_TOKEN: undefined, GITHUB_API_URL: fake.url, CASEFILE_GITHUB_TIME_SCALE: '0' },
    });
    assert.equal(r.code, 0, r.stderr);
    for (const issue of (await fake.state()).issues) outputs.set(`issue-${issue.number}.md`, issue.body ?? '');
    assert.ok([...outputs.keys()].some((k) => k.startsWith('issue-')), 'issue bodies were made');
  });
  after(async () => {
    await fake.close();
    repo.cleanup();
  });

  it('markdownlint-cli2 with its default rules finds nothing in any of them', () => lint(outputs));

  it('a linter that finds nothing in them finds the problems of what the templates made (the check can fail)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'casefile-lint-'));
    try {
      fs.writeFileSync(path.join(dir, 'raw.md'), '**Update** at 14:05\n- a list without a blank line\n\n| a | b |\n|---|---|\n| long cell | x |\n');
      const bin = path.join(ROOT, 'node_modules', 'markdownlint-cli2', 'markdownlint-cli2-bin.mjs');
      const r = spawnSync(process.execPath, [bin, 'raw.md'], { cwd: dir, encoding: 'utf8' });
      assert.equal(r.status, 1);
      assert.match(r.stdout + r.stderr, /MD041/);
      assert.match(r.stdout + r.stderr, /MD032/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('writing the tree changes no word: the output reads as the same tree, and again gives the same bytes', () => {
    for (const [name, text] of outputs) {
      if (name.startsWith('issue-')) continue;
      const again = markdownOut(text);
      assert.equal(again, text, `${name}: not a fixed point`);
      assert.deepEqual(meaning(markdownTree(again)), meaning(markdownTree(text)), name);
    }
  });

  it('the same input, the same bytes, run after run', () => {
    const id = '2017-01-06-db2kafka-outage-from-oom-kills';
    const second = repo.run(['render', id], { env: NOW }).stdout;
    assert.equal(second, outputs.get(`${id}.internal.md`));
  });

  it('what a template made and what goes out are the same tree (words, links, code)', () => {
    const source = [
      '**Investigation update: x** (SEV-2) at 14:05',
      '- web-\\* pods at 1\\.7 KiB, see https://status.example.com/a_b and mail ops@example.com',
      '- `code with  spaces` and [a link](https://example.com/x "title")',
      '',
      '```',
      'log line',
      '```',
      '',
      '| a | b |',
      '|---|---|',
      '| x \\| y | 2 |',
    ].join('\n');
    const out = markdownOut(source);
    assert.deepEqual(meaning(markdownTree(out)), meaning(markdownTree(source)));
    assert.match(out, /^\*\*Investigation update: x\*\* \(SEV-2\) at 14:05\n\n- web-\\\* pods at 1\.7 KiB, see <https:\/\/status\.example\.com\/a_b> and\n {2}mail <ops@example\.com>\n/);
    assert.match(out, /\n```text\nlog line\n```\n/);
    assert.match(out, /\n\| a {6}\| b \|\n\| -{6} \| - \|\n\| x \\\| y \| 2 \|\n$/);
  });

  it('only Casefile\'s own templates are written again, and only up to MAX_TREE (the parser is quadratic on some shapes)', () => {
    const made = '**Update**\n- a list';
    assert.equal(ownMarkdown({ file: 'built-in:status-update.md.hbs', builtIn: true }, made), '**Update**\n\n- a list\n');
    assert.equal(ownMarkdown({ file: 'built-in:status-update.md.hbs' }, made), '**Update**\n\n- a list\n');
    assert.equal(ownMarkdown({ file: 'templates/status-update.md.hbs', builtIn: false }, made), made);
    const huge = `- item\n${'  continued\n'.repeat(MAX_TREE / 12 + 1)}`;
    assert.equal(ownMarkdown({ file: 'built-in:postmortem.md.hbs', builtIn: true }, huge), huge);
  });

  it('wraps at 80 columns only where a line break changes nothing', () => {
    const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');
    const long = `${words(12)} - not a list 1. not a list # not a heading > not a quote \`a code span with spaces inside it\` ${words(8)}`;
    const out = markdownOut(long);
    for (const line of out.split('\n')) assert.ok(line.length <= 80, line);
    assert.doesNotMatch(out, /\n(?:- |1\. |# |> )/, 'no line starts a block');
    assert.match(out, /`a code span with spaces inside it`/, 'a code span stays on one line');
    assert.deepEqual(meaning(markdownTree(out)), meaning(markdownTree(long)));
    assert.equal(wrap('aaaa bbbb cccc', 9, 9), 'aaaa bbbb\ncccc');
    assert.equal(wrap(`see ${'x'.repeat(100)} here`, 80, 80), `see\n${'x'.repeat(100)}\nhere`, 'a word longer than a line keeps a line of its own');
    assert.equal(markdownOut(long, { wrap: false }).trimEnd().includes('\n'), false, 'not wrapped: one line, as GitHub shows issue bodies');
    const wrapped = markdownOut(long);
    assert.equal(markdownOut(wrapped, { wrap: false }), wrapped, 'not wrapped keeps the line breaks there are');
    assert.equal(markdownOut(wrapped, { wrap: false, join: true }), markdownOut(long, { wrap: false }), 'joined: a wrapped document on one line a paragraph (the review comment)');
  });

  it('report --plain and status-update --plain paste into chat as written: no backslashes, *bold*, • bullets', () => {
    const id = '2026-03-01-checkout-fails';
    const log = repo.run(['log', id, 'Restarted web-* pods; saved 1.7 KiB of logs [raw] from <db-1>', '--kind', 'finding', '--at', '2029-12-31T23:00:00Z', '--force'], { env: NOW });
    assert.equal(log.code, 0, log.stderr);
    const markdown = repo.run(['report', id], { env: NOW }).stdout;
    const plain = repo.run(['report', id, '--plain'], { env: NOW });
    assert.equal(plain.code, 0, plain.stderr);
    assert.match(markdown, /web-\\\* pods/, 'Markdown escapes what it must');
    assert.ok(plain.stdout.includes('Restarted web-* pods; saved 1.7 KiB of logs [raw] from <db-1>'), plain.stdout);
    assert.doesNotMatch(plain.stdout, /\\/, 'no backslash anywhere');
    assert.match(plain.stdout, /^\*Investigation update: Incident 2026-03-01-checkout-fails\*\n/);
    assert.match(plain.stdout, /\n• .*web-\* pods/);
    const full = repo.run(['report', id, '--plain'], { env: NOW, full: true });
    assert.equal(full.stdout, plain.stdout, 'the lane and the full CLI agree');
    const update = repo.run(['status-update', id, '--plain', '--audience', 'internal'], { env: NOW });
    assert.equal(update.code, 0, update.stderr);
    assert.match(update.stdout, /^\*Incident 2026-03-01-checkout-fails\*\n\nSEV-2, update at /);
    assert.ok(update.stdout.includes('web-* pods; saved 1.7 KiB'), update.stdout);
  });

  it('render --plain: the post-mortem as chat text; --plain is for Markdown (with --format html a usage error)', () => {
    const id = '2017-01-06-db2kafka-outage-from-oom-kills';
    const plain = repo.run(['render', id, '--plain'], { env: NOW });
    assert.equal(plain.code, 0, plain.stderr);
    assert.equal(plain.stdout, repo.run(['render', id, '--plain'], { env: NOW, full: true }).stdout, 'the lane and the full CLI agree');
    assert.match(plain.stdout, /^\*db2kafka outage from OOM kills\*\n\n• \*Started:\* 2017-01-06 14:50 UTC-08:00\n/);
    assert.doesNotMatch(plain.stdout, /\\/);
    const html = repo.run(['render', id, '--format', 'html', '--plain'], { env: NOW });
    assert.equal(html.code, 2);
    assert.equal(html.stderr, 'incident: Unexpected --plain with --format html, expected Markdown\n');
  });
});

// The Markdown the GitHub Action writes (the job summary of review, publish and issues, and the
// sticky pull-request comment), from the built dist/action.js run as the runner runs it: a real
// pull_request payload, GITHUB_STEP_SUMMARY, and the comment read back from a GitHub on 127.0.0.1.
describe('the Action writes Markdown clean under markdownlint-cli2', () => {
  const examples = createRequire(import.meta.url)('@octokit/webhooks-examples') as { name: string; examples: Record<string, any>[] }[];
  const outputs = new Map<string, string>();
  let fake: FakeGitHub;
  let dir: string;

  const git = (...args: string[]) => {
    const r = spawnSync('git', args, { cwd: dir, encoding: 'utf8' });
    assert.equal(r.status, 0, `git ${args.join(' ')}: ${r.stderr}`);
    return r.stdout.trim();
  };

  async function action(inputs: Record<string, string>, event: Record<string, any>, name: string): Promise<string> {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'casefile-action-run-'));
    const files = { event: path.join(tmp, 'event.json'), output: path.join(tmp, 'output'), summary: path.join(tmp, 'summary') };
    fs.writeFileSync(files.event, JSON.stringify(event));
    fs.writeFileSync(files.output, '');
    fs.writeFileSync(files.summary, '');
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH, HOME: process.env.HOME,
      GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: dir, GITHUB_REPOSITORY: 'acme/incidents',
      GITHUB_EVENT_NAME: event.pull_request ? 'pull_request' : 'push', GITHUB_EVENT_PATH: files.event,
      GITHUB_OUTPUT: files.output, GITHUB_STEP_SUMMARY: files.summary, GITHUB_API_URL: fake.url,
      CASEFILE_GITHUB_TIME_SCALE: '0', INPUT_TOKEN: fake.token, ...NOW,
    };
    for (const [key, value] of Object.entries(inputs)) env[`INPUT_${key.toUpperCase()}`] = value;
    const actionJs = path.join(path.dirname(path.dirname(snapshotCli())), 'dist', 'action.js');
    const r = spawnSync(process.execPath, [actionJs], { cwd: dir, env, encoding: 'utf8' });
    assert.ok(r.status === 0 || r.status === 1, `${name}: ${r.stdout}${r.stderr}`);
    assert.doesNotMatch(r.stdout, /^::error::internal/m, r.stdout);
    const summary = fs.readFileSync(files.summary, 'utf8');
    fs.rmSync(tmp, { recursive: true });
    outputs.set(`action-${name}.summary.md`, summary);
    return summary;
  }

  before(async () => {
    fake = await startFakeGitHubProcess();
    dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'casefile-action-md-')));
    git('init', '-q');
    git('config', 'user.name', 'Test');
    git('config', 'user.email', 'test@example.com');
    fs.mkdirSync(path.join(dir, 'incidents'));
    // The base: every fixture, as published.
    const all = fixtures();
    for (const [name, text] of Object.entries(all)) fs.writeFileSync(path.join(dir, 'incidents', name), text);
    git('add', '.');
    git('commit', '-qm', 'base');
    const base = git('rev-parse', 'HEAD');
    // The pull request: one public text changed (a diff), one incident new and public, one broken,
    // one whose public text leaks (no preview), one with an open action item.
    const changed: string[] = [];
    const edit = (name: string, text: string) => {
      fs.writeFileSync(path.join(dir, 'incidents', name), text);
      changed.push(`incidents/${name}`);
    };
    const example = all['2017-01-06-db2kafka-outage-from-oom-kills.md']!;
    const withId = (id: string) => example.replace(/^id: .*$/m, `id: ${id}`);
    edit('2017-01-06-db2kafka-outage-from-oom-kills.md', example.replace(/^(title: .*)$/m, '$1 (revised)').replace(/status: done/, 'status: open\n    owner: dave'));
    edit('2026-03-01-new.md', withId('2026-03-01-new'));
    edit('2026-03-02-broken.md', withId('2026-03-02-broken').replace(/^severity: .*$/m, 'severity: SEV-9'));
    for (const name of Object.keys(all).filter((n) => n.startsWith('2017-02'))) edit(name, all[name]!.replace(/^## Public summary$/m, '## Public summary\n\nSee https://grafana.internal.example/d/abc for the dashboard.\n'));
    git('add', '.');
    git('commit', '-qm', 'the pull request');

    const pullRequest = structuredClone(examples.find((e) => e.name === 'pull_request')!.examples.find((e) => e.action === 'opened')!);
    Object.assign(pullRequest.repository, { full_name: 'acme/incidents', name: 'incidents' });
    pullRequest.repository.owner.login = 'acme';
    const pr = await fake.seedIssue({ title: 'Post-mortems', pull_request: true, files: changed.map((filename) => ({ filename, status: 'modified' })) });
    pullRequest.pull_request.number = pr.number;
    pullRequest.pull_request.base.sha = base;
    const push = structuredClone(examples.find((e) => e.name === 'push')!.examples[0]!);
    Object.assign(push.repository, { full_name: 'acme/incidents', name: 'incidents' });

    await action({ command: 'review' }, pullRequest, 'review');
    const comment = (await fake.state()).issues.find((i) => i.number === pr.number)!.comments[0];
    assert.ok(comment, 'the sticky comment was written');
    outputs.set('action-review.comment.md', comment);
    await action({ command: 'publish', out: 'public-site' }, push, 'publish');
    await action({ command: 'issues' }, push, 'issues');
  });
  after(async () => {
    await fake.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('the review\'s job summary and comment show what they must (a diff, a new text, a leak, a finding)', () => {
    const summary = outputs.get('action-review.summary.md')!;
    const comment = outputs.get('action-review.comment.md')!;
    assert.match(summary, /^- 6:11 error: Unexpected severity "SEV-9"/m);
    assert.match(summary, /the leak check or the public\s+preview failed:\*\*\s+incidents\/2017-02-28-s3-requests-fail-in-us-east-1\.md:/);
    assert.match(summary, /^## Casefile: insights of the last 90 days$/m);
    assert.match(comment, /^<!-- casefile:review -->\n\n# Casefile review\n/);
    assert.match(comment, /^Changes against the published text:\n\n```diff\n@@ /m);
    assert.match(comment, /Not published on the base branch/);
    for (const [name, text] of outputs) assert.doesNotMatch(text, /<(?!!--|https?:)/, `${name}: no HTML (markdownlint's MD033)`);
    assert.match(outputs.get('action-publish.summary.md')!, /Published \d+ incidents to `public-site`/);
    assert.match(outputs.get('action-issues.summary.md')!, /action item issues/);
  });

  it('markdownlint-cli2 with its default rules finds nothing in any of them', () => lint(outputs));
});
