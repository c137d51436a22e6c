// The validation cache, like eslint's --cache: per file its size, mtime and ctime, content hash, id
// and findings. A file whose size, mtime and ctime are unchanged is not even read (the ctime: an
// edit that sets the mtime back, `cp -p`, `rsync -t`, moves it; no user can set it); one whose
// bytes are unchanged is not re-checked. Everything is invalidated when the config, the template or the
// Casefile version change: they make up the key. Due dates are the one finding that changes with
// the clock, on the date in the incident's own time zone: each file keeps its zone and that date.
//
// A warm run over 10,000 files must cost little more than stat-ing them, so the cache is kept in
// columns, the numbers in binary (this machine's byte order: the cache is this clone's), and a
// file's findings as the pretty report prints them (named from the repository's root), one after
// another: a warm run prints the findings of the files it did not re-check as a few slices of that
// text, with no per-file parsing at all. (As JSON the numeric columns took 4.5 ms of Node 20's CPU
// to parse for 10,000 files, 2.5 ms of Node 24's; as binary, none.)
//
//   casefile validate cache 8\t<key>              the key: what the findings depend on, as JSON (one line)
//   {"dir":"incidents","mtimeMs":…,"count":…}   the listing stamp (see listing()), or null
//   incidents/a.md\tincidents/b.md…            the files, sorted (split() reads 10,000 paths in a
//                                               fraction of what JSON.parse takes)
//   [["Asia/Tokyo","2026-11-21"],…]             zones (with the date there when checked)
//   {"<index>": "id" | null}                    the ids that are not their file's own name
//   spaces up to a multiple of 8 bytes, then in binary:
//     float64 [size, mtimeMs, ctimeMs] per file  mtimeMs -1: too recent to trust (RACY_MS)
//     float64 [0, end of file 0's lines, …]      offsets into the printed findings, in bytes
//     int32 [zone index] per file                -1: check the file again next time
//     int32 [errors, warnings] per file
//     spaces up to a multiple of 8 bytes
//   <16 hex digits of hashText() per file>
//   <the files' printed findings>
//   P\t{…}                                      a file's entry appended by a later run
//   D\t<mtimeMs>                                a new mtime for the listed directory
//
// A run that saw a file or two change appends P lines; one that saw files added or removed, or
// found many P lines, writes the file whole again (via a temp file and a rename).
import { appendFileSync, closeSync, existsSync, mkdirSync, openSync, readFileSync, readSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { writeFileAtomic } from './atomic-write.ts';
import { indexInSorted } from '../core/util/sorted-search.ts';
import { cloneStateDir, isIncidentFileName } from './repo.ts';

export interface CacheEntry {
  size: number;
  /** -1 when the file was too recent to trust its times (see RACY_MS): its bytes must be compared. */
  mtimeMs: number;
  ctimeMs: number;
  hash: string;
  /** The id in the frontmatter; undefined for none, or when it is `named`. */
  id?: string;
  /** The id is the file's own name (most are). */
  named: boolean;
  /** The file's time zone ('' for none) and its date when checked; undefined: check it again next time. */
  zone?: string;
  date?: string;
  errors: number;
  warnings: number;
  /** The findings' pretty lines, the file named by its root-relative path. */
  printed: string;
}

/**
 * Times within this much of now are not trusted: a file changed again within the same tick of a
 * coarse file-system clock (2 s on FAT) would keep its mtime. Git's "racily clean" entries.
 */
const RACY_MS = 2000;
/** Appended entries beyond this many make the next save write the file whole. */
const MAX_APPENDED = 64;
const HASH_LENGTH = 16;
const HASH = /^[0-9a-f]{16}$/;
/** Numbers per file in the stamps column: size, mtimeMs, ctimeMs. */
const STAMP = 3;

/**
 * A 64-bit hash of a text, as 16 hex digits (cyrb53's mixing, both halves kept). It only has to
 * tell a file's changed bytes from its old ones, so it need not be cryptographic, and loading
 * node:crypto would cost a warm run more (about 4 ms) than hashing the one file it checks.
 */
export function hashText(text: string): string {
  let h1 = 0xdeadbeef ^ text.length;
  let h2 = 0x41c6ce57 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (h2 >>> 0).toString(16).padStart(8, '0') + (h1 >>> 0).toString(16).padStart(8, '0');
}

/** Inside .git (never committed) when there is one, else node_modules/.cache; none otherwise. */
export function cachePath(root: string): string | undefined {
  const state = cloneStateDir(root);
  if (state) return join(state, 'validate-cache.txt');
  if (existsSync(join(root, 'node_modules'))) return join(root, 'node_modules', '.cache', 'casefile', 'validate-cache.txt');
  return undefined;
}

interface Listing {
  dir: string;
  mtimeMs: number;
  count: number;
}

export class ValidateCache {
  /** The files written whole, sorted, and their columns. */
  rels: string[] = [];
  private stamps: ArrayLike<number> = [];
  private zones: [zone: string, date: string][] = [];
  private zoneOf: ArrayLike<number> = [];
  private counts: ArrayLike<number> = [];
  private ids: Record<string, string | null> = {};
  private offsets: ArrayLike<number> = [0];
  /** The file as read: columns are decoded from it, printed findings sliced from it as bytes. */
  private bytes = Buffer.alloc(0);
  private hashesAt = 0;
  private printedAt = 0;
  private listed: Listing | null = null;
  /** Entries newer than the columns: appended ones read, and those set by this run. */
  private readonly newer = new Map<string, CacheEntry>();
  /** Per file of the columns: does `newer` hold it? */
  private overridden = new Uint8Array(0);
  private readonly changed = new Set<string>();
  private appended = 0;
  private whole = true;
  private listedChanged = false;
  private zoneFresh: (boolean | undefined)[] = [];

  private constructor(readonly path: string | undefined, readonly header: string) {}

  /** The cache at `path` when its first line is `header`; else an empty one (a damaged cache is an empty cache). */
  static open(path: string | undefined, key: string): ValidateCache {
    const header = `casefile validate cache 8\t${key}`;
    const cache = new ValidateCache(path, header);
    if (!path || !existsSync(path)) return cache;
    const bytes = readFileSync(path);
    if (bytes.toString('utf8', 0, Buffer.byteLength(header) + 1) !== `${header}\n`) return cache;
    try {
      cache.read(bytes);
    } catch {
      return new ValidateCache(path, header);
    }
    return cache;
  }

  /** The columns as text and binary, the printed findings as bytes (a warm run writes them out undecoded). */
  private read(bytes: Buffer): void {
    const ends: number[] = [];
    for (let at = Buffer.byteLength(this.header) - 1, k = 0; k < 5; k++) {
      at = bytes.indexOf(NL, at + 1);
      if (at < 0) throw new Error('cut short');
      ends.push(at);
    }
    const text = (k: number) => bytes.toString('utf8', ends[k]! + 1, ends[k + 1]);
    const listed = JSON.parse(text(0)) as Listing | null;
    const line = text(1);
    const rels = line === '' ? [] : line.split('\t');
    const zones = JSON.parse(text(2)) as [string, string][];
    const ids = JSON.parse(text(3)) as Record<string, string | null>;
    const n = rels.length;
    const { binaryAt, hashesAt, printedAt } = layout(ends[4]! + 1, n);
    if (!Array.isArray(zones) || typeof ids !== 'object' || ids === null || bytes.length < printedAt) throw new Error('damaged');
    // Typed arrays need their offsets aligned: a Buffer from readFileSync may not be.
    const base = bytes.byteOffset % 8 === 0 ? bytes : Buffer.from(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
    const at = base.byteOffset + binaryAt;
    const stamps = new Float64Array(base.buffer, at, STAMP * n);
    const offsets = new Float64Array(base.buffer, at + 8 * STAMP * n, n + 1);
    const zoneOf = new Int32Array(base.buffer, at + 8 * (STAMP * n + n + 1), n);
    const counts = new Int32Array(base.buffer, at + 8 * (STAMP * n + n + 1) + 4 * n, 2 * n);
    const printedEnd = printedAt + offsets[n]!;
    // The shape is checked here, not each value (a loop over them cost more than JSON.parse saved):
    // a zone index out of range re-checks its file, an offset out of order slices nothing.
    if (!(offsets[0] === 0 && printedEnd < bytes.length && bytes[printedEnd] === NL && bytes[hashesAt - 1] === NL && bytes[printedAt - 1] === NL)) throw new Error('damaged');
    Object.assign(this, { bytes: base, rels, stamps, zones, zoneOf, counts, ids, offsets, listed, hashesAt, printedAt, whole: false });
    this.overridden = new Uint8Array(n);
    // Then the appended lines; a cut-short or garbled one ends the reading.
    const appended = bytes.toString('utf8', printedEnd + 1);
    for (let at = 0; at < appended.length;) {
      const end = appended.indexOf('\n', at);
      if (end < 0) break;
      const line = appended.slice(at, end);
      at = end + 1;
      if (line.startsWith('D\t')) {
        const mtimeMs = Number(line.slice(2));
        if (Number.isNaN(mtimeMs)) break;
        if (this.listed) this.listed = { ...this.listed, mtimeMs };
        continue;
      }
      const entry = line.startsWith('P\t') ? appendedEntry(line.slice(2)) : undefined;
      if (!entry) break;
      this.override(entry.rel, entry);
      this.appended++;
    }
  }

  /** The index of `rel` among the columns' files (they are sorted), or -1. */
  index(rel: string): number {
    return indexInSorted(this.rels, rel);
  }

  /**
   * Does the columns' file `i` still hold as written: same size and mtime, nothing newer for it,
   * and its date still today's in its zone (`today`: the same for a whole run, each zone's answer
   * is kept)? The one check every file gets, so: columns only.
   */
  holds(i: number, size: number, mtimeMs: number, ctimeMs: number, today: (zone: string | undefined) => string): boolean {
    const at = STAMP * i;
    if (this.stamps[at] !== size || this.stamps[at + 1] !== mtimeMs || this.stamps[at + 2] !== ctimeMs || this.overridden[i]) return false;
    const z = this.zoneOf[i]!;
    if (z < 0 || z >= this.zones.length) return false;
    let fresh = this.zoneFresh[z];
    if (fresh === undefined) {
      const [zone, date] = this.zones[z]!;
      fresh = this.zoneFresh[z] = date === today(zone || undefined);
    }
    return fresh;
  }

  /** Errors and warnings of the columns' files from `from` up to (not including) `to`. */
  errorsIn(from: number, to: number): number {
    return this.sum(2 * from, 2 * to);
  }

  warningsIn(from: number, to: number): number {
    return this.sum(2 * from + 1, 2 * to);
  }

  /** Every other count from `at` up to `end`. */
  private sum(at: number, end: number): number {
    let total = 0;
    for (let k = at; k < end; k += 2) total += this.counts[k]!;
    return total;
  }

  /** The printed findings (UTF-8) of the columns' files from `from` up to (not including) `to`, one slice. */
  printedOf(from: number, to: number): Buffer {
    return this.bytes.subarray(this.printedAt + this.offsets[from]!, this.printedAt + this.offsets[to]!);
  }

  /** The ids of the columns' files that are not their own names (undefined: no id). */
  oddIds(): [index: number, id: string | undefined][] {
    return Object.entries(this.ids).map(([i, id]) => [Number(i), id ?? undefined]);
  }

  /** A file's entry, newest first; undefined when there is none. */
  get(rel: string): CacheEntry | undefined {
    const newer = this.newer.get(rel);
    if (newer) return newer;
    const i = this.index(rel);
    if (i < 0) return undefined;
    const zd = this.zones[this.zoneOf[i]!]; // none for -1 (or a damaged index)
    const id = this.ids[i];
    return {
      size: this.stamps[STAMP * i]!, mtimeMs: this.stamps[STAMP * i + 1]!, ctimeMs: this.stamps[STAMP * i + 2]!,
      hash: this.bytes.toString('latin1', this.hashesAt + HASH_LENGTH * i, this.hashesAt + HASH_LENGTH * (i + 1)),
      id: id ?? undefined, named: id === undefined, zone: zd?.[0], date: zd?.[1],
      errors: this.counts[2 * i]!, warnings: this.counts[2 * i + 1]!, printed: this.printedOf(i, i + 1).toString(),
    };
  }

  set(rel: string, entry: CacheEntry): void {
    if (/[\t\n\r]/.test(rel) || !HASH.test(entry.hash)) return; // not representable: simply not cached
    const now = Date.now();
    const mtimeMs = now - entry.mtimeMs >= RACY_MS && now - entry.ctimeMs >= RACY_MS ? entry.mtimeMs : -1;
    const next = { ...entry, mtimeMs };
    // A file still too recent to trust, its bytes the same again: nothing new to write.
    const had = this.get(rel);
    if (had && (Object.keys(next) as (keyof CacheEntry)[]).every((k) => next[k] === had[k]) && Object.keys(had).length === Object.keys(next).length) return;
    this.override(rel, next);
    this.changed.add(rel);
  }

  private override(rel: string, entry: CacheEntry): void {
    this.newer.set(rel, entry);
    const i = this.index(rel);
    if (i >= 0) this.overridden[i] = 1;
  }

  /**
   * The cached files directly in `dir` (root-relative, sorted) when the directory's mtime is the
   * one recorded with them: nothing was added, removed or renamed there since. The columns' own
   * list when that is all of them (so file j of the listing is file j of the columns).
   */
  listing(dir: string, mtimeMs: number): string[] | undefined {
    const listed = this.listed;
    if (!listed || listed.dir !== dir || listed.mtimeMs !== mtimeMs) return undefined;
    // The listed files were all set, so the columns hold them: exactly them, when as many.
    const files = this.rels.length === listed.count ? this.rels : this.rels.filter(inDir(dir));
    return files.length === listed.count ? files : undefined;
  }

  /**
   * The columns' own list when the incident files among `names` (a listing of `dir`, in the order
   * it gave them) are exactly the columns' files, in the same order: the usual case after a write
   * command, which moves the directory's mtime and leaves its names as they were. Each name is
   * compared where it stands in its column's path, without making 10,000 paths (a warm run after
   * a write built, compared and cut them again: see validate.ts's targets()).
   */
  filesListed(dir: string, names: readonly string[]): string[] | undefined {
    const rels = this.rels;
    const prefix = dir === '' ? '' : dir + sep;
    let k = 0;
    for (let i = 0; i < names.length; i++) {
      const name = names[i]!;
      if (!isIncidentFileName(name)) continue;
      const rel = rels[k++];
      if (rel === undefined || rel.length !== prefix.length + name.length || !rel.endsWith(name) || !rel.startsWith(prefix)) return undefined;
    }
    return k === rels.length ? rels : undefined;
  }

  /**
   * Writes what changed. `listed`: the directory was just read in full (its files are `files`,
   * root-relative, all of them set or held), so the cache forgets files no longer there and
   * records the directory's mtime from before it was read.
   */
  save(listed?: { dir: string; mtimeMs: number; files: readonly string[] }): void {
    if (!this.path) return;
    let rewrite = this.whole || this.appended + this.changed.size > MAX_APPENDED;
    let keep: ((rel: string) => boolean) | undefined;
    if (listed) {
      const inside = inDir(listed.dir);
      // The same files as the columns: one for one (the usual case, checked in one pass), or among others.
      const same = listed.files === this.rels || (listed.files.length === this.rels.length && listed.files.every((rel, k) => rel === this.rels[k]))
        || (listed.files.length === this.rels.filter(inside).length && listed.files.every((rel) => this.index(rel) >= 0));
      if (!same) {
        rewrite = true;
        const files = new Set(listed.files);
        keep = (rel) => !inside(rel) || files.has(rel);
      }
      const complete = same || listed.files.every((rel) => this.newer.has(rel) || this.index(rel) >= 0);
      const mtimeMs = complete && Date.now() - listed.mtimeMs >= RACY_MS ? listed.mtimeMs : -1;
      if (this.listed?.dir !== listed.dir || this.listed.mtimeMs !== mtimeMs || this.listed.count !== listed.files.length) {
        if (this.listed?.dir !== listed.dir || this.listed.count !== listed.files.length) rewrite = true;
        this.listed = { dir: listed.dir, mtimeMs, count: listed.files.length };
        this.listedChanged = true;
      }
    }
    for (const rel of this.changed) if (this.index(rel) < 0) rewrite = true; // a file the columns lack
    if (!rewrite && !this.listedChanged && this.changed.size === 0) return; // a run with nothing new stays read-only
    mkdirSync(dirname(this.path), { recursive: true });
    // Another run may have rewritten the file for another key (a new config) since it was read:
    // entries appended to that would pass for its own.
    if (!rewrite && headerOf(this.path, Buffer.byteLength(this.header) + 1) !== `${this.header}\n`) rewrite = true;
    if (rewrite) writeFileAtomic(this.path, this.wholeFile(keep), { durable: false });
    else {
      const lines = [...this.changed].map((rel) => `P\t${JSON.stringify({ rel, ...this.newer.get(rel)! })}\n`);
      // One write with O_APPEND: runs at the same time each add whole lines.
      appendFileSync(this.path, (this.listedChanged ? `D\t${this.listed!.mtimeMs}\n` : '') + lines.join(''));
    }
    this.changed.clear();
    this.listedChanged = false;
  }

  /** The whole file: every entry (newest), but those `keep` drops, in columns. */
  private wholeFile(keep: (rel: string) => boolean = () => true): Buffer {
    const rels = [...new Set([...this.rels, ...this.newer.keys()])].filter(keep).sort();
    const n = rels.length;
    const zones = new Map<string, number>();
    const ids: Record<string, string | null> = {};
    const hashes: string[] = [];
    const printed: string[] = [];
    const numbers = new ArrayBuffer(binaryLength(n));
    const stamps = new Float64Array(numbers, 0, STAMP * n);
    const offsets = new Float64Array(numbers, 8 * STAMP * n, n + 1);
    const zoneOf = new Int32Array(numbers, 8 * (STAMP * n + n + 1), n);
    const counts = new Int32Array(numbers, 8 * (STAMP * n + n + 1) + 4 * n, 2 * n);
    let length = 0;
    rels.forEach((rel, i) => {
      const e = this.get(rel)!;
      stamps.set([e.size, e.mtimeMs, e.ctimeMs], STAMP * i);
      const zone = e.date === undefined || e.zone === undefined ? undefined : JSON.stringify([e.zone, e.date]);
      if (zone !== undefined && !zones.has(zone)) zones.set(zone, zones.size);
      zoneOf[i] = zone === undefined ? -1 : zones.get(zone)!;
      counts[2 * i] = e.errors;
      counts[2 * i + 1] = e.warnings;
      if (!e.named) ids[i] = e.id ?? null;
      hashes.push(e.hash);
      printed.push(e.printed);
      offsets[i + 1] = length += Buffer.byteLength(e.printed);
    });
    const stamp = this.listed && rels.filter(inDir(this.listed.dir)).length === this.listed.count ? this.listed : null;
    const head = Buffer.from(`${[this.header, JSON.stringify(stamp), rels.join('\t'), `[${[...zones.keys()].join(',')}]`, JSON.stringify(ids)].join('\n')}\n`);
    const { binaryAt, hashesAt } = layout(head.length, n);
    const pad = (bytes: number) => Buffer.alloc(bytes, ' ');
    return Buffer.concat([head, pad(binaryAt - head.length), Buffer.from(numbers), pad(hashesAt - 1 - binaryAt - numbers.byteLength), Buffer.from(`\n${hashes.join('')}\n${printed.join('')}\n`)]);
  }
}

/** The binary columns' size for `n` files, up to a multiple of 8 bytes. */
const binaryLength = (n: number) => Math.ceil((8 * (STAMP * n + n + 1) + 4 * 3 * n) / 8) * 8;

/**
 * Where the binary columns start (after the text lines ending at `textEnd`, aligned to 8 bytes),
 * the hashes (after the columns, spaces and a line break) and the printed findings (after the
 * hashes and a line break).
 */
function layout(textEnd: number, n: number): { binaryAt: number; hashesAt: number; printedAt: number } {
  const binaryAt = Math.ceil(textEnd / 8) * 8;
  const hashesAt = binaryAt + binaryLength(n) + 1;
  return { binaryAt, hashesAt, printedAt: hashesAt + HASH_LENGTH * n + 1 };
}

const NL = 10;

/** An appended line's entry, or undefined when it is not one. */
function appendedEntry(json: string): (CacheEntry & { rel: string }) | undefined {
  let e: CacheEntry & { rel: string };
  try {
    e = JSON.parse(json) as CacheEntry & { rel: string };
  } catch {
    return undefined;
  }
  // What would not survive being written whole again (a path with a tab, a hash of another length) is damage too.
  const ok = typeof e === 'object' && e !== null && typeof e.rel === 'string' && !/[\t\n\r]/.test(e.rel)
    && typeof e.size === 'number' && typeof e.mtimeMs === 'number' && typeof e.ctimeMs === 'number' && typeof e.hash === 'string' && HASH.test(e.hash)
    && typeof e.errors === 'number' && typeof e.warnings === 'number' && typeof e.printed === 'string' && typeof e.named === 'boolean';
  return ok ? e : undefined;
}

/** The first `length` bytes of a file as text ('' when it cannot be read). */
function headerOf(path: string, length: number): string {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const buffer = Buffer.alloc(length);
    return buffer.toString('utf8', 0, readSync(fd, buffer, 0, length, 0));
  } catch {
    return '';
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Is a root-relative path a file directly in `dir`? */
const inDir = (dir: string) => {
  const prefix = dir === '' ? '' : dir + sep;
  return (rel: string) => rel.startsWith(prefix) && !rel.includes(sep, prefix.length);
};
