// Dates the files do not record directly, derived the same way by every figure.
import { milestones } from '../metrics.ts';
import { isValidTimeZone, localDate } from '../timeline.ts';
import type { InsightIncident } from './types.ts';

/** The local date (in its own zone) of the incident's last resolution; undefined while unresolved. */
export function resolutionDate(incident: InsightIncident): string | undefined {
  const at = milestones(incident.timeline).resolved;
  return at === undefined ? undefined : localDate(at, zoneOf(incident));
}

/**
 * When an action item was created. Files do not record it (nor when an item was done): an item
 * counts from its incident's resolution date, when the post-mortem that lists it is written, or
 * from the incident's date while it is unresolved.
 */
export function itemCreated(incident: InsightIncident): string {
  return resolutionDate(incident) ?? incident.date;
}

/** The incident's zone, or UTC when the file names none that exists (validate reports that). */
export function zoneOf(incident: InsightIncident, fixed?: string): string {
  if (fixed) return fixed;
  return isValidTimeZone(incident.timezone) ? incident.timezone : 'UTC';
}
