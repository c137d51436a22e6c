// `.incident.yml` `import:`: one map per source, e.g.
//   import:
//     pagerduty:
//       severity_map: { priority=P1: SEV-1, urgency=high: SEV-2 }
//       timezone: America/New_York
// severity_map and timezone are checked here; any other key is the source's own (ImportReadOptions.config).
// No imports beyond the zone check: config.ts (read by every lane) loads this file.
import { isValidTimeZone } from '../timeline/timeline.ts';

export type ImportConfig = Record<string, Record<string, unknown>>;

type Wrong = (key: string, expected: string) => Error;

const isMap = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function importConfig(raw: unknown, severities: readonly string[], wrong: Wrong): ImportConfig {
  if (!isMap(raw)) throw wrong('import', 'a map of source names (pagerduty, incident-io...) to their settings');
  const out: ImportConfig = {};
  for (const [source, settings] of Object.entries(raw)) {
    if (settings === null) continue;
    if (!isMap(settings)) throw wrong(`import.${source}`, 'a map of settings such as severity_map and timezone');
    const map = settings.severity_map;
    if (map !== undefined && map !== null) {
      if (!isMap(map)) throw wrong(`import.${source}.severity_map`, 'a map of <field>=<value> to a severity, e.g. priority=P1: SEV-1');
      for (const [key, sev] of Object.entries(map)) {
        if (typeof sev !== 'string' || !severities.includes(sev)) throw wrong(`import.${source}.severity_map.${key}`, `one of ${severities.join(', ')}`);
      }
    }
    const zone = settings.timezone;
    if (zone !== undefined && zone !== null && (typeof zone !== 'string' || !isValidTimeZone(zone))) {
      throw wrong(`import.${source}.timezone`, 'an IANA time zone name such as Europe/Berlin');
    }
    out[source] = { ...settings };
  }
  return out;
}
