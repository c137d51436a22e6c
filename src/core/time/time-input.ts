// Times as people copy them from chat logs and published post-mortems, read into parts for
// resolveAt (timeline.ts), which does the zone math: `9:37AM`, `12:05 a.m.`, `2017-02-28 9:37 AM PST`,
// `1345 UTC`, `0905Z`, `13:45 GMT`, `13h45`, `13:45:00.123`, approximate markers (`~13:45`, `about
// 6:45`, `13:45?`), and dates written in words or counted from today (`Feb 28, 2017 at 9:37 AM PST`,
// `Tue, 5 Dec 13:45`, `yesterday 13:45`: readDate). The forms and the abbreviation table are
// documented in docs/time-formats.md.
import { UsageError } from '../util/errors.ts';
import { ABBREVIATIONS, AMBIGUOUS, ambiguityOf, formatOffset } from './zone-abbreviations.ts';

export interface WrittenZone {
  /** Minutes east of UTC, when the zone is a fixed offset (PST, +05:30, Z). */
  offset?: number;
  /** The IANA zone the abbreviation names the clock of (PST: America/Los_Angeles). */
  region?: string;
  /** The abbreviation as written, upper-cased (for the note when it contradicts its region's clock). */
  abbr?: string;
}

export interface ClockTime {
  /** The calendar date, when one was written. */
  date?: { year: number; month: number; day: number };
  hour: number;
  minute: number;
  second: number;
  /** The fraction of the second as written (`123` of `13:45:00.123`), kept in the stored time. */
  fraction?: string;
  zone?: WrittenZone;
}

// `~`, `≈`, `±`, `+-`, `+/-`, or a word and a space: about, around, approx., approximately, circa, ca.
// (≈ and ± as escapes: one character outside ASCII made the whole lane a two-byte string for V8.)
const APPROX_PREFIX = /^(?:[~\u2248\u00b1]|\+\/?-|(?:about|around|approximately|approx|circa)\s|(?:approx|ca)\.)\s*/i;

// `11pm-ish`, `23:00-ish UTC`: how people write a time they are not sure of (GitLab's 2017 post-mortem).
const ISH = /(\d|[ap]\.?m\.?)-ish\b/i;
// A date written first, then the marker: `2017-01-31 around 11pm`.
const DATE_FIRST = /^(\d{4}-\d{2}-\d{2})\s+(.+)$/;

/**
 * What is left of a time written as approximate (`~13:45`, `about 6:45`, `13:45?`, `11pm-ish`,
 * `2017-01-31 around 11pm`), or undefined when it carries no such marker.
 */
export function stripApprox(text: string): string | undefined {
  const prefix = APPROX_PREFIX.exec(text);
  if (prefix) return text.slice(prefix[0].length);
  if (text.length > 1 && text.endsWith('?')) return text.slice(0, -1).trimEnd();
  if (ISH.test(text)) return text.replace(ISH, '$1');
  const dated = DATE_FIRST.exec(text);
  const rest = dated && APPROX_PREFIX.exec(dated[2]!);
  if (dated && rest) return `${dated[1]} ${dated[2]!.slice(rest[0].length)}`;
  return undefined;
}

// [date (T or spaces)] time [meridiem] [zone]; the time is H[:MM[:SS[.fff]]], H`h`[MM] (13h45, 9h)
// or four-digit HHMM.
const CLOCK = new RegExp(
  '^(?:(\\d{4})-(\\d{2})-(\\d{2})(?:T|\\s+))?' +
    '(?:(\\d{1,2})(?::(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9}))?)?|(h)(\\d{2})?)?|(\\d{2})(\\d{2}))' +
    '(?:\\s*([ap])\\.?m\\b\\.?)?' +
    '(?:(\\s*)(Z|[+-]\\d{2}(?::?\\d{2})?|(?:UTC|GMT)[+-]\\d{1,2}(?::?\\d{2})?|[A-Z]{1,5}))?$',
  'i',
);

