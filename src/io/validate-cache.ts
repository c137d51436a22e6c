// The validation cache: per file (see file-cache.ts) its content hash, id and findings. A file
// whose size and mtime are unchanged is not even read; one whose bytes are unchanged is not
// re-checked. Everything is invalidated when the config, the template, the Casefile version or
// the day (due dates) change: they make up the key.
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
  findings: readonly Finding[];
}

export const hashText = (text: string) => createHash('sha1').update(text).digest('hex');

export const cachePath = (root: string) => cacheFile(root, 'validate-cache.txt');

export class ValidateCache {
  private constructor(private readonly files: FileCache) {}

  static open(path: string | undefined, key: string): ValidateCache {
    return new ValidateCache(FileCache.open(path, `casefile validate cache 2\t${key}`));
  }

  /** A file's entry; undefined when there is none or its line is damaged (the file is checked again). */
  get(rel: string): CacheEntry | undefined {
    const cached = this.files.get(rel);
    if (!cached) return undefined;
    const { data } = cached; // hash, id, findings
    const a = data.indexOf('\t');
    const b = data.indexOf('\t', a + 1);
    if (a < 0 || b < 0) return undefined;
    let findings: readonly Finding[] = NONE;
    if (data.length !== b + 3 || !data.endsWith('[]')) {
      try {
        findings = JSON.parse(data.slice(b + 1)) as Finding[];
      } catch {
        return undefined;
      }
    }
    return { size: cached.size, mtimeMs: cached.mtimeMs, hash: data.slice(0, a), id: a + 1 < b ? data.slice(a + 1, b) : undefined, findings };
  }

  set(rel: string, entry: CacheEntry): void {
    const id = entry.id && !/[\t\n\r]/.test(entry.id) ? entry.id : '';
    this.files.set(rel, entry, `${entry.hash}\t${id}\t${JSON.stringify(entry.findings)}`);
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
