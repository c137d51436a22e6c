// A per-file lock shared by every incident command on this machine: `<path>.lock`, created with
// O_EXCL so exactly one creator wins, whether the contenders are processes or async calls in one process.
import { linkSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { CommandError } from '../core/errors.ts';

export interface LockOptions {
  /** How long to wait for another holder before giving up (default 30 s). */
  timeoutMs?: number;
}

/** A lock file this old with no readable owner was abandoned (a live creator writes its owner within microseconds). */
const STALE_MS = 10_000;
const HOST = hostname();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Run `fn` while holding the lock on `path`; waits for other holders, steals locks left by dead processes. */
export async function withFileLock<T>(path: string, fn: () => T | Promise<T>, opts: LockOptions = {}): Promise<T> {
  const lockPath = `${path}.lock`;
  const mine = await acquire(path, lockPath, opts.timeoutMs ?? 30_000);
  try {
    return await fn();
  } finally {
    releaseIfMine(lockPath, mine);
  }
}

async function acquire(path: string, lockPath: string, timeoutMs: number): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  let delay = 5;
  for (;;) {
    const mine = tryCreate(lockPath);
    if (mine !== undefined) return mine;
    const seen = inspect(lockPath);
    if (seen === undefined) continue; // released between our attempt and our look: try again at once
    if (isStale(seen) && steal(lockPath, seen)) continue;
    const left = deadline - Date.now();
    if (left <= 0) throw lockedError(path, lockPath, seen);
    // Randomized so contenders that collided once do not collide again in lockstep.
    await sleep(Math.min(left, delay * (0.4 + 0.6 * Math.random())));
    delay = Math.min(50, delay * 1.5);
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
  writeFileSync(temp, content, { flag: 'wx' });
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

interface Seen {
  raw: string;
  owner?: { pid: number; host: string };
  ageMs: number;
}

/** What the lock file says and how old it is; undefined if there is no lock file. */
function inspect(lockPath: string): Seen | undefined {
  let mtimeMs: number;
  let raw: string;
  try {
    mtimeMs = statSync(lockPath).mtimeMs;
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
  return { raw, owner: parseOwner(raw), ageMs: Date.now() - mtimeMs };
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

function isStale(seen: Seen): boolean {
  if (!seen.owner) return seen.ageMs > STALE_MS;
  // A pid on another host cannot be checked from here, so such a lock is only ever waited for.
  // Our own pid is alive, so a lock held by another async call in this process is waited for too.
  return seen.owner.host === HOST && !isAlive(seen.owner.pid);
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
    if (other && (other.ageMs > STALE_MS || isStale(other))) unlinkIfExists(stealPath);
    return false;
  }
  try {
    const now = inspect(lockPath);
    if (now === undefined) return true;
    if (now.raw !== seen.raw || !isStale(now)) return false;
    unlinkIfExists(lockPath);
    return true;
  } finally {
    releaseIfMine(stealPath, mine);
  }
}

/** Unlink only a lock we still hold, so a late release can never remove someone else's lock. */
function releaseIfMine(lockPath: string, mine: string): void {
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

function lockedError(path: string, lockPath: string, seen: Seen): CommandError {
  const { owner } = seen;
  const by = !owner ? 'pid unknown' : owner.host === HOST ? `pid ${owner.pid}` : `pid ${owner.pid} on ${owner.host}`;
  return new CommandError(
    `${path} is locked by another incident command (${by}); try again, or remove ${lockPath} if no incident command is running`,
  );
}

function errorCode(err: unknown): string | undefined {
  return typeof err === 'object' && err !== null && 'code' in err ? String(err.code) : undefined;
}
