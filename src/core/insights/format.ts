// The terminal form of the insights: one table per figure, groups as rows. Ids stay in --json and
// --csv (a year of incidents would not fit on a screen).
import { formatDuration } from '../time/duration.ts';
import { textTable } from '../util/text-table.ts';
import type { Insights } from './index.ts';

/** Each response metric's name in words (the terminal's and the internal site's tables). */
export const METRIC_LABELS: Record<string, string> = {
  time_to_detect: 'Time to detect', time_to_acknowledge: 'Time to acknowledge', time_to_declare: 'Time to declare',
  time_to_mitigate: 'Time to mitigate', impact_duration: 'Impact duration', time_to_resolve: 'Time to resolve',
};

/** A duration, or `-` for none (the terminal's tables and the internal site's). */
export const dur = (ms: number | null) => (ms === null ? '-' : formatDuration(ms));
/** A share in percent, or `-` for none. */
export const pct = (share: number | null) => (share === null ? '-' : `${Math.round(share * 100)}%`);
const table = (rows: string[][]) => textTable(rows, '  ');

export function formatInsights(r: Insights, window: string): string {
  const out: string[] = [];
  const c = r.counts;
  out.push(`Insights: ${c.total} incident${c.total === 1 ? '' : 's'}${window ? ` ${window}` : ''}` +
    (r.drills.n ? ` (${r.drills.n} drill${r.drills.n === 1 ? '' : 's'} counted apart)` : ''));
  out.push(`Definitions version ${r.definitions.version}; percentiles nearest-rank; drills never counted (--json for the incident ids)`);
  const counted = (title: string, rows: { group: string; n: number }[]) => {
    if (rows.length) out.push('', title, table([['GROUP', 'N'], ...rows.map((g) => [g.group, String(g.n)])]));
  };
  counted('Incidents per month', c.by_month);
  counted('Incidents per quarter', c.by_quarter);
  counted('Incidents per severity', c.by_severity);
  counted('Incidents per service', c.by_service);
  if (r.drills.by_month) {
    counted('Drills per month', r.drills.by_month);
    counted('Drills per severity', r.drills.by_severity ?? []);
  }

  out.push('', `Response times by ${r.by} (APPROX: figures from an estimated time, counted; WITHOUT DATA: incidents left out)`);
  const rows = [['METRIC', 'GROUP', 'N', 'P50', 'MEAN', 'P90', 'MAX', 'APPROX', 'WITHOUT DATA']];
  for (const f of r.response) {
    rows.push([METRIC_LABELS[f.metric]!, f.group, String(f.n), dur(f.p50_ms), dur(f.mean_ms), dur(f.p90_ms), dur(f.max_ms), String(f.approx.n), String(f.without_data.n)]);
  }
  out.push(table(rows));

  const ft = r.follow_through;
  out.push('', `Action items: ${ft.items}, ${ft.linked_to_issue.linked} linked to an issue (${pct(ft.linked_to_issue.share)})`);
  if (ft.per_month.length) {
    out.push(table([['CREATED IN', 'CREATED', 'DONE'], ...ft.per_month.map((m) => [m.group, String(m.created), String(m.completed)])]));
  }
  out.push('', 'Open action items by age', table([['AGE', 'N'], ...ft.open_by_age.map((g) => [g.group, String(g.n)])]));
  if (ft.overdue_by_owner.length) {
    out.push('', 'Overdue action items by owner', table([['OWNER', 'N', 'ITEMS'], ...ft.overdue_by_owner.map((g) => [g.group, String(g.n), g.items.join(' ')])]));
  }
  if (ft.completion_by_severity.length) {
    out.push('', 'Action items done by severity (wont-do left out)',
      table([['SEVERITY', 'DONE', 'OF', 'RATE'], ...ft.completion_by_severity.map((g) => [g.group, String(g.done), String(g.counted), pct(g.rate)])]));
  }

  const pm = r.postmortems;
  if (pm.within_deadline.length) {
    out.push('', 'Post-mortems reviewed within the deadline',
      table([['SEVERITY', 'WITHIN', 'OF', 'SHARE', 'PENDING', 'WITHOUT DATA'],
        ...pm.within_deadline.map((g) => [g.group, String(g.within), String(g.counted), pct(g.share), String(g.pending.n), String(g.without_data.n)])]));
  }
  const tp = pm.to_published;
  out.push('', tp.n
    ? `Days from resolution to published: p50 ${tp.p50_days}, p90 ${tp.p90_days}, max ${tp.max_days} (n ${tp.n})`
    : 'Days from resolution to published: no published post-mortem');
  if (pm.overdue.length) {
    out.push('', 'Overdue post-mortems', table([['ID', 'SEVERITY', 'DUE', 'DAYS OVER', 'STATUS', 'OWNER'],
      ...pm.overdue.map((o) => [o.id, o.severity, o.due, String(o.days_overdue), o.status, o.owner ?? '-'])]));
  }

  const oh = r.load.outside_hours;
  out.push('', `Timeline entries outside working hours: ${oh.outside} of ${oh.entries} (${pct(oh.share)})`);
  if (oh.by_month.length) {
    out.push(table([['MONTH', 'OUTSIDE', 'OF', 'SHARE'], ...oh.by_month.map((g) => [g.group, String(g.outside), String(g.entries), pct(g.share)])]));
  }
  if (r.load.roles.length) {
    out.push('', 'Incidents per person and role', table([['MONTH', 'PERSON', 'ROLE', 'N'], ...r.load.roles.map((g) => [g.month, g.person, g.role, String(g.n)])]));
  }

  out.push('', 'Repeats (more than one incident in the window)');
  out.push(r.repeats.services.length ? table([['SERVICE', 'N'], ...r.repeats.services.map((g) => [g.group, String(g.n)])]) : '  no service had more than one incident');
  if (r.repeats.tags.length) out.push(table([['TAG', 'N'], ...r.repeats.tags.map((g) => [g.group, String(g.n)])]));
  if (r.repeats.note) out.push(`  (${r.repeats.note})`);
  return out.join('\n') + '\n';
}
