// A per-file lock shared by every incident command: `<path>.lock`, created with O_EXCL (a hard
// link) so exactly one creator wins, whether the contenders are processes or async calls in one
// process. Waiters queue (see `enqueue`) so that a hundred writers take turns in arrival order and
// sleep until their turn, instead of all polling the lock.
import { linkSync, mkdirSync, readFileSync, readdirSync, rmdirSync, statSync, unlinkSync, utimesSync, watch, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CommandError } from '../core/util/errors.ts';

export interface LockOptions {
  /** How long to wait while the line does not move (no holder leaves) before giving up (default 30 s). */
  timeoutMs?: number;
  /** After how long without a refresh a live-looking lock or ticket is stale (default 10 s; tests shorten it). */
  staleMs?: number;
}

/**
 * The stale rule. A lock (or a queue ticket) whose owner is a process of this host that no longer
 * exists is stale at once. Any other one (another host's, a live local process's, or one with
 * unreadable content) is stale once it has not been refreshed for STALE_MS: a holder touches its
 * lock every STALE_MS / 5 while it runs, so only a frozen process or a lost host stops doing so.
 * "Not refreshed" is what a waiter sees stay unchanged by its own clock, so the clocks of other
 * hosts do not matter.
 */
const STALE_MS = 10_000;
const HOST = hostName();

/**
 * os.hostname() (gethostname(2)), read where Linux keeps it: loading node:os for it cost every
 * write 0.3 ms of CPU (Node 24, timed inside the lane); elsewhere, node:os.
 */
function hostName(): string {
  try {
    return readFileSync('/proc/sys/kernel/hostname', 'utf8').replace(/\n$/, '');
  } catch {
    return (process.getBuiltinModule('node:os') as typeof import('node:os')).hostname();
  }
}
/** How often a waiter looks again when no change notice came (fs.watch misses changes made by other hosts over NFS). */
const POLL_MS = 200;
/** The same when fs.watch is not available at all (no inotify instances left, some file systems). */
const POLL_UNWATCHED_MS = 50;

/** Run `fn` while holding the lock on `path`; waits for other holders, steals stale locks. */
export async function withFileLock<T>(path: string, fn: () => T | Promise<T>, opts: LockOptions = {}): Promise<T> {
  const lockPath = `${path}.lock`;
  const staleMs = opts.staleMs ?? STALE_MS;
  const held = await acquire(path, lockPath, opts.timeoutMs ?? 30_000, staleMs);
  const refresh = keepFresh(lockPath, held.mine, staleMs);
  try {
    return await fn();
  } finally {
    clearInterval(refresh);
    releaseIfMine(lockPath, held.mine);
    held.leave(); // after the release: the next in line is woken by this and finds the lock free
  }
}

/** For tests only: widens a race window that is otherwise microseconds wide. */
export const lockHooks: { beforeSteal?: () => void } = {};

interface Held {
  mine: string;
  /** Leaves the queue (a no-op for a lock taken without queueing). */
  leave(): void;
}

