// Several responders at once, and a responder's process killed mid-write, through the real bundle.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { parseIncidentText } from '../src/core/document/document.ts';
import { runMixedWriters } from './helpers/mixed-writers.mjs';
import { snapshotCli } from './helpers/repo.ts';
import { ensureBuilt } from './helpers/repo.ts';

const ROOT = join(import.meta.dirname, '..');
const CLI = join(ROOT, 'bin', 'incident.cjs');
const run = promisify(execFile);

function repoWithIncident(body = '') {
  ensureBuilt();
  const dir = mkdtempSync(join(tmpdir(), 'casefile-conc-'));
  spawnSync('git', ['init', '-q'], { cwd: dir });
  const env = { ...process.env, GIT_AUTHOR_NAME: 'Responder', CASEFILE_NOW: '' };
  const made = spawnSync(process.execPath, [CLI, 'new', 'Database down', '--timezone', 'UTC', '--at', '-10m'], { cwd: dir, env, encoding: 'utf8' });
  assert.equal(made.status, 0, made.stderr);
  const file = join(dir, made.stdout.trim());
  if (body) writeFileSync(file, readFileSync(file, 'utf8') + body);
  const id = made.stdout.trim().replace(/^incidents\//, '').replace(/\.md$/, '');
  const entries = () => (parseIncidentText(readFileSync(file, 'utf8')).data.timeline as { text: string }[]);
  return { dir, file, id, env, entries };
}

test('2 processes x 100 concurrent incident log calls: all 200 entries, each once', async () => {
  const r = repoWithIncident();
  const before = r.entries().length;
  const workers = ['A', 'B'].map((w) =>
    run(process.execPath, [join(ROOT, 'test', 'helpers', 'log-worker.mjs'), ROOT, r.id, w, '100'], { cwd: r.dir, env: r.env }),
  );
  const results = await Promise.all(workers);
  for (const { stdout } of results) assert.deepEqual(JSON.parse(/^CODES (.*)$/m.exec(stdout)![1]!), new Array(100).fill(0));
  const texts = r.entries().map((e) => e.text);
  assert.equal(texts.length, before + 200);
  for (const w of ['A', 'B']) {
    for (let i = 0; i < 100; i++) assert.equal(texts.filter((t) => t === `worker ${w} entry ${i}`).length, 1);
  }
  assert.deepEqual(readdirSync(join(r.dir, 'incidents')).filter((f) => f !== `${r.id}.md`), [], 'no lock or temp files left');
  rmSync(r.dir, { recursive: true });
});

test('kill -9 during incident log leaves the old or the new file, and the next log works', async () => {
  // A 5 MB body makes each write long enough for kills to land inside it.
  const r = repoWithIncident('\n' + 'A paragraph of post-mortem prose that takes room.\n'.repeat(100_000));
  const size = readFileSync(r.file).length;
  for (let round = 0; round < 12; round++) {
    const before = r.entries().length;
    const child = spawn(process.execPath, [CLI, 'log', r.id, `round ${round}`], { cwd: r.dir, env: r.env, stdio: 'ignore' });
    const closed = new Promise((resolve) => child.on('close', resolve));
    await new Promise((resolve) => setTimeout(resolve, 40 + Math.random() * 160));
    child.kill('SIGKILL');
    await closed;
    const text = readFileSync(r.file, 'utf8');
    const count = (parseIncidentText(text).data.timeline as unknown[]).length; // parses: never half-written
    assert.ok(count === before || count === before + 1, `round ${round}: ${before} -> ${count}`);
    assert.ok(text.length >= size, 'the body is whole');
  }
  const after = spawnSync(process.execPath, [CLI, 'log', r.id, 'after the kills'], { cwd: r.dir, env: r.env, encoding: 'utf8' });
  assert.equal(after.status, 0, after.stderr);
  assert.equal(r.entries().at(-1)!.text, 'after the kills');
  rmSync(r.dir, { recursive: true });
});

test('100 mixed writers at once (log, role, thread, evidence add): every one succeeds, every write lands', async () => {
  const cli = snapshotCli(); // a copy: another build must not replace dist/ under 100 processes
  const dir = mkdtempSync(join(tmpdir(), 'casefile-mixed-'));
  spawnSync('git', ['init', '-q'], { cwd: dir });
  const env = { ...process.env, GIT_AUTHOR_NAME: 'Responder', CASEFILE_NOW: '2026-03-01T14:05:00Z', TZ: 'UTC' };
  const made = spawnSync(process.execPath, [cli, 'new', 'Database down', '--timezone', 'UTC', '--at', '-10m'], { cwd: dir, env, encoding: 'utf8' });
  assert.equal(made.status, 0, made.stderr);
  const id = made.stdout.trim().replace(/^incidents\//, '').replace(/\.md$/, '');
  const n = 100;
  const { ms, results } = await runMixedWriters({ cli, dir, id, n, env });
  const failed = results.filter((r) => r.code !== 0);
  assert.deepEqual(failed, [], `${failed.length} of ${n} failed`);
  const data = parseIncidentText(readFileSync(join(dir, made.stdout.trim()), 'utf8')).data as {
    timeline: { text: string }[]; roles: { subject_matter_experts: string[] }; threads: { question: string }[]; evidence: { source: string }[];
  };
  const texts = data.timeline.map((e) => e.text);
  const expected = (k: number) => Array.from({ length: n }, (_, i) => i).filter((i) => i % 4 === k);
  for (const i of expected(0)) assert.equal(texts.filter((t) => t === `mixed log ${i}`).length, 1, `log ${i}`);
  assert.deepEqual([...data.roles.subject_matter_experts].sort(), expected(1).map((i) => `sme${i}`).sort());
  assert.deepEqual(data.threads.map((t) => t.question).sort(), expected(2).map((i) => `Mixed question ${i}?`).sort());
  assert.deepEqual(data.evidence.map((e) => e.source).sort(), expected(3).map((i) => `mixed-${i}.log`).sort());
  assert.equal(data.timeline.length, 2 + n, 'one entry per writer, besides started and declared');
  assert.equal(readdirSync(join(dir, 'incidents', id, 'evidence')).length, n / 4, 'one saved file per evidence add');
  assert.deepEqual(readdirSync(join(dir, 'incidents')).sort(), [id, `${id}.md`], 'no lock, ticket or temp file left');
  console.log(`# ${n} mixed writers: ${Math.round(ms)} ms`);
  rmSync(dir, { recursive: true });
});
