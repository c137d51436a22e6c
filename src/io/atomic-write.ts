// Whole-file replacement that never leaves a half-written target: readers (and a process
// killed mid-write) see either the old content or the new, never a mix.
import { closeSync, fchmodSync, fsyncSync, openSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Write `data` (UTF-8) to `path` via a temp file in the same directory and a rename. `durable:
 * false` skips the fsyncs, for what can be rebuilt (a cache): still never half-written.
 */
export function writeFileAtomic(path: string, data: string, { durable = true } = {}): void {
  const dir = dirname(path);
  // Same directory: rename is only atomic within one file system.
  const tmp = join(dir, `.${basename(path)}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`);
  const mode = existingFileMode(path);
  let fd: number | undefined;
  try {
    fd = openSync(tmp, 'wx', mode ?? 0o666);
    if (mode !== undefined) fchmodSync(fd, mode); // open()'s mode is filtered by umask; keep the old mode exactly
    writeFileSync(fd, data, 'utf8');
    if (durable) fsyncSync(fd); // data on disk before the rename makes it visible
    closeSync(fd);
    fd = undefined;
    renameSync(tmp, path);
  } catch (err) {
    if (fd !== undefined) ignoreErrors(() => closeSync(fd!));
    ignoreErrors(() => unlinkSync(tmp));
    throw err;
  }
  if (durable) syncDirectory(dir);
}

function existingFileMode(path: string): number | undefined {
  try {
    const st = statSync(path);
    return st.isFile() ? st.mode & 0o7777 : undefined;
  } catch (err) {
    if (errorCode(err) === 'ENOENT') return undefined;
    throw err;
  }
}

// Persist the rename itself. Best effort: the new content is already in place, so a platform or
// file system that cannot fsync a directory must not turn a successful write into a failure.
const DIR_SYNC_UNSUPPORTED = new Set(['EISDIR', 'EPERM', 'EACCES', 'EINVAL', 'ENOTSUP', 'EBADF']);

function syncDirectory(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch (err) {
    if (!DIR_SYNC_UNSUPPORTED.has(errorCode(err) ?? '')) throw err;
  } finally {
    if (fd !== undefined) ignoreErrors(() => closeSync(fd!));
  }
}

function ignoreErrors(f: () => void): void {
  try {
    f();
  } catch {
    // cleanup after an earlier failure: the earlier error is the one worth reporting
  }
}

function errorCode(err: unknown): string | undefined {
  return typeof err === 'object' && err !== null && 'code' in err ? String(err.code) : undefined;
}
