// Post-mortems: reviewed within the configured deadline (postmortem_due, counted from the last
// resolution as `incident close` does), days from resolution to published, and the overdue list.
// "Reviewed" is the first `approved` (or `published`) step in postmortem.approvals.
import { postmortemDue } from '../config/postmortem.ts';
import { percentile } from '../metrics/stats.ts';
import { resolutionDate } from './dates.ts';
import type { LocalTimes } from './local-times.ts';
import { bucket, daysBetween, groupOrder, idList, share, utcDate, type InsightIncident, type InsightSettings } from './types.ts';

export interface Postmortems {
  within_deadline: {
    group: string;
    /** Resolved incidents whose deadline has passed or that were reviewed: the share's denominator. */
    counted: number;
    within: number;
    share: number | null;
    ids: string[];
    within_ids: string[];
    /** Deadline not passed yet and not reviewed: not counted. */
    pending: { n: number; ids: string[] };
    /** Approved or published by status, but no dated review step: not counted. */
    without_data: { n: number; ids: string[] };
  }[];
  to_published: { n: number; p50_days: number | null; p90_days: number | null; max_days: number | null; ids: string[] };
  overdue: { id: string; severity: string; due: string; days_overdue: number; status: string; owner: string | null }[];
}

const REVIEWED = new Set(['approved', 'published']);

interface Row {
  incident: InsightIncident;
  due: string;
  reviewed?: string;
  undated: boolean;
}

export function postmortems(incidents: readonly InsightIncident[], s: Pick<InsightSettings, 'now' | 'severities' | 'postmortemDue'>, local: LocalTimes): Postmortems {
  const today = utcDate(s.now);
  const rows: Row[] = [];
  const toPublished: { id: string; days: number }[] = [];
  for (const incident of incidents) {
    const resolved = resolutionDate(incident, local);
    if (!resolved) continue;
    const due = postmortemDue(resolved, incident.severity, s.postmortemDue);
    const dateOf = (ms: number | undefined) => (ms === undefined ? undefined : local.date(incident, ms));
    const steps = incident.postmortem.approvals;
    const reviewed = steps.map((a) => (REVIEWED.has(a.decision) ? dateOf(a.ms) : undefined)).find((d) => d !== undefined);
    const published = steps.filter((a) => a.decision === 'published').map((a) => dateOf(a.ms)).filter((d) => d !== undefined).pop();
    if (published) toPublished.push({ id: incident.id, days: daysBetween(resolved, published) });
    if (!due) continue;
    rows.push({ incident, due, reviewed, undated: !reviewed && REVIEWED.has(incident.postmortem.status ?? '') });
  }
  const bySeverity = new Map<string, Row[]>();
  for (const row of rows) bucket(bySeverity, row.incident.severity || '(none)', row);
  const days = toPublished.map((p) => p.days).sort((a, b) => a - b);
  return {
    within_deadline: [...bySeverity.keys()].sort(groupOrder('severity', s.severities)).map((group) => {
      const list = bySeverity.get(group)!;
      const counted = list.filter((r) => !r.undated && (r.reviewed !== undefined || r.due < today));
      const within = counted.filter((r) => r.reviewed !== undefined && r.reviewed <= r.due);
      const pending = list.filter((r) => !r.undated && r.reviewed === undefined && r.due >= today);
      const undated = list.filter((r) => r.undated);
      return {
        group, counted: counted.length, within: within.length, share: share(within.length, counted.length),
        ids: ids(counted), within_ids: ids(within),
        pending: { n: pending.length, ids: ids(pending) },
        without_data: { n: undated.length, ids: ids(undated) },
      };
    }),
    to_published: {
      n: days.length, p50_days: percentile(days, 50) ?? null, p90_days: percentile(days, 90) ?? null,
      max_days: days.length ? days[days.length - 1]! : null, ids: idList(toPublished.map((p) => p.id)),
    },
    overdue: rows
      .filter((r) => !r.undated && r.reviewed === undefined && r.due < today)
      .map((r) => ({
        id: r.incident.id, severity: r.incident.severity, due: r.due, days_overdue: daysBetween(r.due, today),
        status: r.incident.postmortem.status ?? 'draft', owner: r.incident.postmortem.owner ?? null,
      }))
      .sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : a.id < b.id ? -1 : 1)),
  };
}

const ids = (rows: Row[]) => idList(rows.map((r) => r.incident.id));
