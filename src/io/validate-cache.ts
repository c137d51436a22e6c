// The validation cache, like eslint's --cache: per file its size, mtime and content hash with the
// findings. A file whose size and mtime are unchanged is not even read; one whose bytes are
// unchanged is not re-checked. Everything is invalidated when the config, the template, the
// Casefile version or the day (due dates) change.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Diagnostic } from '../core/validate/types.ts';
import { writeFileAtomic } from './atomic-write.ts';

export interface CacheEntry {
  size: number;
  mtimeMs: number;
  hash: string;
  id?: string;
  diagnostics: Diagnostic[];
}

export interface Cache {
  path: string | undefined;
  key: string;
  entries: Record<string, CacheEntry>;
}

export const hashText = (text: string) => createHash('sha1').update(text).digest('hex');

/** Inside .git (never committed) when there is one, else node_modules/.cache. */
export function cachePath(root: string): string | undefined {
  const git = join(root, '.git');
  if (existsSync(git) && statSync(git).isDirectory()) return join(git, 'casefile', 'validate-cache.json');
  if (existsSync(join(root, 'node_modules'))) return join(root, 'node_modules', '.cache', 'casefile', 'validate-cache.json');
  return undefined;
}

export function loadCache(path: string | undefined, key: string): Cache {
  if (path && existsSync(path)) {
    try {
      const saved = JSON.parse(readFileSync(path, 'utf8')) as Cache;
      if (saved.key === key && saved.entries && typeof saved.entries === 'object') return { path, key, entries: saved.entries };
    } catch {
      // A damaged cache is an empty cache.
    }
  }
  return { path, key, entries: {} };
}

export function saveCache(cache: Cache): void {
  if (!cache.path) return;
  mkdirSync(dirname(cache.path), { recursive: true });
  writeFileAtomic(cache.path, JSON.stringify({ key: cache.key, entries: cache.entries }));
}
