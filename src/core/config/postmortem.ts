// When a post-mortem is due: calendar days or business days (Mon-Fri) after resolution.
import { civil, dayNumber, weekdayOf } from '../time/calendar.ts';
import type { DueRule } from './config.ts';

/**
 * `date` (YYYY-MM-DD) plus the rule for `severity` (or the `default` rule); undefined if none. By
 * day counts for a real date and a rule of whole days ending in years 0-9999 (the insights ask it
 * for thousands of resolution dates); anything else as a Date stepped a day at a time gives it.
 */
export function postmortemDue(date: string, severity: string, rules: Record<string, DueRule>): string | undefined {
  const rule = rules[severity] ?? rules.default;
  if (!rule) return undefined;
  const { days, business_days: business } = rule;
  const start = dayNumber(date); // not 2026-02-30, which Date takes as 2026-03-02
  if (start !== undefined && (days === undefined || (Number.isSafeInteger(days) && Math.abs(days) <= 1_000_000)) &&
    (business === undefined || (Number.isSafeInteger(business) && business <= 1_000_000))) {
    let n = start + (days ?? 0);
    for (let left = business ?? 0; left > 0; ) {
      const weekday = weekdayOf(++n);
      if (weekday !== 0 && weekday !== 6) left--;
    }
    const due = civil(n);
    if (due.year >= 0 && due.year <= 9999) return `${String(due.year).padStart(4, '0')}-${pad(due.month)}-${pad(due.day)}`;
  }
  return dueByDate(date, rule);
}

/** The rule applied to a Date a day at a time: what Date makes of any text (and a RangeError for what it cannot). */
function dueByDate(date: string, rule: DueRule): string {
  const d = new Date(`${date}T00:00:00Z`);
  if (rule.days !== undefined) d.setUTCDate(d.getUTCDate() + rule.days);
  for (let left = rule.business_days ?? 0; left > 0; ) {
    d.setUTCDate(d.getUTCDate() + 1);
    const day = d.getUTCDay();
    if (day !== 0 && day !== 6) left--;
  }
  return d.toISOString().slice(0, 10);
}

const pad = (n: number) => (n < 10 ? `0${n}` : String(n));
