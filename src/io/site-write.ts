// One file of a site being made (site-dir.ts): when the site it replaces has a file of the same
// name with the same bytes, that file is hard-linked into the new site instead of a new one made.
// On this machine's ext4 (no journal) 10,000 new 17 KB files cost 0.3-4.6 s of kernel CPU: the
// allocator skips every inode freed in the last 60-360 s, a buffer lookup each (recently_deleted()
// in perf), and the old site's removal frees 10,000 of them. Reading the 10,000 old pages back,
// comparing and linking cost 0.26-0.32 s of kernel CPU and 0.1-0.2 s of user; the old site's
// removal then frees no inode either. A cold rebuild of 10,000 incidents: 0.9-1.0 s of kernel CPU
// instead of 1.4-6.8 s.
// The old site's files are only read and linked, never written: readers of the old site see it
// as it was until the swap. Anything unexpected (no old file, other bytes, another owner or mode,
// an error) and the file is written as it would be without an old site.
import { closeSync, fstatSync, linkSync, lstatSync, openSync, readSync, statSync, unlinkSync, writeFileSync, writeSync, type Stats } from 'node:fs';
import { join } from 'node:path';

/** A text in parts (nested), written in order: a long page is never made into one string. */
export type Parts = string | readonly Parts[];

/** Where a site is being made, and the site it replaces (the same file system, beside it), if any. */
export interface SiteTarget {
  readonly dir: string;
  readonly previous?: string;
}

/** Writes `rel` (`/`-separated, its directory made) of the new site: linked from the old site when the bytes are the same. */
export function writeSiteFile(target: SiteTarget, rel: string, text: Parts): void {
  const path = join(target.dir, rel);
  if (target.previous !== undefined && linkable(target)) {
    const from = join(target.previous, rel);
    if (typeof text === 'string') {
      const size = Buffer.byteLength(text, 'utf8');
      const bytes = scratch(0, size);
      bytes.write(text, 'utf8');
      if (linkIfSame(target, from, path, (fd) => readAt(fd, scratch(1, size), 0)?.equals(bytes) === true, size)) return;
      writeFileSync(path, bytes);
      return;
    }
    if (linkIfSame(target, from, path, (fd, size) => sameParts(fd, size, text), undefined)) return;
  }
  if (typeof text === 'string') writeFileSync(path, text);
  else writeParts(path, text);
}

/**
 * Links `from` to `to` if it is a regular file of ours with the mode a new file would get, of
 * `size` bytes (when known) and bytes that `same` accepts (given the open file and its size). The
 * link is checked to be the file read (the old site could be swapped away between the read and
 * the link by another run).
 */
function linkIfSame(target: SiteTarget, from: string, to: string, same: (fd: number, size: number) => boolean, size: number | undefined): boolean {
  let fd: number;
  try {
    fd = openSync(from, 'r');
  } catch {
    return false; // a page the old site did not have
  }
  let linked = false;
  try {
    const st = fstatSync(fd);
    if (!st.isFile() || (size !== undefined && st.size !== size) || !ownedAsNew(target, st)) return false;
    if (!same(fd, st.size)) return false;
    try {
      linkSync(from, to);
    } catch (error) {
      if (!['EEXIST', 'ENOENT'].includes((error as NodeJS.ErrnoException).code!)) give.add(target.dir); // EXDEV, EPERM, EMLINK...: write every file
      return false;
    }
    linked = true;
    const made = lstatSync(to);
    if (made.ino === st.ino && made.dev === st.dev) return true;
    unlinkSync(to); // not the file read
    linked = false;
    return false;
  } catch {
    if (linked) unlinkSync(to);
    return false;
  } finally {
    closeSync(fd);
  }
}

/**
 * Two buffers reused from file to file (a page's bytes, the old page's): no two new buffers a
 * page, 10,000 times. A file larger than SCRATCH gets buffers of its own, not kept.
 */
const SCRATCH = 1 << 20;
const buffers = [Buffer.allocUnsafe(1 << 16), Buffer.allocUnsafe(1 << 16)];
function scratch(k: 0 | 1, size: number): Buffer {
  if (size > SCRATCH) return Buffer.allocUnsafe(size);
  if (buffers[k]!.length < size) buffers[k] = Buffer.allocUnsafe(Math.min(SCRATCH, Math.max(size, 2 * buffers[k]!.length)));
  return buffers[k]!.subarray(0, size);
}

/** New sites whose old site cannot be linked from: every file written. */
const give = new Set<string>();
const linkable = (target: SiteTarget) => !give.has(target.dir);

/** The mode a new file gets there: its directory's (made with mode 0o777 under the umask), without the execute bits. */
const newFileMode = new Map<string, number>();
function ownedAsNew(target: SiteTarget, st: Stats): boolean {
  let mode = newFileMode.get(target.dir);
  if (mode === undefined) {
    const dir = statSync(target.dir);
    mode = dir.mode & 0o666;
    newFileMode.set(target.dir, mode);
  }
  const uid = process.getuid?.();
  return (st.mode & 0o777) === mode && (uid === undefined || st.uid === uid);
}

/** `into` filled from the file at `at`; undefined if the file ends before (it is changing under us). */
function readAt(fd: number, into: Buffer, at: number): Buffer | undefined {
  for (let got = 0; got < into.length; ) {
    const n = readSync(fd, into, got, into.length - got, at + got);
    if (n === 0) return undefined;
    got += n;
  }
  return into;
}

/**
 * Whether the file (of `size` bytes) holds exactly the parts' bytes, compared chunk by chunk (as
 * writeParts writes them): the actions page of 10,000 incidents is 7.7 MB, never read whole.
 */
function sameParts(fd: number, size: number, parts: Parts): boolean {
  let at = 0;
  let equal = true;
  forChunks(parts, (chunk) => {
    if (!equal) return;
    const n = Buffer.byteLength(chunk, 'utf8');
    if (at + n > size) {
      equal = false;
      return;
    }
    const bytes = scratch(0, n);
    bytes.write(chunk, 'utf8');
    equal = readAt(fd, scratch(1, n), at)?.equals(bytes) === true;
    at += n;
  });
  return equal && at === size;
}

/** The parts written in chunks of about 64 KB. */
function writeParts(path: string, parts: Parts): void {
  const fd = openSync(path, 'w');
  try {
    forChunks(parts, (chunk) => writeSync(fd, chunk));
  } finally {
    closeSync(fd);
  }
}

function forChunks(parts: Parts, use: (chunk: string) => void): void {
  let pending = '';
  const put = (p: Parts) => {
    if (typeof p !== 'string') {
      for (const q of p) put(q);
      return;
    }
    pending += p;
    if (pending.length >= 65_536) {
      use(pending);
      pending = '';
    }
  };
  put(parts);
  if (pending) use(pending);
}
