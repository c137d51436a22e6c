// What `incident import` reads: the file or directory the user named, listed for a source
// (src/core/import/types.ts ImportInput); files are read only when the source asks for them.
import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { DocumentError, UsageError } from '../core/util/errors.ts';
import type { ImportInput } from '../core/import/types.ts';

/**
 * Files under a directory (dot files and dot directories left out), '/'-separated, sorted. A link
 * is taken only to a file inside the directory: an export from someone else must not bring a file
 * of this machine (a key, a config) into the repository as evidence.
 */
function listFiles(root: string, given: string): string[] {
  const out: string[] = [];
  const realRoot = realpathSync(root);
  const walk = (dir: string, rel: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      const path = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(join(dir, entry.name), path);
      else if (entry.isFile()) out.push(path);
      else if (entry.isSymbolicLink() && statSync(join(dir, entry.name), { throwIfNoEntry: false })?.isFile()) {
        const target = realpathSync(join(dir, entry.name));
        if (!target.startsWith(realRoot + sep)) {
          throw new DocumentError(`Unexpected symbolic link to ${target}, outside the export, expected the export's own files`, `${given.replace(/[\\/]+$/, '')}/${path}`);
        }
        out.push(path);
      }
    }
  };
  walk(root, '');
  return out.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

export function readImportInput(given: string, cwd: string): ImportInput {
  const full = resolve(cwd, given);
  const stat = statSync(full, { throwIfNoEntry: false });
  if (!stat || (!stat.isFile() && !stat.isDirectory())) {
    throw new UsageError(`Unexpected path "${given}", expected an export file or a directory of them`);
  }
  const directory = stat.isDirectory();
  const files = directory ? listFiles(full, given) : [given.split(/[\\/]/).pop()!];
  const known = new Set(files);
  const at = (path: string) => (directory ? join(full, ...path.split('/')) : full);
  const shown = (path: string) => (directory ? `${given.replace(/[\\/]+$/, '')}/${path}` : given);
  const bytes = (path: string): Uint8Array => {
    if (!known.has(path)) throw new DocumentError(`Unexpected file "${path}", expected one of the input's files`, given);
    try {
      return readFileSync(at(path));
    } catch (error) {
      throw new DocumentError(`Unexpected unreadable file (${(error as NodeJS.ErrnoException).code ?? 'error'}), expected a readable export file`, shown(path));
    }
  };
  return {
    root: given.endsWith(sep) && directory ? given.slice(0, -1) : given,
    directory,
    files,
    text(path) {
      const text = Buffer.from(bytes(path)).toString('utf8');
      return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    },
    bytes,
  };
}
