// `incident show <id>`: one incident for a terminal, or as JSON with its metrics.
import { timeZoneOf } from '../core/incident.ts';
import { computeMetrics } from '../core/metrics.ts';
import { formatShow } from '../core/show.ts';
import type { Incident, TimelineEntry } from '../core/types.ts';
import { readIncident } from '../io/incident-doc.ts';
import { context, type Deps } from './context.ts';

export async function show(options: { id: string }, deps: Deps) {
  const ctx = await context(deps);
  const incident = readIncident(ctx.repo, options.id);
  const timeZone = timeZoneOf(incident, ctx.defaultTimeZone, incident.shown);
  const data = incident.data as Incident;
  const timeline = (Array.isArray(data.timeline) ? data.timeline : []) as TimelineEntry[];
  return {
    file: incident.shown,
    incident: data,
    metrics: computeMetrics(timeline),
    text: formatShow(data, timeZone),
  };
}
