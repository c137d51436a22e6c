// The insights cache: per incident file what `incident insights` reads from it (packed by
// src/core/insights/pack.ts), with the file's size, mtime, ctime and a hash of its text. A file whose
// size, mtime and ctime are unchanged is not read at all (the ctime too: an edit of the same size
// whose mtime is set back, `cp -p` or `rsync -t`, moves it); one touched but with the same bytes is not parsed
// again. Like the validation cache (validate-cache.ts): inside .git (never committed), else
// node_modules/.cache; keyed by the Casefile version and the record's version, a damaged or
// foreign file is an empty cache. Only the files of the last run are kept.
//
//   casefile insights cache 2\t<key>
//   [["<file name>", size, mtimeMs, ctimeMs, "<hash>", <packed record>],   one row a line (a JSON array
//   ["<file name>", ...]]                                                  as a whole); mtimeMs -1: too recent to trust
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { cloneStateDir } from './repo.ts';

/** Times within this much of now are not trusted (a file changed again within one tick of the file system's clock). */
const RACY_MS = 2000;
const HEADER = 'casefile insights cache 2';

export interface InsightsCacheEntry {
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  hash: string;
  record?: unknown;
}

/** Inside .git when there is one, else node_modules/.cache; none otherwise (no cache). */
export function insightsCachePath(root: string): string | undefined {
  const state = cloneStateDir(root);
  if (state) return join(state, 'insights-cache.txt');
  if (existsSync(join(root, 'node_modules'))) return join(root, 'node_modules', '.cache', 'casefile', 'insights-cache.txt');
  return undefined;
}

/** A record already as its JSON (that of JSON.stringify): written into the row as it is, not parsed and made again. */
export class JsonText {
  constructor(readonly text: string) {}
}

export class InsightsCache {
  private readonly seen = new Map<string, InsightsCacheEntry>();
  private changed = false;
  private readonly oldCount: number;

  /** `old`: each file's entry as read, or where its row starts in `bytes` until it is asked for. */
  private constructor(
    readonly path: string | undefined, private readonly header: string,
    private readonly old: Map<string, InsightsCacheEntry | number>, private readonly bytes: Buffer,
  ) {
    this.oldCount = old.size;
  }

  /** `name`: whose cache it is, in its first line (the internal site keeps one of the same form). */
  static open(path: string | undefined, key: string, name = HEADER): InsightsCache {
    const header = `${name}\t${key}`;
    const old = new Map<string, InsightsCacheEntry | number>();
    let bytes = Buffer.alloc(0);
    if (path && existsSync(path)) {
      // Kept as bytes, each row parsed only when its file is asked for: a run holds the file (one
      // byte a character, where a decoded text with one name like "Ana María" in it is two), not
      // 10,000 parsed records (whose garbage would outlive the reading), nor a Buffer view per row.
      bytes = readFileSync(path);
      const head = Buffer.from(`${header}\n[`);
      if (bytes.length >= head.length && bytes.subarray(0, head.length).equals(head)) {
        let at = head.length;
        while (at < bytes.length) {
          let end = bytes.indexOf(10, at);
          if (end === -1) end = bytes.length;
          const key = rowName(bytes, at, end - 1); // without the , or ] after it
          if (key !== undefined) old.set(key, at);
          at = end + 1;
        }
      }
    }
    return new InsightsCache(path, header, old, bytes);
  }

  /** An entry as read: parsed from its line the first time (a damaged line is no entry). */
  private entry(name: string): InsightsCacheEntry | undefined {
    const e = this.old.get(name);
    if (typeof e !== 'number') return e;
    try {
      let end = this.bytes.indexOf(10, e);
      if (end === -1) end = this.bytes.length;
      const [, size, mtimeMs, ctimeMs, hash, record] = JSON.parse(this.bytes.toString('utf8', e, end - 1)) as unknown[];
      if (typeof size !== 'number' || typeof mtimeMs !== 'number' || typeof ctimeMs !== 'number' || typeof hash !== 'string') throw new Error('damaged');
      const parsed = { size, mtimeMs, ctimeMs, hash, record };
      this.old.set(name, parsed);
      return parsed;
    } catch {
      this.old.delete(name);
      return undefined;
    }
  }

