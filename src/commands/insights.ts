// `incident insights`: figures across many incidents. Reads the files the way `list` does (the
// fast top-level reader to filter, then the simple YAML reader for the timeline, action items and
// post-mortem, and the full parser only where those step aside); the figures are src/core/insights.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { WEEKDAYS } from '../core/config/config.ts';
import { splitFrontmatter } from '../core/document/document-split.ts';
import { parseIncidentText } from '../core/document/document.ts';
import { UsageError } from '../core/util/errors.ts';
import { computeInsights, INSIGHTS_VERSION, insightIncident, type GroupBy, type InsightIncident, type Insights, type InsightSettings } from '../core/insights/index.ts';
import { packIncident, unpackIncident, type Packed } from '../core/insights/pack.ts';
import { skimFrontmatter } from '../core/insights/skim.ts';
import { parseSimpleYaml } from '../core/yaml/simple-yaml.ts';
import { InsightsCache, insightsCachePath } from '../io/insights-cache.ts';
import { display, listIncidentIds, type Repo } from '../io/repo.ts';
import { hashText } from '../io/validate-cache.ts';
import { context, type Deps } from './context.ts';
import { sinceDate } from './list.ts';

declare const CASEFILE_VERSION: string;

export interface InsightsOptions {
  since?: string;
  until?: string;
  severity?: string[];
  service?: string[];
  kind?: string;
  includeDrills?: boolean;
  by?: string;
  /** false: read every file, and leave the insights cache as it is (--no-cache). */
  cache?: boolean;
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
  const until = options.until ? sinceDate(options.until, ctx.now, '--until') : undefined;
  if (since && until && until < since) throw new UsageError(`Unexpected --until ${until} before --since ${since}, expected a window`);
  const wanted = (date: string, severity: string, services: string[]) =>
    (!since || date >= since) && (!until || date <= until) &&
    (!options.severity || options.severity.includes(severity)) &&
    (!options.service || options.service.some((s) => services.includes(s)));

  const subject: InsightIncident[] = [];
  const drills: InsightIncident[] = [];
  const skipped: string[] = [];
  const reader = incidentReader(ctx.repo, options.cache !== false);
  for (const name of listIncidentIds(ctx.repo)) {
    const incident = reader.read(name, (problem) => skipped.push(problem));
    if (!incident || !wanted(incident.date, incident.severity, incident.services)) continue;
    if (incident.kind === kind) subject.push(incident);
    else if (incident.kind === 'drill') drills.push(incident);
  }
  reader.save();
  const result = computeInsights(subject, drills, insightSettings(ctx.repo, by, ctx.now), options.includeDrills === true);
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

/** The settings the figures are computed with: the config's severities, post-mortem deadlines and working hours. */
export function insightSettings(repo: Repo, by: GroupBy, now: number): InsightSettings {
  const wh = repo.config.working_hours;
  const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
  return {
    by, now, severities: repo.config.severities, postmortemDue: repo.config.postmortem_due,
    workingHours: {
      start: minutes(wh.start), end: minutes(wh.end), timezone: wh.timezone,
      days: wh.days.map((d) => (WEEKDAYS as readonly string[]).indexOf(d)),
    },
  };
}

/**
 * Reads incident files as the insights take them: from the insights cache when the file is the one
 * cached (same size and mtime, or same bytes), else from the file (and into the cache).
 */
export function incidentReader(repo: Repo, useCache: boolean) {
  const cache = InsightsCache.open(useCache ? insightsCachePath(repo.root) : undefined, CACHE_KEY);
  const fromCache = (record: unknown) => {
    try {
      return unpackIncident(record as Packed);
    } catch {
      return undefined; // not what this version packs: read the file
    }
  };
  return {
    /** The incident in `incidents/<name>.md`, or undefined (with its problem told) when it cannot be read. */
    read(name: string, skip: (problem: string) => void): InsightIncident | undefined {
      const path = join(repo.incidentsDir, `${name}.md`);
      const file = `${name}.md`;
      let size = 0;
      let mtimeMs = 0;
      if (cache.path) {
        ({ size, mtimeMs } = statSync(path));
        const hit = cache.unchanged(file, size, mtimeMs);
        const incident = hit && fromCache(hit.record);
        if (incident) {
          cache.keep(file, hit, false);
          return incident;
        }
      }
      const text = readFileSync(path, 'utf8');
      const hash = cache.path ? hashText(text) : '';
      const previous = cache.previous(file);
      const same = previous && previous.size === size && previous.hash === hash ? fromCache(previous.record) : undefined;
      if (same) {
        cache.keep(file, { ...previous!, mtimeMs }, true);
        return same;
      }
      let incident: InsightIncident;
      try {
        incident = insightIncident(readData(text, display(repo, path)), name);
      } catch (error) {
        skip((error as { describe?: () => string }).describe?.() ?? String(error));
        return undefined;
      }
      if (cache.path) cache.keep(file, { size, mtimeMs, hash, record: packIncident(incident) }, true);
      return incident;
    },
    save: () => cache.save(),
  };
}

// A record read by another version of Casefile may differ: the version is part of the key.
const CACHE_KEY = `${typeof CASEFILE_VERSION === 'string' ? CASEFILE_VERSION : 'dev'} insights ${INSIGHTS_VERSION} pack 1`;

/** An incident from a text (another revision of a file): undefined when it cannot be read. */
export function insightFromText(text: string, shown: string, name: string): InsightIncident | undefined {
  try {
    return insightIncident(readData(text, shown), name);
  } catch {
    return undefined;
  }
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
