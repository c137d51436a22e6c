// Time zone abbreviations as people copy them from post-mortems and chat (`9:37 AM PST`), and
// what `timezone:` must be instead: an IANA name. Documented in docs/time-formats.md (keep both
// in step). An abbreviation is a fixed offset: PST is -08:00 on any date. Its `region` is where
// it names the clock, so a resolved time can be checked against what that clock showed (PST
// written for a summer date, when Los Angeles was on PDT). Generic names (PT, ET) have no fixed
// offset: they mean the region's clock on that date.

export interface Abbreviation {
  /** Minutes east of UTC; undefined for a generic name (PT: whatever Los Angeles showed). */
  offset?: number;
  /** The IANA zone whose clock it names, for the check and as the `--timezone` suggestion. */
  region?: string;
  /** Other IANA names it may stand for as a `--timezone` (after the region). */
  also?: string[];
}

const H = 60;

export const ABBREVIATIONS: Readonly<Record<string, Abbreviation>> = {
  UTC: { offset: 0 },
  GMT: { offset: 0, also: ['UTC', 'Europe/London'] },
  Z: { offset: 0 },
  // North America
  PST: { offset: -8 * H, region: 'America/Los_Angeles' },
  PDT: { offset: -7 * H, region: 'America/Los_Angeles' },
  PT: { region: 'America/Los_Angeles' },
  MST: { offset: -7 * H, region: 'America/Denver', also: ['America/Phoenix'] },
  MDT: { offset: -6 * H, region: 'America/Denver' },
  MT: { region: 'America/Denver' },
  CST: { offset: -6 * H, region: 'America/Chicago' },
  CDT: { offset: -5 * H, region: 'America/Chicago' },
  CT: { region: 'America/Chicago' },
  EST: { offset: -5 * H, region: 'America/New_York' },
  EDT: { offset: -4 * H, region: 'America/New_York' },
  ET: { region: 'America/New_York' },
  ADT: { offset: -3 * H, region: 'America/Halifax' },
  NST: { offset: -3 * H - 30, region: 'America/St_Johns' },
  NDT: { offset: -2 * H - 30, region: 'America/St_Johns' },
  AKST: { offset: -9 * H, region: 'America/Anchorage' },
  AKDT: { offset: -8 * H, region: 'America/Anchorage' },
  HST: { offset: -10 * H, region: 'Pacific/Honolulu' },
  // South America
  BRT: { offset: -3 * H, region: 'America/Sao_Paulo' },
  ART: { offset: -3 * H, region: 'America/Argentina/Buenos_Aires' },
  // Europe and Africa
  WET: { offset: 0, region: 'Europe/Lisbon' },
  WEST: { offset: 1 * H, region: 'Europe/Lisbon' },
  BST: { offset: 1 * H, region: 'Europe/London' },
  CET: { offset: 1 * H, region: 'Europe/Berlin', also: ['Europe/Paris', 'Europe/Amsterdam'] },
  CEST: { offset: 2 * H, region: 'Europe/Berlin', also: ['Europe/Paris', 'Europe/Amsterdam'] },
  EET: { offset: 2 * H, region: 'Europe/Athens', also: ['Europe/Helsinki', 'Europe/Kyiv'] },
  EEST: { offset: 3 * H, region: 'Europe/Athens', also: ['Europe/Helsinki', 'Europe/Kyiv'] },
  MSK: { offset: 3 * H, region: 'Europe/Moscow' },
  WAT: { offset: 1 * H, region: 'Africa/Lagos' },
  CAT: { offset: 2 * H, region: 'Africa/Maputo' },
  SAST: { offset: 2 * H, region: 'Africa/Johannesburg' },
  EAT: { offset: 3 * H, region: 'Africa/Nairobi' },
  // Asia and Oceania
  PKT: { offset: 5 * H, region: 'Asia/Karachi' },
  NPT: { offset: 5 * H + 45, region: 'Asia/Kathmandu' },
  ICT: { offset: 7 * H, region: 'Asia/Bangkok' },
  WIB: { offset: 7 * H, region: 'Asia/Jakarta' },
  SGT: { offset: 8 * H, region: 'Asia/Singapore' },
  HKT: { offset: 8 * H, region: 'Asia/Hong_Kong' },
  AWST: { offset: 8 * H, region: 'Australia/Perth' },
  JST: { offset: 9 * H, region: 'Asia/Tokyo' },
  KST: { offset: 9 * H, region: 'Asia/Seoul' },
  ACST: { offset: 9 * H + 30, region: 'Australia/Adelaide', also: ['Australia/Darwin'] },
  ACDT: { offset: 10 * H + 30, region: 'Australia/Adelaide' },
  AEST: { offset: 10 * H, region: 'Australia/Sydney', also: ['Australia/Brisbane'] },
  AEDT: { offset: 11 * H, region: 'Australia/Sydney' },
  NZST: { offset: 12 * H, region: 'Pacific/Auckland' },
  NZDT: { offset: 13 * H, region: 'Pacific/Auckland' },
};

