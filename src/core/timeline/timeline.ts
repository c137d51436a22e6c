// Time handling for timelines: strict ISO 8601 parsing, IANA zone math with Intl only,
// turning what a responder types after `--at` into a stored `at`, ordering, durations.
// Pure: the clock (`now`) is always passed in.
import { daysFromCivil, daysInMonth, digitsAt, twoDigitsAt } from '../time/calendar.ts';
import { UsageError } from '../util/errors.ts';
import { monthName, readClock, readDate, stripApprox, weekdayName, type ClockTime, type DatedText, type WrittenDate, type WrittenZone } from '../time/time-input.ts';
import { abbreviationAt, expectedZone, hasIanaForm } from '../time/zone-abbreviations.ts';
import { offsetFromName } from './intl-offset.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export interface LocalParts {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** The fields as written, in one object (not two: parseInstant runs for every timeline entry validated). */
interface Written extends LocalParts {
  ms: number; // fraction of the second, truncated to milliseconds
  offset: number | undefined; // minutes east of UTC; undefined when none was written
}

function partsValid(p: LocalParts): boolean {
  return p.month >= 1 && p.month <= 12 && p.day >= 1 && p.day <= daysInMonth(p.year, p.month) &&
    p.hour <= 23 && p.minute <= 59 && p.second <= 59;
}

/**
 * Date, time (seconds and fraction optional), optional offset, `T` or one space between:
 * /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(Z|[+-]\d{2}(?::?\d{2})?)?$/,
 * read by hand: that expression and its captures cost more than all the rest of a timeline check.
 */
function parseWritten(text: string, into?: Written): Written | undefined {
  if (typeof text !== 'string') return undefined; // `at: 5` in a hand-edited file: unparseable, not a crash
  const sep = text.charCodeAt(10);
  if (text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45 || (sep !== 84 && sep !== 32) || text.charCodeAt(13) !== 58) {
    return undefined; // not YYYY-MM-DD[T ]HH:MM
  }
  const parts: Written = into ?? { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0, ms: 0, offset: undefined };
  parts.year = digitsAt(text, 0, 4);
  parts.month = twoDigitsAt(text, 5);
  parts.day = twoDigitsAt(text, 8);
  parts.hour = twoDigitsAt(text, 11);
  parts.minute = twoDigitsAt(text, 14);
  parts.second = 0;
  parts.offset = undefined;
  if (parts.year < 0 || parts.month < 0 || parts.day < 0 || parts.hour < 0 || parts.minute < 0) return undefined;
  let i = 16;
  let ms = 0;
  if (text.charCodeAt(i) === 58 /* : */) {
    parts.second = twoDigitsAt(text, i + 1);
    if (parts.second < 0) return undefined;
    i += 3;
    if (text.charCodeAt(i) === 46 /* . */ || text.charCodeAt(i) === 44 /* , */) {
      let end = i + 1;
      while (digitsAt(text, end, 1) >= 0) end++;
      if (end === i + 1 || end - i - 1 > 9) return undefined; // 1 to 9 digits
      // Milliseconds: the first three digits, padded with zeros.
      for (let k = i + 1; k < i + 4; k++) ms = ms * 10 + (k < end ? digitsAt(text, k, 1) : 0);
      i = end;
    }
  }
  if (!partsValid(parts)) return undefined;
  parts.ms = ms;
  if (i === text.length) return parts;
  const sign = text.charCodeAt(i);
  if (sign === 90 /* Z */) {
    parts.offset = 0;
    return i + 1 === text.length ? parts : undefined;
  }
  if (sign !== 43 /* + */ && sign !== 45 /* - */) return undefined;
  const oh = twoDigitsAt(text, i + 1);
  let om = 0;
  let end = i + 3;
  if (end < text.length) {
    if (text.charCodeAt(end) === 58 /* : */) end++;
    om = twoDigitsAt(text, end);
    end += 2;
  }
  if (oh < 0 || om < 0 || end !== text.length || oh > 23 || om > 59) return undefined;
  parts.offset = (sign === 45 ? -1 : 1) * (oh * 60 + om);
  return parts;
}

/** Wall-clock fields read as if they were UTC; Date.UTC alone maps years 0-99 to 1900-1999. */
export function wallMs(p: LocalParts): number {
  // This runs for every timeline entry validated: the years Date.UTC reads as written, by arithmetic
  // (a third of its time, 4 against 12 ms for 300,000 calls; test/timeline.test.ts holds them equal).
  if (p.year >= 100 && p.year <= 9999 && p.month >= 1 && p.month <= 12) {
    return daysFromCivil(p.year, p.month, p.day) * DAY + p.hour * HOUR + p.minute * MINUTE + p.second * 1000;
  }
  if (p.year >= 100) return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  const d = new Date(Date.UTC(2000, p.month - 1, p.day, p.hour, p.minute, p.second));
  d.setUTCFullYear(p.year);
  return d.getTime();
}

