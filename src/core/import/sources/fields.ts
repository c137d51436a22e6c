// Small readers for the loosely typed JSON of other tools: a value is used only when it has the
// type it should; anything else counts as absent (and stays in the raw fields the file keeps).
import { formatInZone, parseInstant } from '../../timeline/timeline.ts';

export type Json = Record<string, unknown>;

export const isRecord = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A non-empty string, trimmed; else undefined. */
export function str(v: unknown): string | undefined {
  if (typeof v !== 'string') return undefined;
  const t = v.trim();
  return t ? t : undefined;
}

export const records = (v: unknown): Json[] => (Array.isArray(v) ? v.filter(isRecord) : []);

const CANONICAL = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;

/**
 * An ISO 8601 time with an explicit offset, kept as the source wrote it (`Z` stays `Z`,
 * `-07:00` stays `-07:00`, milliseconds stay); only spelled the way the file format asks
 * (`T`, `+HH:MM`, a dot before the fraction) when the source wrote `+0000` or a space.
 * Undefined for anything else: a time without an offset is not an instant.
 */
export function isoTime(v: unknown): string | undefined {
  if (typeof v !== 'string') return undefined;
  const t = v.trim();
  if (parseInstant(t) === undefined) return undefined;
  if (CANONICAL.test(t)) return t;
  const m = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2})?)(?:[.,](\d+))?(Z|[+-]\d{2})(?::?(\d{2}))?$/.exec(t);
  if (!m) return undefined;
  const [, date, clock, fraction, zone, minutes] = m;
  const offset = zone === 'Z' ? 'Z' : `${zone}:${minutes ?? '00'}`;
  return `${date}T${clock}${fraction ? `.${fraction}` : ''}${offset}`;
}

/** Epoch milliseconds as a time in `timeZone`, with that zone's offset at the instant. */
export const zonedTime = (ms: number, timeZone: string) => formatInZone(ms, timeZone);

/** Milliseconds of an ISO time this module returned (always parseable). */
export const msOf = (at: string) => parseInstant(at)!;

/** The object without the keys a source mapped, nor empty values (null, "", [], {}): what it keeps under `import:` as it was. */
export function rest(obj: Json, mapped: readonly string[]): Json {
  const out: Json = {};
  for (const [k, v] of Object.entries(obj)) if (!mapped.includes(k) && !empty(v)) out[k] = v;
  return out;
}

const empty = (v: unknown) =>
  v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0) || (isRecord(v) && Object.keys(v).length === 0);

/**
 * A person as the incidents name them: the `people:` name (a key of the config's map of names to
 * GitHub logins) that one of `candidates` is, by name or by login (any case, `@` optional); else
 * the first candidate (the source's own display name). Undefined when there is none.
 */
export function personName(people: Readonly<Record<string, string>>, candidates: readonly (string | undefined)[]): string | undefined {
  const known = candidates.filter((c): c is string => c !== undefined && c.trim() !== '').map((c) => c.trim());
  const fold = (s: string) => s.replace(/^@/, '').toLowerCase();
  for (const c of known) {
    for (const [name, login] of Object.entries(people)) if (fold(name) === fold(c) || fold(login) === fold(c)) return name;
  }
  return known[0];
}
