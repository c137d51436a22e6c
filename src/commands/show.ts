// `incident show <id>`: one incident for a terminal, or as JSON with its metrics.
import { existsSync, readFileSync } from 'node:fs';
import { fastIncident } from '../core/edit/splice.ts';
import { computeMetrics } from '../core/metrics/metrics.ts';
import { formatShow } from '../core/show/show.ts';
import { highestSeverity } from '../core/timeline/severity.ts';
import type { Incident, TimelineEntry } from '../core/model/types.ts';
import { display, incidentPath, unknownIncident } from '../io/repo.ts';
import { context, type Deps } from './context.ts';

export async function show(options: { id: string }, deps: Deps) {
  const ctx = await context(deps);
  const path = incidentPath(ctx.repo, options.id);
  if (!existsSync(path)) throw unknownIncident(ctx.repo, options.id);
  const shown = display(ctx.repo, path);
  const text = readFileSync(path, 'utf8');
  // The simple reader for a plain file; the YAML document (and its positioned errors) otherwise.
  const fast = fastIncident(text, shown, () => ctx.defaultTimeZone);
  const { data, timeZone } = fast ? { data: fast.f.doc.data, timeZone: fast.timeZone } : await viaYaml(text, shown, ctx.defaultTimeZone);
  const incident = data as Incident;
  // Entries that are not maps (`- just text`, `-`) are validate's to report; show leaves them out.
  const timeline = (Array.isArray(incident.timeline) ? incident.timeline : []).filter(
    (e: unknown) => typeof e === 'object' && e !== null && !Array.isArray(e),
  ) as TimelineEntry[];
  return {
    file: shown,
    incident,
    metrics: computeMetrics(timeline),
    highestSeverity: highestSeverity(timeline, incident.severity, ctx.repo.config.severities),
    text: formatShow(incident, timeZone, ctx.repo.config.severities),
  };
}

async function viaYaml(text: string, shown: string, fallbackZone: string) {
  const [{ parseIncidentText }, { timeZoneOf }] = await Promise.all([import('../core/document/document.ts'), import('../core/document/incident.ts')]);
  const parsed = parseIncidentText(text, shown);
  return { data: parsed.data, timeZone: timeZoneOf(parsed, fallbackZone, shown) };
}
