// A site written file by file as its pages are made (10,000 incident pages are never held at once),
// into a fresh directory beside the target that then replaces the old site by renames, as
// `incident publish` does too (site.ts): readers see the old site or the new one, and a directory
// Casefile did not write is never replaced.
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { UsageError } from '../core/util/errors.ts';

/** Marks a directory as a site Casefile wrote, so a later run may replace it. */
export const SITE_MARKER = '.casefile-site';

/** A text in parts (nested), written in order: a long page is never made into one string. */
export type Parts = string | readonly Parts[];

export interface SiteDir {
  /** Where the new site is being made (pages may be written there directly, by worker threads). */
  readonly path: string;
  /** Writes one file (a path relative to the site, `/`-separated): a text, or its parts one after the other. */
  write(rel: string, text: Parts): void;
  /** Puts the new site in place of the old one (done when it returns), then removes the old one (done when the promise is). */
  finish(): Promise<void>;
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
  return {
    path: tmp,
    write(rel, text) {
      const path = join(tmp, rel);
      const parent = dirname(path);
      if (!made.has(parent)) {
        mkdirSync(parent, { recursive: true });
        made.add(parent);
      }
      if (typeof text === 'string') writeFileSync(path, text);
      else writeParts(path, text);
    },
    async finish() {
      try {
        writeFileSync(join(tmp, SITE_MARKER), `Written by \`${command}\`: this directory is replaced on every run.\n`);
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
      if (exists) await removeTree(old);
    },
    abandon,
  };
}

/** The parts written in chunks of about 64 KB. */
function writeParts(path: string, parts: Parts): void {
  const fd = openSync(path, 'w');
  try {
    let pending = '';
    const put = (p: Parts) => {
      if (typeof p !== 'string') {
        for (const q of p) put(q);
        return;
      }
      pending += p;
      if (pending.length >= 65_536) {
        writeSync(fd, pending);
        pending = '';
      }
    };
    put(parts);
    if (pending) writeSync(fd, pending);
  } finally {
    closeSync(fd);
  }
}

/** Removals in flight: as many as libuv's threads (4 by default), and a few waiting. */
const IN_FLIGHT = 8;

/**
 * A directory's files removed a few at a time (then its directories, empty): the old internal
 * site's 10,000 pages took 20 s one by one (rmSync) on a busy disk, 1 s so, for the same CPU. Not
 * fs.promises.rm, which starts every file's removal at once: 25 MB more memory, at the end of a
 * build, when its heap is the largest.
 */
async function removeTree(dir: string): Promise<void> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => !e.isDirectory()).map((e) => join(e.parentPath, e.name));
  let next = 0;
  const removeNext = async (): Promise<void> => {
    for (let file = files[next++]; file !== undefined; file = files[next++]) {
      await unlink(file).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== 'ENOENT') throw error;
      });
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, removeNext));
  rmSync(dir, { recursive: true, force: true });
}
