// Insights across incidents: counts, response times, follow-through, post-mortems, load and
// repeats, each figure naming the incidents behind it. Pure: the same incidents and settings give
// the same result (the clock only for ages and overdue).
import { counts, countBy, type Counts } from './counts.ts';
import { zoneOf } from './dates.ts';
import { definitions } from './definitions.ts';
import { LocalTimes } from './local-times.ts';
import { followThrough, type FollowThrough } from './follow-through.ts';
import { load, type Load } from './load.ts';
import { postmortems, type Postmortems } from './postmortems.ts';
import { repeats, type Repeats } from './repeats.ts';
import { response, type DurationFigure } from './response.ts';
import { idList, prepare, type Counted, type InsightIncident, type InsightSettings } from './types.ts';

export { insightIncident } from './read.ts';
export { INSIGHTS_VERSION } from './definitions.ts';
export type { GroupBy, InsightIncident, InsightSettings, WorkingHours } from './types.ts';
export type { DurationFigure } from './response.ts';

export interface Insights {
  by: InsightSettings['by'];
  counts: Counts;
  /** Drills left out of every figure; with `drills` asked for, their own counts. */
  drills: { n: number; ids: string[]; by_month?: Counted[]; by_severity?: Counted[]; by_service?: Counted[] };
  response: DurationFigure[];
  follow_through: FollowThrough;
  postmortems: Postmortems;
  load: Load;
  repeats: Repeats;
  definitions: ReturnType<typeof definitions>;
}

/** `incidents` are the ones in the window; `drills` those left out (with `detail`, counted by group). */
export function computeInsights(
  incidents: readonly InsightIncident[], drills: readonly InsightIncident[], s: InsightSettings, detail = false,
): Insights {
  // Each zone name checked once (thousands of incidents share a few dozen zones).
  const zones = new Map<string, string>();
  const zone = (i: InsightIncident) => {
    let z = zones.get(i.timezone);
    if (z === undefined) zones.set(i.timezone, (z = zoneOf(i)));
    return z;
  };
  const local = new LocalTimes(incidents, zone);
  const fixed = s.workingHours.timezone;
  const p = prepare(incidents);
  const counted = counts(p, s.severities);
  return {
    by: s.by,
    counts: counted,
    drills: {
      n: drills.length, ids: idList(drills.map((d) => d.id)),
      ...(detail ? {
        by_month: countBy(drills, 'month', s.severities),
        by_severity: countBy(drills, 'severity', s.severities),
        by_service: countBy(drills, 'service', s.severities),
      } : {}),
    },
    response: response(p, s.by, s.severities),
    follow_through: followThrough(p, s.now, s.severities, local),
    postmortems: postmortems(p, s, local),
    load: load(p, s.workingHours, fixed ? new LocalTimes(incidents, () => fixed) : local),
    repeats: repeats(p, counted.by_service),
    definitions: definitions(),
  };
}

export { dur, formatInsights, METRIC_LABELS, pct } from './format.ts';
export { insightsCsv, insightsCsvChunks } from './csv.ts';
export { insightsJson, insightsJsonChunks } from './json.ts';
