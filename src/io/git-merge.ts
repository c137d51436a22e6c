// Git for the merge driver: git's own three-way line merge (for the Markdown body, and for whole
// files the driver does not understand). Installing the driver: merge-driver-setup.ts.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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
