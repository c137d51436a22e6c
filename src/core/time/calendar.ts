// The Gregorian calendar, for every check that a written date exists (timeline times, due dates,
// meeting dates): one leap-year rule, so 2100-02-29 is refused everywhere or nowhere.

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Every fourth year, except centuries, except every fourth century: 2000 and 2024 are, 2100 is not. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in `month` (1-12) of `year`; 0 for a month that does not exist. */
export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : (MONTH_DAYS[month - 1] ?? 0);
}

/**
 * `YYYY-MM-DD` naming a day that exists. Read by hand, not by /^(\d{4})-(\d{2})-(\d{2})$/ and its
 * captures: the schema asks this of every due date validated, and the captures cost ~40 ms a
 * 10,000-file run (test/calendar.test.ts holds the two equal).
 */
export function isCalendarDate(text: string): boolean {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 /* - */ || text.charCodeAt(7) !== 45) return false;
  const year = digitsAt(text, 0, 4);
  const month = digitsAt(text, 5, 2);
  const day = digitsAt(text, 8, 2);
  return year >= 0 && month >= 0 && day >= 1 && day <= daysInMonth(year, month);
}

/**
 * digitsAt(text, at, 2) without its loop: a timestamp is read as five of these, and the loop made
 * digitsAt hot enough for Maglev in every lane's run (0.2 ms of compiling on Node 24.21).
 */
export function twoDigitsAt(text: string, at: number): number {
  const a = text.charCodeAt(at) - 48;
  const b = text.charCodeAt(at + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

/** The number the `n` ASCII digits at `at` write, or -1 when they are not all digits (or past the end). */
export function digitsAt(text: string, at: number, n: number): number {
  let value = 0;
  for (let i = at; i < at + n; i++) {
    const c = text.charCodeAt(i);
    if (!(c >= 48 && c <= 57)) return -1;
    value = value * 10 + c - 48;
  }
  return value;
}

/**
 * Days from 1970-01-01 to that day of the proleptic Gregorian calendar (as Date counts them); a day
 * past the month's end counts on into the next. H. Hinnant's days_from_civil: the year starts in
 * March, so the leap day is the last of its year.
 */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** Year, month and day of a day count since 1970-01-01 (H. Hinnant's civil_from_days, daysFromCivil's inverse): no Date a day. */
export function civil(days: number): { year: number; month: number; day: number } {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** 0 Sunday .. 6 Saturday, of a day count since 1970-01-01 (a Thursday). */
export const weekdayOf = (days: number) => (((days + 4) % 7) + 7) % 7;

/** The day count since 1970-01-01 of `YYYY-MM-DD` naming a day that exists (isCalendarDate), else undefined. */
export function dayNumber(text: string): number | undefined {
  return isCalendarDate(text) ? daysFromCivil(digitsAt(text, 0, 4), twoDigitsAt(text, 5), twoDigitsAt(text, 8)) : undefined;
}
