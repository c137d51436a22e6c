// Dates the files do not record directly, derived the same way by every figure.
import { postmortemDue } from '../config/postmortem.ts';
import { isValidTimeZone } from '../timeline/timeline.ts';
import { civil, daysFromCivil, weekdayOf, type LocalTimes } from './local-times.ts';
import type { InsightIncident, Prepared } from './types.ts';

/**
 * The local date (in its own zone) of each incident's last resolution; undefined while unresolved.
 * Asked by the action items and the post-mortems alike: worked out once.
 */
export function resolutionDates(p: Prepared, local: LocalTimes): readonly (string | undefined)[] {
  if (p.resolved) return p.resolved;
  const { incidents } = p;
  const dates: (string | undefined)[] = new Array(incidents.length);
  for (let k = 0; k < incidents.length; k++) {
    const at = incidents[k]!.resolvedMs;
    dates[k] = at === undefined ? undefined : local.date(incidents[k]!, at);
  }
  return (p.resolved = dates);
}

/**
 * When an action item was created. Files do not record it (nor when an item was done): an item
 * counts from its incident's resolution date, when the post-mortem that lists it is written, or
 * from the incident's date while it is unresolved.
 */
export function itemCreated(incident: InsightIncident, resolved: string | undefined): string {
  return resolved ?? incident.date;
}

/** The incident's zone, or UTC when the file names none that exists (validate reports that). */
export function zoneOf(incident: InsightIncident, fixed?: string): string {
  if (fixed) return fixed;
  return isValidTimeZone(incident.timezone) ? incident.timezone : 'UTC';
}

const PLAIN_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * postmortemDue (config/postmortem.ts: the rule `incident close` uses), the same date worked out
 * by day counts instead of a Date stepped a day at a time: for a real date and a rule of whole
 * days, a due date in years 0-9999 (anything else goes to postmortemDue itself). Thousands of
 * incidents resolved on as many days ask it once each.
 */
export function dueDate(date: string, severity: string, rules: Parameters<typeof postmortemDue>[2]): string | undefined {
  const rule = rules[severity] ?? rules.default;
  if (!rule) return undefined;
  const { days, business_days: business } = rule;
  const m = PLAIN_DATE.exec(date);
  if (m && (days === undefined || (Number.isSafeInteger(days) && Math.abs(days) <= 1_000_000)) &&
    (business === undefined || (Number.isSafeInteger(business) && business <= 1_000_000))) {
    const year = Number(m[1]);
    const month = Number(m[2]);
    const day = Number(m[3]);
    let n = daysFromCivil(year, month, day);
    const back = civil(n);
    if (back.year === year && back.month === month && back.day === day) { // not 2026-02-30, which Date takes as 2026-03-02
      if (days !== undefined) n += days;
      for (let left = business ?? 0; left > 0; ) {
        const weekday = weekdayOf(++n);
        if (weekday !== 0 && weekday !== 6) left--;
      }
      const due = civil(n);
      if (due.year >= 0 && due.year <= 9999) return `${String(due.year).padStart(4, '0')}-${pad(due.month)}-${pad(due.day)}`;
    }
  }
  return postmortemDue(date, severity, rules);
}

const pad = (n: number) => (n < 10 ? `0${n}` : String(n));
