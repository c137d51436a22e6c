// Response times across incidents: each metric as src/core/metrics/metrics.ts defines it for one incident
// (the last resolution of a reopened one, never a negative pair), then n, p50, p90, max per group.
// Percentiles by nearest rank (src/core/metrics/stats.ts): always a time some incident really took.
import { METRIC_KEYS, type Metric, type MetricKey } from '../metrics/metrics.ts';
import { percentile } from '../metrics/stats.ts';
import { bucket, groupOrder, groupsOf, idList, type GroupBy, type InsightIncident } from './types.ts';

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

interface Row {
  id: string;
  metric?: Metric;
}

export function response(incidents: readonly InsightIncident[], by: GroupBy, severities: readonly string[]): DurationFigure[] {
  const perIncident = incidents.map((i) => ({ incident: i, metrics: new Map(i.metrics.map((m) => [m.key, m])) }));
  const groups = new Map<string, typeof perIncident>();
  for (const row of perIncident) {
    bucket(groups, 'all', row);
    for (const g of groupsOf(row.incident, by)) bucket(groups, g, row);
  }
  const names = ['all', ...[...groups.keys()].filter((g) => g !== 'all').sort(groupOrder(by, severities))];
  const out: DurationFigure[] = [];
  for (const metric of METRIC_KEYS) {
    for (const group of names) {
      const rows: Row[] = groups.get(group)!.map((r) => ({ id: r.incident.id, metric: r.metrics.get(metric) }));
      out.push(figure(metric, group, rows));
    }
  }
  return out;
}

function figure(metric: MetricKey, group: string, rows: Row[]): DurationFigure {
  const having = rows.filter((r) => r.metric);
  const sorted = having.map((r) => r.metric!.ms).sort((a, b) => a - b);
  const n = sorted.length;
  const approx = idList(having.filter((r) => r.metric!.approx).map((r) => r.id));
  const without = idList(rows.filter((r) => !r.metric).map((r) => r.id));
  return {
    metric, group, n,
    p50_ms: percentile(sorted, 50) ?? null,
    p90_ms: percentile(sorted, 90) ?? null,
    max_ms: n ? sorted[n - 1]! : null,
    mean_ms: n ? Math.round(sorted.reduce((a, b) => a + b, 0) / n) : null,
    ids: idList(having.map((r) => r.id)),
    approx: { n: approx.length, ids: approx },
    without_data: { n: without.length, ids: without },
  };
}
