// The validation cache, like eslint's --cache: per file its size, mtime and content hash with the
// findings. A file whose size and mtime are unchanged is not even read; one whose bytes are
// unchanged is not re-checked. Everything is invalidated when the config, the template, the
// Casefile version or the day (due dates) change.
//
// One line per file, so a warm run (a file or two changed) appends a few lines instead of
// rewriting the whole cache; the last line for a file wins, and the file is rewritten whole when
// the appended lines pile up. Like git's untracked cache, it also keeps the incidents directory's
// mtime: while that is unchanged, no file was added, removed or renamed there, and the list of
// files is the cache's own, without reading the directory.
import { createHash } from 'node:crypto';
import { appendFileSync, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import type { Diagnostic } from '../core/validate/types.ts';
import { writeFileAtomic } from './atomic-write.ts';

/**
 * A finding as cached: a Diagnostic without its file (that depends on where the user stands), as
 * the array JSON.parse makes anyway.
 */
export type Finding = [line: number, column: number, severity: Diagnostic['severity'], ruleId: string, message: string];

export const toFinding = (d: Diagnostic): Finding => [d.line, d.column, d.severity, d.ruleId, d.message];
export const toDiagnostic = (file: string, [line, column, severity, ruleId, message]: Finding): Diagnostic =>
  ({ file, line, column, severity, message, ruleId });

export interface CacheEntry {
  size: number;
  /** -1 when the file was too recent to trust its mtime (see RACY_MS): its bytes are compared. */
  mtimeMs: number;
  hash: string;
  id?: string;
  findings: readonly Finding[];
}

/**
 * Times within this much of now are not trusted: a file changed again within the same tick of a
 * coarse file-system clock (2 s on FAT) would keep its mtime. Git's "racily clean" entries.
 */
const RACY_MS = 2000;

const HEADER = 'casefile validate cache 2';

export const hashText = (text: string) => createHash('sha1').update(text).digest('hex');

/** Inside .git (never committed) when there is one, else node_modules/.cache. */
export function cachePath(root: string): string | undefined {
  const git = join(root, '.git');
  if (existsSync(git) && statSync(git).isDirectory()) return join(git, 'casefile', 'validate-cache.txt');
  if (existsSync(join(root, 'node_modules'))) return join(root, 'node_modules', '.cache', 'casefile', 'validate-cache.txt');
  return undefined;
}

export class ValidateCache {
  /** Each file's latest line, parsed only when asked for: a warm run allocates little. */
  private readonly lines = new Map<string, string>();
  private readonly changed = new Set<string>();
  private read = 0;
  private listed: { dir: string; mtimeMs: number; count: number } | undefined;
  private whole = true;

  private constructor(readonly path: string | undefined, readonly key: string) {}

  /** The cache at `path` when it was written for `key`; else an empty one (a damaged cache is an empty cache). */
  static open(path: string | undefined, key: string): ValidateCache {
    const cache = new ValidateCache(path, key);
    if (!path || !existsSync(path)) return cache;
    const text = readFileSync(path, 'utf8');
    const end = text.lastIndexOf('\n'); // a last line without its line break was cut short
    const lines = text.slice(0, end).split('\n');
    if (lines[0] !== `${HEADER}\t${key}`) return cache;
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

  /** A file's entry; undefined when there is none or its line is damaged (the file is checked again). */
  get(rel: string): CacheEntry | undefined {
    const text = this.lines.get(rel);
    if (text === undefined) return undefined;
    // F, rel, size, mtime, hash, id, findings: by index, not split() (this runs for every file).
    const a = text.indexOf('\t', 2);
    const b = text.indexOf('\t', a + 1);
    const c = text.indexOf('\t', b + 1);
    const d = text.indexOf('\t', c + 1);
    const e = text.indexOf('\t', d + 1);
    if (a < 0 || b < 0 || c < 0 || d < 0 || e < 0) return undefined;
    let findings: readonly Finding[] = NONE;
    if (text.length !== e + 3 || !text.endsWith('[]')) {
      try {
        findings = JSON.parse(text.slice(e + 1)) as Finding[];
      } catch {
        return undefined;
      }
    }
    return { size: Number(text.slice(a + 1, b)), mtimeMs: Number(text.slice(b + 1, c)), hash: text.slice(c + 1, d), id: d + 1 < e ? text.slice(d + 1, e) : undefined, findings };
  }

  set(rel: string, entry: CacheEntry): void {
    if (/[\t\n\r]/.test(rel)) return; // not representable in a line; such a file is simply re-checked
    const trusted = Date.now() - entry.mtimeMs >= RACY_MS ? entry : { ...entry, mtimeMs: -1 };
    this.lines.set(rel, line(rel, trusted).slice(0, -1));
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
    if (rewrite) {
      const head = `${HEADER}\t${this.key}\n${this.listed ? stampLine(this.listed) : ''}`;
      writeFileAtomic(this.path, head + [...this.lines.values()].map((l) => `${l}\n`).join(''));
    } else {
      // One write with O_APPEND: runs at the same time each add whole lines.
      appendFileSync(this.path, out.join(''));
    }
  }
}

/** The findings of the many files without any, shared. */
const NONE: readonly Finding[] = Object.freeze([]);

/** Is a root-relative path a file directly in `dir`? */
const inDir = (dir: string) => {
  const prefix = dir === '' ? '' : dir + sep;
  return (rel: string) => rel.startsWith(prefix) && !rel.includes(sep, prefix.length);
};

const stampLine = (l: { dir: string; mtimeMs: number; count: number }) => `D\t${l.dir}\t${l.mtimeMs}\t${l.count}\n`;

function line(rel: string, e: CacheEntry): string {
  const findings = JSON.stringify(e.findings);
  return `F\t${rel}\t${e.size}\t${e.mtimeMs}\t${e.hash}\t${e.id && !/[\t\n\r]/.test(e.id) ? e.id : ''}\t${findings}\n`;
}
