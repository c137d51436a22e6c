// `incident merge-driver %O %A %B %P`: git calls it to merge two versions of an incident file
// (see .gitattributes and `git config merge.casefile.driver`). The result goes into %A; exit 1
// tells git there are conflicts left, marked in the file the usual way.
import { readFileSync } from 'node:fs';
import { CommandError } from '../core/util/errors.ts';
import { mergeIncident } from '../core/merge/merge.ts';
import { writeFileAtomic } from '../io/atomic-write.ts';
import { gitMergeFile } from '../io/git-merge.ts';

export interface MergeDriverOptions {
  base: string;
  ours: string;
  theirs: string;
  /** The file's path in the repository (%P), for messages. */
  path?: string;
}

export interface MergeDriverResult {
  path: string;
  conflicts: string[];
  /** What the merge decided that a person may want to know (git shows the driver's stderr). */
  notes: string[];
  /** Why the file was merged line by line instead (not an incident file this merge reads). */
  fallback?: string;
}

export function mergeDriver(options: MergeDriverOptions): MergeDriverResult {
  const read = (file: string, what: string) => {
    try {
      return readFileSync(file, 'utf8');
    } catch (error) {
      throw new CommandError(`Could not read ${what} version ${file}: ${(error as Error).message}`);
    }
  };
  const [base, ours, theirs] = [read(options.base, 'the common'), read(options.ours, 'our'), read(options.theirs, 'their')];
  const path = options.path ?? options.ours;
  const outcome = mergeIncident(base, ours, theirs, gitMergeFile);
  if (outcome.kind === 'fallback') {
    const lines = gitMergeFile(base, ours, theirs);
    writeFileAtomic(options.ours, lines.text);
    return { path, conflicts: lines.conflicts ? [`${lines.conflicts} conflicting hunk${lines.conflicts === 1 ? '' : 's'}`] : [], notes: [], fallback: outcome.reason };
  }
  if (outcome.text !== ours) writeFileAtomic(options.ours, outcome.text);
  return { path, conflicts: outcome.conflicts, notes: outcome.notes };
}
