import assert from 'node:assert/strict';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { once } from 'node:events';
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { CommandError } from '../src/core/errors.ts';
import { writeFileAtomic } from '../src/io/atomic-write.ts';
import { withFileLock } from '../src/io/lock.ts';
import { checkVersion, makeVersion } from './helpers/lock-worker.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const WORKER = fileURLToPath(new URL('./helpers/lock-worker.ts', import.meta.url));

const tmpRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'casefile-lock-'));
after(() => fs.rmSync(tmpRoot, { recursive: true, force: true }));

let dirCount = 0;
function freshDir(): string {
  const dir = path.join(tmpRoot, String(dirCount++));
  fs.mkdirSync(dir);
  return dir;
}

const running = new Set<ChildProcessWithoutNullStreams>();
after(() => {
  for (const child of running) child.kill('SIGKILL'); // a failed test must not leave workers waiting forever
});

const stderrOf = new WeakMap<ChildProcessWithoutNullStreams, string[]>();
const closedOf = new WeakMap<ChildProcessWithoutNullStreams, Promise<unknown[]>>();

function spawnWorker(...args: string[]): ChildProcessWithoutNullStreams {
  const child = spawn(process.execPath, ['--import', 'tsx', WORKER, ...args], { cwd: ROOT });
  const stderr: string[] = [];
  child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk.toString()));
  stderrOf.set(child, stderr);
  running.add(child);
  child.on('exit', () => running.delete(child));
  closedOf.set(child, once(child, 'close')); // 'close' (not 'exit'): all of stderr has been read by then
  return child;
}

/** Reads the child's stdout line by line; rejects (with its stderr) if it ends first. */
function linesOf(child: ChildProcessWithoutNullStreams): () => Promise<string> {
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  return async () => {
    const { done, value } = await lines.next();
    if (done) throw new Error(`worker ended early:\n${stderrOf.get(child)?.join('')}`);
    return value;
  };
}

async function exitOf(child: ChildProcessWithoutNullStreams): Promise<{ code: number | null; stderr: string }> {
  const [code] = (await closedOf.get(child)) as [number | null];
  return { code, stderr: stderrOf.get(child)?.join('') ?? '' };
}