  /** The entry for `name` when its size, mtime and ctime are the ones cached (and were old enough to trust). */
  unchanged(name: string, size: number, mtimeMs: number, ctimeMs: number): InsightsCacheEntry | undefined {
    const e = this.entry(name);
    return e && e.size === size && e.mtimeMs === mtimeMs && e.ctimeMs === ctimeMs && mtimeMs !== -1 ? e : undefined;
  }

  /** The entry for `name` whatever its stamp (to compare a touched file's bytes with). */
  previous(name: string): InsightsCacheEntry | undefined {
    return this.entry(name);
  }

  /** This run's entry for `name`: kept as is, or new (`fresh`: it differs from the cached one). `record` may be left out: save's `fill` gives it. */
  keep(name: string, entry: InsightsCacheEntry, fresh: boolean): void {
    this.old.delete(name); // its record is the caller's now (or dropped by it)
    this.seen.set(name, entry);
    if (fresh) this.changed = true;
  }

  /** Whether save will write (and so ask `fill` for records). */
  willSave(): boolean {
    return this.path !== undefined && (this.changed || this.seen.size !== this.oldCount);
  }

  /**
   * Writes this run's entries when any changed, or files came or went (`fill` gives the record of
   * an entry kept without one: a caller may drop records it has read; or its JsonText): row by row into a temp file
   * (tens of MB for 10,000 files are never one string), then renamed into place. A cache that
   * cannot be written is only a cache.
   */
  save(fill?: (name: string) => unknown): void {
    if (!this.path || !this.willSave()) return;
    const now = Date.now();
    const tmp = `${this.path}.${process.pid}.tmp`;
    let fd: number | undefined;
    try {
      mkdirSync(dirname(this.path), { recursive: true });
      fd = openSync(tmp, 'w');
      let pending = `${this.header}\n[`;
      let first = true;
      for (const [name, e] of this.seen) {
        const row = [name, e.size, now - Math.max(e.mtimeMs, e.ctimeMs) >= RACY_MS ? e.mtimeMs : -1, e.ctimeMs, e.hash];
        const record = e.record ?? fill?.(name);
        pending += (first ? '' : ',\n') + (record instanceof JsonText ? `${JSON.stringify(row).slice(0, -1)},${record.text}]` : JSON.stringify([...row, record]));
        first = false;
        if (pending.length >= 65_536) {
          writeSync(fd, pending);
          pending = '';
        }
      }
      writeSync(fd, `${pending}]\n`);
      closeSync(fd);
      fd = undefined;
      renameSync(tmp, this.path);
    } catch {
      // read-only or gone: the next run reads the files again
      if (fd !== undefined) closeSync(fd);
      rmSync(tmp, { force: true });
    }
  }
}

/**
 * A row's file name, the JSON string at the start of its line (`["<name>",`), read from its bytes:
 * a quote or a backslash byte is never part of another character in UTF-8. Undefined if it is not there.
 */
function rowName(bytes: Buffer, from: number, to: number): string | undefined {
  if (to - from < 2 || bytes[from] !== 0x5b || bytes[from + 1] !== 0x22) return undefined; // ["
  let escaped = false;
  for (let i = from + 2; i < to; i++) {
    const b = bytes[i];
    if (b === 0x5c) {
      escaped = true;
      i++; // the escaped character
    } else if (b === 0x22) {
      if (i + 1 >= to || bytes[i + 1] !== 0x2c) return undefined; // ",
      const key = bytes.toString('utf8', from + 2, i);
      try {
        return escaped ? (JSON.parse(`"${key}"`) as string) : key;
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}
