// Durations between milestones (GUIDE.md section 4). Only explicit milestone entries count:
// a missing milestone gives no figure, never a guess.
import { MILESTONE_KINDS, type Milestone, type TimelineEntry } from '../model/types.ts';
import { parseInstant } from '../timeline/timeline.ts';

export const METRIC_KEYS = [
  'time_to_detect', 'time_to_acknowledge', 'time_to_declare', 'time_to_mitigate', 'impact_duration', 'time_to_resolve',
] as const;
export type MetricKey = (typeof METRIC_KEYS)[number];

export interface Metric {
  key: MetricKey;
  label: string;
  ms: number;
  from: Milestone;
  to: Milestone;
  /** Present (true) when the entry at either end has an estimated time (`approx: true`). */
  approx?: true;
}

/** `to` lists fallbacks in order: impact ends at `recovered`, or at `resolved` without one. */
const DEFINITIONS: { key: MetricKey; label: string; from: Milestone; to: Milestone[] }[] = [
  { key: 'time_to_detect', label: 'Time to detect', from: 'started', to: ['detected'] },
  { key: 'time_to_acknowledge', label: 'Time to acknowledge', from: 'detected', to: ['acknowledged'] },
  { key: 'time_to_declare', label: 'Time to declare', from: 'detected', to: ['declared'] },
  { key: 'time_to_mitigate', label: 'Time to mitigate', from: 'started', to: ['mitigated'] },
  { key: 'impact_duration', label: 'Impact duration', from: 'started', to: ['recovered', 'resolved'] },
  { key: 'time_to_resolve', label: 'Time to resolve', from: 'started', to: ['resolved'] },
];

const MILESTONE_SET: ReadonlySet<string> = new Set(MILESTONE_KINDS);
/** Reached again after a `reopened` entry: the figures use the last resolution. */
const PER_RESOLUTION: ReadonlySet<string> = new Set(['mitigated', 'recovered', 'resolved']);

/**
 * Instant of each milestone kind: the first (earliest) started, detected, acknowledged and
 * declared; the last mitigated, recovered and resolved after the last `reopened` entry (of a
 * reopened incident not yet resolved again, no resolution). Unparseable times are skipped.
 * `parse`: parseInstant, or a caller's memo of it (the site's view has one).
 */
export function milestones(timeline: readonly TimelineEntry[] = [], parse: (at: string) => number | undefined = parseInstant): Partial<Record<Milestone, number>> {
  let reopened = -Infinity;
  for (const entry of timeline) {
    const ms = entry.kind === 'reopened' ? parse(entry.at) : undefined;
    if (ms !== undefined && ms > reopened) reopened = ms;
  }
  const out: Partial<Record<Milestone, number>> = {};
  for (const entry of timeline) {
    if (!MILESTONE_SET.has(entry.kind)) continue;
    const ms = parse(entry.at);
    const kind = entry.kind as Milestone;
    if (ms === undefined) continue;
    if (!PER_RESOLUTION.has(kind)) {
      if (out[kind] === undefined || ms < out[kind]!) out[kind] = ms;
    } else if (ms >= reopened && (out[kind] === undefined || ms >= out[kind]!)) {
      out[kind] = ms;
    }
  }
  return out;
}

/**
 * The computable metrics, in METRIC_KEYS order. Never negative: a pair out of order (say,
 * detected before started) gives no figure, and validation names it (timeline-order).
 */
export function computeMetrics(
  timeline: readonly TimelineEntry[] = [], parse: (at: string) => number | undefined = parseInstant,
  at: Partial<Record<Milestone, number>> = milestones(timeline, parse), // when the caller has them already
): Metric[] {
  // The estimated entries only, looked through for each figure's ends (most timelines have none).
  const estimated = timeline.filter((e) => e.approx === true);
  const out: Metric[] = [];
  for (const def of DEFINITIONS) {
    const from = at[def.from];
    const to = def.to.find((kind) => at[kind] !== undefined);
    if (from === undefined || to === undefined || at[to]! < from) continue;
    out.push({ key: def.key, label: def.label, ms: at[to]! - from, from: def.from, to });
    if (isApprox(estimated, def.from, from, parse) || isApprox(estimated, to, at[to]!, parse)) out[out.length - 1]!.approx = true;
  }
  return out;
}

/** Whether the `kind` entry the figure used (the one at instant `ms`) has an estimated time (`estimated`: the entries that do). */
function isApprox(estimated: readonly TimelineEntry[], kind: Milestone, ms: number, parse: (at: string) => number | undefined): boolean {
  return estimated.some((e) => e.kind === kind && parse(e.at) === ms);
}
