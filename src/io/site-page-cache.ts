// The site cache's pages (.git/casefile/site-pages/<name>.html): each incident's last rendered
// page, put into the next site when its file has not changed. Neither side ever rewrites a page
// (a site is made new in a directory of its own, site-dir.ts; the cache replaces its files), so
// both hold the same file by hard links: no bytes copied, no inode made (on ext4 10,000 new inodes
// cost seconds of kernel CPU, site-write.ts).
import { copyFileSync, linkSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** A cached page into the new site: a hard link, else a copy; false when neither could be made. */
export function placeCachedPage(from: string, to: string): boolean {
  try {
    linkSync(from, to);
    return true;
  } catch {
    try {
      copyFileSync(from, to);
      return true;
    } catch {
      return false;
    }
  }
}

/**
 * A new page (`from`, in the new site) into the cache (`to`): a link where none is cached yet; a
 * changed page replaces the cached one by a rename (a site linked to the old one keeps its bytes);
 * a copy where no link can be made. A page that cannot be kept is left out: the next build renders
 * its file again. (10,000 links take ~0.15 s; copies took 0.75 s, and made 10,000 inodes.)
 */
export function keepNewPage(from: string, to: string): void {
  try {
    linkSync(from, to); // the usual case: a page not cached yet
    return;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') return copyThenRename(from, to);
  }
  const tmp = `${to}.${process.pid}.tmp`;
  try {
    linkSync(from, tmp);
    renameSync(tmp, to);
    // A page linked from the old site may be the cached file itself: then the rename does nothing.
    rmSync(tmp, { force: true });
  } catch {
    rmSync(tmp, { force: true });
    copyThenRename(from, to);
  }
}

/** Where no link can be made (another file system, a file system without links). */
function copyThenRename(from: string, to: string): void {
  const tmp = `${to}.${process.pid}.tmp`;
  try {
    copyFileSync(from, tmp);
    renameSync(tmp, to);
  } catch {
    rmSync(tmp, { force: true }); // a cache is only a cache
  }
}

/** The cached pages of files that are gone. */
export function prunePages(dir: string, names: readonly string[]): void {
  const kept = new Set(names.map((n) => `${n}.html`));
  try {
    for (const f of readdirSync(dir)) if (!kept.has(f)) rmSync(join(dir, f), { force: true });
  } catch {
    // only a cache
  }
}
