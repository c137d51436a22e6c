// A file as it is at the merge base of the work tree with another revision (what the base branch
// published, for the review's diff of the public text). Undefined when git has no such revision
// (a shallow clone) or the file is new on this branch.
import { execFileSync } from 'node:child_process';
import { relative, sep } from 'node:path';

export function fileAtBase(root: string, base: string, path: string): { text?: string; found: boolean } {
  const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  let mergeBase: string;
  try {
    mergeBase = git('merge-base', base, 'HEAD').trim();
  } catch {
    return { found: false };
  }
  try {
    return { found: true, text: git('show', `${mergeBase}:${relative(root, path).split(sep).join('/')}`) };
  } catch {
    return { found: true }; // not in the base: new on this branch
  }
}
