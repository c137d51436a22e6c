// Dates the files do not record directly, derived the same way by every figure.
import { isValidTimeZone } from '../timeline/timeline.ts';
import type { LocalTimes } from './local-times.ts';
import type { InsightIncident, Prepared } from './types.ts';

/**
 * The local date (in its own zone) of each incident's last resolution; undefined while unresolved.
 * Asked by the action items and the post-mortems alike: worked out once.
 */
export function resolutionDates(p: Prepared, local: LocalTimes): readonly (string | undefined)[] {
  if (p.resolved) return p.resolved;
  const { incidents } = p;
  const dates: (string | undefined)[] = new Array(incidents.length);
  for (let k = 0; k < incidents.length; k++) {
    const at = incidents[k]!.resolvedMs;
    dates[k] = at === undefined ? undefined : local.date(incidents[k]!, at);
  }
  return (p.resolved = dates);
}

/**
 * When an action item was created. Files do not record it (nor when an item was done): an item
 * counts from its incident's resolution date, when the post-mortem that lists it is written, or
 * from the incident's date while it is unresolved.
 */
export function itemCreated(incident: InsightIncident, resolved: string | undefined): string {
  return resolved ?? incident.date;
}

/** The incident's zone, or UTC when the file names none that exists (validate reports that). */
export function zoneOf(incident: InsightIncident, fixed?: string): string {
  if (fixed) return fixed;
  return isValidTimeZone(incident.timezone) ? incident.timezone : 'UTC';
}
