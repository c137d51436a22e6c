// The validation cache: per file (see file-cache.ts) its content hash, id and findings. A file
// whose size and mtime are unchanged is not even read; one whose bytes are unchanged is not
// re-checked. Everything is invalidated when the config, the template or the Casefile version
// change: they make up the key. Due dates are the one finding that changes with the clock, on
// the date in the incident's own time zone: each file's entry keeps its zone and that date.
import { createHash } from 'node:crypto';
import type { Diagnostic } from '../core/validate/types.ts';
import { cacheFile, FileCache, type Stamp } from './file-cache.ts';

/**
 * A finding as cached: a Diagnostic without its file (that depends on where the user stands), as
 * the array JSON.parse makes anyway.
 */
export type Finding = [line: number, column: number, severity: Diagnostic['severity'], ruleId: string, message: string];

export const toFinding = (d: Diagnostic): Finding => [d.line, d.column, d.severity, d.ruleId, d.message];
export const toDiagnostic = (file: string, [line, column, severity, ruleId, message]: Finding): Diagnostic =>
  ({ file, line, column, severity, message, ruleId });

export interface CacheEntry extends Stamp {
  hash: string;
  id?: string;
  /** The file's time zone ('' for none) and its date when checked; undefined: check it again next time. */
  zone?: string;
  date?: string;
  findings: readonly Finding[];
}

export const hashText = (text: string) => createHash('sha1').update(text).digest('hex');

export const cachePath = (root: string) => cacheFile(root, 'validate-cache.txt');

export class ValidateCache {
  private constructor(private readonly files: FileCache) {}

  static open(path: string | undefined, key: string): ValidateCache {
    return new ValidateCache(FileCache.open(path, `casefile validate cache 3\t${key}`));
  }

  /** A file's entry; undefined when there is none or its line is damaged (the file is checked again). */
  get(rel: string): CacheEntry | undefined {
    const cached = this.files.get(rel);
    if (!cached) return undefined;
    const { data } = cached; // hash, id, zone, date, findings
    const a = data.indexOf('\t');
    const b = data.indexOf('\t', a + 1);
    const c = data.indexOf('\t', b + 1);
    const d = data.indexOf('\t', c + 1);
    if (a < 0 || b < 0 || c < 0 || d < 0) return undefined;
    let findings: readonly Finding[] = NONE;
    if (data.length !== d + 3 || !data.endsWith('[]')) {
      try {
        findings = JSON.parse(data.slice(d + 1)) as Finding[];
      } catch {
        return undefined;
      }
    }
    const field = (from: number, to: number) => (from + 1 < to ? data.slice(from + 1, to) : undefined);
    const date = field(c, d);
    return {
      size: cached.size, mtimeMs: cached.mtimeMs, hash: data.slice(0, a), id: field(a, b),
      ...(date === undefined ? {} : { zone: data.slice(b + 1, c), date }), findings,
    };
  }

  set(rel: string, entry: CacheEntry): void {
    const plain = (s: string | undefined) => (s && !/[\t\n\r]/.test(s) ? s : '');
    const dated = entry.date !== undefined && entry.zone !== undefined && plain(entry.zone) === entry.zone;
    const [zone, date] = dated ? [entry.zone!, entry.date!] : ['', ''];
    this.files.set(rel, entry, `${entry.hash}\t${plain(entry.id)}\t${zone}\t${date}\t${JSON.stringify(entry.findings)}`);
  }

  listing(dir: string, mtimeMs: number): string[] | undefined {
    return this.files.listing(dir, mtimeMs);
  }

  save(listed?: { dir: string; mtimeMs: number; files: readonly string[] }): void {
    this.files.save(listed);
  }
}

/** The findings of the many files without any, shared. */
const NONE: readonly Finding[] = Object.freeze([]);
