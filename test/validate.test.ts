// `incident validate` through the real bundle in real git repositories: output formats, exit
// codes, --changed, the cache, repository-wide ids, broken files, and the remark preset.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { unified } from 'unified';
import { VFile } from 'vfile';
import casefileRemark from '../src/remark/index.ts';
import { makeRepo, ROOT, type TestRepo } from './helpers/repo.ts';

const EXAMPLE = 'incidents/2017-01-06-db2kafka-outage-from-oom-kills.md';
const exampleText = () => fs.readFileSync(path.join(ROOT, EXAMPLE), 'utf8');
const NOW = { CASEFILE_NOW: '2026-03-10T12:00:00Z' };

function repoWithExample(): TestRepo {
  const repo = makeRepo();
  repo.write(EXAMPLE, exampleText());
  return repo;
}

const git = (repo: TestRepo, ...args: string[]) => {
  const r = spawnSync('git', args, { cwd: repo.dir, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
};

/** The example with its status value replaced, so post-mortem rules apply as errors or warnings. */
const broken = (id: string) =>
  exampleText()
    .replace(/^id: .*$/m, `id: ${id}`)
    .replace(/^severity: .*$/m, 'severity: SEV-9')
    .replace(/## Impact\n[\s\S]*?\n## /, '## Impact\n\n## ');

describe('incident validate', () => {
  it('the example incident validates clean: exit 0 and a one-line summary', () => {
    const repo = repoWithExample();
    const r = repo.run(['validate'], { env: NOW });
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.equal(r.stdout, '1 file checked, no problems\n');
    repo.cleanup();
  });

  it('reports file:line:column severity message rule-id, and exits 1 on errors', () => {
    const repo = repoWithExample();
    repo.write('incidents/2026-03-01-broken.md', broken('2026-03-01-broken'));
    const r = repo.run(['validate'], { env: NOW });
    assert.equal(r.code, 1);
    const lines = r.stdout.trim().split('\n');
    assert.match(lines[0]!, /^incidents\/2026-03-01-broken\.md:\d+:\d+ error {3}Unexpected severity "SEV-9", expected one of SEV-1, SEV-2, SEV-3, SEV-4, SEV-5 {2}frontmatter-schema$/);
    assert.ok(lines.some((l) => /^incidents\/2026-03-01-broken\.md:\d+:1 error {3}.*"Impact".* {2}required-sections$/.test(l)), r.stdout);
    assert.match(lines.at(-1)!, /^\d+ errors?(, \d+ warnings?)? in 2 files$/);
    // The severity line is the one in the file.
    const line = Number(/broken\.md:(\d+):/.exec(lines[0]!)![1]);
    assert.equal(repo.read('incidents/2026-03-01-broken.md').split('\n')[line - 1], 'severity: SEV-9');
    repo.cleanup();
  });

  it('--format json and --format github, --quiet', () => {
    const repo = repoWithExample();
    repo.write('incidents/2026-03-01-broken.md', broken('2026-03-01-broken'));
    const json = JSON.parse(repo.run(['validate', '--format', 'json'], { env: NOW }).stdout);
    assert.equal(json.files, 2);
    assert.ok(json.errors >= 2);
    assert.equal(json.diagnostics[0].ruleId, 'frontmatter-schema');
    const github = repo.run(['validate', '--format', 'github'], { env: NOW });
    assert.equal(github.code, 1);
    assert.match(github.stdout, /^::error file=incidents\/2026-03-01-broken\.md,line=\d+,col=\d+,title=frontmatter-schema::Unexpected severity "SEV-9"/m);
    const quiet = repo.run(['validate', '--quiet', '--format', 'json'], { env: NOW });
    assert.ok(JSON.parse(quiet.stdout).diagnostics.every((d: { severity: string }) => d.severity === 'error'));
    const bad = repo.run(['validate', '--format', 'xml']);
    assert.equal(bad.code, 2);
    repo.cleanup();
  });

  it('validates only the given paths, and --changed only files changed against a base', () => {
    const repo = repoWithExample();
    git(repo, 'add', '.');
    git(repo, 'commit', '-qm', 'example');
    repo.write('incidents/2026-03-01-broken.md', broken('2026-03-01-broken'));
    const only = JSON.parse(repo.run(['validate', EXAMPLE, '--format', 'json'], { env: NOW }).stdout);
    assert.equal(only.files, 1);
    assert.equal(only.errors, 0);
    const changed = JSON.parse(repo.run(['validate', '--changed', '--format', 'json'], { env: NOW }).stdout);
    assert.equal(changed.files, 1);
    assert.ok(changed.diagnostics.every((d: { file: string }) => d.file === 'incidents/2026-03-01-broken.md'));
    const badBase = repo.run(['validate', '--changed', 'no-such-branch']);
    assert.equal(badBase.code, 2);
    assert.match(badBase.stderr, /^incident: Unexpected --changed base "no-such-branch"/);
    repo.cleanup();
  });

  it('ids are unique across the repository', () => {
    const repo = repoWithExample();
    repo.write('incidents/2017-01-06-copy.md', exampleText());
    const r = JSON.parse(repo.run(['validate', '--format', 'json'], { env: NOW }).stdout);
    const dup = r.diagnostics.filter((d: { ruleId: string }) => d.ruleId === 'unique-id');
    assert.equal(dup.length, 2);
    assert.match(dup[0].message, /^Unexpected id "2017-01-06-db2kafka-outage-from-oom-kills", expected a unique id \(also in incidents\//);
    repo.cleanup();
  });

  it('many files are checked on worker threads with the same findings', () => {
    const repo = repoWithExample();
    for (let i = 0; i < 450; i++) {
      const id = `2026-01-${String((i % 28) + 1).padStart(2, '0')}-copy-${i}`;
      repo.write(`incidents/${id}.md`, i % 3 === 0 ? broken(id) : exampleText().replace(/^id: .*$/m, `id: ${id}`));
    }
    // (--threads 2: by default, fewer than 3,000 files are checked on this thread, src/io/threads.ts)
    const threads = repo.run(['validate', '--format', 'json', '--no-cache', '--threads', '2'], { env: NOW }).stdout;
    assert.equal(repo.run(['validate', '--format', 'json', '--no-cache', '--threads', '1'], { env: NOW }).stdout, threads, 'the same as one thread');
    assert.equal(repo.run(['validate', '--format', 'json', '--no-cache'], { env: NOW }).stdout, threads, 'the same by default');
    const r = JSON.parse(threads);
    assert.equal(r.files, 451);
    const files = new Set(r.diagnostics.filter((d: { severity: string }) => d.severity === 'error').map((d: { file: string }) => d.file));
    assert.equal(files.size, 150);
    repo.cleanup();
  });
});

describe('broken files: one positioned message each, never a crash', () => {
  const cases: [string, string | Buffer, RegExp][] = [
    ['invalid YAML', '---\ntitle: [unclosed\n---\n', /^incidents\/x\.md:\d+:\d+ error {3}Invalid YAML/],
    ['tabs', '---\nroles:\n\tscribe: x\n---\n', /^incidents\/x\.md:3:\d+ error {3}Invalid YAML/],
    ['alias bomb', '---\na: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n---\n', /^incidents\/x\.md:3:\d+ error {3}Unexpected YAML alias/],
    ['binary bytes', Buffer.from([0, 1, 2, 255, 254, 10, 13]), /^incidents\/x\.md:1:1 error {3}Unexpected start of file/],
    ['frontmatter not closed', '---\nid: x\ntitle: y\n', /^incidents\/x\.md:1:1 error {3}Unexpected end of file/],
    ['duplicate keys', '---\nid: x\nid: y\n---\n', /^incidents\/x\.md:3:1 error {3}Invalid YAML: map keys must be unique/],
    ['__proto__ key', '---\nroles:\n  __proto__: x\n---\n', /^incidents\/x\.md:3:3 error {3}Unexpected key "__proto__"/],
    ['no frontmatter', '# Just a heading\n', /^incidents\/x\.md:1:1 error {3}Unexpected start of file/],
    ['empty file', '', /^incidents\/x\.md:1:1 error {3}Unexpected start of file/],
  ];
  for (const [name, text, expected] of cases) {
    it(name, () => {
      const repo = makeRepo();
      repo.write('incidents/x.md', text);
      const r = repo.run(['validate'], { env: NOW });
      assert.equal(r.code, 1, r.stderr);
      assert.equal(r.stderr, '');
      assert.match(r.stdout.split('\n')[0]!, expected);
      assert.equal(r.stdout.trim().split('\n').length, 2, r.stdout); // the message and the summary
      repo.cleanup();
    });
  }

  it('BOM, CRLF and a 5 MB body validate like the plain file; fenced headings are not sections', () => {
    const repo = makeRepo();
    const text = exampleText();
    repo.write('incidents/2017-01-06-db2kafka-outage-from-oom-kills.md', '\uFEFF' + text.replace(/\n/g, '\r\n'));
    assert.equal(repo.run(['validate'], { env: NOW }).stdout, '1 file checked, no problems\n');
    const appendix = 'Long appendix line of prose.\n'.repeat(180_000);
    repo.write('incidents/2017-01-06-db2kafka-outage-from-oom-kills.md', text.replace('## Public summary', `${appendix}\n## Public summary`));
    assert.equal(repo.run(['validate'], { env: NOW }).stdout, '1 file checked, no problems\n');
    // In the Public summary it is refused before anything is rendered: no public page may be that long.
    repo.write('incidents/2017-01-06-db2kafka-outage-from-oom-kills.md', text + '\n' + appendix);
    const line = text.split('\n').indexOf('## Public summary') + 1;
    assert.equal(repo.run(['validate'], { env: NOW }).stdout, `incidents/2017-01-06-db2kafka-outage-from-oom-kills.md:${line}:1 error   Unexpected Public summary of 5.0 MiB, expected at most 64 KiB (a public page stays under 100 KB)  public-leak\n1 error in 1 file\n`);
    // A "## Impact" inside a code fence does not stand in for the real one.
    const fenced = text.replace(/## Impact\n[\s\S]*?\n## /, '```\n## Impact\nnot a heading\n```\n\n## ');
    repo.write('incidents/2017-01-06-db2kafka-outage-from-oom-kills.md', fenced);
    assert.match(repo.run(['validate'], { env: NOW }).stdout, /Missing section "Impact"/);
    repo.cleanup();
  });
});

describe('casefile/remark', () => {
  it('adds its messages in the same turn as it hands the file on (unified-engine stops waiting for a file that holds a fatal message)', async () => {
    const repo = repoWithExample();
    try {
      repo.write('incidents/2026-03-01-broken.md', broken('2026-03-01-broken'));
      const transformer = casefileRemark.call(unified(), { now: Date.parse(NOW.CASEFILE_NOW) }) as (tree: unknown, file: VFile, next: (e?: unknown) => void) => unknown;
      const file = new VFile({ path: 'incidents/2026-03-01-broken.md', cwd: repo.dir, value: repo.read('incidents/2026-03-01-broken.md') });
      // unified-engine's other files run in the turns between: one that ran after a message was
      // added but before the file was handed on would find it fatal and not wait for it (remark then
      // exited 0 having printed nothing).
      let handedOn = false;
      let gap = false;
      const message = file.message.bind(file);
      file.message = ((...args: Parameters<VFile['message']>) => {
        queueMicrotask(() => (gap ||= !handedOn));
        return message(...args);
      }) as VFile['message'];
      await new Promise<void>((resolve, reject) => {
        const done = (error?: unknown) => ((handedOn = true), error ? reject(error) : resolve());
        const returned = transformer(null, file, done) as Promise<void> | undefined;
        returned?.then(() => done(), done);
      });
      await new Promise((resolve) => setImmediate(resolve));
      assert.ok(file.messages.some((m) => m.fatal), file.messages.join('\n'));
      assert.equal(gap, false, 'a turn passed between the first message and handing the file on');
    } finally {
      repo.cleanup();
    }
  });

  it('remark --use casefile/remark shows the same messages and rule ids as incident validate', () => {
    const repo = repoWithExample();
    repo.write('incidents/2026-03-01-broken.md', broken('2026-03-01-broken'));
    // The project as an installed package of the test repository.
    fs.mkdirSync(path.join(repo.dir, 'node_modules'));
    fs.symlinkSync(ROOT, path.join(repo.dir, 'node_modules', 'casefile'));
    const runRemark = () => spawnSync(process.execPath, [path.join(ROOT, 'node_modules', 'remark-cli', 'cli.js'), '--use', 'casefile/remark', '--no-stdout', '--no-color', 'incidents/'], { cwd: repo.dir, encoding: 'utf8', env: { ...process.env, ...NOW } });
    const remark = runRemark();
    assert.equal(remark.status, 1, `status ${remark.status}, signal ${remark.signal}\nstdout: ${remark.stdout}\nstderr: ${remark.stderr}`);
    const ours = JSON.parse(repo.run(['validate', '--format', 'json'], { env: NOW }).stdout);
    for (const d of ours.diagnostics) {
      assert.ok(remark.stderr.includes(d.message), `remark lacks: ${d.message}\n${remark.stderr}`);
      assert.ok(remark.stderr.includes(`${d.line}:${d.column}`), `${d.line}:${d.column}`);
      assert.ok(remark.stderr.includes(`casefile:${d.ruleId}`) || remark.stderr.includes(d.ruleId), d.ruleId);
    }
    repo.cleanup();
  });
});
