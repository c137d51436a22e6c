// Back-filling: writing up an incident after the fact. Commands that would stamp "now" on a
// timeline entry ask for --at instead (unless --now), since now is not when it happened.
import { latestInstant } from './timeline.ts';
import type { TimelineEntry } from './types.ts';

const DAY = 24 * 60 * 60 * 1000;

/** Resolved (or closed), or its last entry is more than a day before `now`. */
export function isBackfilling(timeline: TimelineEntry[], status: unknown, now: number): boolean {
  if (status === 'resolved' || status === 'closed') return true;
  const latest = latestInstant(timeline);
  return latest !== undefined && now - latest > DAY;
}