/** True when `at` ends with an explicit offset (`Z`, `+01:00`, `-0800`, `+05`). */
export function hasOffset(at: string): boolean {
  return parseWritten(at)?.offset !== undefined;
}

// parseInstant's fields, read and used before it returns: a new object for each of the ~600,000 calls
// of a 10,000-file validate was 3% of all it allocated (49 of 1,573 MB).
const scratch: Written = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0, ms: 0, offset: undefined };

/**
 * The forms `incident log` writes (`2026-03-01T14:00Z`, `...T14:00:00+01:00`), on days every month
 * has, in the years 1000-9999: exactly ECMAScript's date-time string format, which Date.parse reads
 * natively to the same instant (test/timeline.test.ts holds the two ways equal). Read by hand, each
 * cost ~5 us in code run cold, and a long outage's 300 entries are read two or three times a command.
 */
const NATIVE_INSTANT = /^[1-9]\d{3}-(?:0[1-9]|1[0-2])-(?:0[1-9]|1\d|2[0-8])T(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;

/** The instant of `at` when it is in one of those forms (NATIVE_INSTANT); undefined for any other. */
export function nativeInstant(at: string): number | undefined {
  return typeof at === 'string' && NATIVE_INSTANT.test(at) ? Date.parse(at) : undefined;
}

/**
 * The instants read the native way so far. Only the first few thousand are: a process that reads
 * more (validate, the site) runs instantByFields optimised, which is 2.5x faster than the two native
 * calls (600,000 calls: 37 against 100 ms, Node 24).
 */
let nativeReads = 0;
const NATIVE_READS = 5_000;

/** Epoch ms of a strict ISO 8601 date-time with an explicit offset; undefined for anything else. */
export function parseInstant(at: string): number | undefined {
  if (nativeReads < NATIVE_READS) {
    const ms = nativeInstant(at);
    if (ms !== undefined) {
      nativeReads++;
      return ms;
    }
  }
  return instantByFields(at);
}

/** parseInstant, every form, by reading the fields (exported for the test that holds it equal to the native way). */
export function instantByFields(at: string): number | undefined {
  const w = parseWritten(at, scratch);
  if (!w || w.offset === undefined) return undefined;
  return wallMs(w) + w.ms - w.offset * MINUTE;
}

/**
 * Where zone offsets come from. The default asks Intl, which is exact everywhere but costs
 * ~15 ms of ICU start-up per process; the CLI swaps in faster rules (src/io/zone-rules.ts),
 * proven equal by test/zone-rules.test.ts.
 */
export interface ZoneRules {
  isValid(timeZone: string): boolean;
  /** Minutes east of UTC at that instant (Berlin in winter: 60). */
  offsetMinutes(timeZone: string, epochMs: number): number;
  /** Whether the zone is UTC itself (written `Z`), not merely at offset 0 like London in winter. */
  isUtc(timeZone: string): boolean;
  /**
   * offsetMinutes' answer at that instant, and the instants around it it is the answer for too,
   * [from, to): rules that know the spans (remembered-zone-rules.ts) answer a timeline's instants
   * by span (zoneOffsets), not one by one.
   */
  offsetSpan?(timeZone: string, epochMs: number): OffsetSpan;
}

/** An offset (minutes east of UTC) and the instants that have it, from `from` to before `to`. */
export interface OffsetSpan {
  offset: number;
  from: number;
  to: number;
}

// Creating a DateTimeFormat costs far more than using one: one per zone, kept for the process.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone, hourCycle: 'h23', era: 'short',
      year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

export const intlZoneRules: ZoneRules = {
  isValid(timeZone) {
    try {
      formatter(timeZone);
      return true;
    } catch {
      return false;
    }
  },
  offsetMinutes(timeZone, epochMs) {
    const whole = Math.floor(epochMs / 1000) * 1000;
    return offsetFromName(timeZone, whole) ?? offsetFromParts(timeZone, whole);
  },
  isUtc: (timeZone) => formatter(timeZone).resolvedOptions().timeZone === 'UTC',
};

/** The offset at a whole second from the wall clock's fields there (intl-offset.ts reads Intl's name of it, cheaper). */
export function offsetFromParts(timeZone: string, whole: number): number {
  const out: Record<string, number> = {};
  let bc = false;
  for (const { type, value } of formatter(timeZone).formatToParts(whole)) {
    if (type === 'era') bc = value === 'BC';
    else if (type !== 'literal') out[type] = Number(value);
  }
  const wall = wallMs({
    year: bc ? 1 - out.year! : out.year!, month: out.month!, day: out.day!,
    hour: out.hour! % 24, minute: out.minute!, second: out.second!,
  });
  // Rounded: old local mean times have offsets in seconds, which ISO 8601 cannot write.
  return Math.round((wall - whole) / MINUTE);
}

let zoneRules: ZoneRules = intlZoneRules;

/** Swaps the source of zone offsets (the CLI's start-up does; tests compare both). */
export function useZoneRules(rules: ZoneRules): void {
  zoneRules = rules;
}

/** The source of zone offsets in use (to put back after a swap). */
export function zoneRulesInUse(): ZoneRules {
  return zoneRules;
}

/** An IANA name (Area/Location, UTC, Etc/*) of a zone that exists: not an abbreviation (PST) or alias (US/Pacific). */
export function isValidTimeZone(timeZone: string): boolean {
  return typeof timeZone === 'string' && hasIanaForm(timeZone) && zoneRules.isValid(timeZone);
}

/** The zone's offset from UTC at that instant, in minutes east (Berlin in winter: 60). */
export function offsetMinutes(timeZone: string, epochMs: number): number {
  return fixedOffset(timeZone) ?? zoneRules.offsetMinutes(timeZone, epochMs);
}

/**
 * offsetMinutes in one zone, for many instants in turn (a timeline's, mostly close together): asked
 * of the rules once a span they know the offset constant in (offsetSpan), the same answers.
 */
export function zoneOffsets(timeZone: string): (epochMs: number) => number {
  const fixed = fixedOffset(timeZone);
  if (fixed !== undefined) return () => fixed;
  const rules = zoneRules;
  if (!rules.offsetSpan) return (epochMs) => rules.offsetMinutes(timeZone, epochMs);
  let span: OffsetSpan = { offset: 0, from: Infinity, to: -Infinity };
  return (epochMs) => {
    if (!(epochMs >= span.from && epochMs < span.to)) span = rules.offsetSpan!(timeZone, epochMs);
    return span.offset;
  };
}

/**
 * A fixed offset used as a zone (`-08:00`): how a time written with an abbreviation or offset
 * (`9:37 AM PST`) goes through the same zone math as the incident's zone. Never a `timezone:`.
 */
function fixedOffset(timeZone: string): number | undefined {
  const sign = timeZone.charCodeAt(0);
  if (sign !== 43 /* + */ && sign !== 45 /* - */) return undefined;
  const minutes = digitsAt(timeZone, 1, 2) * 60 + digitsAt(timeZone, 4, 2);
  return sign === 45 ? -minutes : minutes;
}

/** Wall-clock fields of an instant in a zone (what a clock on the wall there shows). */
export function localParts(epochMs: number, timeZone: string): LocalParts {
  const whole = Math.floor(epochMs / 1000) * 1000;
  const d = new Date(whole + offsetMinutes(timeZone, whole) * MINUTE);
  return {
    year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(),
    hour: d.getUTCHours(), minute: d.getUTCMinutes(), second: d.getUTCSeconds(),
  };
}

function pad(n: number, width = 2): string {
  return String(Math.abs(n)).padStart(width, '0');
}

function formatOffset(minutes: number): string {
  return `${minutes < 0 ? '-' : '+'}${pad(Math.trunc(Math.abs(minutes) / 60))}:${pad(Math.abs(minutes) % 60)}`;
}

/**
 * formatInZone's last answers, by instant, zone, seconds and the zone rules they came from: a page
 * shows its start and end up to three times each (the view's, and the `iso` and `datetime` helpers').
 */
const RECENT = 4;
const recentMs: number[] = [NaN, NaN, NaN, NaN];
const recentZone: string[] = ['', '', '', ''];
const recentSeconds: boolean[] = [true, true, true, true];
const recentRules: (ZoneRules | undefined)[] = [undefined, undefined, undefined, undefined];
const recentText: string[] = ['', '', '', ''];
let recentNext = 0;

/**
 * ISO 8601 in the zone with its offset at that instant: `2017-01-06T14:50:26-08:00`.
 * `Z` only for UTC itself (and names ICU treats as UTC); London in winter gets `+00:00`.
 */
export function formatInZone(epochMs: number, timeZone: string, opts: { seconds?: boolean } = {}): string {
  const seconds = opts.seconds !== false;
  for (let k = 0; k < RECENT; k++) {
    if (recentMs[k] === epochMs && recentZone[k] === timeZone && recentSeconds[k] === seconds && recentRules[k] === zoneRules) return recentText[k]!;
  }
  const text = formatted(epochMs, timeZone, seconds);
  const k = recentNext;
  recentNext = (k + 1) % RECENT;
  recentMs[k] = epochMs;
  recentZone[k] = timeZone;
  recentSeconds[k] = seconds;
  recentRules[k] = zoneRules;
  recentText[k] = text;
  return text;
}

function formatted(epochMs: number, timeZone: string, withSeconds: boolean): string {
  const opts = { seconds: withSeconds };
  const off = offsetMinutes(timeZone, epochMs);
  // Fields derived from the (rounded) offset so the text always parses back to the instant.
  const d = new Date(Math.floor(epochMs / 1000) * 1000 + off * MINUTE);
  const y = d.getUTCFullYear();
  const date = `${y < 0 ? '-' : ''}${pad(y, 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  const time = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}${opts.seconds === false ? '' : `:${pad(d.getUTCSeconds())}`}`;
  return `${date}T${time}${off === 0 && fixedOffset(timeZone) === undefined && zoneRules.isUtc(timeZone) ? 'Z' : formatOffset(off)}`;
}

/**
 * Epoch ms of a wall-clock time in a zone. Deterministic around DST changes:
 * in an overlap (the hour that happens twice) the earlier instant; in a gap (a time that
 * never shows on the clock) the later one, i.e. shifted forward by the gap (02:30 -> 03:30).
 */
export function zonedToEpoch(parts: LocalParts, timeZone: string): number {
  const wall = wallMs(parts);
  // Offsets are within +-14h, so a day either side is safely before and after any change at `wall`.
  const candidates = [offsetMinutes(timeZone, wall - DAY), offsetMinutes(timeZone, wall + DAY)].map(
    (off) => wall - off * MINUTE,
  );
  const valid = candidates.filter((ms) => wall - offsetMinutes(timeZone, ms) * MINUTE === ms);
  return valid.length > 0 ? Math.min(...valid) : Math.max(...candidates);
}

const CANONICAL = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const FRACTION = /:\d{2}[.,](\d{1,9})/;
const TIME_OF_DAY = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/;
const RELATIVE = /^(?:-\s*)?(?:(\d+)\s*w)?\s*(?:(\d+)\s*d)?\s*(?:(\d+)\s*h)?\s*(?:(\d+)\s*m)?\s*(?:(\d+)\s*s)?$/;

export interface ResolveContext {
  now: number;
  timeZone: string;
  /** Instant of the latest timeline entry, if any: decides how a bare HH:MM rolls over midnight. */
  latest?: number;
  /**
   * For an entry ordered against others (a milestone): whether an instant keeps the timeline
   * possible. A bare HH:MM when back-filling then takes the day that fits (timeOfDay).
   */
  fits?: (ms: number) => boolean;
}

/**
 * A resolved `--at`: the stored text and its instant; `approx` when it was written as approximate
 * (`~13:45`); `note`, one line for stderr, when a zone abbreviation contradicts what its region's
 * clock showed that day (PST on a date Los Angeles was on PDT: stored as written, but worth a look).
 */
export interface ResolvedAt {
  at: string;
  ms: number;
  approx?: true;
  note?: string;
}

/** Turn what a responder typed after `--at` into the stored `at` string and its instant. */
export function resolveAt(input: string, ctx: ResolveContext): ResolvedAt {
  if (!isValidTimeZone(ctx.timeZone)) {
    throw new UsageError(`Unexpected time zone "${ctx.timeZone}", expected ${expectedZone(ctx.timeZone)}`);
  }
  const resolved = resolveText(input.trim(), input, ctx);
  // Years 0001-9999 only: what ISO 8601's four digits and every reader of the file can take.
  if (!Number.isFinite(resolved.ms) || !/^\d{4}-/.test(resolved.at) || resolved.at.startsWith('0000')) throw outOfRange(input);
  return resolved;
}

function outOfRange(input: string): UsageError {
  return new UsageError(`Unexpected time "${input}", expected one in the years 0001 to 9999`);
}

function resolveText(text: string, input: string, ctx: ResolveContext): ResolvedAt {
  const stamp = (ms: number) => {
    if (!(Math.abs(ms) < 8.6e15)) throw outOfRange(input); // beyond what a Date holds (-99999999999h)
    const at = formatInZone(ms, ctx.timeZone);
    return { at, ms: parseInstant(at)! };
  };
  if (text.toLowerCase() === 'now') return stamp(ctx.now);

  const written = parseWritten(text);
  if (written) {
    // A fraction of the second is kept as written (with `.`), whichever way the rest is written.
    const fraction = FRACTION.exec(text)?.[1];
    if (written.offset !== undefined) {
      // Kept as typed when already canonical; else rewritten with `T` and a `+HH:MM` offset.
      if (CANONICAL.test(text)) return { at: text, ms: parseInstant(text)! };
      const p = written;
      const off = written.offset === 0 && /Z$/.test(text) ? 'Z' : formatOffset(written.offset);
      const at = `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}${fraction ? `.${fraction}` : ''}${off}`;
      return { at, ms: parseInstant(at)! };
    }
    const { at, ms } = stamp(zonedToEpoch(written, ctx.timeZone));
    return fraction ? withFraction(at, fraction) : { at, ms };
  }

  const tod = TIME_OF_DAY.exec(text);
  if (tod) {
    const [hour, minute, second] = [Number(tod[1]), Number(tod[2]), Number(tod[3] ?? 0)];
    if (hour <= 23 && minute <= 59 && second <= 59) return stamp(timeOfDay(hour, minute, second, ctx));
  }

  const rel = relativeMs(text);
  if (rel !== undefined) return stamp(ctx.now - rel);

  // Times as people copy them (time-input.ts): `~13:45`, `about 5m ago`, `9:37 AM PST`, `1345 UTC`.
  const rest = stripApprox(text);
  if (rest) return { ...resolveText(rest, input, ctx), approx: true };
  const clock = readClock(text, input);
  const resolved = clock && resolveClock(clock, ctx, input);
  if (resolved) return resolved;

  // A date in words or counted from today, then the time: `Dec 5 13:45`, `yesterday 9:00`.
  const dated = readDate(text, input);
  if (dated) return resolveDated(dated, input, ctx);
  throw unexpectedTime(input);
}

function unexpectedTime(input: string): UsageError {
  return new UsageError(
    `Unexpected time "${input}", expected ISO 8601 (2026-03-01T14:05:00+01:00), HH:MM, 9:37 AM PST, 1345 UTC or a relative time like -5m`,
  );
}

/** The stored time with the written fraction of its second: `2017-02-28T13:45:00.123-08:00`. */
function withFraction(at: string, fraction: string): { at: string; ms: number } {
  const fractional = `${at.slice(0, 19)}.${fraction}${at.slice(19)}`;
  return { at: fractional, ms: parseInstant(fractional)! };
}

/** The zone a clock time is read in: a fixed offset (PST, +05:30), a region's clock (PT), or else the incident's. */
function clockZone(zone: WrittenZone | undefined, ctx: ResolveContext): string {
  return zone === undefined ? ctx.timeZone
    : zone.offset === undefined ? zone.region!
    : zone.offset === 0 && zone.abbr !== undefined && zone.region === undefined ? 'UTC' // Z, UTC, GMT: stored with Z
    : formatOffset(zone.offset);
}

/**
 * A time after a date as readDate reads it (`Dec 5 13:45`, `Feb 28, 2017 at 9:37 AM PST`,
 * `Tue, 5 Dec around 13:45`, `yesterday 13:45`). A date without a year takes the year a time
 * without a date takes its day by (nearestYear); `today` and `yesterday` count from now, in the
 * clock the time is read in (dayCountedBack); a weekday written must be the date's.
 */
function resolveDated(d: DatedText, input: string, ctx: ResolveContext): ResolvedAt {
  let rest = d.rest;
  const bare = stripApprox(rest); // `Dec 5 around 13:45`
  if (bare !== undefined) rest = bare;
  if (!/\d/.test(rest)) {
    throw new UsageError(`Unexpected time "${input.trim()}", expected a time of day after the date, like "${d.written} 13:45"`);
  }
  const clock = readClock(rest, input, true);
  if (!clock || clock.date || clock.hour > 23 || clock.minute > 59 || clock.second > 59) throw unexpectedTime(input);
  if (d.numeric) throw numericDate(d.numeric, d.written);
  const timeZone = clockZone(clock.zone, ctx);
  const { hour, minute, second } = clock;
  let ms: number;
  if ('daysAgo' in d.date) {
    ms = dayCountedBack(d.date.daysAgo, clock, rest, timeZone, ctx, input);
  } else {
    const { month, day } = d.date;
    if (!(month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(d.date.year ?? 2000, month))) {
      const most = d.date.year === undefined || month !== 2 ? daysInMonth(2000, month) : daysInMonth(d.date.year, 2);
      throw new UsageError(`Unexpected date "${d.written}" in "${input.trim()}", expected a day that exists: ${month >= 1 && month <= 12
        ? `${monthName(month)}${d.date.year !== undefined && month === 2 ? ` ${d.date.year}` : ''} has ${most} days` : 'months are 1 to 12'}`);
    }
    const year = d.date.year ?? nearestYear(d.date, clock, timeZone, ctx, input);
    ms = zonedToEpoch({ year, month, day, hour, minute, second }, timeZone);
    const actual = new Date(wallMs({ year, month, day, hour: 0, minute: 0, second: 0 })).getUTCDay();
    if (d.weekday && actual !== d.weekday.index) {
      const date = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
      throw new UsageError(`Unexpected weekday "${d.weekday.written}" in "${input.trim()}": ${date} is a ${weekdayName(actual)}` +
        (d.date.year === undefined ? ` (the year taken for ${monthName(month).slice(0, 3)} ${day}; write the year for another)` : ''));
    }
  }
  const resolved = resolveClockAt(ms, timeZone, clock, input);
  return bare !== undefined ? { ...resolved, approx: true } : resolved;
}

/**
 * The year of a date written without one: as a time without a date takes its day (timeOfDay).
 * During a live incident the latest such date not more than a day after now (so `Dec 5 14:00`
 * typed at 13:45 on Dec 5 is today's, which the write refuses as the future, not last year's);
 * when back-filling, the one nearest the latest entry. A year before to a year after the reference.
 */
function nearestYear(date: WrittenDate, c: ClockTime, timeZone: string, ctx: ResolveContext, input: string): number {
  const live = ctx.latest === undefined || ctx.now - ctx.latest < DAY;
  const ref = live ? ctx.now : ctx.latest!;
  const { year } = localParts(ref, timeZone);
  let best: { year: number; ms: number } | undefined;
  for (const y of [year - 1, year, year + 1]) {
    if (date.day > daysInMonth(y, date.month)) continue; // February 29
    const ms = zonedToEpoch({ year: y, month: date.month, day: date.day, hour: c.hour, minute: c.minute, second: c.second }, timeZone);
    const better = live ? ms <= ctx.now + DAY && (!best || ms > best.ms) : !best || Math.abs(ms - ref) <= Math.abs(best.ms - ref);
    if (better) best = { year: y, ms };
  }
  if (!best) {
    throw new UsageError(`Unexpected date "${monthName(date.month).slice(0, 3)} ${date.day}" in "${input.trim()}", expected its year written: ` +
      (live ? 'no such day has passed within the last year' : 'no such day is within a year of the latest entry'));
  }
  return best.year;
}

/**
 * `today` or `yesterday` (daysAgo 0 or 1) at a time: the day counted back from now's date in the
 * clock the time is read in. Chat clients print these relative to the moment they are read, so
 * they count from now even when back-filling; but when that puts the time over a day from the
 * timeline's latest entry (back-filling an old incident from a transcript, where "yesterday" may
 * have been said the day after that entry), the day is ambiguous: refused, naming both dates.
 */
function dayCountedBack(daysAgo: number, c: ClockTime, typed: string, timeZone: string, ctx: ResolveContext, input: string): number {
  const at = (ref: number) => {
    const day = new Date(wallMs({ ...localParts(ref, timeZone), hour: 0, minute: 0, second: 0 }) - daysAgo * DAY);
    const parts = { year: day.getUTCFullYear(), month: day.getUTCMonth() + 1, day: day.getUTCDate(), hour: c.hour, minute: c.minute, second: c.second };
    return { ms: zonedToEpoch(parts, timeZone), date: dateOf(parts) };
  };
  const fromNow = at(ctx.now);
  const live = ctx.latest === undefined || ctx.now - ctx.latest < DAY;
  if (live || Math.abs(fromNow.ms - ctx.latest!) <= DAY) return fromNow.ms;
  const fromEntry = at(ctx.latest!);
  const word = daysAgo === 0 ? 'today' : 'yesterday';
  throw new UsageError(`Ambiguous day "${word}" in "${input.trim()}" while back-filling (the latest entry, ${formatInZone(ctx.latest!, timeZone)}, is over a day before now): ` +
    `write the date, "${fromNow.date} ${typed}" (${word} from now) or "${fromEntry.date} ${typed}" (${daysAgo === 0 ? 'that entry\'s day' : 'the day before that entry'})`);
}

/**
 * An all-numeric day and month (`02/03/2017`) is refused in either order, even when only one
 * reading exists (`13/02`): whether it is read would then depend on the day of the month, so a
 * habit (or a script) that works on the 13th fails on the 12th, or worse, someone used to the
 * other order learns that it is taken. The month in words or ISO 8601 says it once for all.
 */
function numericDate(n: NonNullable<DatedText['numeric']>, written: string): UsageError {
  const exists = (month: number, day: number) => month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(2000, month);
  const year = n.year?.length === 4 ? ` ${n.year}` : '';
  const monthFirst = exists(n.first, n.second) ? `${monthName(n.first).slice(0, 3)} ${n.second}${year}` : undefined;
  const dayFirst = exists(n.second, n.first) ? `${n.first} ${monthName(n.second).slice(0, 3)}${year}` : undefined;
  const how = `the month as a word${n.year && !year ? ' and the year in four digits' : ''}, or YYYY-MM-DD`;
  if (monthFirst && dayFirst && n.first !== n.second) {
    return new UsageError(`Ambiguous date "${written}": ${monthFirst} (month first, as in the US) or ${dayFirst} (day first); write ${how}`);
  }
  const only = monthFirst ?? dayFirst;
  return new UsageError(`Unexpected date "${written}", expected ${only ? `${only} (${how})` : how}: a day and a month in numbers are refused in either order, as 02/03 is Feb 3 in the US and 2 Mar elsewhere`);
}

/**
 * A clock time on its written date, or on the day a bare HH:MM would take (timeOfDay), read in
 * the written zone: a fixed offset (PST, +05:30), a region's clock (PT), or else the incident's.
 */
function resolveClock(c: ClockTime, ctx: ResolveContext, input: string): ResolvedAt | undefined {
  const { hour, minute, second } = c;
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  const timeZone = clockZone(c.zone, ctx);
  let ms: number;
  if (c.date) {
    const parts = { ...c.date, hour, minute, second };
    if (!partsValid(parts)) return undefined;
    ms = zonedToEpoch(parts, timeZone);
  } else {
    ms = timeOfDay(hour, minute, second, { ...ctx, timeZone });
  }
  return resolveClockAt(ms, timeZone, c, input);
}

/** The stored form of a clock time's instant in the zone it was read in; a note when its abbreviation contradicts its region. */
function resolveClockAt(ms: number, timeZone: string, c: ClockTime, input: string): ResolvedAt {
  const { zone } = c;
  if (!(Math.abs(ms) < 8.6e15)) throw outOfRange(input);
  const stamped = formatInZone(ms, timeZone);
  const resolved: ResolvedAt = c.fraction ? withFraction(stamped, c.fraction) : { at: stamped, ms: parseInstant(stamped)! };
  const at = resolved.at;
  if (zone?.abbr !== undefined && zone.offset !== undefined && zone.region !== undefined) {
    const actual = offsetMinutes(zone.region, ms);
    if (actual !== zone.offset) {
      const place = zone.region.slice(zone.region.lastIndexOf('/') + 1).replace(/_/g, ' ');
      const named = abbreviationAt(zone.region, actual);
      resolved.note = `"${input.trim()}" is ${zone.abbr} (${formatOffset(zone.offset)}), but ${place} was ` +
        `${named ? `on ${named} (${formatOffset(actual)})` : `at ${formatOffset(actual)}`} on ${localDate(ms, zone.region)}; stored ${at} as written`;
    }
  }
  return resolved;
}

/**
 * A bare wall time means that time on the local date of a reference day -1, 0 or +1.
 * Live incident (no entries yet, or the latest is under 24h before now): the reference is now,
 * and we take the latest candidate not after now + 60s (at 00:05, "23:53" is yesterday).
 * Back-filling an old incident: the reference is the latest entry, and we take the candidate
 * nearest to it (after 23:59:08, "0:05" is the next day); a tie goes to the later one,
 * since back-filling moves forward. For a milestone (`ctx.fits`), of the two candidates within a
 * day of the latest entry the one that keeps the timeline in order; when both do and neither is
 * within 6 hours of it, the time is ambiguous and refused.
 */
function timeOfDay(hour: number, minute: number, second: number, ctx: ResolveContext): number {
  const live = ctx.latest === undefined || ctx.now - ctx.latest < DAY;
  const ref = live ? ctx.now : ctx.latest!;
  const { year, month, day } = localParts(ref, ctx.timeZone);
  const candidates = [-1, 0, 1].map((shift) => {
    const date = new Date(wallMs({ year, month, day, hour: 0, minute: 0, second: 0 }) + shift * DAY);
    return zonedToEpoch(
      { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate(), hour, minute, second },
      ctx.timeZone,
    );
  });
  if (live) return Math.max(...candidates.filter((ms) => ms <= ctx.now + MINUTE));
  let best = candidates[0]!;
  for (const ms of candidates) if (Math.abs(ms - ref) <= Math.abs(best - ref)) best = ms;
  if (!ctx.fits) return best;
  const fitting = candidates.filter((ms) => Math.abs(ms - ref) < DAY && ctx.fits!(ms));
  if (fitting.length === 0) return best; // the write's own check names what is wrong
  if (fitting.length === 1) return fitting[0]!;
  if (fitting.includes(best) && Math.abs(best - ref) <= 6 * HOUR) return best;
  const typed = `${pad(hour)}:${pad(minute)}${second ? `:${pad(second)}` : ''}`;
  const [a, b] = fitting.map((ms) => formatInZone(ms, ctx.timeZone)) as [string, string];
  throw new UsageError(
    `Ambiguous time "${typed}": ${a} or ${b} both fit; write the date, e.g. --at "${b.slice(0, 10)} ${typed}"`,
  );
}

/** `-5m`, `-1h30m`, `-2d`, `-2w`, `90s ago` -> a positive number of ms; undefined if not relative. */
function relativeMs(text: string): number | undefined {
  const ago = /\s*ago$/i.test(text);
  const body = text.replace(/\s*ago$/i, '');
  // Exactly one of a leading minus or a trailing "ago": "5m" alone is too easy to misread.
  if (body.startsWith('-') === ago) return undefined;
  const m = RELATIVE.exec(body);
  if (!m || !m.slice(1).some((g) => g !== undefined)) return undefined;
  const [w, d, h, mi, s] = m.slice(1).map((g) => Number(g ?? 0)) as [number, number, number, number, number];
  return (w * 7 + d) * DAY + h * HOUR + mi * MINUTE + s * 1000;
}

/** Chronological copy; equal instants keep their written order; unparseable `at` go last, in order. */
export function sortTimeline<T extends { at: string }>(entries: readonly T[], parse: (at: string) => number | undefined = parseInstant): T[] {
  return sortByInstant(entries, (entry) => parse(entry.at));
}

/** sortTimeline, each entry's instant given by `msOf` (an instant read already need not be read again). */
export function sortByInstant<T>(entries: readonly T[], msOf: (entry: T) => number | undefined): T[] {
  // Already in that order (most timelines are): the sort would keep it, so none is made (a site page:
  // three arrays and an object per entry fewer).
  let previous = -Infinity;
  let k = 0;
  for (; k < entries.length; k++) {
    const ms = msOf(entries[k]!) ?? Infinity;
    if (!(ms >= previous)) break;
    previous = ms;
  }
  if (k === entries.length) return entries.slice();
  return entries
    .map((entry, i) => ({ entry, i, ms: msOf(entry) ?? Infinity }))
    .sort((a, b) => a.ms - b.ms || a.i - b.i)
    .map(({ entry }) => entry);
}

/**
 * Where a new entry at `ms` goes: after the last entry at or before it, so a new entry
 * with the same time as existing ones lands after them. Unparseable entries count as before.
 */
export function insertionIndex(entries: { at: string }[], ms: number): number {
  for (let i = entries.length - 1; i >= 0; i--) {
    const at = parseInstant(entries[i]!.at);
    if (at === undefined || at <= ms) return i + 1;
  }
  return 0;
}

/** The local calendar date (YYYY-MM-DD) of an instant in a zone. */
export function localDate(epochMs: number, timeZone: string): string {
  return dateOf(localParts(epochMs, timeZone));
}

/** The calendar date (YYYY-MM-DD) of wall-clock fields. */
export function dateOf({ year, month, day }: LocalParts): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The instant of the latest entry that has a valid time, if any. */
export function latestInstant(timeline: readonly { at: unknown }[]): number | undefined {
  let latest: number | undefined;
  for (const entry of timeline) {
    const ms = typeof entry.at === 'string' ? parseInstant(entry.at) : undefined;
    if (ms !== undefined && (latest === undefined || ms > latest)) latest = ms;
  }
  return latest;
}
