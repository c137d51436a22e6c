// `incident list | head -1`: the reader closes the pipe early. The output ends quietly (no
// "EPIPE", no stack trace) and the exit code is still the command's own verdict.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { makeRepo, snapshotCli } from './helpers/repo.ts';

/** Runs the built CLI with a stdout pipe that is closed before it writes anything: its exit code and stderr. */
function withClosedStdout(dir: string, args: string[], full = false): Promise<{ code: number | null; stderr: string }> {
  const bin = snapshotCli();
  const argv = full
    ? ['--input-type=module', '-e', `const { main } = await import(${JSON.stringify(new URL(`file://${path.join(bin, '..', '..', 'dist', 'cli.js')}`).href)}); process.exitCode = await main(process.argv.slice(1));`]
    : [bin];
  const child = spawn(process.execPath, [...argv, ...args], {
    cwd: dir, stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, CASEFILE_DEBUG: undefined, TZ: 'UTC', XDG_CACHE_HOME: path.join(bin, '..', '..', 'cache') },
  });
  child.stdout.destroy(); // the reader is gone before the command starts
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stderr }));
  });
}

test('a closed stdout ends the output quietly and keeps the exit code', async () => {
  const repo = makeRepo();
  try {
    assert.equal(repo.run(['init']).code, 0);
    for (let i = 0; i < 30; i++) assert.equal(repo.run(['new', `Outage number ${i}`, '--severity', 'SEV-2']).code, 0);
    const [id] = repo.run(['list', '--json']).stdout.match(/\d{4}-\d\d-\d\d-outage-number-0\b/)!;
    const cases: [string[], number, boolean?][] = [
      [['list'], 0], // the full CLI's table
      [['list'], 0, true],
      [['show', id!], 0], // a lane
      [['status', '--help'], 0], // commander's help
      [['log', '--help'], 0, true],
      [['validate'], 0], // validate's lane, no problems
    ];
    for (const [args, code, full] of cases) {
      const r = await withClosedStdout(repo.dir, args, full);
      assert.deepEqual(r, { code, stderr: '' }, `incident ${args.join(' ')}${full ? ' (full CLI)' : ''}`);
    }
    // A verdict is kept: validate still fails on a broken file when nobody reads its findings.
    repo.write(`incidents/${id}.md`, repo.read(`incidents/${id}.md`).replace(/^severity: .*$/m, 'severity: SEV-9'));
    const broken = await withClosedStdout(repo.dir, ['validate']);
    assert.deepEqual(broken, { code: 1, stderr: '' });
  } finally {
    repo.cleanup();
  }
});
