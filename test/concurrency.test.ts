// Several responders at once, and a responder's process killed mid-write, through the real bundle.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { parseIncidentText } from '../src/core/document.ts';
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
