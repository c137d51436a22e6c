// `incident evidence add` killed (SIGKILL) at any moment leaves nothing that `git status` shows but
// what the incident file records: copies wait under a hidden pending name until their record is
// written, and the next evidence command puts a recorded one in place.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { after, it } from 'node:test';
import { parse as parseYaml } from 'yaml';
import { makeRepo, snapshotCli, type RunResult } from './helpers/repo.ts';

const ID = '2026-03-01-checkout-fails';
const FILE = `incidents/${ID}.md`;

function ok(r: RunResult): RunResult {
  assert.equal(r.code, 0, `exit ${r.code}\n${r.stdout}\n${r.stderr}`);
  return r;
}

const repo = makeRepo();
after(() => repo.cleanup());

/** What the incident file records, and what git shows as new under its evidence folder. */
function state() {
  const text = repo.read(FILE);
  const data = parseYaml(/^---\n([\s\S]*?)\n---\n/.exec(text)![1]!) as { evidence?: { file: string }[] };
  const recorded = new Set((data.evidence ?? []).map((e) => `incidents/${e.file}`));
  const status = spawnSync('git', ['status', '--porcelain', '--untracked-files=all'], { cwd: repo.dir, encoding: 'utf8' }).stdout;
  const shown = status.split('\n').filter((l) => l.includes('/evidence/')).map((l) => l.slice(3));
  return { recorded, shown };
}

it('SIGKILL at any moment of evidence add: git shows only recorded copies; the next add completes a recorded one', async () => {
  ok(repo.run(['init']));
  ok(repo.run(['new', 'Checkout fails', '--timezone', 'UTC', '--at', '13:50']));
  // A long incident file makes the write of its record take a while: kills land in it too.
  fs.appendFileSync(path.join(repo.dir, FILE), '\n' + 'A paragraph of post-mortem prose that takes room.\n'.repeat(60_000));
  repo.write('big.log', 'a line of a large log file\n'.repeat(40_000));
  const cli = snapshotCli();
  const env = { ...process.env, CASEFILE_NOW: '2026-03-01T14:05:00Z', GIT_AUTHOR_NAME: 'Alice Example', TZ: 'UTC' };
  const add = () => spawn(process.execPath, [cli, 'evidence', ID, 'add', 'big.log'], { cwd: repo.dir, env, stdio: 'ignore' });
  const started = Date.now();
  const first = add();
  await new Promise((resolve) => first.on('close', resolve));
  const whole = Date.now() - started;
  let killed = 0;
  let round = 0;
  // Until 8 kills have landed mid-run (a run that finished first proves nothing; how many do
  // depends on the machine's speed, so the rounds go on, up to 48, rather than count on it).
  for (; round < 48 && killed < 8; round++) {
    const child = add();
    const closed = new Promise<[number | null, string | null]>((resolve) => child.on('close', (code, signal) => resolve([code, signal])));
    await new Promise((resolve) => setTimeout(resolve, whole * (0.1 + 0.8 * Math.random())));
    child.kill('SIGKILL');
    const [, signal] = await closed;
    if (signal === 'SIGKILL') killed++;
    const { recorded, shown } = state();
    for (const file of shown) assert.ok(recorded.has(file), `round ${round}: ${file} shows in git status but is not recorded`);
  }
  assert.ok(killed >= 8, `only ${killed} of ${round} runs were killed before they finished`);
  ok(repo.run(['evidence', ID, 'add', 'big.log'])); // settles what a kill left pending
  const { recorded, shown } = state();
  assert.deepEqual(shown.sort(), [...recorded].sort(), 'every recorded copy is in place, and nothing else');
  ok(repo.run(['evidence', ID, 'verify']));
});

it('the next evidence command puts a recorded pending copy in place and removes an unrecorded one', () => {
  const evidence = path.join(repo.dir, 'incidents', ID, 'evidence');
  repo.write('small.log', 'small\n');
  ok(repo.run(['evidence', ID, 'add', 'small.log']));
  const { recorded } = state();
  const saved = [...recorded].find((f) => f.endsWith('small.log'))!;
  const name = path.basename(saved);
  // As a kill between the record and the rename leaves it; and a copy whose record was never written.
  fs.renameSync(path.join(evidence, name), path.join(evidence, `.${name}.pending.tmp`));
  fs.writeFileSync(path.join(evidence, '.20260301T140500Z-orphan.log.pending.tmp'), 'never recorded\n');
  // And the temp file of a pending copy whose writer was killed while writing it.
  fs.writeFileSync(path.join(evidence, '..20260301T140500Z-cut.log.pending.tmp.99999.k3x9.tmp'), 'half a co');
  const verify = repo.run(['evidence', ID, 'verify']);
  assert.equal(verify.code, 1, 'missing until settled');
  assert.match(verify.stdout, new RegExp(`${name}: missing \\(its copy waits as \\.${name.replace(/\./g, '\\.')}\\.pending\\.tmp: the next incident evidence add or run puts it in place\\)`));
  ok(repo.run(['evidence', ID, 'add', 'small.log']));
  assert.equal(fs.readFileSync(path.join(evidence, name), 'utf8'), 'small\n');
  assert.deepEqual(fs.readdirSync(evidence).filter((f) => f.includes('pending')), []);
  ok(repo.run(['evidence', ID, 'verify']));
});
