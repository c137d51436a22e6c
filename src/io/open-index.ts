// What `incident log "<text>"` without an id learned about each incident file's status, so the next
// run need not open 10,000 files: kept in .git/casefile/ (this clone's, never committed). It only
// ever saves work, never answers differently from reading every file:
//
// - A file's status is taken from here only while the file's stat (mtime, ctime, size, inode) is
//   the one it had before it was read. Every way a file's bytes change moves its mtime and ctime:
//   an editor saving in place, `echo >>`, git (which writes a new file: a new inode), a rename over
//   it. Setting the mtime back (`touch -d`, `cp -p`, `rsync -t`) moves the ctime, which no user can set.
// - The listing is taken from here only while the directory's stat is the one it had before it
//   was read: creating, removing or renaming a file in it moves its mtime and ctime.
// - A time within RACY_MS of the run's start (or later: a clock set back) is not trusted: a file
//   changed again after it was read, within the same tick of a coarse file-system clock (2 s on
//   FAT), would keep its mtime (git's "racily clean" entries). Such files are read every time.
//
// This still stats every file (about 3 µs each): an in-place edit changes nothing but the file's
// own stat, so no cheaper check can see it.
//
//   casefile open-incidents 4\t<key>\n      the Casefile version and the incidents directory
//   {"dir": [mtimeMs, ctimeMs, ino] | null,      the directory when listed (null: not to be trusted)
//    "names": n}\n                              and how many names it held (-1: none kept)
//   a.md\t.gitignore\tb.md...\n                  those names as readdir gave them: a listing that
//                                               is this line, as many, holds these ids (no pass
//                                               over 10,000 names to find them)
//   a\tb\t...\n                                  the ids, sorted
//   spaces up to a multiple of 8 bytes, then per id 5 float64s (this machine's byte order):
//   mtimeMs, ctimeMs, size, ino, open (1 or 0; -1: read it again). Binary: JSON.parse took 8 ms
//   of Node 20's CPU for 10,000 files, this takes none.
import { mkdirSync, readFileSync, type Stats } from 'node:fs';
import { dirname } from 'node:path';
import { writeFileAtomic } from './atomic-write.ts';

declare const CASEFILE_VERSION: string;

/** Its format, and how a file's status is read (open-incidents.ts): a change to either must change it. */
const HEADER = 'casefile open-incidents 4';
const RACY_MS = 2000;
const FIELDS = 5;

export interface OpenIndex {
  dir: [number, number, number] | null;
  /** The directory's names when listed, joined by tabs, and how many (-1: not kept, a name held a tab or a line break). */
  names: string;
  nameCount: number;
  /**
   * The ids, sorted, joined by tabs: as one string, not 10,000 (a run compares it whole with the
   * listing, or reads its ids one at a time). Only the byte size vouches for how many there
   * are: a line whose tabs disagree is found as it is read.
   */
  ids: string;
  count: number;
  /** FIELDS numbers per id, in the order of `ids`. */
  stats: Float64Array;
}

export function indexKey(incidentsDir: string): string {
  return JSON.stringify([typeof CASEFILE_VERSION === 'string' ? CASEFILE_VERSION : 'dev', incidentsDir]);
}

