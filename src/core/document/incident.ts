// Typed reads of a parsed incident's fields, with a positioned error when a field a command
// needs has the wrong shape. Full validation is `incident validate`; this is what commands rely on.
import { fieldError, type Parsed } from './document.ts';
import { isValidTimeZone } from '../timeline/timeline.ts';
import { expectedZone } from '../time/zone-abbreviations.ts';
export { latestInstant } from '../timeline/timeline.ts';
import type { TimelineEntry } from '../model/types.ts';

export function timelineOf(parsed: Parsed, file?: string): TimelineEntry[] {
  const timeline = parsed.data.timeline;
  if (timeline === undefined || timeline === null) return [];
  if (!Array.isArray(timeline)) {
    throw fieldError(parsed, ['timeline'], 'Unexpected `timeline` value, expected a list of entries', file);
  }
  timeline.forEach((entry, i) => {
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
      throw fieldError(parsed, ['timeline', i], 'Unexpected timeline entry, expected `at`, `kind`, `by` and `text` fields', file);
    }
  });
  return timeline as TimelineEntry[];
}

export function timeZoneOf(parsed: Parsed, fallback: string, file?: string): string {
  const tz = parsed.data.timezone;
  if (tz === undefined || tz === null) return fallback;
  if (typeof tz !== 'string' || !isValidTimeZone(tz)) {
    throw fieldError(parsed, ['timezone'], `Unexpected time zone ${JSON.stringify(tz)}, expected ${typeof tz === 'string' ? expectedZone(tz) : 'an IANA name like Europe/Berlin'}`, file);
  }
  return tz;
}
