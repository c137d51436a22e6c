// Git for the merge driver: git's own three-way line merge (for the Markdown body, and for whole
// files the driver does not understand), and installing the driver in a clone.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CommandError } from '../core/util/errors.ts';

/** `git merge-file -p`: the merged text with conflict markers, and the number of conflicts. */
export function gitMergeFile(base: string, ours: string, theirs: string): { text: string; conflicts: number } {
  const dir = mkdtempSync(join(tmpdir(), 'casefile-merge-'));
  try {
    const files = ['ours', 'base', 'theirs'].map((name) => join(dir, name));
    [ours, base, theirs].forEach((text, i) => writeFileSync(files[i]!, text));
    const r = spawnSync('git', ['merge-file', '-p', '-L', 'ours', '-L', 'base', '-L', 'theirs', ...files], {
      encoding: 'utf8', maxBuffer: 1 << 30,
    });
    if (r.error) throw new CommandError(`Could not run git merge-file: ${r.error.message}`);
    // Its exit status is the number of conflicts (capped at 127); above that, an error.
    if (r.status === null || r.status > 127) throw new CommandError(`git merge-file failed: ${r.stderr.trim()}`);
    return { text: r.stdout, conflicts: r.status };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export const DRIVER_NAME = 'casefile';
export const DRIVER_COMMAND = 'npx --no-install incident merge-driver %O %A %B %P';
const DRIVER_DESCRIPTION = 'Casefile incident files: timelines, threads, evidence and action items merged as sets';

/**
 * `.gitattributes` routes incident files to the driver (committed, shared by every clone);
 * git config says how to run it (per clone: git never takes commands from the repository).
 * Returns what was written.
 */
export function installMergeDriver(root: string, incidentsDir: string): string[] {
  const written: string[] = [];
  const attributes = join(root, '.gitattributes');
  const line = `${incidentsDir.replace(/\\/g, '/').replace(/\/$/, '')}/*.md merge=${DRIVER_NAME}`;
  const current = existsSync(attributes) ? readFileSync(attributes, 'utf8') : '';
  if (!current.split(/\r?\n/).some((l) => l.trim() === line)) {
    writeFileSync(attributes, current + (current && !current.endsWith('\n') ? '\n' : '') + line + '\n');
    written.push('.gitattributes');
  }
  if (!existsSync(join(root, '.git'))) return written; // not a clone (yet): `incident merge-driver --install` later
  const git = (...args: string[]) => spawnSync('git', ['config', ...args], { cwd: root, encoding: 'utf8' });
  // A driver someone set up already (their own way of running Casefile) is left alone.
  if (git('--get', `merge.${DRIVER_NAME}.driver`).stdout.trim()) return written;
  for (const [key, value] of [['name', DRIVER_DESCRIPTION], ['driver', DRIVER_COMMAND]] as const) {
    const r = git(`merge.${DRIVER_NAME}.${key}`, value);
    if (r.error || r.status !== 0) throw new CommandError(`git config merge.${DRIVER_NAME}.${key} failed: ${r.error?.message ?? r.stderr.trim()}`);
  }
  written.push(`git config merge.${DRIVER_NAME}.driver`);
  return written;
}
