// The site cache's pages (.git/casefile/site-pages/<name>.html): each incident's last rendered
// page, put into the next site when its file has not changed. Neither side ever rewrites a page
// (a site is made new in a directory of its own, site-dir.ts; the cache replaces its files), so
// both hold the same file by hard links: no bytes copied, no inode made (on ext4 10,000 new inodes
// cost seconds of kernel CPU, site-write.ts).
import { copyFileSync, linkSync, readdirSync, rmSync } from 'node:fs';
import { copyFile, link, rename, rm } from 'node:fs/promises';
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

/** Links in flight: as many as libuv's threads (4 by default), and a few waiting. */
const IN_FLIGHT = 8;

/**
 * New pages (`[page in the new site, page in the cache]`) into the cache, on libuv's threads:
 * started once the pages are made, they run on the core the rest of the build leaves idle. Must
 * be awaited before the new site is moved into place (its pages' paths change). A page that cannot
 * be kept is left out: the next build renders its file again.
 */
export async function keepNewPages(pages: readonly (readonly [from: string, to: string])[]): Promise<void> {
  let next = 0;
  const keepNext = async (): Promise<void> => {
    for (let page = pages[next++]; page !== undefined; page = pages[next++]) await keepPage(page[0], page[1]);
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, keepNext));
}

async function keepPage(from: string, to: string): Promise<void> {
  try {
    await link(from, to); // the usual case: a page not cached yet
    return;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') return copyThenRename(from, to);
  }
  // A changed page replaces the cached one by a rename: a site linked to the old one keeps its bytes.
  const tmp = `${to}.${process.pid}.tmp`;
  try {
    await link(from, tmp);
    await rename(tmp, to);
  } catch {
    await rm(tmp, { force: true }).catch(() => {});
    await copyThenRename(from, to);
  }
}

/** Where no link can be made (another file system, a file system without links). */
async function copyThenRename(from: string, to: string): Promise<void> {
  const tmp = `${to}.${process.pid}.tmp`;
  try {
    await copyFile(from, tmp);
    await rename(tmp, to);
  } catch {
    await rm(tmp, { force: true }).catch(() => {}); // a cache is only a cache
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
