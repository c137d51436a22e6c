// The insights as CSV (RFC 4180: CRLF line ends, fields quoted when they hold a comma, a quote or
// a line break, quotes doubled): one row per figure and group, durations in seconds.
import type { Insights } from './index.ts';

const COLUMNS = ['section', 'figure', 'group', 'n', 'value', 'of', 'share', 'p50', 'mean', 'p90', 'max', 'unit', 'approx', 'without_data', 'ids'] as const;
type Row = Partial<Record<(typeof COLUMNS)[number], string | number | null>>;

export function csvField(value: unknown): string {
  const s = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const sec = (ms: number | null) => (ms === null ? null : ms / 1000);
const ids = (list: readonly string[]) => list.join(' ');

export function insightsCsv(r: Insights): string {
  return [...insightsCsvChunks(r)].join('');
}

const line = (row: Row) => COLUMNS.map((c) => csvField(row[c])).join(',') + '\r\n';

/** insightsCsv's text, row by row (10,000 incidents make tens of MB: written as they are made). */
export function* insightsCsvChunks(r: Insights): Generator<string> {
  yield COLUMNS.join(',') + '\r\n';
  // Each row is made a line as it is pushed; the lines go out section by section.
  let pending: string[] = [];
  const rows = { push: (row: Row) => pending.push(line(row)) };
  const flush = function* () {
    yield* pending;
    pending = [];
  };
  const counted = (figure: string, list: { group: string; n: number; ids: string[] }[]) => {
    for (const g of list) rows.push({ section: 'counts', figure, group: g.group, n: g.n, ids: ids(g.ids) });
  };
  rows.push({ section: 'counts', figure: 'incidents', group: 'all', n: r.counts.total, ids: ids(r.counts.ids) });
  counted('incidents_per_month', r.counts.by_month);
  counted('incidents_per_quarter', r.counts.by_quarter);
  counted('incidents_per_severity', r.counts.by_severity);
  counted('incidents_per_service', r.counts.by_service);
  rows.push({ section: 'counts', figure: 'drills_left_out', group: 'all', n: r.drills.n, ids: ids(r.drills.ids) });
  for (const g of r.drills.by_month ?? []) rows.push({ section: 'counts', figure: 'drills_per_month', group: g.group, n: g.n, ids: ids(g.ids) });
  yield* flush();
  for (const f of r.response) {
    rows.push({
      section: 'response', figure: f.metric, group: f.group, n: f.n,
      p50: sec(f.p50_ms), mean: sec(f.mean_ms), p90: sec(f.p90_ms), max: sec(f.max_ms), unit: 's',
      approx: f.approx.n, without_data: f.without_data.n, ids: ids(f.ids),
    });
  }
  yield* flush();
  const ft = r.follow_through;
  for (const m of ft.per_month) {
    rows.push({ section: 'follow_through', figure: 'action_items_created', group: m.group, n: m.created, ids: ids(m.ids) });
    rows.push({ section: 'follow_through', figure: 'action_items_completed', group: m.group, n: m.completed, of: m.created, ids: ids(m.ids) });
  }
  for (const g of ft.open_by_age) rows.push({ section: 'follow_through', figure: 'open_items_by_age', group: g.group, n: g.n, ids: ids(g.ids) });
  for (const g of ft.overdue_by_owner) rows.push({ section: 'follow_through', figure: 'overdue_items_by_owner', group: g.group, n: g.n, value: g.items.join(' '), ids: ids(g.ids) });
  for (const g of ft.completion_by_severity) {
    rows.push({ section: 'follow_through', figure: 'completion_rate', group: g.group, n: g.done, of: g.counted, share: g.rate, ids: ids(g.ids) });
  }
  const l = ft.linked_to_issue;
  rows.push({ section: 'follow_through', figure: 'linked_to_issue', group: 'all', n: l.linked, of: l.items, share: l.share, ids: ids(l.ids) });
  const pm = r.postmortems;
  for (const g of pm.within_deadline) {
    rows.push({ section: 'postmortems', figure: 'reviewed_within_deadline', group: g.group, n: g.within, of: g.counted, share: g.share, without_data: g.without_data.n, ids: ids(g.ids) });
  }
  const tp = pm.to_published;
  rows.push({ section: 'postmortems', figure: 'days_to_published', group: 'all', n: tp.n, p50: tp.p50_days, p90: tp.p90_days, max: tp.max_days, unit: 'days', ids: ids(tp.ids) });
  for (const o of pm.overdue) {
    rows.push({ section: 'postmortems', figure: 'overdue', group: o.id, n: 1, value: o.days_overdue, unit: 'days', ids: o.id });
  }
  yield* flush();
  for (const g of r.load.roles) {
    rows.push({ section: 'load', figure: 'incidents_per_person_role', group: `${g.month}/${g.person}/${g.role}`, n: g.n, ids: ids(g.ids) });
  }
  yield* flush();
  const oh = r.load.outside_hours;
  rows.push({ section: 'load', figure: 'entries_outside_hours', group: 'all', n: oh.outside, of: oh.entries, share: oh.share, ids: ids(oh.ids) });
  for (const g of oh.by_month) rows.push({ section: 'load', figure: 'entries_outside_hours_per_month', group: g.group, n: g.outside, of: g.entries, share: g.share, ids: ids(g.ids) });
  for (const g of oh.by_person) rows.push({ section: 'load', figure: 'entries_outside_hours_per_person', group: g.group, n: g.outside, of: g.entries, share: g.share, ids: ids(g.ids) });
  for (const g of r.repeats.services) rows.push({ section: 'repeats', figure: 'service', group: g.group, n: g.n, ids: ids(g.ids) });
  for (const g of r.repeats.tags) rows.push({ section: 'repeats', figure: 'tag', group: g.group, n: g.n, ids: ids(g.ids) });
  yield* flush();
}
