// `incident list`: every incident, newest first, filtered. Each file read whole by the simple reader
// (the YAML parser only where it is unsure), so a file is listed exactly when `show` can open it,
// and 10,000 files take about a second.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { frontmatterData } from '../core/document/frontmatter-data.ts';
import { sinceDay } from '../core/timeline/since.ts';
import { INCIDENT_KINDS, OPEN_STATUSES, STATUSES } from '../core/model/types.ts';
import { configuredSeverity } from '../core/config/severity-name.ts';
import { UsageError } from '../core/util/errors.ts';
import { oneLine, textTable } from '../core/util/text-table.ts';
import { display, listIncidentIds } from '../io/repo.ts';
import { keepYoungGenerationSmall } from '../io/young-generation.ts';
import { context, type Deps } from './context.ts';

export interface ListOptions {
  status?: string[];
  severity?: string[];
  kind?: string;
  service?: string[];
  /** YYYY-MM-DD or a relative age like 30d, 2w. */
  since?: string;
}

export interface ListedIncident {
  id: string;
  title: string;
  kind: string;
  severity: string;
  status: string;
  services: string[];
  file: string;
}

export async function list(options: ListOptions, deps: Deps): Promise<{ incidents: ListedIncident[]; problems: string[] }> {
  const ctx = await context(deps);
  const since = options.since ? sinceDate(options.since, ctx.now) : undefined;
  const severities = options.severity?.map((s) => configuredSeverity(s, ctx.repo.config.severities, '--severity'));
  const statuses = options.status?.flatMap((s) => (s === 'open' ? [...OPEN_STATUSES] : [knownStatus(s)]));
  // A typo would list nothing and look like an answer.
  if (options.kind !== undefined && !(INCIDENT_KINDS as readonly string[]).includes(options.kind)) {
    throw new UsageError(`Unexpected --kind "${options.kind}", expected incident or drill`);
  }
  const incidents: ListedIncident[] = [];
  const problems: string[] = [];
  const names = listIncidentIds(ctx.repo);
  keepYoungGenerationSmall(names.length); // its rows live to the end: 10,000 files, 272 -> 161 MB (Node 24)
  for (const name of names.reverse()) {
    const path = join(ctx.repo.incidentsDir, `${name}.md`);
    const text = readFileSync(path, 'utf8');
    let fields: Record<string, unknown>;
    try {
      fields = frontmatterData(text, display(ctx.repo, path)); // every line read: a file `show` refuses is not listed
    } catch (error) {
      problems.push((error as { describe?: () => string }).describe?.() ?? String(error));
      continue;
    }
    const item: ListedIncident = {
      id: str(fields.id) ?? name,
      title: str(fields.title) ?? '',
      kind: str(fields.kind) ?? 'incident',
      severity: str(fields.severity) ?? '',
      status: str(fields.status) ?? '',
      services: Array.isArray(fields.services) ? fields.services.map(String) : [],
      file: display(ctx.repo, path),
    };
    if (statuses && !statuses.includes(item.status)) continue;
    if (severities && !severities.includes(item.severity)) continue;
    if (options.kind && item.kind !== options.kind) continue;
    if (options.service && !options.service.some((s) => item.services.includes(s))) continue;
    if (since && (/^\d{4}-\d{2}-\d{2}/.exec(item.id)?.[0] ?? '') < since) continue;
    incidents.push(item);
  }
  return { incidents, problems };
}

export function formatList(incidents: ListedIncident[]): string {
  if (incidents.length === 0) return 'No incidents.\n';
  const rows = incidents.map((i) => [i.id, i.severity, i.status + (i.kind === 'drill' ? ' (drill)' : ''), oneLine(i.title)]);
  return textTable([['ID', 'SEVERITY', 'STATUS', 'TITLE'], ...rows]) + '\n';
}

const str = (v: unknown) => (v === undefined || v === null ? undefined : String(v));

/** The UTC date an incident must start on or after: the one `--since` syntax (core/timeline/since.ts). */
export const sinceDate = (since: string, now: number, option = '--since'): string => sinceDay(since, now, option);

function knownStatus(status: string): string {
  if (!(STATUSES as readonly string[]).includes(status)) throw new UsageError(`Unexpected --status "${status}", expected open or one of ${STATUSES.join(', ')}`);
  return status;
}
