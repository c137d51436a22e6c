// Severity over time: `incident severity` logs each change as a `severity` entry whose text is
// "SEV-2 -> SEV-1"; the highest level reached (and when) comes from those entries.
import { parseInstant, sortTimeline } from './timeline.ts';
import type { TimelineEntry } from '../model/types.ts';

export const severityText = (from: string | undefined, to: string) => (from ? `${from} -> ${to}` : `Severity ${to}`);

const CHANGE = /^\s*(\S+)\s*->\s*(\S+)/;

export interface Highest {
  severity: string;
  /** The time of the entry that raised it to this level; undefined when it was the severity from the start. */
  at?: string;
}

/**
 * The most severe level the incident had (severities are listed most severe first), or undefined
 * when no `severity` entry says it ever changed. Levels the config does not know are ignored.
 */
export function highestSeverity(timeline: readonly TimelineEntry[], current: unknown, severities: readonly string[]): Highest | undefined {
  const rank = (s: string | undefined) => (s === undefined ? Infinity : severities.indexOf(s) === -1 ? Infinity : severities.indexOf(s));
  const changes = sortTimeline(timeline.filter((e) => e?.kind === 'severity' && typeof e.at === 'string' && typeof e.text === 'string' && parseInstant(e.at) !== undefined) as TimelineEntry[])
    .map((e) => ({ at: e.at, m: CHANGE.exec(e.text) }))
    .filter((c) => c.m);
  if (changes.length === 0) return undefined;
  // The level before the first change held from the start.
  let best: Highest = { severity: changes[0]!.m![1]! };
  for (const c of changes) if (rank(c.m![2]) < rank(best.severity)) best = { severity: c.m![2]!, at: c.at };
  if (typeof current === 'string' && rank(current) < rank(best.severity)) best = { severity: current };
  return rank(best.severity) === Infinity ? undefined : best;
}
