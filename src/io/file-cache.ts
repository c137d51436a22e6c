// A cache of what was learnt from files, like eslint's --cache: per file its size and mtime with
// a line of data. A file whose size and mtime are unchanged need not be read again. Used by
// `incident validate` (validate-cache.ts). (`incident log` without an id does not use one: reading
// the first kilobyte of each file costs about what stat-ing it and reading a cache would.)
//
// One line per file, so a run that saw a file or two change appends a few lines instead of
// rewriting the whole cache; the last line for a file wins, and the file is rewritten whole when
// the appended lines pile up. Like git's untracked cache, it also keeps the incidents directory's
// mtime: while that is unchanged, no file was added, removed or renamed there, and the list of
// files is the cache's own, without reading the directory.
import { appendFileSync, closeSync, existsSync, mkdirSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { writeFileAtomic } from './atomic-write.ts';

export interface Stamp {
  size: number;
  /** -1 when the file was too recent to trust its mtime (see RACY_MS): its bytes must be compared. */
  mtimeMs: number;
}

export interface Cached extends Stamp {
  /** What the caller stored: one line, no line breaks. */
  data: string;
}

/**
 * Times within this much of now are not trusted: a file changed again within the same tick of a
 * coarse file-system clock (2 s on FAT) would keep its mtime. Git's "racily clean" entries.
 */
const RACY_MS = 2000;

/** Inside .git (never committed) when there is one, else node_modules/.cache; none otherwise. */
export function cacheFile(root: string, name: string): string | undefined {
  const git = join(root, '.git');
  if (existsSync(git) && statSync(git).isDirectory()) return join(git, 'casefile', name);
  if (existsSync(join(root, 'node_modules'))) return join(root, 'node_modules', '.cache', 'casefile', name);
  return undefined;
}

export class FileCache {
  /** Each file's latest line, taken apart only when asked for: a warm run allocates little. */
  private readonly lines = new Map<string, string>();
  private readonly changed = new Set<string>();
  private read = 0;
  private listed: { dir: string; mtimeMs: number; count: number } | undefined;
  private whole = true;

  private constructor(readonly path: string | undefined, readonly header: string) {}

  /** The cache at `path` when its first line is `header`; else an empty one (a damaged cache is an empty cache). */
  static open(path: string | undefined, header: string): FileCache {
    const cache = new FileCache(path, header);
    if (!path || !existsSync(path)) return cache;
    const text = readFileSync(path, 'utf8');
    const end = text.lastIndexOf('\n'); // a last line without its line break was cut short
    const lines = text.slice(0, end).split('\n');
    if (lines[0] !== header) return cache;
    for (let i = 1; i < lines.length; i++) {
      const line = lines[i]!;
      cache.read++;
      if (line.startsWith('F\t')) cache.lines.set(line.slice(2, line.indexOf('\t', 2)), line);
      else if (line.startsWith('D\t')) {
        const [, dir, mtimeMs, count] = line.split('\t');
        cache.listed = { dir: dir!, mtimeMs: Number(mtimeMs), count: Number(count) };
      }
    }
    cache.whole = false;
    return cache;
  }

  /** A file's stamp and data; undefined when there is none or its line is damaged. */
  get(rel: string): Cached | undefined {
    const text = this.lines.get(rel);
    if (text === undefined) return undefined;
    // F, rel, size, mtime, data: by index, not split() (this runs for every file).
    const a = text.indexOf('\t', 2);
    const b = text.indexOf('\t', a + 1);
    const c = text.indexOf('\t', b + 1);
    if (a < 0 || b < 0 || c < 0) return undefined;
    return { size: Number(text.slice(a + 1, b)), mtimeMs: Number(text.slice(b + 1, c)), data: text.slice(c + 1) };
  }

  set(rel: string, stamp: Stamp, data: string): void {
    if (/[\t\n\r]/.test(rel) || /[\n\r]/.test(data)) return; // not representable in a line: simply not cached
    const mtimeMs = Date.now() - stamp.mtimeMs >= RACY_MS ? stamp.mtimeMs : -1;
    this.lines.set(rel, `F\t${rel}\t${stamp.size}\t${mtimeMs}\t${data}`);
    this.changed.add(rel);
  }

  /**
   * The cached files directly in `dir` (root-relative, sorted) when the directory's mtime is the
   * one recorded with them: nothing was added, removed or renamed there since.
   */
  listing(dir: string, mtimeMs: number): string[] | undefined {
    if (!this.listed || this.listed.dir !== dir || this.listed.mtimeMs !== mtimeMs) return undefined;
    const files = [...this.lines.keys()].filter(inDir(dir));
    if (files.length !== this.listed.count) return undefined; // lines lost or damaged
    return files.every((f, i) => i === 0 || files[i - 1]! < f) ? files : files.sort();
  }

  /**
   * Writes what changed. `listed`: the directory was just read in full (its files are `files`,
   * root-relative, all of them set), so the cache forgets files no longer there and records the
   * directory's mtime from before it was read.
   */
  save(listed?: { dir: string; mtimeMs: number; files: readonly string[] }): void {
    if (!this.path) return;
    const out: string[] = [];
    let rewrite = this.whole || this.read - this.lines.size > Math.max(64, this.lines.size / 4);
    if (listed) {
      const keep = new Set(listed.files);
      for (const rel of [...this.lines.keys()].filter(inDir(listed.dir))) {
        if (keep.has(rel)) continue;
        this.lines.delete(rel);
        rewrite = true;
      }
      const complete = listed.files.every((rel) => this.lines.has(rel));
      const mtimeMs = complete && Date.now() - listed.mtimeMs >= RACY_MS ? listed.mtimeMs : -1;
      const now = { dir: listed.dir, mtimeMs, count: listed.files.length };
      if (this.listed?.dir !== now.dir || this.listed.mtimeMs !== now.mtimeMs || this.listed.count !== now.count) {
        this.listed = now;
        out.push(stampLine(now));
      }
    }
    for (const rel of this.changed) out.push(`${this.lines.get(rel)}\n`);
    this.changed.clear();
    if (!rewrite && out.length === 0) return; // a run with nothing new stays read-only
    mkdirSync(dirname(this.path), { recursive: true });
    // Another run may have rewritten the file for another key (a new config) since it was read:
    // lines appended to that would pass for its own.
    if (!rewrite && headerOf(this.path, this.header.length + 1) !== `${this.header}\n`) rewrite = true;
    if (rewrite) {
      const head = `${this.header}\n${this.listed ? stampLine(this.listed) : ''}`;
      writeFileAtomic(this.path, head + [...this.lines.values()].map((l) => `${l}\n`).join(''));
    } else {
      // One write with O_APPEND: runs at the same time each add whole lines.
      appendFileSync(this.path, out.join(''));
    }
  }
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

const stampLine = (l: { dir: string; mtimeMs: number; count: number }) => `D\t${l.dir}\t${l.mtimeMs}\t${l.count}\n`;
