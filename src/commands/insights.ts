// `incident insights`: figures across many incidents. What each file gives comes from the insights
// cache (src/io/insights-cache.ts) when the file is unchanged, else from reading it (insights-read.ts,
// on every core: insights-pool.ts); the figures are src/core/insights.
import { readFileSync, statSync } from 'node:fs';
import { withSep } from '../io/paths.ts';
import { WEEKDAYS } from '../core/config/config.ts';
import { configuredSeverity } from '../core/config/severity-name.ts';
import { UsageError } from '../core/util/errors.ts';
import { computeInsights, INSIGHTS_VERSION, type GroupBy, type InsightIncident, type Insights, type InsightSettings } from '../core/insights/index.ts';
import { packIncident, unpackIncident, type Packed } from '../core/insights/pack.ts';
import { InsightsCache, insightsCachePath } from '../io/insights-cache.ts';
import { display, listIncidentIds, type Repo } from '../io/repo.ts';
import { hashText } from '../io/validate-cache.ts';
import { context, type Deps } from './context.ts';
import { readAll } from './insights-pool.ts';
import { keepYoungGenerationSmall } from '../io/young-generation.ts';
import type { ReadJob } from './insights-read.ts';
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
  /** At most this many threads read files (default: src/io/threads.ts). */
  threads?: number;
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
  const severities = options.severity?.map((s) => configuredSeverity(s, ctx.repo.config.severities, '--severity'));
  const wanted = (date: string, severity: string, services: string[]) =>
    (!since || date >= since) && (!until || date <= until) &&
    (!severities || severities.includes(severity)) &&
    (!options.service || options.service.some((s) => services.includes(s)));

  const subject: InsightIncident[] = [];
  const drills: InsightIncident[] = [];
  const skipped: string[] = [];
  const reader = incidentReader(ctx.repo, options.cache !== false, options.threads);
  const names = listIncidentIds(ctx.repo);
  keepYoungGenerationSmall(names.length); // each file's incident lives to the end (as list's rows)
  const read = await reader.readAll(names, (problem) => skipped.push(problem));
  for (const incident of read) {
    if (!incident || !wanted(incident.date, incident.severity, incident.services)) continue;
    if (incident.kind === kind) subject.push(incident);
    else if (incident.kind === 'drill') drills.push(incident);
  }
  reader.save(names, read);
  const result = computeInsights(subject, drills, insightSettings(ctx.repo, by, ctx.now), options.includeDrills === true);
  return {
    version: result.definitions.version,
    window: {
      since: since ?? null, until: until ?? null, severity: severities ?? [], service: options.service ?? [], kind,
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
 * cached (same size and mtime, or same bytes), the others on every core (insights-pool.ts), and
 * into the cache. `save` writes the cache when anything changed.
 */
export function incidentReader(repo: Repo, useCache: boolean, threads?: number) {
  const cache = InsightsCache.open(useCache ? insightsCachePath(repo.root) : undefined, CACHE_KEY);
  const fromCache = (record: unknown) => {
    try {
      return unpackIncident(record as Packed);
    } catch {
      return undefined; // not what this version packs: read the file
    }
  };
  return {
    /** The incidents in `incidents/<name>.md`, in order; undefined for a file that cannot be read (its problem told). */
    async readAll(names: readonly string[], skip: (problem: string) => void): Promise<(InsightIncident | undefined)[]> {
      const out: (InsightIncident | undefined)[] = new Array(names.length);
      const jobs: ReadJob[] = [];
      const todo: { k: number; file: string; size: number; mtimeMs: number; ctimeMs: number }[] = [];
      const dir = withSep(repo.incidentsDir);
      for (let k = 0; k < names.length; k++) {
        const name = names[k]!;
        const path = `${dir}${name}.md`; // a name from the directory's listing: nothing to normalize (as listIncidentFiles)
        const file = `${name}.md`;
        let size = 0;
        let mtimeMs = 0;
        let ctimeMs = 0;
        if (cache.path) {
          ({ size, mtimeMs, ctimeMs } = statSync(path));
          const hit = cache.unchanged(file, size, mtimeMs, ctimeMs);
          const incident = hit && fromCache(hit.record);
          if (incident) {
            cache.keep(file, { size: hit.size, mtimeMs: hit.mtimeMs, ctimeMs: hit.ctimeMs, hash: hit.hash }, false); // packed again only if the cache is written
            out[k] = incident;
            continue;
          }
          // Touched but maybe not changed (a checkout, a rebase): the same bytes need no reading.
          const previous = cache.previous(file);
          if (previous && previous.size === size && previous.hash === hashText(readFileSync(path, 'utf8'))) {
            const same = fromCache(previous.record);
            if (same) {
              cache.keep(file, { ...previous, mtimeMs, ctimeMs, record: undefined }, true);
              out[k] = same;
              continue;
            }
          }
        }
        jobs.push({ path, shown: display(repo, path), name });
        todo.push({ k, file, size, mtimeMs, ctimeMs });
      }
      const read = await readAll(jobs, cache.path !== undefined, threads);
      read.forEach((r, j) => {
        const { k, file, size, mtimeMs, ctimeMs } = todo[j]!;
        if (!r.incident) return skip(r.problem);
        out[k] = r.incident;
        if (cache.path) cache.keep(file, { size, mtimeMs, ctimeMs, hash: r.hash }, true); // its record made when the cache is written
      });
      return out;
    },
    /** `incidents`: what readAll gave for `names` (the records of cached files are packed again from them). */
    save(names: readonly string[], incidents: readonly (InsightIncident | undefined)[]) {
      if (!cache.willSave()) return; // nothing changed: no index of 10,000 names to make
      const byFile = new Map(names.map((name, k) => [`${name}.md`, k]));
      cache.save((file) => {
        const incident = incidents[byFile.get(file)!];
        return incident && packIncident(incident, false); // what the file says only: no zone data of this machine
      });
    },
  };
}

// A record read by another version of Casefile may differ: the version is part of the key.
const CACHE_KEY = `${typeof CASEFILE_VERSION === 'string' ? CASEFILE_VERSION : 'dev'} insights ${INSIGHTS_VERSION} pack 2 read 2`; // read 2: every line (a file whose error the skim missed was counted)

/** "from 2026-01-01 to 2026-06-30, SEV-1, SEV-2": what the terminal output's first line says. */
export function windowText(w: InsightsResult['window']): string {
  const parts = [w.since ? `from ${w.since}` : '', w.until ? `to ${w.until}` : ''].filter(Boolean);
  if (w.severity.length) parts.push(`severity ${w.severity.join(', ')}`);
  if (w.service.length) parts.push(`service ${w.service.join(', ')}`);
  if (w.kind === 'drill') parts.push('(drills only)');
  return parts.join(' ');
}
