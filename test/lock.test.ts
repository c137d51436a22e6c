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
import { CommandError } from '../src/core/util/errors.ts';
import { writeFileAtomic } from '../src/io/atomic-write.ts';
import { withFileLock, type LockOptions } from '../src/io/lock.ts';
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

/** Resolves once `n` waiters hold a ticket in the lock's queue. */
async function ticketsInLine(file: string, n: number): Promise<void> {
  const queue = `${file}.lock.queue.tmp`;
  const deadline = Date.now() + 10_000;
  const count = () => (fs.existsSync(queue) ? fs.readdirSync(queue).filter((name) => /^\d+$/.test(name)).length : 0);
  while (count() < n) {
    assert.ok(Date.now() < deadline, `${n} tickets expected in ${queue}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

async function rejectsLocked(file: string, pidText: string, opts: LockOptions = { timeoutMs: 200 }): Promise<void> {
  let ran = false;
  await assert.rejects(
    withFileLock(file, () => (ran = true), opts),
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

  it('waiters in several processes, each round starting with a stale lock, exclude each other', async () => {
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

  it('first-in-lines racing to steal one stale lock still exclude each other (the steal lock)', async () => {
    // Two waiters can both be first in line (an older Casefile without the queue, a waiter whose
    // ticket was judged stale): they must not both remove the stale lock and both take a new one.
    const file = path.join(freshDir(), 'x.md');
    const pid = await deadPid();
    const workers = Array.from({ length: 4 }, () => spawnWorker('steal-race', file));
    const replies = workers.map(linesOf);
    for (const next of replies) assert.equal(await next(), 'ready');
    for (let round = 0; round < 25; round++) {
      writeLock(file, { pid });
      for (const w of workers) w.stdin.write('go\n');
      assert.deepEqual(await Promise.all(replies.map((next) => next())), ['done', 'done', 'done', 'done'], `round ${round}`);
    }
    for (const w of workers) w.stdin.end();
    for (const { code, stderr } of await Promise.all(workers.map(exitOf))) assert.equal(code, 0, stderr);
  });

  it('waiters in several processes take the lock in the order they came', async () => {
    const dir = freshDir();
    const file = path.join(dir, 'x.md');
    const out = path.join(dir, 'order.txt');
    const holder = spawnWorker('hold', file, '10000');
    assert.equal(await linesOf(holder)(), 'held');
    const takers = [];
    for (let i = 0; i < 5; i++) {
      const taker = spawnWorker('take', file, String(i), out, '10000');
      takers.push(taker);
      await ticketsInLine(file, i + 1); // in line before the next one starts
    }
    holder.stdin.end();
    for (const { code, stderr } of await Promise.all([holder, ...takers].map(exitOf))) assert.equal(code, 0, stderr);
    assert.equal(fs.readFileSync(out, 'utf8'), '0\n1\n2\n3\n4\n');
    assert.deepEqual(fs.readdirSync(dir), ['order.txt'], 'no lock, queue or ticket left');
  });

  it('a waiter killed in the line does not hold up the ones behind it', async () => {
    const dir = freshDir();
    const file = path.join(dir, 'x.md');
    const out = path.join(dir, 'order.txt');
    const holder = spawnWorker('hold', file, '10000');
    assert.equal(await linesOf(holder)(), 'held');
    const killed = spawnWorker('take', file, 'killed', out, '10000');
    await ticketsInLine(file, 1);
    const next = spawnWorker('take', file, 'next', out, '10000');
    await ticketsInLine(file, 2);
    killed.kill('SIGKILL');
    await exitOf(killed);
    const released = Date.now();
    holder.stdin.end();
    for (const { code, stderr } of await Promise.all([holder, next].map(exitOf))) assert.equal(code, 0, stderr);
    assert.ok(Date.now() - released < 5000, 'the dead ticket was skipped at once, not after the 10 s stale time');
    assert.equal(fs.readFileSync(out, 'utf8'), 'next\n');
    assert.deepEqual(fs.readdirSync(dir), ['order.txt']);
  });

  it('takes over a lock whose live holder froze (no refresh for staleMs), never one that refreshes', async () => {
    const file = path.join(freshDir(), 'x.md');
    const holder = spawnWorker('hold', file, '400');
    assert.equal(await linesOf(holder)(), 'held');
    // Running: it refreshes its lock every 80 ms, so a waiter with the same rule keeps waiting.
    await assert.rejects(withFileLock(file, () => 'ran', { staleMs: 400, timeoutMs: 1500 }), /is locked by another incident command \(pid \d+\)/);
    holder.kill('SIGSTOP'); // frozen: alive (kill -0 says so) but no longer refreshing
    const started = Date.now();
    assert.equal(await withFileLock(file, () => 'ran', { staleMs: 400, timeoutMs: 5000 }), 'ran');
    assert.ok(Date.now() - started >= 400, 'not before staleMs');
    holder.kill('SIGKILL');
    await exitOf(holder);
  });

  it('takes over a lock of another host once it is not refreshed for staleMs, not while it is', async () => {
    const file = path.join(freshDir(), 'x.md');
    const lockPath = writeLock(file, { pid: 12345, host: 'elsewhere.invalid' });
    const refresh = setInterval(() => fs.utimesSync(lockPath, new Date(), new Date()), 50); // its holder, alive over there
    try {
      await rejectsLocked(file, 'pid 12345 on elsewhere.invalid', { staleMs: 300, timeoutMs: 1000 });
    } finally {
      clearInterval(refresh);
    }
    const started = Date.now();
    assert.equal(await withFileLock(file, () => 'ran', { staleMs: 300, timeoutMs: 5000 }), 'ran');
    assert.ok(Date.now() - started >= 300, 'judged by what this waiter saw, however old the mtime');
    assert.equal(fs.existsSync(lockPath), false);
  });

  it('skips a queue ticket of another host that is not refreshed', async () => {
    const file = path.join(freshDir(), 'x.md');
    const queue = `${file}.lock.queue.tmp`;
    fs.mkdirSync(queue);
    fs.writeFileSync(path.join(queue, '0000000001'), JSON.stringify({ pid: 12345, host: 'elsewhere.invalid', at: new Date().toISOString() }));
    writeLock(file, { pid: await deadPid() }); // so that we queue behind the ticket
    assert.equal(await withFileLock(file, () => 'ran', { staleMs: 300, timeoutMs: 5000 }), 'ran');
    assert.deepEqual(fs.readdirSync(path.dirname(file)), []);
  });

  it('waits while the line moves, however long it is: the timeout is for a line that stands still', async () => {
    const file = path.join(freshDir(), 'x.md');
    const order: number[] = [];
    const started = Date.now();
    await Promise.all(Array.from({ length: 12 }, (_, i) =>
      withFileLock(file, async () => {
        order.push(i);
        await new Promise((resolve) => setTimeout(resolve, 60));
      }, { timeoutMs: 300 })));
    assert.ok(Date.now() - started > 600, 'the line took longer than any one timeout');
    assert.equal(order.length, 12);
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

  it('does not steal a lock of another host before staleMs, even when its pid is dead here', async () => {
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
