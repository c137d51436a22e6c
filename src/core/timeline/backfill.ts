// Back-filling: writing up an incident after the fact. Commands that would stamp "now" on a
// timeline entry ask for --at instead (unless --now), since now is not when it happened.
import { UsageError } from '../util/errors.ts';
import { formatInZone, latestInstant } from './timeline.ts';

const DAY = 24 * 60 * 60 * 1000;

/** Resolved (or closed), or its last entry is more than a day before `now`. */
export function isBackfilling(timeline: readonly { at: unknown }[], status: unknown, now: number): boolean {
  if (status === 'resolved' || status === 'closed') return true;
  const latest = latestInstant(timeline);
  return latest !== undefined && now - latest > DAY;
}

/**
 * For a command about to stamp the current time on an entry (no --at): refuses when the incident
 * is being back-filled, unless --now says the current time is meant (UsageError, exit 2).
 */
export function askForAt(
  when: { at?: string; now?: boolean },
  incident: { file: string; timeline: readonly { at: unknown }[]; status: unknown; timeZone: string },
  now: number,
): void {
  if (when.at !== undefined && when.now) throw new UsageError('Unexpected --now with --at, expected one of them');
  if (when.at !== undefined || when.now || !isBackfilling(incident.timeline, incident.status, now)) return;
  const latest = latestInstant(incident.timeline);
  const why = latest === undefined
    ? `status ${String(incident.status)}`
    : `last entry ${formatInZone(latest, incident.timeZone, { seconds: false }).slice(0, 16).replace('T', ' ')}`;
  throw new UsageError(`${incident.file} is being back-filled (${why}); say when with --at, or --now to record it at the current time`);
}
