// Reading and changing an incident through the full YAML document (positions, minimal edits).
import { readFileSync, existsSync } from 'node:fs';
import { parseIncidentText, type Parsed } from '../core/document/document.ts';
import { display, incidentPath, unknownIncident, type Repo } from './repo.ts';
import { updateIncidentText, type WriteGuard } from './incident-store.ts';

export interface Loaded extends Parsed {
  id: string;
  /** The path as shown to the user (relative to cwd); used in every message. */
  shown: string;
}

export function readIncident(repo: Repo, id: string): Loaded {
  const path = incidentPath(repo, id);
  if (!existsSync(path)) throw unknownIncident(repo, id);
  const shown = display(repo, path);
  return { ...parseIncidentText(readFileSync(path, 'utf8'), shown), id: id.replace(/\.md$/, ''), shown };
}

/** Like updateIncidentText, with the file parsed; the result is re-parsed so a bad edit never reaches the disk. */
export function updateIncident<R>(repo: Repo, id: string, change: (incident: Loaded) => { text: string; result: R }, guard?: WriteGuard) {
  return updateIncidentText(repo, id, (text, shown) => {
    const incident = { ...parseIncidentText(text, shown), id: id.replace(/\.md$/, ''), shown };
    const next = change(incident);
    if (next.text !== text) parseIncidentText(next.text, shown);
    return next;
  }, guard);
}