async function acquire(path: string, lockPath: string, timeoutMs: number, staleMs: number): Promise<Held> {
  // The wait is limited while nothing moves, not in total: a hundred writers on a busy machine
  // take longer than 30 s to pass in turn, and the last of them must still get its turn.
  let movedAt = Date.now();
  let line = '';
  const left = (now: string) => {
    if (now !== line) [line, movedAt] = [now, Date.now()];
    return movedAt + timeoutMs - Date.now();
  };
  const queueDir = `${lockPath}.queue.tmp`; // covered by incidents/.gitignore's `*.lock.*.tmp`
  // Nobody waiting: take a free lock at once (the common case: one syscall more than a plain write).
  if (!exists(queueDir)) {
    const mine = tryCreate(lockPath);
    if (mine !== undefined) return { mine, leave: () => {} };
  }
  const ticket = enqueue(queueDir);
  const refresh = keepFresh(ticket.path, ticket.mine, staleMs);
  const leave = () => {
    clearInterval(refresh);
    releaseIfMine(ticket.path, ticket.mine);
    try {
      rmdirSync(queueDir); // the last one out; fails (harmlessly) while others wait
    } catch {
      // not empty, or already gone
    }
  };
  const watched = new Watched(staleMs);
  try {
    for (;;) {
      const ahead = predecessor(queueDir, ticket.n, watched);
      if (ahead !== undefined) {
        const ms = left(`${ahead.count} ahead`);
        if (ms <= 0) throw lockedError(path, lockPath, inspect(lockPath), ahead.count);
        await changeOf(join(queueDir, ahead.name), ms); // it leaves (or is judged stale) before our turn
        continue;
      }
      // First in line: only the lock's holder is ahead of us.
      const got = takeOrSteal(lockPath, watched);
      if ('mine' in got) return { mine: got.mine, leave };
      const ms = left(`held by ${got.seen.raw}`);
      if (ms <= 0) throw lockedError(path, lockPath, got.seen, 0);
      await changeOf(lockPath, ms);
    }
  } catch (err) {
    leave();
    throw err;
  }
}

/** One try of the first in line: the lock, or what holds it now (a stale lock is stolen first). */
export function takeOrSteal(lockPath: string, watched: Watched): { mine: string } | { seen: Seen } {
  for (;;) {
    const mine = tryCreate(lockPath);
    if (mine !== undefined) return { mine };
    const seen = inspect(lockPath);
    if (seen === undefined) continue; // released between our attempt and our look: try again at once
    if (watched.isStale(lockPath, seen) && steal(lockPath, seen)) continue;
    return { seen };
  }
}

interface Ticket {
  n: number;
  path: string;
  mine: string;
}

const TICKET = /^\d{10}$/;

/**
 * Take a numbered ticket in `queueDir`: one more than the highest there, created with O_EXCL, so
 * two waiters never share a number. A waiter waits only for the ticket just below its own; the
 * order is fair, and the lock itself (not the queue) is what keeps two writers apart.
 */
function enqueue(queueDir: string): Ticket {
  for (;;) {
    try {
      mkdirSync(queueDir);
    } catch (err) {
      if (errorCode(err) !== 'EEXIST') throw err;
    }
    let n = Math.max(0, ...tickets(queueDir).map((t) => t.n)) + 1;
    try {
      for (;; n++) {
        const path = join(queueDir, String(n).padStart(10, '0'));
        const mine = tryCreate(path);
        if (mine !== undefined) return { n, path, mine };
      }
    } catch (err) {
      if (errorCode(err) !== 'ENOENT') throw err; // the last waiter removed the directory just now
    }
  }
}

function tickets(queueDir: string): { n: number; name: string }[] {
  try {
    return readdirSync(queueDir).filter((name) => TICKET.test(name)).map((name) => ({ n: Number(name), name }));
  } catch (err) {
    if (errorCode(err) === 'ENOENT') return [];
    throw err;
  }
}

/** The live ticket just ahead of ticket `n`, removing stale ones on the way; undefined when `n` is first. */
function predecessor(queueDir: string, n: number, watched: Watched): { n: number; name: string; count: number } | undefined {
  const ahead = tickets(queueDir).filter((t) => t.n < n).sort((a, b) => b.n - a.n);
  for (const [k, t] of ahead.entries()) {
    const path = join(queueDir, t.name);
    const seen = inspect(path);
    if (seen === undefined) continue;
    if (!watched.isStale(path, seen)) return { ...t, count: ahead.length - k };
    // A waiter that died, or froze, in the queue: its place is given up. (Removing it wrongly
    // costs only its turn: the lock still keeps writers apart.)
    if (readRaw(path) === seen.raw) unlinkIfExists(path);
  }
  return undefined;
}

