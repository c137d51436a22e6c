// Post-mortems: reviewed within the configured deadline (postmortem_due, counted from the last
// resolution as `incident close` does), days from resolution to published, and the overdue list.
// "Reviewed" is the first `approved` (or `published`) step in postmortem.approvals.
import { percentile } from '../metrics/stats.ts';
import { postmortemDue } from '../config/postmortem.ts';
import { resolutionDates } from './dates.ts';
import type { LocalTimes } from './local-times.ts';
import { bucket, daysBetween, groupOrder, idsOf, share, utcDate, type InsightIncident, type InsightSettings, type Prepared } from './types.ts';

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

export function postmortems(p: Prepared, s: Pick<InsightSettings, 'now' | 'severities' | 'postmortemDue'>, local: LocalTimes): Postmortems {
  const today = utcDate(s.now);
  const rows: Row[] = [];
  const publishedIds: string[] = [];
  const days: number[] = [];
  // Each severity's deadline from each resolution date worked out once (incidents resolved the same day share it).
  const deadlines = new Map<string, Map<string, string | undefined>>();
  const dates = resolutionDates(p, local);
  for (let k = 0; k < p.incidents.length; k++) {
    const incident = p.incidents[k]!;
    const resolved = dates[k];
    if (!resolved) continue;
    let bySeverity = deadlines.get(incident.severity);
    if (!bySeverity) deadlines.set(incident.severity, (bySeverity = new Map()));
    let due = bySeverity.get(resolved);
    if (due === undefined && !bySeverity.has(resolved)) bySeverity.set(resolved, (due = postmortemDue(resolved, incident.severity, s.postmortemDue)));
    // Reviewed: the first approved or published step with a time; published: the last published one with a time.
    let reviewed: string | undefined;
    let published: string | undefined;
    for (const a of incident.postmortem.approvals) {
      if (a.ms === undefined) continue;
      if (a.decision === 'published') published = local.date(incident, a.ms);
      if (reviewed === undefined && REVIEWED.has(a.decision)) reviewed = local.date(incident, a.ms);
    }
    if (published) {
      publishedIds.push(incident.id);
      days.push(daysBetween(resolved, published));
    }
    if (!due) continue;
    rows.push({ incident, due, reviewed, undated: !reviewed && REVIEWED.has(incident.postmortem.status ?? '') });
  }
  const bySeverity = new Map<string, Row[]>();
  for (const row of rows) bucket(bySeverity, row.incident.severity || '(none)', row);
  days.sort((a, b) => a - b);
  const ids = (list: Row[]) => idsOf(list.map((r) => r.incident.id), p);
  // Each due date's days overdue worked out once.
  const over = new Map<string, number>();
  const overdueBy = (due: string) => {
    let n = over.get(due);
    if (n === undefined) over.set(due, (n = daysBetween(due, today)));
    return n;
  };
  return {
    within_deadline: [...bySeverity.keys()].sort(groupOrder('severity', s.severities)).map((group) => {
      const { counted, within, pending, undated } = split(bySeverity.get(group)!, today);
      return {
        group, counted: counted.length, within: within.length, share: share(within.length, counted.length),
        ids: ids(counted), within_ids: ids(within),
        pending: { n: pending.length, ids: ids(pending) },
        without_data: { n: undated.length, ids: ids(undated) },
      };
    }),
    to_published: {
      n: days.length, p50_days: percentile(days, 50) ?? null, p90_days: percentile(days, 90) ?? null,
      max_days: days.length ? days[days.length - 1]! : null, ids: idsOf(publishedIds, p),
    },
    overdue: rows
      .filter((r) => !r.undated && r.reviewed === undefined && r.due < today)
      .map((r) => ({
        id: r.incident.id, severity: r.incident.severity, due: r.due, days_overdue: overdueBy(r.due),
        status: r.incident.postmortem.status ?? 'draft', owner: r.incident.postmortem.owner ?? null,
      }))
      .sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : a.id < b.id ? -1 : 1)),
  };
}

/**
 * A severity's rows: counted (reviewed, or the deadline passed), within the deadline, pending (not
 * reviewed, deadline ahead), without data. A function of its own: see response.ts' gather.
 */
function split(list: Row[], today: string) {
  const counted: Row[] = [];
  const within: Row[] = [];
  const pending: Row[] = [];
  const undated: Row[] = [];
  for (let j = 0; j < list.length; j++) {
    const r = list[j]!;
    if (r.undated) undated.push(r);
    else if (r.reviewed !== undefined) {
      counted.push(r);
      if (r.reviewed <= r.due) within.push(r);
    } else if (r.due < today) counted.push(r);
    else pending.push(r);
  }
  return { counted, within, pending, undated };
}