/** Abbreviations with more than one common meaning: refused, naming every candidate. */
export const AMBIGUOUS: Readonly<Record<string, readonly { where: string; offset: number; region: string }[]>> = {
  IST: [
    { where: 'India', offset: 5 * H + 30, region: 'Asia/Kolkata' },
    { where: 'Israel', offset: 2 * H, region: 'Asia/Jerusalem' },
    { where: 'Ireland', offset: 1 * H, region: 'Europe/Dublin' },
  ],
  AST: [
    { where: 'Atlantic', offset: -4 * H, region: 'America/Halifax' },
    { where: 'Arabia', offset: 3 * H, region: 'Asia/Riyadh' },
  ],
  SST: [
    { where: 'Samoa', offset: -11 * H, region: 'Pacific/Pago_Pago' },
    { where: 'Singapore', offset: 8 * H, region: 'Asia/Singapore' },
  ],
};

/** Old POSIX-style names the tz database still carries, which are not places. */
const POSIX: Readonly<Record<string, string>> = {
  EST5EDT: 'America/New_York', CST6CDT: 'America/Chicago', MST7MDT: 'America/Denver', PST8PDT: 'America/Los_Angeles',
  MET: 'Europe/Berlin',
};

/** The table's abbreviation for a region's clock at that offset (Los Angeles at -07:00: PDT). */
export function abbreviationAt(region: string, offset: number): string | undefined {
  for (const [name, a] of Object.entries(ABBREVIATIONS)) if (a.region === region && a.offset === offset) return name;
  return undefined;
}

/** `+05:30` for 330. */
export function formatOffset(minutes: number): string {
  const abs = Math.abs(minutes);
  return `${minutes < 0 ? '-' : '+'}${String(Math.trunc(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** The refusal of an ambiguous abbreviation: `IST (India +05:30, Israel +02:00, Ireland +01:00)`. */
export function ambiguityOf(abbr: string): string | undefined {
  const candidates = AMBIGUOUS[abbr];
  if (!candidates) return undefined;
  return `${abbr} (${candidates.map((c) => `${c.where} ${formatOffset(c.offset)}`).join(', ')})`;
}

// IANA names are Area/Location (plus UTC and Etc/*). Everything else the tz database or ICU
// also accepts is an alias kept for old systems: abbreviations (EST, PST8PDT, GMT), countries
// (Japan, US/Pacific). They read like a zone but may not be the one meant (EST is Panama's
// clock, without daylight saving time), so `timezone:` refuses them.
// The shape is /^(?:UTC|Etc\/[A-Za-z0-9+-]+|(?:Africa|America|...|Pacific)\/[A-Za-z0-9_+-]+(?:\/[A-Za-z0-9_+-]+)?)$/,
// read by hand: compiling that expression took 0.1 ms of every lane's run on Node 24.21, for the
// one zone a command reads (test/timeline.test.ts holds the two equal).
const AREAS = new Set(['Africa', 'America', 'Antarctica', 'Arctic', 'Asia', 'Atlantic', 'Australia', 'Europe', 'Indian', 'Pacific']);

/** Whether a name has the shape of an IANA zone name (whether it exists is the zone rules' to say). */
export function hasIanaForm(timeZone: string): boolean {
  if (timeZone === 'UTC') return true;
  const parts = timeZone.split('/');
  if (parts[0] === 'Etc') return parts.length === 2 && isZoneWord(parts[1]!, false);
  return AREAS.has(parts[0]!) && (parts.length === 2 || parts.length === 3) && isZoneWord(parts[1]!, true) && (parts.length === 2 || isZoneWord(parts[2]!, true));
}

/**
 * Whether a name could be a file of the tz database: /^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+){0,2}$/,
 * read by hand for the same reason (nothing that climbs out of its directory).
 */
export function hasZoneFileForm(timeZone: string): boolean {
  const parts = timeZone.split('/');
  const c = timeZone.charCodeAt(0);
  return parts.length <= 3 && ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) && parts.every((part) => isZoneWord(part, true));
}

/** One or more of A-Z, a-z, 0-9, `+`, `-` (and `_` when `underscore`). */
export function isZoneWord(word: string, underscore: boolean): boolean {
  if (word === '') return false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 43 || c === 45 || (underscore && c === 95))) return false;
  }
  return true;
}

/**
 * What to expect instead of a refused `timezone` (for "Unexpected time zone X, expected ..."):
 * `an IANA name such as America/Los_Angeles` for PST. Only on the error path: it may ask Intl.
 */
export function expectedZone(timeZone: string): string {
  return `an IANA name such as ${zoneExamples(timeZone)}`;
}

/** The IANA names a refused `timezone` may stand for (`America/Los_Angeles` for PST), or general examples. */
export function zoneExamples(timeZone: string): string {
  const upper = timeZone.toUpperCase();
  const known = ABBREVIATIONS[upper];
  let names: string[] = [];
  if (known) names = [...(known.region ? [known.region] : []), ...(known.also ?? (known.region ? [] : ['UTC']))];
  else if (AMBIGUOUS[upper]) names = AMBIGUOUS[upper].map((c) => c.region);
  else if (POSIX[upper]) names = [POSIX[upper]];
  else {
    try {
      // ICU maps old aliases to the zone they stand for (US/Pacific, Japan).
      const canonical = new Intl.DateTimeFormat('en-US', { timeZone }).resolvedOptions().timeZone;
      if (canonical !== timeZone && hasIanaForm(canonical)) names = [canonical];
    } catch {
      // not a zone at all
    }
  }
  if (names.length === 0) names = ['Europe/Berlin', 'UTC'];
  return names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`;
}