/** The index at `path` if it is there, whole and for this key; else undefined (then every file is read). */
export function readOpenIndex(path: string, key: string): OpenIndex | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    return undefined;
  }
  const first = bytes.indexOf(10);
  const second = first < 0 ? -1 : bytes.indexOf(10, first + 1);
  const namesEnd = second < 0 ? -1 : bytes.indexOf(10, second + 1);
  const third = namesEnd < 0 ? -1 : bytes.indexOf(10, namesEnd + 1);
  if (third < 0 || bytes.toString('utf8', 0, first) !== `${HEADER}\t${key}`) return undefined;
  const ids = bytes.toString('utf8', namesEnd + 1, third);
  const at = Math.ceil((third + 1) / 8) * 8;
  const count = (bytes.length - at) / (FIELDS * 8);
  if (!Number.isInteger(count) || (count === 0) !== (ids === '')) return undefined;
  try {
    const { dir, names: nameCount } = JSON.parse(bytes.toString('utf8', first + 1, second)) as { dir: OpenIndex['dir']; names: number };
    if (!Number.isInteger(nameCount)) return undefined;
    const names = bytes.toString('utf8', second + 1, namesEnd);
    // A Float64Array needs its offset aligned: a Buffer from readFileSync may not be.
    const start = bytes.byteOffset + at;
    const stats = start % 8 === 0 ? new Float64Array(bytes.buffer, start, count * FIELDS) : new Float64Array(bytes.buffer.slice(start, start + count * FIELDS * 8));
    return { dir, names, nameCount, ids, count, stats };
  } catch {
    return undefined;
  }
}

/** Writes the index; `index.ids` as joined by tabs (an id holding a tab or a line break is not written: not in this format). */
export function writeOpenIndex(path: string, key: string, index: OpenIndex): void {
  if (index.ids.includes('\n') || (index.count === 0 ? index.ids !== '' : index.ids.split('\t').length !== index.count)) return;
  try {
    mkdirSync(dirname(path), { recursive: true });
    // Names that hold a tab or a line break could join to another listing's line: then none are kept.
    const kept = !index.names.includes('\n') && (index.nameCount === 0 ? index.names === '' : index.names.split('\t').length === index.nameCount);
    const names = kept ? index.names : '';
    const head = Buffer.from(`${HEADER}\t${key}\n${JSON.stringify({ dir: index.dir, names: kept ? index.nameCount : -1 })}\n${names}\n${index.ids}\n`);
    const pad = Buffer.alloc(Math.ceil(head.length / 8) * 8 - head.length, ' ');
    const stats = Buffer.from(index.stats.buffer, index.stats.byteOffset, index.stats.byteLength);
    writeFileAtomic(path, Buffer.concat([head, pad, stats]), { durable: false });
  } catch {
    // an index is only an index: a read-only .git just goes without
  }
}

/** Whether a stat is old enough (see RACY_MS) for its file or directory to be known by it. */
export function settled(st: Stats, started: number): boolean {
  const before = started - RACY_MS;
  return st.mtimeMs < before && st.ctimeMs < before;
}

/** Whether `st` is the stat stored at `at` in `stats`, with an answer to trust. */
export function sameFile(stats: Float64Array, at: number, st: Stats): boolean {
  const i = at * FIELDS;
  return stats[i + 4]! >= 0 && stats[i] === st.mtimeMs && stats[i + 1] === st.ctimeMs && stats[i + 2] === st.size && stats[i + 3] === st.ino;
}

export function storedOpen(stats: Float64Array, at: number): boolean {
  return stats[at * FIELDS + 4] === 1;
}

/** Sets entry `i`: the file's stat and whether it is open, or -1 (read it again) when that is not to be trusted. */
export function setEntry(stats: Float64Array, i: number, st: Stats | undefined, open: boolean | undefined, started: number): void {
  const at = i * FIELDS;
  if (st === undefined) return void stats.fill(-1, at, at + FIELDS);
  stats[at] = st.mtimeMs;
  stats[at + 1] = st.ctimeMs;
  stats[at + 2] = st.size;
  stats[at + 3] = st.ino;
  stats[at + 4] = open !== undefined && settled(st, started) ? Number(open) : -1;
}

/** Copies entry `from` of `old` to entry `i` of `stats`. */
export function copyEntry(old: Float64Array, from: number, stats: Float64Array, i: number): void {
  for (let k = 0; k < FIELDS; k++) stats[i * FIELDS + k] = old[from * FIELDS + k]!;
}

export function newStats(count: number): Float64Array {
  return new Float64Array(count * FIELDS);
}