/**
 * The parts of a 12-hour or zone-qualified clock time, or undefined when the text is not one.
 * Throws a UsageError for what is recognisably meant as one but cannot be read: an ambiguous
 * or unknown zone abbreviation, `13:00 PM`, a bare `9h` (09:00 or nine hours ago?) unless `dated`
 * (a date written before it says it is a time of day).
 */
export function readClock(text: string, input: string, dated = false): ClockTime | undefined {
  const m = CLOCK.exec(text);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s, fraction, hForm, hm, mh, mm, meridiem, zoneSpace, zoneText] = m;
  const military = mh !== undefined;
  if (hForm !== undefined) {
    // `13h45`, `9h UTC`: a French or European clock; never with AM/PM, nor a letter glued on (`13h45m` is a duration).
    if (meridiem !== undefined || (zoneSpace === '' && /^[a-y]/i.test(zoneText ?? ''))) return undefined;
    if (hm === undefined && zoneText === undefined && !dated && Number(h) <= 23) {
      throw new UsageError(`Ambiguous time "${input.trim()}": ${h!.padStart(2, '0')}:00 or ${h} hours ago; write ${h}h00 (or ${h}:00) for the time of day, -${h}h for the hours ago`);
    }
  }
  // A bare number is a time only with am/pm (9am); HHMM only with a zone (1345 UTC).
  else if (military ? zoneText === undefined || meridiem !== undefined : mi === undefined && meridiem === undefined) return undefined;
  let hour = Number(military ? mh : h);
  const minute = Number((military ? mm : mi ?? hm) ?? 0);
  const second = Number(s ?? 0);
  if (meridiem !== undefined) {
    if (hour < 1 || hour > 12) {
      throw new UsageError(`Unexpected hour ${hour} with ${meridiem.toUpperCase()}M in "${input}", expected 1 to 12 (or a 24-hour time without AM/PM)`);
    }
    hour = (hour % 12) + (meridiem.toLowerCase() === 'p' ? 12 : 0); // 12 AM is 00, 12 PM is noon
  }
  const clock: ClockTime = { hour, minute, second };
  if (fraction !== undefined) clock.fraction = fraction;
  if (y !== undefined) clock.date = { year: Number(y), month: Number(mo), day: Number(d) };
  if (zoneText !== undefined) clock.zone = zoneOf(zoneText, text, input);
  return clock;
}

function zoneOf(written: string, text: string, input: string): WrittenZone {
  const numeric = /^(?:UTC|GMT)?([+-])(\d{1,2})(?::?(\d{2}))?$/i.exec(written);
  if (numeric) {
    const [, sign, hh, mm] = numeric;
    const minutes = Number(hh) * 60 + Number(mm ?? 0);
    if (Number(hh) > 14 || Number(mm ?? 0) > 59 || minutes > 14 * 60) {
      throw new UsageError(`Unexpected offset "${written}" in "${input}", expected one between -12:00 and +14:00`);
    }
    return { offset: sign === '-' ? -minutes : minutes };
  }
  const abbr = written.toUpperCase();
  const known = ABBREVIATIONS[abbr];
  if (known) return { offset: known.offset, region: known.region, abbr };
  if (AMBIGUOUS[abbr]) {
    const example = `${text.slice(0, text.length - written.length).trimEnd()} ${formatOffset(AMBIGUOUS[abbr][0]!.offset)}`;
    throw new UsageError(`Unexpected ambiguous time zone ${ambiguityOf(abbr)} in "${input}", expected an offset instead, like "${example}"`);
  }
  throw new UsageError(`Unexpected time zone "${written}" in "${input}", expected an abbreviation listed in docs/time-formats.md (PST, CET, JST...) or an offset like -08:00`);
}

/** A calendar day as written: its year may be missing (`Dec 5`), and is then taken as a time's day is. */
export interface WrittenDate {
  year?: number;
  month: number;
  day: number;
}

