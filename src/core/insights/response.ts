// Response times across incidents: each metric as src/core/metrics/metrics.ts defines it for one incident
// (the last resolution of a reopened one, never a negative pair), then n, p50, p90, max per group.
// Percentiles by nearest rank (src/core/metrics/stats.ts): always a time some incident really took.
import { METRIC_KEYS, type MetricKey } from '../metrics/metrics.ts';
import { percentile } from '../metrics/stats.ts';
import { groupOrder, groupsOf, idList, type GroupBy, type InsightIncident, type Prepared } from './types.ts';

export interface DurationFigure {
  metric: MetricKey;
  group: string;
  /** Incidents with the figure. */
  n: number;
  p50_ms: number | null;
  p90_ms: number | null;
  max_ms: number | null;
  /** Beside the median only: one long incident moves it a lot. */
  mean_ms: number | null;
  ids: string[];
  /** Figures with an estimated time at either end (counted in n, flagged). */
  approx: { n: number; ids: string[] };
  /** Incidents in the group without both milestones (or with them out of order): not in n. */
  without_data: { n: number; ids: string[] };
}

export function response(p: Prepared, by: GroupBy, severities: readonly string[]): DurationFigure[] {
  const { incidents } = p;
  const groups = new Map<string, number[]>(); // indexes into incidents
  const all: number[] = [];
  let twice = false; // a group named "all" (a service): its incidents twice in the "all" group, as they always were
  let last: string | undefined;
  let list: number[] = [];
  const add = (g: string, k: number) => {
    if (g === 'all') {
      all.push(k);
      twice = true;
      return;
    }
    if (g !== last) {
      const known = groups.get((last = g));
      if (known) list = known;
      else groups.set(g, (list = []));
    }
    list.push(k);
  };
  for (let k = 0; k < incidents.length; k++) {
    all.push(k);
    if (by === 'month') add(p.months[k]!, k);
    else for (const g of groupsOf(incidents[k]!, by)) add(g, k);
  }
  const names = [...groups.keys()].sort(groupOrder(by, severities));
  // Each incident's figure for each metric (its first of that key), found in one pass.
  const figures = METRIC_KEYS.map(() => new Array<Figure | undefined>(incidents.length).fill(undefined));
  for (let k = 0; k < incidents.length; k++) {
    const metrics = incidents[k]!.metrics;
    for (let j = 0; j < metrics.length; j++) {
      const column = figures[METRIC_INDEX.get(metrics[j]!.key) ?? -1];
      if (column && column[k] === undefined) column[k] = metrics[j];
    }
  }
  const out: DurationFigure[] = [];
  METRIC_KEYS.forEach((metric, j) => {
    // No incident in the window: the 'all' group is still given, with n 0 (never a missing figure).
    out.push(figure(metric, 'all', all, p.ordered && !twice, p.incidents, figures[j]!));
    for (const group of names) out.push(figure(metric, group, groups.get(group)!, p.ordered, p.incidents, figures[j]!));
  });
  return out;
}

type Figure = InsightIncident['metrics'][number];
const METRIC_INDEX = new Map<string, number>(METRIC_KEYS.map((key, j) => [key, j]));

/** One metric over one group's incidents, in one pass (a year of incidents is 6 metrics by every group). */
function figure(
  metric: MetricKey, group: string, members: number[], once: boolean, incidents: readonly InsightIncident[], figures: (Figure | undefined)[],
): DurationFigure {
  const g = gather(members, incidents, figures);
  const { n } = g;
  const sorted = g.values.subarray(0, n).sort(); // numeric order, natively (no comparator called 10,000s of times)
  const sum = sumOf(sorted);
  // `once`: members in incident order, each once, and the ids in order: their ids are an idList as they are.
  const approxIds = once ? g.approx : idList(g.approx);
  const withoutIds = once ? g.without : idList(g.without);
  return {
    metric, group, n,
    p50_ms: percentile(sorted, 50) ?? null,
    p90_ms: percentile(sorted, 90) ?? null,
    max_ms: n ? sorted[n - 1]! : null,
    mean_ms: n ? Math.round(sum / n) : null,
    ids: once ? g.having : idList(g.having),
    approx: { n: approxIds.length, ids: approxIds },
    without_data: { n: withoutIds.length, ids: withoutIds },
  };
}

// The loops apart from figure, which runs once per metric and group: V8 optimizes a long loop while
// it runs (on-stack replacement), and code compiled inside figure's loop before figure had ever got
// past it would be thrown away again on each of its 2,000 calls.

/** The group's figures (`n` of `values`) and the ids of the incidents with one, approximate, or none. */
function gather(members: number[], incidents: readonly InsightIncident[], figures: (Figure | undefined)[]) {
  const values = new Float64Array(members.length);
  let n = 0;
  const having: string[] = [];
  const approx: string[] = [];
  const without: string[] = [];
  for (let j = 0; j < members.length; j++) {
    const k = members[j]!;
    const { id } = incidents[k]!;
    const m = figures[k];
    if (!m) {
      without.push(id);
      continue;
    }
    values[n++] = m.ms;
    having.push(id);
    if (m.approx) approx.push(id);
  }
  return { values, n, having, approx, without };
}

function sumOf(values: Float64Array): number {
  let sum = 0;
  for (let j = 0; j < values.length; j++) sum += values[j]!;
  return sum;
}
