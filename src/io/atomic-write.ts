// Whole-file replacement that never leaves a half-written target: readers (and a process
// killed mid-write) see either the old content or the new, never a mix.
import { accessSync, closeSync, constants, fchmodSync, fsyncSync, lstatSync, openSync, readlinkSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { childPath } from './paths.ts';
import { CommandError } from '../core/util/errors.ts';
import { shownPath } from './fs-errors.ts';

/**
 * Refuses to replace what a rename would get wrong: a symbolic link (it would become a plain file
 * and its target would never change) and a read-only file (a rename needs only the directory's
 * permission, so a 0444 file would be replaced anyway). The mode bits are read as such, so root,
 * whom the system lets write anything, is refused too. A missing file is fine (a new one).
 */
export function assertReplaceable(path: string, shown = shownPath(path)): void {
  let st;
  try {
    st = lstatSync(path);
  } catch (err) {
    if (errorCode(err) === 'ENOENT') return;
    throw err;
  }
  if (st.isSymbolicLink()) {
    const target = readlinkSync(path);
    throw new CommandError(
      `Unexpected symbolic link ${shown} (to ${target}), expected a regular file: a write would replace the link, not change ${target}; put the file itself in its place and run the command again`,
    );
  }
  if (st.isDirectory()) throw Object.assign(new Error(`EISDIR: ${path}`), { code: 'EISDIR', syscall: 'open', path });
  if (!st.isFile()) throw new CommandError(`Unexpected special file ${shown}, expected a regular file`);
  if ((st.mode & 0o222) === 0 || !mayWrite(path)) {
    const mode = (st.mode & 0o7777).toString(8).padStart(4, '0');
    throw new CommandError(
      `Unexpected read-only file ${shown} (mode ${mode}), expected a writable one; make it writable (chmod u+w ${shown}) and run the command again, or leave it as it is`,
    );
  }
}

/** Whether this process may write `path` by the file's own permissions (a non-root user of another owner). */
function mayWrite(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch (err) {
    if (errorCode(err) === 'EACCES' || errorCode(err) === 'EPERM') return false;
    throw err;
  }
}

/**
 * Write `data` (a string as UTF-8) to `path` via a temp file in the same directory and a rename. `durable:
 * false` skips the fsyncs, for what can be rebuilt (a cache): still never half-written.
 */
export function writeFileAtomic(path: string, data: string | Uint8Array, { durable = true } = {}): void {
  const dir = dirname(path);
  // Same directory: rename is only atomic within one file system.
  const tmp = childPath(dir, `.${basename(path)}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`);
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
    // A failed write(2) or fsync(2) names no file: name the one being written (for the message).
    if (typeof err === 'object' && err !== null && !(err as NodeJS.ErrnoException).path) (err as NodeJS.ErrnoException).path = path;
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
