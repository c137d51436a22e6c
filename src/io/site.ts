// Writing the public site as a whole: every file goes into a fresh directory beside the target,
// which then replaces the old site by renames. Readers see the old site or the new one, and pages
// of incidents no longer published disappear. A directory Casefile did not write is never replaced.
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { UsageError } from '../core/util/errors.ts';

/** Marks a directory as written by `incident publish`, so a later run may replace it. */
export const SITE_MARKER = '.casefile-site';

/** Replaces `dir` with exactly `files` (paths relative to it, `/`-separated). */
export function writeSite(dir: string, files: ReadonlyMap<string, string>, shown = dir): void {
  const exists = existsSync(dir);
  if (exists) {
    if (!statSync(dir).isDirectory()) throw new UsageError(`Unexpected file ${shown}, expected a directory for the site`);
    const names = readdirSync(dir);
    if (names.length > 0 && !names.includes(SITE_MARKER)) {
      throw new UsageError(`Unexpected files in ${shown}, expected an empty directory or a site written by incident publish (no ${SITE_MARKER} in it)`);
    }
  }
  const tag = `${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
  const tmp = join(dirname(dir), `.${basename(dir)}.new-${tag}`);
  const old = join(dirname(dir), `.${basename(dir)}.old-${tag}`);
  try {
    mkdirSync(tmp, { recursive: true });
    const made = new Set<string>([tmp]);
    for (const [rel, text] of files) {
      const path = join(tmp, rel);
      const parent = dirname(path);
      if (!made.has(parent)) {
        mkdirSync(parent, { recursive: true });
        made.add(parent);
      }
      writeFileSync(path, text);
    }
    writeFileSync(join(tmp, SITE_MARKER), 'Written by `incident publish`: this directory is replaced on every run.\n');
    if (exists) renameSync(dir, old);
    try {
      renameSync(tmp, dir);
    } catch (error) {
      if (exists) renameSync(old, dir); // put the old site back
      throw error;
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
    rmSync(old, { recursive: true, force: true });
  }
}
