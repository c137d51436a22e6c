// The dates by day counts against Date: the post-mortem deadline (postmortemDue, which `incident
// close` and the insights use) against the rule applied to a Date stepped a day at a time, and the
// insights' days between two dates against Date.parse: the same answer, or the same failure, for
// every day of four centuries, every rule shape the config allows, and strings that are no date.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_CONFIG } from '../src/core/config/config.ts';
import type { DueRule } from '../src/core/config/config.ts';
import { postmortemDue } from '../src/core/config/postmortem.ts';
import { daysBetween } from '../src/core/insights/types.ts';

/** The rule on a Date, a day at a time: the reference. */
function dueByDate(date: string, severity: string, rules: Record<string, DueRule>): string | undefined {
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

const outcome = (f: () => string | undefined) => {
  try {
    return f();
  } catch (error) {
    return `throws ${(error as Error).name}`;
  }
};

describe('insights: post-mortem deadlines by day counts', () => {
  const rules = {
    ...DEFAULT_CONFIG.postmortem_due,
    cal0: { days: 0 }, cal1: { days: 1 }, cal31: { days: 31 }, back: { days: -40 }, bd0: { business_days: 0 }, bd1: { business_days: 1 },
    bd23: { business_days: 23 }, both: { days: 2, business_days: 3 }, none: {}, frac: { days: 1.5 }, fracbd: { business_days: 2.5 },
    huge: { days: 4_000_000 },
  };
  const severities = [...Object.keys(rules), 'SEV-9'];

  it('gives what a Date stepped a day at a time gives for every day from 1900 to 2300', () => {
    let checked = 0;
    for (let ms = Date.UTC(1900, 0, 1); ms <= Date.UTC(2300, 0, 1); ms += 86_400_000) {
      const date = new Date(ms).toISOString().slice(0, 10);
      for (const severity of severities) {
        assert.equal(postmortemDue(date, severity, rules), dueByDate(date, severity, rules), `${date} ${severity}`);
        checked++;
      }
    }
    assert.ok(checked > 2_000_000);
  });

  it('gives the same outcome for dates at the ends of the range and strings that are not dates', () => {
    const dates = ['0000-01-01', '0000-02-29', '0001-03-01', '0999-12-31', '9999-12-31', '9999-12-20', '2026-02-30', '2026-02-29',
      '2024-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '2026-01-00', '2026-1-01', '', 'soon', '+002026-01-01', '20260101', '1999-12-31 '];
    for (const date of dates) {
      for (const severity of severities) {
        assert.equal(outcome(() => postmortemDue(date, severity, rules)), outcome(() => dueByDate(date, severity, rules)), `${date} ${severity}`);
      }
    }
  });
});

describe('insights: days between two dates by day counts', () => {
  const byDate = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
  const same = (a: number, b: number) => (Number.isNaN(a) && Number.isNaN(b)) || Object.is(a, b);

  it('gives what Date.parse gives from every day of four centuries to a few others', () => {
    const ends = ['1970-01-01', '2000-02-29', '2026-12-05', '2100-03-01', '0001-01-01'];
    let checked = 0;
    for (let ms = Date.UTC(1900, 0, 1); ms <= Date.UTC(2300, 0, 1); ms += 86_400_000) {
      const date = new Date(ms).toISOString().slice(0, 10);
      for (const end of ends) {
        assert.ok(same(daysBetween(date, end), byDate(date, end)), `${date} ${end}`);
        assert.ok(same(daysBetween(end, date), byDate(end, date)), `${end} ${date}`);
        checked += 2;
      }
    }
    assert.ok(checked > 1_000_000);
  });

  it('gives what Date.parse gives for strings that are not plain dates', () => {
    const odd = ['0000-01-01', '9999-12-31', '2026-02-30', '2026-02-29', '2024-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '2026-01-00',
      '2026-1-01', '', 'soon', '20260101', '2026/01/01', '2026-01-01 ', '-2026-01-01', '+02026-01-01', '２０２６-01-01', '2026-01-0a'];
    for (const a of odd) {
      for (const b of [...odd, '2026-12-05']) {
        assert.ok(same(daysBetween(a, b), byDate(a, b)), `${a} ${b}`);
      }
    }
  });
});
