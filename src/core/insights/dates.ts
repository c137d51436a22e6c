// Dates the files do not record directly, derived the same way by every figure.
import { isValidTimeZone } from '../timeline/timeline.ts';
import type { LocalTimes } from './local-times.ts';
import type { InsightIncident } from './types.ts';

/** The local date (in its own zone) of the incident's last resolution; undefined while unresolved. */
export function resolutionDate(incident: InsightIncident, local: LocalTimes): string | undefined {
  if (resolved.has(incident)) return resolved.get(incident);
  const at = incident.resolvedMs;
  const date = at === undefined ? undefined : local.date(incident, at);
  resolved.set(incident, date);
  return date;
}

// Asked by the action items and the post-mortems alike: worked out once per incident.
const resolved = new WeakMap<InsightIncident, string | undefined>();

/**
 * When an action item was created. Files do not record it (nor when an item was done): an item
 * counts from its incident's resolution date, when the post-mortem that lists it is written, or
 * from the incident's date while it is unresolved.
 */
export function itemCreated(incident: InsightIncident, local: LocalTimes): string {
  return resolutionDate(incident, local) ?? incident.date;
}

/** The incident's zone, or UTC when the file names none that exists (validate reports that). */
export function zoneOf(incident: InsightIncident, fixed?: string): string {
  if (fixed) return fixed;
  return isValidTimeZone(incident.timezone) ? incident.timezone : 'UTC';
}
