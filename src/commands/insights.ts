// `incident insights`: figures across many incidents. Reads the files the way `list` does (the
// fast top-level reader to filter, then the simple YAML reader for the timeline, action items and
// post-mortem, and the full parser only where those step aside); the figures are src/core/insights.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { WEEKDAYS } from '../core/config/config.ts';
import { splitFrontmatter } from '../core/document/document-split.ts';
import { parseIncidentText } from '../core/document/document.ts';
import { UsageError } from '../core/util/errors.ts';
import { computeInsights, insightIncident, type GroupBy, type InsightIncident, type Insights } from '../core/insights/index.ts';
import { skimFrontmatter } from '../core/insights/skim.ts';
import { parseSimpleYaml } from '../core/yaml/simple-yaml.ts';
import { display, listIncidentIds } from '../io/repo.ts';
import { context, type Deps } from './context.ts';
import { sinceDate } from './list.ts';

export interface InsightsOptions {
  since?: string;
  until?: string;
  severity?: string[];
  service?: string[];
  kind?: string;
  includeDrills?: boolean;
  by?: string;
}

export interface InsightsResult extends Insights {
  version: number;
  /** The filters as applied, and the day ages and "overdue" are counted to (UTC). */
  window: { since: string | null; until: string | null; severity: string[]; service: string[]; kind: string; include_drills: boolean; as_of: string };
  /** Files that could not be read (as `list` skips them), each with its reason. */
  skipped: string[];
}

const BY: readonly GroupBy[] = ['month', 'quarter', 'severity', 'service'];

export async function insights(options: InsightsOptions, deps: Deps): Promise<InsightsResult> {
  const ctx = await context(deps);
  const by = (options.by ?? 'month') as GroupBy;
  if (!BY.includes(by)) throw new UsageError(`Unexpected --by "${options.by}", expected one of ${BY.join(', ')}`);
  const kind = options.kind ?? 'incident';
  if (kind !== 'incident' && kind !== 'drill') throw new UsageError(`Unexpected --kind "${kind}", expected incident or drill`);
  const since = options.since ? sinceDate(options.since, ctx.now) : undefined;
  const until = options.until ? sinceDate(options.until, ctx.now) : undefined;
  if (since && until && until < since) throw new UsageError(`Unexpected --until ${until} before --since ${since}, expected a window`);
  const wanted = (date: string, severity: string, services: string[]) =>
    (!since || date >= since) && (!until || date <= until) &&
    (!options.severity || options.severity.includes(severity)) &&
    (!options.service || options.service.some((s) => services.includes(s)));

  const subject: InsightIncident[] = [];
  const drills: InsightIncident[] = [];
  const skipped: string[] = [];
  for (const name of listIncidentIds(ctx.repo)) {
    const path = join(ctx.repo.incidentsDir, `${name}.md`);
    const text = readFileSync(path, 'utf8');
    let data: Record<string, unknown>;
    try {
      data = readData(text, display(ctx.repo, path));
    } catch (error) {
      skipped.push((error as { describe?: () => string }).describe?.() ?? String(error));
      continue;
    }
    const incident = insightIncident(data, name);
    if (!wanted(incident.date, incident.severity, incident.services)) continue;
    if (incident.kind === kind) subject.push(incident);
    else if (incident.kind === 'drill') drills.push(incident);
  }
  const wh = ctx.repo.config.working_hours;
  const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
  const result = computeInsights(subject, drills, {
    by, now: ctx.now, severities: ctx.repo.config.severities, postmortemDue: ctx.repo.config.postmortem_due,
    workingHours: {
      start: minutes(wh.start), end: minutes(wh.end), timezone: wh.timezone,
      days: wh.days.map((d) => (WEEKDAYS as readonly string[]).indexOf(d)),
    },
  }, options.includeDrills === true);
  return {
    version: result.definitions.version,
    window: {
      since: since ?? null, until: until ?? null, severity: options.severity ?? [], service: options.service ?? [], kind,
      include_drills: options.includeDrills === true, as_of: new Date(ctx.now).toISOString().slice(0, 10),
    },
    ...result,
    skipped,
  };
}

/**
 * The quick read of the fields insights use when it can, else the simple reader, else the YAML
 * parser (which gives the errors, with file:line:column): as `list`, which steps aside the same way.
 */
function readData(text: string, shown: string): Record<string, unknown> {
  const split = splitFrontmatter(text, shown);
  const fm = text.slice(split.fmStart, split.fmEnd);
  return skimFrontmatter(fm) ?? parseSimpleYaml(fm)?.data ?? parseIncidentText(text, shown).data;
}

/** "from 2026-01-01 to 2026-06-30, SEV-1, SEV-2": what the terminal output's first line says. */
export function windowText(w: InsightsResult['window']): string {
  const parts = [w.since ? `from ${w.since}` : '', w.until ? `to ${w.until}` : ''].filter(Boolean);
  if (w.severity.length) parts.push(`severity ${w.severity.join(', ')}`);
  if (w.service.length) parts.push(`service ${w.service.join(', ')}`);
  if (w.kind === 'drill') parts.push('(drills only)');
  return parts.join(' ');
}
