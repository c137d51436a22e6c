// Reading and changing one incident file: a lock per file, an atomic write, and a re-parse of
// the result so a bad edit can never reach the disk.
import { existsSync, readFileSync } from 'node:fs';
import { parseIncidentText, type Parsed } from '../core/document.ts';
import { display, incidentPath, unknownIncident, type Repo } from './repo.ts';
import { withFileLock } from './lock.ts';
import { writeFileAtomic } from './atomic-write.ts';

export interface Loaded extends Parsed {
  id: string;
  path: string;
  /** The path as shown to the user (relative to cwd); used in every message. */
  shown: string;
}

export function readIncident(repo: Repo, id: string): Loaded {
  const path = incidentPath(repo, id);
  if (!existsSync(path)) throw unknownIncident(repo, id);
  const shown = display(repo, path);
  const parsed = parseIncidentText(readFileSync(path, 'utf8'), shown);
  return { ...parsed, id: id.replace(/\.md$/, ''), path, shown };
}

/**
 * Applies `change` to the freshly read file under the file's lock and writes the result atomically.
 * `change` returns the new text (or the same text for no change) plus a result for the caller.
 */
export async function updateIncident<R>(
  repo: Repo,
  id: string,
  change: (incident: Loaded) => { text: string; result: R },
): Promise<R & { path: string; shown: string; changed: boolean }> {
  const path = incidentPath(repo, id);
  if (!existsSync(path)) throw unknownIncident(repo, id);
  return withFileLock(path, () => {
    const incident = readIncident(repo, id);
    const { text, result } = change(incident);
    const changed = text !== incident.text;
    if (changed) {
      parseIncidentText(text, incident.shown); // never write what we could not read back
      writeFileAtomic(path, text);
    }
    return { ...result, path, shown: incident.shown, changed };
  });
}
