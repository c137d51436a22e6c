// Evidence files on disk: which paths may be read (inside the repository, symlinks included),
// hashing, and writing saved copies whole and without overwriting anything. A copy is written
// under a hidden pending name (`.<name>.pending.tmp`, covered by incidents/.gitignore) and gets its
// own name only once its record is in the incident file: a command killed at any point leaves
// nothing that `git status` shows, and never a saved file without its record.
import { sha256 as jsSha256 } from '@noble/hashes/sha2';
import { bytesToHex } from '@noble/hashes/utils';
import {
  closeSync, existsSync, linkSync, lstatSync, mkdirSync, openSync, readdirSync, readSync, realpathSync, rmdirSync, statSync, unlinkSync,
} from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { CommandError } from '../core/util/errors.ts';
import type { Repo } from './repo.ts';
import { createExclusive } from './create-exclusive.ts';

/** Whether `path` is `root` or below it (both absolute, already resolved). */
export function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

export interface Source {
  /** As the user typed it. */
  given: string;
  /** The real path (symlinks resolved), inside the repository. */
  real: string;
  /** Relative to the repository root, with `/`. */
  rel: string;
  size: number;
}

/** A file the user names: it must exist, be a regular file, and be in the repository, also after following symlinks. */
export function checkSource(repo: Repo, given: string): Source {
  const abs = resolve(repo.cwd, given);
  const root = realpath(repo.root);
  const outside = () =>
    new CommandError(`${given} is outside the repository (${repo.root}); copy it into the repository first, or capture it with incident evidence <id> run -- <command>`);
  if (!isInside(repo.root, abs) && !isInside(root, abs)) throw outside();
  if (!lstatExists(abs)) throw new CommandError(`No such file: ${given}`);
  let real: string;
  try {
    real = realpath(abs);
  } catch {
    throw new CommandError(`${given} is a broken symlink`);
  }
  if (!isInside(root, real)) throw new CommandError(`${given} is a symlink to ${real}, outside the repository; evidence never follows links out of it`);
  const st = statSync(real);
  if (!st.isFile()) throw new CommandError(`${given} is not a regular file${st.isDirectory() ? ' (a directory: name the files in it)' : ''}`);
  if (isInside(join(root, '.git'), real)) throw new CommandError(`${given} is inside .git; evidence must be a file of the work tree`);
  return { given, real, rel: relative(root, real).split('\\').join('/'), size: st.size };
}

function lstatExists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

/** The incident's evidence directory, created; refused when it (or a parent) is a link out of the repository. */
export function evidenceDir(repo: Repo, id: string): string {
  const dir = join(repo.incidentsDir, id, 'evidence');
  const root = realpath(repo.root);
  const check = (path: string) => {
    const real = realpath(path);
    if (!isInside(root, real)) {
      throw new CommandError(`${relative(repo.cwd, dir)} leads outside the repository (to ${real}); evidence is never written there`);
    }
  };
  // Checked before creating anything (mkdir would follow a link out), and again after.
  let existing = dir;
  while (!lstatExists(existing)) existing = dirname(existing);
  check(existing);
  mkdirSync(dir, { recursive: true });
  check(dir);
  return dir;
}

/**
 * SHA-256 in hex: of a small file in JavaScript (@noble/hashes), since loading node:crypto (and the
 * streams it loads) at start-up kept `incident evidence add` of a small file at 46.0 ms of CPU
 * against 40.5 (Node 24.21, medians of 21 interleaved runs, with realpath below; `node -e 0`: 26.8);
 * of a larger one (4 KB: even) by node:crypto, loaded then, which is faster once it is there.
 */
export const sha256 = (data: Buffer) =>
  data.length <= JS_HASH_MAX ? bytesToHex(jsSha256(data)) : createHash('sha256').update(data).digest('hex');
const JS_HASH_MAX = 4096;
const createHash = (algorithm: string) => (process.getBuiltinModule('node:crypto') as typeof import('node:crypto')).createHash(algorithm);

/** realpath(3), one system call: fs.realpathSync looks at each part of the path in JavaScript. */
const realpath = (path: string) => realpathSync.native(path);

/** SHA-256 and size of a file read in chunks (a replaced file may be far larger than any we saved). */
export function hashFile(path: string): { sha256: string; size: number } {
  const hash = createHash('sha256');
  const fd = openSync(path, 'r');
  const chunk = Buffer.allocUnsafe(1 << 20);
  let size = 0;
  try {
    for (let n; (n = readSync(fd, chunk, 0, chunk.length, null)) > 0; size += n) hash.update(chunk.subarray(0, n));
  } finally {
    closeSync(fd);
  }
  return { sha256: hash.digest('hex'), size };
}

/** Writes `data` as `dir/name` whole, never replacing a file; false when the name is taken. */
export const writeNew = (dir: string, name: string, data: Buffer): boolean => createExclusive(join(dir, name), data);

const PENDING = /^\.(.+)\.pending\.tmp$/;
/** createExclusive's temp file for a pending copy, left by a command killed while writing it. */
const PENDING_TEMP = /^\..+\.pending\.tmp\.\d+\.[a-z0-9]+\.tmp$/;
export const pendingName = (name: string): string => `.${name}.pending.tmp`;

/** Neither saved under `name` nor waiting to be. */
export const isTaken = (dir: string, name: string): boolean => existsSync(join(dir, name)) || existsSync(join(dir, pendingName(name)));

/** Writes `data` whole under the pending name of `name` (called under the incident's lock); false when taken. */
export const writePending = (dir: string, name: string, data: Buffer): boolean => createExclusive(join(dir, pendingName(name)), data);

/** Gives a pending copy its own name, once its record is written; never replaces a file, and may race with `settlePending`. */
export function publishPending(dir: string, name: string): void {
  try {
    linkSync(join(dir, pendingName(name)), join(dir, name));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // Someone settling the directory did it first (EEXIST, or ENOENT once they removed the pending name).
    if (code !== 'EEXIST' && !(code === 'ENOENT' && existsSync(join(dir, name)))) throw error;
  }
  try {
    unlinkSync(join(dir, pendingName(name)));
  } catch {
    // already gone
  }
}

/**
 * Under the incident's lock, with the names it records: a pending copy that is recorded gets its
 * name (its command was killed between the record and that step); one that is not was left by a
 * command killed before its record was written, and is removed, as is the temp file of a copy
 * killed while being written (pending copies are written under the lock: none is in progress).
 */
export function settlePending(dir: string, recorded: ReadonlySet<string>): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const entry of names) {
    const name = PENDING.exec(entry)?.[1];
    if (name === undefined && !PENDING_TEMP.test(entry)) continue;
    if (name !== undefined && recorded.has(name)) publishPending(dir, name);
    else {
      try {
        unlinkSync(join(dir, entry));
      } catch {
        // gone
      }
    }
  }
}

/** Removes files written by a command that then failed, so nothing is left half-recorded. */
export function removeAll(paths: readonly string[], dir?: string): void {
  for (const path of paths) {
    try {
      unlinkSync(path);
    } catch {
      // already gone
    }
  }
  // Leave no empty evidence directory behind either.
  if (!dir) return;
  for (const d of [dir, dirname(dir)]) {
    try {
      rmdirSync(d);
    } catch {
      break; // not empty: it holds earlier evidence
    }
  }
}
