// Reading one incident file the way the insights take it: the quick read of the fields they use
// (core/insights/skim.ts) when it can, else the simple reader, else the YAML parser (which gives
// the errors, with file:line:column), as `list` steps aside the same way. Shared by this thread and
// the pool's workers (insights-pool.ts), so it imports only what reading needs.
import { readFileSync } from 'node:fs';
import { splitFrontmatter } from '../core/document/document-split.ts';
import { parseIncidentText } from '../core/document/document.ts';
import { insightIncident } from '../core/insights/read.ts';
import { skimFrontmatter } from '../core/insights/skim.ts';
import type { InsightIncident } from '../core/insights/types.ts';
import { parseSimpleYaml } from '../core/yaml/simple-yaml.ts';
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
    return { hash, incident: insightIncident(readData(text, job.shown), job.name) };
  } catch (error) {
    return { hash, problem: (error as { describe?: () => string }).describe?.() ?? String(error) };
  }
}

function readData(text: string, shown: string): Record<string, unknown> {
  const split = splitFrontmatter(text, shown);
  const fm = text.slice(split.fmStart, split.fmEnd);
  return skimFrontmatter(fm) ?? parseSimpleYaml(fm)?.data ?? parseIncidentText(text, shown).data;
}

/** An incident from a text (another revision of a file): undefined when it cannot be read. */
export function insightFromText(text: string, shown: string, name: string): InsightIncident | undefined {
  try {
    return insightIncident(readData(text, shown), name);
  } catch {
    return undefined;
  }
}