/** Resolves when `path` changes or disappears (fs.watch), or after a poll interval, or at once if it is gone. */
function changeOf(path: string, leftMs: number): Promise<void> {
  return new Promise((resolve) => {
    let watcher: ReturnType<typeof watch> | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const done = () => {
      clearTimeout(timer);
      watcher?.close();
      resolve();
    };
    try {
      watcher = watch(path, { persistent: false }, done);
      watcher.on('error', done);
    } catch (err) {
      if (errorCode(err) === 'ENOENT') return resolve(); // gone already
      watcher = undefined; // no watch possible here: poll more often
    }
    timer = setTimeout(done, Math.max(1, Math.min(leftMs, watcher ? POLL_MS : POLL_UNWATCHED_MS)));
  });
}

/** Touches `path` (only while it is still ours) every staleMs / 5, so waiters see its holder is alive. */
function keepFresh(path: string, mine: string, staleMs: number): ReturnType<typeof setInterval> {
  const timer = setInterval(() => {
    try {
      if (readRaw(path) !== mine) return;
      const now = new Date();
      utimesSync(path, now, now);
    } catch {
      // gone: nothing to keep fresh
    }
  }, Math.max(10, Math.floor(staleMs / 5)));
  timer.unref(); // never keeps a finished command alive
  return timer;
}

/** What a waiter has seen of each lock and ticket, to tell how long one has gone without a refresh. */
export class Watched {
  private readonly since = new Map<string, { raw: string; mtimeMs: number; at: number }>();
  constructor(private readonly staleMs: number) {}

  isStale(path: string, seen: Seen): boolean {
    const { owner } = seen;
    if (owner && owner.host === HOST && !isAlive(owner.pid)) return true; // checked, not guessed
    if (!owner && seen.ageMs > this.staleMs) return true; // no owner to ask (not ours: ours are linked in whole); old by its mtime
    const now = performance.now();
    const last = this.since.get(path);
    if (!last || last.raw !== seen.raw || last.mtimeMs !== seen.mtimeMs) {
      this.since.set(path, { raw: seen.raw, mtimeMs: seen.mtimeMs, at: now });
      return false;
    }
    return now - last.at >= this.staleMs;
  }
}

/**
 * Create `lockPath` exclusively, already holding its owner: the content goes to a temp file that is
 * hard-linked into place (link fails with EEXIST), so no process ever sees an ownerless lock, even
 * when its creator is killed. Undefined if someone else holds the lock.
 */
