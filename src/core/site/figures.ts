// Every figure of `incident insights` that the insights page's charts do not show, as tables (the
// page's HTML makes them, pages.ts): the page then holds the same figures as the terminal, by the
// same names. The overdue action items by owner and the overdue post-mortems have pages of their
// own (the tracker, the review queue).
import { dur, METRIC_LABELS, pct, type Insights } from '../insights/index.ts';

export interface FigureTable {
  heading: string;
  /** A sentence before the table (a total, or why it is empty). */
  lead?: string;
  head: string[];
  rows: string[][];
}

const counted = (heading: string, rows: readonly { group: string; n: number }[], what = 'Group'): FigureTable =>
  ({ heading, head: [what, 'Incidents'], rows: rows.map((g) => [g.group, String(g.n)]) });

export function figureTables(r: Insights): FigureTable[] {
  const ft = r.follow_through;
  const tp = r.postmortems.to_published;
  const oh = r.load.outside_hours;
  return [
    counted('Incidents per quarter', r.counts.by_quarter, 'Quarter'),
    counted('Incidents per severity', r.counts.by_severity, 'Severity'),
    counted('Incidents per service', r.counts.by_service, 'Service'),
    {
      heading: `Response times by ${r.by}`,
      lead: 'Approx: figures from an estimated time, counted. Without data: incidents left out of the figure.',
      head: ['Metric', capitalized(r.by), 'N', 'p50', 'Mean', 'p90', 'Max', 'Approx', 'Without data'],
      rows: r.response.filter((f) => f.group !== 'all').map((f) => [
        METRIC_LABELS[f.metric]!, f.group, String(f.n), dur(f.p50_ms), dur(f.mean_ms), dur(f.p90_ms), dur(f.max_ms), String(f.approx.n), String(f.without_data.n),
      ]),
    },
    {
      heading: 'Action items created and done per month',
      lead: `${ft.items} action items, ${ft.linked_to_issue.linked} linked to an issue (${pct(ft.linked_to_issue.share)}).`,
      head: ['Created in', 'Created', 'Done'],
      rows: ft.per_month.map((m) => [m.group, String(m.created), String(m.completed)]),
    },
    {
      heading: 'Action items done by severity',
      lead: 'Items marked wont-do are left out.',
      head: ['Severity', 'Done', 'Of', 'Rate'],
      rows: ft.completion_by_severity.map((g) => [g.group, String(g.done), String(g.counted), pct(g.rate)]),
    },
    {
      heading: 'Days from resolution to published',
      head: ['Post-mortems', 'p50', 'p90', 'Max'],
      rows: [[String(tp.n), days(tp.p50_days), days(tp.p90_days), days(tp.max_days)]],
    },
    {
      heading: 'Timeline entries outside working hours',
      lead: `${oh.outside} of ${oh.entries} entries (${pct(oh.share)}).`,
      head: ['Month', 'Outside', 'Of', 'Share'],
      rows: oh.by_month.map((g) => [g.group, String(g.outside), String(g.entries), pct(g.share)]),
    },
    {
      heading: 'Incidents per person and role',
      head: ['Month', 'Person', 'Role', 'Incidents'],
      rows: r.load.roles.map((g) => [g.month, g.person, g.role, String(g.n)]),
    },
    { ...counted('Repeated services', r.repeats.services, 'Service'), lead: 'Services with more than one incident.' },
    { ...counted('Repeated tags', r.repeats.tags, 'Tag'), lead: `Tags with more than one incident.${r.repeats.note ? ` ${capitalized(r.repeats.note)}.` : ''}` },
  ];
}

const days = (n: number | null) => (n === null ? '-' : String(n));
const capitalized = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