/** The pid of a process that has certainly exited. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '']);
  await once(child, 'exit');
  assert.ok(child.pid);
  assert.throws(() => process.kill(child.pid!, 0), { code: 'ESRCH' });
  return child.pid;
}

function writeLock(file: string, owner: { pid: number; host?: string }): string {
  const lockPath = `${file}.lock`;
  fs.writeFileSync(lockPath, JSON.stringify({ pid: owner.pid, host: owner.host ?? os.hostname(), at: new Date().toISOString() }));
  return lockPath;
}

function makeOld(p: string): void {
  const t = new Date(Date.now() - 60_000);
  fs.utimesSync(p, t, t);
}

async function rejectsLocked(file: string, pidText: string): Promise<void> {
  let ran = false;
  await assert.rejects(
    withFileLock(file, () => (ran = true), { timeoutMs: 200 }),
    (err: unknown) => {
      assert.ok(err instanceof CommandError, `expected CommandError, got ${String(err)}`);
      assert.equal(
        err.message,
        `${file} is locked by another incident command (${pidText}); try again, or remove ${file}.lock if no incident command is running`,
      );
      return true;
    },
  );
  assert.equal(ran, false);
}

describe('withFileLock', () => {
  it('2 processes x 100 concurrent read-modify-write increments lose no update', async () => {
    const dir = freshDir();
    const file = path.join(dir, 'counter.json');
    fs.writeFileSync(file, JSON.stringify({ count: 0 }));
    const workers = [spawnWorker('increment', file, '100'), spawnWorker('increment', file, '100')];
    for (const w of workers) assert.equal(await linesOf(w)(), 'ready');
    for (const w of workers) w.stdin.end('go\n'); // both start together
    for (const { code, stderr } of await Promise.all(workers.map(exitOf))) assert.equal(code, 0, stderr);
    assert.deepEqual(JSON.parse(fs.readFileSync(file, 'utf8')), { count: 200 });
    assert.deepEqual(fs.readdirSync(dir), ['counter.json'], 'no lock or temp files left behind');
  });

  it('waiters in several processes racing to steal one stale lock still exclude each other', async () => {
    const file = path.join(freshDir(), 'x.md');
    const pid = await deadPid();
    const workers = Array.from({ length: 4 }, () => spawnWorker('exclusive', file));
    const replies = workers.map(linesOf);
    for (const next of replies) assert.equal(await next(), 'ready');
    for (let round = 0; round < 50; round++) {
      writeLock(file, { pid }); // every round starts with a lock left by a dead process
      for (const w of workers) w.stdin.write('go\n');
      assert.deepEqual(await Promise.all(replies.map((next) => next())), ['done', 'done', 'done', 'done'], `round ${round}`);
    }
    for (const w of workers) w.stdin.end();
    for (const { code, stderr } of await Promise.all(workers.map(exitOf))) assert.equal(code, 0, stderr);
  });

  it('serializes concurrent calls within one process, and releases on success and on error', async () => {
    const file = path.join(freshDir(), 'x.md');
    let inside = 0;
    let maxInside = 0;
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        withFileLock(file, async () => {
          maxInside = Math.max(maxInside, ++inside);
          await new Promise((resolve) => setTimeout(resolve, 1));
          inside--;
          return i;
        }),
      ),
    );
    assert.deepEqual(results, Array.from({ length: 20 }, (_, i) => i));
    assert.equal(maxInside, 1);
    await assert.rejects(withFileLock(file, () => {
      throw new Error('boom');
    }), /boom/);
    assert.equal(fs.existsSync(`${file}.lock`), false);
  });

  it('steals a lock left by a dead process', async () => {
    const file = path.join(freshDir(), 'x.md');
    const lockPath = writeLock(file, { pid: await deadPid() });
    assert.equal(await withFileLock(file, () => 'ran', { timeoutMs: 5000 }), 'ran');
    assert.equal(fs.existsSync(lockPath), false);
  });

  it('steals a garbage lock only once it is older than 10 s', async () => {
    const file = path.join(freshDir(), 'x.md');
    const lockPath = `${file}.lock`;
    fs.writeFileSync(lockPath, ''); // what a process killed between create and write leaves
    await rejectsLocked(file, 'pid unknown');
    makeOld(lockPath);
    assert.equal(await withFileLock(file, () => 'ran', { timeoutMs: 5000 }), 'ran');
    assert.equal(fs.existsSync(lockPath), false);
  });

  it('removes a steal lock abandoned mid-steal, then steals the stale lock', async () => {
    const file = path.join(freshDir(), 'x.md');
    writeLock(file, { pid: await deadPid() });
    fs.writeFileSync(`${file}.lock.steal`, '');
    makeOld(`${file}.lock.steal`);
    assert.equal(await withFileLock(file, () => 'ran', { timeoutMs: 5000 }), 'ran');
    assert.deepEqual(fs.readdirSync(path.dirname(file)), []);
  });

  it('times out with a CommandError naming the file while a live process holds the lock', async () => {
    const file = path.join(freshDir(), 'x.md');
    await withFileLock(file, () => rejectsLocked(file, `pid ${process.pid}`));
    assert.equal(fs.existsSync(`${file}.lock`), false);
  });

  it('never steals a lock held by a process on another host', async () => {
    const file = path.join(freshDir(), 'x.md');
    writeLock(file, { pid: await deadPid(), host: 'elsewhere.invalid' });
    const { pid } = JSON.parse(fs.readFileSync(`${file}.lock`, 'utf8')) as { pid: number };
    await rejectsLocked(file, `pid ${pid} on elsewhere.invalid`);
  });

  it('survives kill -9 in the middle of locked atomic writes', async () => {
    const dir = freshDir();
    const file = path.join(dir, 'incident.md');
    writeFileAtomic(file, makeVersion('A'));
    const seen = new Set<string>();
    for (let round = 0; round < 20; round++) {
      const child = spawnWorker('write-loop', file);
      assert.equal(await linesOf(child)(), 'started');
      await new Promise((resolve) => setTimeout(resolve, 5 + Math.random() * 55));
      const exited = once(child, 'exit');
      child.kill('SIGKILL');
      const [, signal] = (await exited) as [number | null, string | null];
      assert.equal(signal, 'SIGKILL');

      seen.add(checkVersion(fs.readFileSync(file, 'utf8'))); // exactly one whole version
      assert.equal(await withFileLock(file, () => 'ran'), 'ran'); // the dead writer's lock does not block us
      assert.equal(fs.existsSync(`${file}.lock`), false);
    }
    assert.ok([...seen].every((tag) => tag === 'A' || tag === 'B'));
    // A killed writer may leave its own temp file (never the target half-written); nothing else.
    for (const name of fs.readdirSync(dir)) {
      assert.ok(name === 'incident.md' || /^(\.incident\.md|incident\.md\.lock)\.\d+\.[0-9a-z]+\.tmp$/.test(name), name);
    }
  });
});

describe('writeFileAtomic', () => {
  it('creates and replaces files, keeping the mode of an existing target', () => {
    const dir = freshDir();
    const file = path.join(dir, 'x.md');
    writeFileAtomic(file, 'first — é\n');
    assert.equal(fs.readFileSync(file, 'utf8'), 'first — é\n');
    fs.chmodSync(file, 0o640);
    writeFileAtomic(file, 'second\n');
    assert.equal(fs.readFileSync(file, 'utf8'), 'second\n');
    assert.equal(fs.statSync(file).mode & 0o777, 0o640);
    assert.deepEqual(fs.readdirSync(dir), ['x.md']);
  });

  it('fails without a trace when the target is a directory', () => {
    const dir = freshDir();
    const target = path.join(dir, 'x.md');
    fs.mkdirSync(target);
    fs.writeFileSync(path.join(target, 'inside'), 'old');
    assert.throws(() => writeFileAtomic(target, 'new'), { code: /^(EISDIR|ENOTEMPTY|EEXIST|EPERM)$/ });
    assert.deepEqual(fs.readdirSync(dir), ['x.md'], 'no temp file left');
    assert.equal(fs.readFileSync(path.join(target, 'inside'), 'utf8'), 'old');
  });

  it('fails without a trace when the rename fails, leaving the old content', () => {
    const dir = freshDir();
    const file = path.join(dir, 'x.md');
    fs.writeFileSync(file, 'old');
    const realRename = fs.renameSync;
    fs.renameSync = () => {
      throw Object.assign(new Error('EXDEV: simulated'), { code: 'EXDEV' });
    };
    syncBuiltinESMExports(); // make the `import { renameSync }` in atomic-write.ts see the fake
    try {
      assert.throws(() => writeFileAtomic(file, 'new'), { code: 'EXDEV' });
    } finally {
      fs.renameSync = realRename;
      syncBuiltinESMExports();
    }
    assert.equal(fs.readFileSync(file, 'utf8'), 'old');
    assert.deepEqual(fs.readdirSync(dir), ['x.md'], 'no temp file left');
  });
});
