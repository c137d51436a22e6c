// Zone offsets from the C library's tz database through Date and process.env.TZ: the same
// answers as Intl (test/zone-rules.test.ts compares them), without ICU's ~15 ms start-up.
// Falls back to Intl for any zone not found in the system's zoneinfo directory.
import { statSync } from 'node:fs';
import { intlZoneRules, type ZoneRules } from '../core/timeline/timeline.ts';
import { hasZoneFileForm } from '../core/time/zone-abbreviations.ts';

const ZONEINFO = '/usr/share/zoneinfo';
const UTC_NAMES = new Set(['UTC', 'Etc/UTC', 'Etc/UCT', 'UCT', 'Etc/Universal', 'Universal', 'Etc/Zulu', 'Zulu']);
const known = new Map<string, boolean>();

/** Zones the system tz database has as a file (a name like `Europe/Berlin`, nothing else). */
function onSystem(timeZone: string): boolean {
  let found = known.get(timeZone);
  if (found === undefined) {
    found = hasZoneFileForm(timeZone) && statSync(`${ZONEINFO}/${timeZone}`, { throwIfNoEntry: false })?.isFile() === true;
    known.set(timeZone, found);
  }
  return found;
}

export const systemZoneRules: ZoneRules = {
  isValid: (timeZone) => onSystem(timeZone) || intlZoneRules.isValid(timeZone),
  offsetMinutes(timeZone, epochMs) {
    if (!onSystem(timeZone)) return intlZoneRules.offsetMinutes(timeZone, epochMs);
    // Node re-reads the zone when process.env.TZ changes; Date then answers in that zone.
    if (process.env.TZ !== timeZone) process.env.TZ = timeZone;
    return -new Date(Math.floor(epochMs / 1000) * 1000).getTimezoneOffset() || 0;
  },
  isUtc: (timeZone) => UTC_NAMES.has(timeZone) || (!onSystem(timeZone) && intlZoneRules.isUtc(timeZone)),
};
