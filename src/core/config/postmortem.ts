// When a post-mortem is due: calendar days or business days (Mon-Fri) after resolution.
import type { DueRule } from './config.ts';

/** `date` (YYYY-MM-DD) plus the rule for `severity` (or the `default` rule); undefined if none. */
export function postmortemDue(date: string, severity: string, rules: Record<string, DueRule>): string | undefined {
  const rule = rules[severity] ?? rules.default;
  if (!rule) return undefined;
  const d = new Date(`${date}T00:00:00Z`);
  if (rule.days !== undefined) d.setUTCDate(d.getUTCDate() + rule.days);
  for (let left = rule.business_days ?? 0; left > 0; ) {
    d.setUTCDate(d.getUTCDate() + 1);
    const day = d.getUTCDay();
    if (day !== 0 && day !== 6) left--;
  }
  return d.toISOString().slice(0, 10);
}