/** A date at the start of a time (readDate): the day, and the rest, which is the time. */
export interface DatedText {
  /** A calendar day, or a day counted back from today (`today` 0, `yesterday` 1). */
  date: WrittenDate | { daysAgo: number };
  /**
   * An all-numeric day and month (`02/03`, `02/03/2017`): month first in the US, day first
   * elsewhere. Refused, naming both readings, once the rest is read as a time.
   */
  numeric?: { first: number; second: number; year?: string };
  /** A weekday written in front (0 Sunday to 6 Saturday), checked against the date. */
  weekday?: { index: number; written: string };
  /** The date as written, for messages. */
  written: string;
  /** What follows the date and its separator (a space, `,`, `at`, `@`): the time. */
  rest: string;
}

// English month and weekday names, full or abbreviated (`Sept`, `Tues`, `Thurs` too), any case,
// an optional `.` after. The index of the first three letters in these strings says which.
const MONTHS = 'janfebmaraprmayjunjulaugsepoctnovdec';
const WEEKDAYS = 'sunmontuewedthufrisat';
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
// 1st, 2nd, 3rd, 4th... (any of the four suffixes: `22th` is a slip, not another day).
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const WEEKDAY = /^(mon(?:day)?|tue(?:s(?:day)?)?|wed(?:s|nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)\.?(?:\s*,\s*|\s+)/i;
// Each form of the date alone, up to a space, `,`, `@`, `T` or the end (Dec 5, 5 Dec, 5th of
// December, 28/Feb/2017, 2018 October 21, 2017/02/28, yesterday, and the refused 02/03/2017).
// Built when first asked for, not as the module loads: every write's lane holds this file, and
// most runs never read a date in words.
let wordDates: { monthDay: RegExp; dayMonth: RegExp; dayMonthYear: RegExp; yearMonthDay: RegExp } | undefined;
const wordDateForms = () => (wordDates ??= {
  monthDay: new RegExp(`^${MONTH}\\s*${DAY}(?![\\w.:/-])`, 'i'),
  dayMonth: new RegExp(`^${DAY}(?:\\s+of)?\\s*${MONTH}(?![\\w:/-])`, 'i'),
  dayMonthYear: new RegExp(`^${DAY}([-/])${MONTH}\\2(\\d{4})(?![\\w./-])`, 'i'),
  yearMonthDay: new RegExp(`^(\\d{4})\\s+${MONTH}\\s*${DAY}(?![\\w.:/-])`, 'i'),
});
const NUMERIC_YMD = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?![\d./-]|[a-su-z])/i;
const NUMERIC_DM = /^(\d{1,2})([-/.])(\d{1,2})(?:\2(\d{4}|\d{2}))?(?![\w./-])/;
const RELATIVE_DAY = /^(yesterday|today)(?![\w.:/-])/i;
// A year after a day written with its month in words: `Dec 5 2017`, `5 December, 2017`; not when
// what follows is only a zone and the digits are no year of 1900-2099 (`Dec 5 1345 UTC` is a
// four-digit time; `Dec 5 2017 UTC` is the year, and then the time is missing).
const YEAR_AFTER = /^\s*,?\s*(\d{4})(?![\w:.])/;
const ONLY_ZONE = /^\s*(?:[a-z]{1,5}|[+-]\d.*)$/i;
// Between the date and the time: spaces, `,`, `at`, `@`; `T` after a numeric date, `:` in a
// web server's log (28/Feb/2017:09:37:00 -0800).
const SEPARATOR = /^(?:\s*,\s*(?:at\s+)?|\s+at\s+|\s*@\s*|\s+|T(?=\d))/i;
// The year at the end, after the time and its zone: what `date` prints (Tue Feb 28 09:37:00 PST 2017).
const YEAR_LAST = /^(.*[a-z])\s+(\d{4})$/i;

const monthOf = (name: string) => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) / 3 + 1;

