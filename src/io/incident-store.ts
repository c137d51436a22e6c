// Changing one incident file safely: a lock per file, the freshest text read under the lock,
// and an atomic write. Knows nothing of YAML, so `incident log` can use it without loading a parser.
import { existsSync, readFileSync } from 'node:fs';
import { display, incidentPath, unknownIncident, type Repo } from './repo.ts';
import { withFileLock } from './lock.ts';
import { writeFileAtomic } from './atomic-write.ts';

/** What every write is checked against before it reaches the disk (see src/core/timeline-integrity.ts). */
export interface WriteGuard {
  /** The clock, in epoch ms: no entry may be written in the future beyond a minute of skew. */
  now: number;
  /** Record an impossible timeline anyway (`--force`); the command says so. */
  force?: boolean;
}

export interface TextChange<R> {
  text: string;
  result: R;
}

/** Applies `change` to the file's current text under its lock; writes only when the text changed. */
export async function updateIncidentText<R>(
  repo: Repo,
  id: string,
  change: (text: string, shown: string) => TextChange<R> | Promise<TextChange<R>>,
  guard?: WriteGuard,
): Promise<R & { path: string; shown: string; changed: boolean }> {
  const path = incidentPath(repo, id);
  if (!existsSync(path)) throw unknownIncident(repo, id);
  const shown = display(repo, path);
  return withFileLock(path, async () => {
    const before = readFileSync(path, 'utf8');
    const { text, result } = await change(before, shown);
    const changed = text !== before;
    if (changed) writeFileAtomic(path, text);
    return { ...result, path, shown, changed };
  });
}
