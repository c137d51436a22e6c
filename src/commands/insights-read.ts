// Reading one incident file the way the insights take it: its frontmatter as every command reads
// it (frontmatter-data.ts: the same verdict as `show` and `validate`), then what the insights use.
// Shared by this thread and the pool's workers (insights-pool.ts), so it imports only what reading needs.
import { readFileSync } from 'node:fs';
import { frontmatterData } from '../core/document/frontmatter-data.ts';
import { insightIncident } from '../core/insights/read.ts';
import type { InsightIncident } from '../core/insights/types.ts';
import { hashText } from '../io/validate-cache.ts';

export interface ReadJob {
  path: string;
  /** The file as messages name it. */
  shown: string;
  /** Its name without .md: the id when the frontmatter has none. */
  name: string;
}

/** The incident, or why it could not be read; `hash` of the text when asked for (the cache's). */
export type ReadOutcome = { hash: string; incident: InsightIncident; problem?: undefined } | { hash: string; incident?: undefined; problem: string };

export function readIncidentFile(job: ReadJob, hashing: boolean): ReadOutcome {
  const text = readFileSync(job.path, 'utf8');
  const hash = hashing ? hashText(text) : '';
  try {
    return { hash, incident: insightIncident(frontmatterData(text, job.shown), job.name) };
  } catch (error) {
    return { hash, problem: (error as { describe?: () => string }).describe?.() ?? String(error) };
  }
}

/** An incident from a text (another revision of a file): undefined when it cannot be read. */
export function insightFromText(text: string, shown: string, name: string): InsightIncident | undefined {
  try {
    return insightIncident(frontmatterData(text, shown), name);
  } catch {
    return undefined;
  }
}