function tryCreate(lockPath: string): string | undefined {
  const content = JSON.stringify({ pid: process.pid, host: HOST, at: new Date().toISOString() });
  const temp = `${lockPath}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    writeFileSync(temp, content, { flag: 'wx' });
  } catch (err) {
    // A full disk fails the write after the create: leave no temp file behind (EEXIST: not ours).
    if (errorCode(err) !== 'EEXIST') unlinkIfExists(temp);
    throw err;
  }
  try {
    linkSync(temp, lockPath);
    return content;
  } catch (err) {
    if (errorCode(err) === 'EEXIST') return undefined;
    throw err;
  } finally {
    unlinkSync(temp);
  }
}

export interface Seen {
  raw: string;
  owner?: { pid: number; host: string };
  mtimeMs: number;
  ageMs: number;
}

/** What the lock file says and how old it is; undefined if there is no lock file. */
function inspect(lockPath: string): Seen | undefined {
  let mtimeMs: number;
  let raw: string;
  try {
    const st = statSync(lockPath);
    // A directory (or other non-file) there can never be released or stolen: say so at once.
    if (!st.isFile()) throw Object.assign(new Error(`EISDIR: ${lockPath}`), { code: 'EISDIR', syscall: 'open', path: lockPath });
    mtimeMs = st.mtimeMs;
  } catch (err) {
    if (errorCode(err) === 'ENOENT') return undefined;
    throw err;
  }
  try {
    raw = readFileSync(lockPath, 'utf8');
  } catch (err) {
    if (errorCode(err) === 'ENOENT') return undefined;
    raw = `<unreadable: ${errorCode(err)}>`; // treated like garbage: stale once old enough
  }
  return { raw, owner: parseOwner(raw), mtimeMs, ageMs: Date.now() - mtimeMs };
}

function parseOwner(raw: string): Seen['owner'] {
  try {
    const v: unknown = JSON.parse(raw);
    if (typeof v !== 'object' || v === null) return undefined;
    const { pid, host } = v as Record<string, unknown>;
    // pid must be > 0: process.kill(0 or negative) would address a whole process group.
    if (typeof pid === 'number' && Number.isInteger(pid) && pid > 0 && typeof host === 'string') return { pid, host };
  } catch {
    // half-written or foreign content
  }
  return undefined;
}

/** Left by a process of this host that has exited. */
function isDead(seen: Seen): boolean {
  return seen.owner !== undefined && seen.owner.host === HOST && !isAlive(seen.owner.pid);
}

function readRaw(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

/** Whether stat(2) finds `path`; no error made when it is absent, the usual answer (a first throw costs 0.1 ms of CPU: Node 24). */
function exists(path: string): boolean {
  try {
    return statSync(path, { throwIfNoEntry: false }) !== undefined;
  } catch {
    return false;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return errorCode(err) !== 'ESRCH'; // EPERM: it exists, it is just not ours to signal
  }
}

/**
 * Remove the stale lock `seen`. Two waiters can both see the same stale lock; if the first removes
 * it and takes a new lock, the second must not remove that new one. So stealing happens under a
 * second lock, and only after re-reading the lock and finding the very same stale content.
 * Returns true if the lock is gone (worth retrying at once).
 */
function steal(lockPath: string, seen: Seen): boolean {
  const stealPath = `${lockPath}.steal`;
  const mine = tryCreate(stealPath);
  if (mine === undefined) {
    // Someone else is stealing (microseconds), unless they were killed while doing it.
    const other = inspect(stealPath);
    if (other && (other.ageMs > STALE_MS || isDead(other))) unlinkIfExists(stealPath);
    return false;
  }
  try {
    const now = inspect(lockPath);
    if (now === undefined) return true;
    // The very lock judged stale: same owner, not refreshed since (a new holder's differs in `at`).
    if (now.raw !== seen.raw || now.mtimeMs !== seen.mtimeMs) return false;
    lockHooks.beforeSteal?.();
    unlinkIfExists(lockPath);
    return true;
  } finally {
    releaseIfMine(stealPath, mine);
  }
}

/** Unlink only a lock we still hold, so a late release can never remove someone else's lock. */
export function releaseIfMine(lockPath: string, mine: string): void {
  let raw: string;
  try {
    raw = readFileSync(lockPath, 'utf8');
  } catch (err) {
    if (errorCode(err) === 'ENOENT') return;
    throw err;
  }
  if (raw === mine) unlinkIfExists(lockPath);
}

function unlinkIfExists(path: string): void {
  try {
    unlinkSync(path);
  } catch (err) {
    if (errorCode(err) !== 'ENOENT') throw err;
  }
}

function lockedError(path: string, lockPath: string, seen: Seen | undefined, ahead: number): CommandError {
  const owner = seen?.owner;
  const by = !owner ? 'pid unknown' : owner.host === HOST ? `pid ${owner.pid}` : `pid ${owner.pid} on ${owner.host}`;
  const queued = ahead > 0 ? `, with ${ahead} more waiting before this one` : '';
  return new CommandError(
    `${path} is locked by another incident command (${by}${queued}); try again, or remove ${lockPath} if no incident command is running`,
  );
}

function errorCode(err: unknown): string | undefined {
  return typeof err === 'object' && err !== null && 'code' in err ? String(err.code) : undefined;
}
