// A site written file by file as its pages are made (10,000 incident pages are never held at once),
// into a fresh directory beside the target that then replaces the old site by renames, as
// `incident publish` does too (site.ts): readers see the old site or the new one, and a directory
// Casefile did not write is never replaced.
import { existsSync, lstatSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, unlinkSync } from 'node:fs';
import { unlink } from 'node:fs/promises';
import { basename, dirname, join, sep } from 'node:path';
import { UsageError } from '../core/util/errors.ts';
import { writeSiteFile, type Parts } from './site-write.ts';

/** Marks a directory as a site Casefile wrote, so a later run may replace it. */
export const SITE_MARKER = '.casefile-site';

export interface SiteDir {
  /** Where the new site is being made (pages may be written there directly, by worker threads). */
  readonly path: string;
  /**
   * The site being replaced, while the new one is made (the same file system): a file of the same
   * bytes there is linked instead of written (site-write.ts). Undefined when there is none.
   */
  readonly previous?: string;
  /** Writes one file (a path relative to the site, `/`-separated): a text, or its parts one after the other. */
  write(rel: string, text: Parts): void;
  /**
   * Puts the new site in place of the old one (done when it returns), then removes the old one
   * (done when the promise is). `old`: the old site's files as scanOldSite found them while the new
   * site was made (on another thread), so that only their removal is left after the swap.
   */
  finish(old?: OldFiles): Promise<void>;
  /** Leaves the old site as it was (after a failure). */
  abandon(): void;
}

/** `owner` names who may have written an existing site, in the message that refuses another directory. */
export function openSiteDir(dir: string, shown: string, command: string, owner = 'Casefile'): SiteDir {
  const exists = existsSync(dir);
  if (exists) {
    if (!statSync(dir).isDirectory()) throw new UsageError(`Unexpected file ${shown}, expected a directory for the site`);
    const names = readdirSync(dir);
    if (names.length > 0 && !names.includes(SITE_MARKER)) {
      throw new UsageError(`Unexpected files in ${shown}, expected an empty directory or a site written by ${owner} (no ${SITE_MARKER} in it)`);
    }
  }
  const tag = `${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
  const tmp = join(dirname(dir), `.${basename(dir)}.new-${tag}`);
  const old = join(dirname(dir), `.${basename(dir)}.old-${tag}`);
  mkdirSync(tmp, { recursive: true });
  const made = new Set<string>([tmp]);
  const abandon = () => rmSync(tmp, { recursive: true, force: true });
  const target = { dir: tmp, previous: exists ? dir : undefined };
  return {
    path: tmp,
    previous: target.previous,
    write(rel, text) {
      const path = join(tmp, rel);
      const parent = dirname(path);
      if (!made.has(parent)) {
        mkdirSync(parent, { recursive: true });
        made.add(parent);
      }
      writeSiteFile(target, rel, text);
    },
    async finish(scanned) {
      try {
        writeSiteFile(target, SITE_MARKER, `Written by \`${command}\`: this directory is replaced on every run.\n`);
        if (exists) renameSync(dir, old);
        try {
          renameSync(tmp, dir);
        } catch (error) {
          if (exists) renameSync(old, dir); // put the old site back
          throw error;
        }
      } finally {
        abandon();
      }
      if (exists) await removeTree(old, scanned);
    },
    abandon,
  };
}

/** Removals in flight: as many as libuv's threads (4 by default), and a few waiting. */
const IN_FLIGHT = 8;

/**
 * A directory's files removed, then its directories (empty). A file whose inode has another link
 * (a page linked into the new site, site-write.ts) is only a name: removed here, one by one (10,000
 * in 0.06-0.11 s of kernel CPU). The others free their inode, which waits for the writeback of its
 * pages (a whole site's removal one by one took 19-26 s on a busy disk): those a few at a time, so
 * the waits overlap (1 s). Not all in flight either (fs.promises.rm): 25 MB more memory at the end
 * of a build, when its heap is the largest. Names removed 8 at a time cost twice the kernel CPU
 * (0.13-0.16 s): the directory's lock is contended.
 */
async function removeTree(dir: string, scanned = scanOldSite(dir)): Promise<void> {
  for (const rel of scanned.named) unlinkQuiet(`${dir}${sep}${rel}`);
  const freeing = scanned.freeing.map((rel) => `${dir}${sep}${rel}`);
  let next = 0;
  const removeNext = async (): Promise<void> => {
    for (let file = freeing[next++]; file !== undefined; file = freeing[next++]) {
      await unlink(file).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== 'ENOENT') throw error;
      });
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, removeNext));
  rmSync(dir, { recursive: true, force: true }); // and whatever a scan made before the swap did not see
}

/** A site's files (paths relative to it): those with another link (`named`: pages linked into the new site, site-write.ts), and the others. */
export interface OldFiles {
  named: string[];
  freeing: string[];
}

/**
 * The files of a site, as removeTree removes them. Scanned before the swap (by a page worker, once
 * its pages are made), it may class a file linked later as freeing, or miss one: that changes only
 * how it is removed (one at a time or a few in flight), not whether.
 */
export function scanOldSite(dir: string): OldFiles {
  const scanned: OldFiles = { named: [], freeing: [] };
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (e.isDirectory()) continue;
    const path = join(e.parentPath, e.name);
    (lstatSync(path, { throwIfNoEntry: false })?.nlink !== 1 ? scanned.named : scanned.freeing).push(path.slice(dir.length + 1));
  }
  return scanned;
}

function unlinkQuiet(file: string): void {
  try {
    unlinkSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}