/**
 * A date written at the start of `text` in one of the forms people copy (`Dec 5`, `5 Dec`,
 * `December 4, 2026`, `Tue, Feb 28`, `2017/02/28`, `yesterday`), and what follows it; undefined
 * when `text` starts with none. The numbers are as written: whether the day exists, which year a
 * date without one is in, and whether the weekday is right are resolveAt's to say.
 */
export function readDate(text: string, input = text): DatedText | undefined {
  const wd = WEEKDAY.exec(text);
  const body = wd ? text.slice(wd[0].length) : text;
  let date: DatedText['date'] | undefined;
  let numeric: DatedText['numeric'];
  let m: RegExpExecArray | null;
  const forms = wordDateForms();
  let yearFollows = false; // a day and a month in words: a year may come next
  let colon = false; // 28/Feb/2017:09:37:00, as a web server logs it
  if ((m = forms.monthDay.exec(body))) {
    date = { month: monthOf(m[1]!), day: Number(m[2]) };
    yearFollows = true;
  } else if ((m = forms.dayMonthYear.exec(body))) {
    date = { year: Number(m[4]), month: monthOf(m[3]!), day: Number(m[1]) };
    colon = true;
  } else if ((m = forms.dayMonth.exec(body))) {
    date = { month: monthOf(m[2]!), day: Number(m[1]) };
    yearFollows = true;
  } else if ((m = forms.yearMonthDay.exec(body))) {
    date = { year: Number(m[1]), month: monthOf(m[2]!), day: Number(m[3]) };
  } else if ((m = NUMERIC_YMD.exec(body))) {
    date = { year: Number(m[1]), month: Number(m[3]), day: Number(m[4]) };
  } else if (!wd && (m = RELATIVE_DAY.exec(body))) {
    date = { daysAgo: m[1]!.toLowerCase() === 'today' ? 0 : 1 };
  } else if ((m = NUMERIC_DM.exec(body))) {
    numeric = { first: Number(m[1]), second: Number(m[3]), ...(m[4] === undefined ? {} : { year: m[4] }) };
    date = { month: 1, day: 1 };
  } else if (wd) {
    throw new UsageError(`Unexpected time "${input.trim()}", expected a date after the weekday (${wd[1]} Feb 28 9:37 AM): a weekday alone does not say which week`);
  } else {
    return undefined;
  }
  let end = (wd ? wd[0].length : 0) + m![0].length;
  if (yearFollows) {
    const y = YEAR_AFTER.exec(text.slice(end));
    const year = y ? Number(y[1]) : 0;
    if (y && ((year >= 1900 && year <= 2099) || !ONLY_ZONE.test(text.slice(end + y[0].length)))) {
      (date as WrittenDate).year = year;
      end += y[0].length;
    }
  }
  const written = text.slice(0, end).replace(/[\s,]+$/, '');
  let rest = text.slice(end);
  const sep = colon && rest.startsWith(':') ? ':' : SEPARATOR.exec(rest)?.[0];
  if (rest !== '' && sep === undefined) return undefined;
  rest = rest.slice(sep?.length ?? 0);
  if (numeric && rest === '') return undefined; // 13.45 is no date; 02/03 13:45 is refused
  const last = 'day' in date && date.year === undefined && !numeric ? YEAR_LAST.exec(rest) : null;
  if (last) {
    (date as WrittenDate).year = Number(last[2]);
    rest = last[1]!;
  }
  const out: DatedText = { date, written, rest };
  if (numeric) out.numeric = numeric;
  if (wd) out.weekday = { index: WEEKDAYS.indexOf(wd[1]!.slice(0, 3).toLowerCase()) / 3, written: wd[1]! };
  return out;
}

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `January` for 1. */
export const monthName = (month: number): string => MONTH_NAMES[month - 1]!;

/** `Sunday` for 0. */
export const weekdayName = (index: number): string =>
  ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'][index]!;
