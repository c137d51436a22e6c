// 2 processes x 100 concurrent lifecycle writes on one incident (log, amend, action add, impact,
// severity), through the real bundle: every one succeeds and lands, nothing is lost or doubled.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { parseIncidentText } from '../src/core/document/document.ts';
import { snapshotCli } from './helpers/repo.ts';

const run = promisify(execFile);
const PER_KIND = 20; // per worker: 100 jobs, 5 kinds

test('2 processes x 100 mixed lifecycle writers: every write lands once', async () => {
  const root = dirname(dirname(snapshotCli())); // a copy of dist/: another build must not replace it mid-test
  const dir = mkdtempSync(join(tmpdir(), 'casefile-conc-life-'));
  spawnSync('git', ['init', '-q'], { cwd: dir });
  const env = { ...process.env, GIT_AUTHOR_NAME: 'Responder', CASEFILE_NOW: '2026-03-01T15:00:00Z' };
  const made = spawnSync(process.execPath, [join(root, 'bin', 'incident.cjs'), 'new', 'Database down', '--timezone', 'UTC', '--severity', 'SEV-2', '--at', '14:00'], { cwd: dir, env, encoding: 'utf8' });
  assert.equal(made.status, 0, made.stderr);
  const file = join(dir, made.stdout.trim());
  const id = made.stdout.trim().replace(/^incidents\//, '').replace(/\.md$/, '');
  // 40 notes for the amends to correct, one each, written before the race (entries 3 to 42).
  const notes = Array.from({ length: 2 * PER_KIND }, (_, i) =>
    `  - at: 2026-03-01T14:${String(10 + i).padStart(2, '0')}:00Z\n    kind: note\n    by: scribe\n    text: note ${i}\n`).join('');
  const text = readFileSync(file, 'utf8');
  writeFileSync(file, text.replace('\naction_items: []\n', `\n${notes}action_items: []\n`));
  const first = (parseIncidentText(readFileSync(file, 'utf8')).data.timeline as unknown[]).length - 2 * PER_KIND + 1;

  const workers = ['A', 'B'].map((w, k) =>
    run(process.execPath, [join(import.meta.dirname, 'helpers', 'lifecycle-worker.mjs'), root, id, w, '100', String(first + k * PER_KIND)], { cwd: dir, env, maxBuffer: 1 << 24 })
      .catch((error: { stdout?: string; stderr?: string }) => error));
  const results = await Promise.all(workers);
  for (const r of results) {
    const codes = /^CODES (.*)$/m.exec(r.stdout ?? '');
    assert.ok(codes, `a worker failed: ${r.stderr}`);
    assert.deepEqual(JSON.parse(codes[1]!), new Array(100).fill(0), r.stderr);
  }

  const data = parseIncidentText(readFileSync(file, 'utf8')).data as {
    severity: string;
    timeline: { kind: string; text: string }[];
    action_items: { id: string; title: string }[];
    impact: { figures: { label: string; value: number }[] };
  };
  const texts = data.timeline.map((e) => e.text);
  for (const w of ['A', 'B']) {
    for (let k = 0; k < PER_KIND; k++) {
      assert.equal(texts.filter((t) => t === `worker ${w} log ${k}`).length, 1, `log ${w} ${k}`);
      assert.equal(texts.filter((t) => t === `amended by ${w} ${k}`).length, 1, `amend ${w} ${k}`);
      assert.equal(data.action_items.filter((a) => a.title === `Fix thing ${w} ${k}`).length, 1, `action ${w} ${k}`);
      assert.equal(data.impact.figures.filter((f) => f.label === `Figure ${w} ${k}` && f.value === k).length, 1, `figure ${w} ${k}`);
    }
  }
  assert.equal(texts.filter((t) => /^note \d+$/.test(t)).length, 0, 'every note amended');
  const ids = data.action_items.map((a) => a.id);
  assert.equal(ids.length, 2 * PER_KIND);
  assert.equal(new Set(ids).size, ids.length, 'no id twice (all made on one clock by one user: only the items differ)');
  for (const id of ids) assert.match(id, /^AI-[a-hjkmnp-tv-z][0-9a-hjkmnp-tv-z]{4}$/);
  // Each severity entry starts where the one before it ended, and the last one is the severity.
  let level = 'SEV-2';
  for (const e of data.timeline.filter((x) => x.kind === 'severity')) {
    assert.equal(e.text, `${level} -> ${e.text.split(' -> ')[1]}`);
    level = e.text.split(' -> ')[1]!;
  }
  assert.equal(data.severity, level);
  assert.deepEqual(readdirSync(join(dir, 'incidents')).filter((f) => f !== '.gitignore'), [`${id}.md`], 'no lock or temp file left');
  rmSync(dir, { recursive: true });
});
