// Files changed on this branch: between the merge base with `base` and the work tree, plus new
// (untracked) files. Used by `validate --changed` and by the Action's review from git.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

/** Absolute paths under `dir` (relative to `root`); undefined when `base` is not a revision here. */
export function changedSince(root: string, base: string, dir = '.'): string[] | undefined {
  const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  let mergeBase: string;
  try {
    mergeBase = git('merge-base', base, 'HEAD').trim();
  } catch {
    return undefined;
  }
  const names = [
    ...git('diff', '--name-only', '--diff-filter=ACMR', mergeBase, '--', dir).split('\n'),
    ...git('ls-files', '--others', '--exclude-standard', '--', dir).split('\n'),
  ];
  return names.filter(Boolean).map((n) => join(root, n));
}
