// Creating a new file whole and only if its name is free, even when two people run
// `incident new` with the same title at the same moment: write a temp file, then hard-link it
// into place (link fails with EEXIST instead of overwriting).
import { linkSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** Returns false (and writes nothing) when `path` already exists. */
export function createExclusive(path: string, data: string | Buffer): boolean {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`);
  writeFileSync(temp, data, { flag: 'wx' });
  try {
    linkSync(temp, path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    unlinkSync(temp);
  }
}
