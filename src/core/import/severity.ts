// A source's severity fields (priority P1, urgency high, impact major...) to one of the configured
// severities: the config's `import.<source>.severity_map` first, then the source's own defaults,
// for each candidate in the order the source ranks them; a value that already is a configured
// severity is taken as it is. Nothing matches: the default severity, and a note saying so.
import type { ImportedIncident } from './types.ts';

export interface SeverityChoice {
  severity: string;
  /** The candidate it came from (`priority=P1`), or undefined for the default. */
  from?: string;
  /** Set when no candidate mapped: what was there, for the user. */
  note?: string;
}

export function chooseSeverity(
  candidates: ImportedIncident['severity'],
  configured: Readonly<Record<string, unknown>> | undefined,
  defaults: Readonly<Record<string, string>> | undefined,
  severities: readonly string[],
  fallback: string,
): SeverityChoice {
  const lookup = (key: string): string | undefined => {
    for (const map of [configured, defaults]) {
      if (!map) continue;
      const hit = map[key] ?? caseless(map, key);
      if (typeof hit === 'string' && severities.includes(hit)) return hit;
    }
    return undefined;
  };
  for (const { field, value } of candidates) {
    const key = `${field}=${value}`;
    const mapped = lookup(key);
    if (mapped) return { severity: mapped, from: key };
    if (severities.includes(value)) return { severity: value, from: key };
  }
  const seen = candidates.map((c) => `${c.field}=${c.value}`);
  return {
    severity: fallback,
    note: seen.length
      ? `no severity_map entry for ${seen.join(', ')}: ${fallback} (the default); map them under import: in .incident.yml`
      : `no severity in the source: ${fallback} (the default)`,
  };
}

/** `Priority=p1` finds `priority=P1`: people write the keys by hand. */
function caseless(map: Readonly<Record<string, unknown>>, key: string): unknown {
  const lower = key.toLowerCase();
  for (const [k, v] of Object.entries(map)) if (k.toLowerCase() === lower) return v;
  return undefined;
}
