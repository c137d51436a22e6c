// The internal site's pages (`incident site`): an index of every incident with filter pages by
// severity, service, status and year (plain links: no JavaScript anywhere), the insights with
// charts, the action-item tracker and the post-mortem review queue; each incident's own page is its
// internal render (templates/postmortem.html.hbs, written by the command). Pure: the incidents and
// the insights in, files (path -> text) out. Every value from a file is escaped here.
import { escapeHtml as esc } from '../render/escape.ts';
import { dur, pct, type Insights } from '../insights/index.ts';
import { figureTables } from './figures.ts';
import { lines, stackedBars } from './charts.ts';

export interface SiteItem {
  id: string;
  title: string;
  owner?: string;
  due?: string;
  status: string;
}

export interface SiteIncident {
  id: string;
  /** Its page: incidents/<page>.html (the file's name, which is safe as a path; an id may be any text). */
  page: string;
  title: string;
  kind: string;
  severity: string;
  status: string;
  services: string[];
  /** YYYY-MM-DD from the id. */
  date: string;
  postmortem: { status?: string; owner?: string; due?: string };
  /** Its open (and in-progress) action items: what the tracker lists. */
  actionItems: SiteItem[];
}

export interface SiteInput {
  title: string;
  /** Newest first. */
  incidents: SiteIncident[];
  insights: Insights;
  /** The config's severities, most severe first (the order of the chart's series). */
  severities: readonly string[];
  /** Today (UTC), for overdue. */
  today: string;
}

const OPEN_ITEM = new Set(['open', 'in-progress']);
const DONE_INCIDENT = new Set(['resolved', 'closed']);
/** The months the charts show: the last two years of the window. */
const CHART_MONTHS = 24;

/**
 * A page's text in parts, to be written one after the other: the tables of 10,000 rows are never
 * made into one string (with its copy as UTF-8, tens of MB at once for the action items).
 */
export type Html = string | readonly Html[];
export const htmlText = (html: Html): string => (typeof html === 'string' ? html : html.map(htmlText).join(''));

/** The pages, one at a time (path, text): a year of incidents makes tens of MB of filter pages, never held at once. */
export function* sitePages(input: SiteInput): Generator<[string, Html]> {
  const { incidents } = input;
  // Every index page shows the same filter links (from the top or from filter/): grouped once.
  const groups = FACETS.map((facet) => facetGroups(incidents, facet));
  const filters = (root: string) => filterLinks(groups, root);
  yield ['index.html', page(input.title, 'Incidents', '', 'index', indexBody(incidents, indexRows(incidents, ''), '', filters('')))];
  // An incident's row is the same on every filter page it is on (a third of them are on several).
  const rows = indexRows(incidents, '../');
  const fromFilter = filters('../');
  for (const [k, facet] of FACETS.entries()) {
    for (const [value, list] of groups[k]!) {
      yield [facetPath(facet, value), page(input.title, `${facet.label}: ${value}`, '../', 'index', indexBody(list, rows, '../', fromFilter, `${facet.label}: ${value}`))];
    }
  }
  yield ['insights.html', page(input.title, 'Insights', '', 'insights', insightsBody(input))];
  yield ['actions.html', page(input.title, 'Action items', '', 'actions', actionsBody(input))];
  yield ['reviews.html', page(input.title, 'Post-mortem review queue', '', 'reviews', reviewsBody(input))];
}

// --- Layout

const NAV = [['index', 'index.html', 'Incidents'], ['insights', 'insights.html', 'Insights'], ['actions', 'actions.html', 'Action items'], ['reviews', 'reviews.html', 'Review queue']] as const;

function page(site: string, title: string, root: string, current: string, body: Html): Html {
  const nav = NAV.map(([key, href, label]) => `<a href="${root}${href}"${key === current ? ' aria-current="page"' : ''}>${label}</a>`).join(' ');
  return [`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'">
<title>${esc(title)} - ${esc(site)}</title>
<style>
${STYLE}</style>
</head>
<body>
<header><p class="site">${esc(site)}</p><nav aria-label="Site">${nav}</nav></header>
<main>
<h1>${esc(title)}</h1>
`, body, `</main>
</body>
</html>
`];
}

/** A small table, as one string. */
const table = (caption: string, head: string[], rows: string[][]) => htmlText(tableOf(caption, head, rows.map(tr)));
/** A table of rows already made (tr), in parts. */
const tableOf = (caption: string, head: string[], trs: readonly string[]): Html => [
  `<div class="table-wrap" role="region" aria-label="${esc(caption)}" tabindex="0"><table>\n<caption>${esc(caption)}</caption>\n<thead><tr>${head.map((h) => `<th scope="col">${esc(h)}</th>`).join('')}</tr></thead>\n<tbody>\n`,
  lineParts(trs),
  '\n</tbody>\n</table></div>\n',
];
/** Lines as parts: each line, and a line break between two. */
function lineParts(texts: readonly string[]): string[] {
  const out: string[] = [];
  for (const [k, text] of texts.entries()) {
    if (k) out.push('\n');
    out.push(text);
  }
  return out;
}
const tr = (cells: readonly string[]) => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;

const drillMark = (i: SiteIncident) => (i.kind === 'drill' ? ' <span class="drill">DRILL</span>' : '');
const link = (root: string, i: SiteIncident) => `<a href="${root}incidents/${encodeURIComponent(i.page)}.html">${esc(i.title || i.id)}</a>`;

// --- The index and its filters

interface Facet {
  key: 'severity' | 'service' | 'status' | 'year';
  label: string;
  values: (i: SiteIncident) => string[];
}

const FACETS: Facet[] = [
  { key: 'severity', label: 'Severity', values: (i) => [i.severity || '(none)'] },
  { key: 'service', label: 'Service', values: (i) => (i.services.length ? [...new Set(i.services)] : ['(none)']) },
  { key: 'status', label: 'Status', values: (i) => [i.status || '(none)'] },
  { key: 'year', label: 'Year', values: (i) => [i.date.slice(0, 4) || '(none)'] },
];

function facetGroups(incidents: readonly SiteIncident[], facet: Facet): Map<string, SiteIncident[]> {
  const groups = new Map<string, SiteIncident[]>();
  for (const i of incidents) {
    for (const v of facet.values(i)) {
      const list = groups.get(v);
      if (list) list.push(i);
      else groups.set(v, [i]);
    }
  }
  return new Map([...groups].sort(([a], [b]) => (facet.key === 'year' ? (a < b ? 1 : a > b ? -1 : 0) : a < b ? -1 : a > b ? 1 : 0)));
}

/** A file name for any value: letters, digits, - and _ kept, every other character as _ and its code. */
const slug = (value: string) => value.replace(/[^A-Za-z0-9_-]/g, (c) => `_${c.codePointAt(0)!.toString(16)}`);
const facetPath = (facet: Facet, value: string) => `filter/${facet.key}-${slug(value)}.html`;

/** The filter links of every facet (`groups`: each facet's groups of all incidents), from `root`. */
function filterLinks(groups: readonly Map<string, SiteIncident[]>[], root: string): string {
  return FACETS.map((facet, k) => {
    const links = [...groups[k]!].map(([v, l]) => `<a href="${root}${facetPath(facet, v)}">${esc(v)} (${l.length})</a>`).join(' ');
    return `<p><strong>${facet.label}:</strong> ${links}</p>`;
  }).join('\n');
}

/** Each incident's row of an index page, from `root`. */
function indexRows(incidents: readonly SiteIncident[], root: string): Map<SiteIncident, string> {
  return new Map(incidents.map((i) => [i, tr([esc(i.date), link(root, i) + drillMark(i), esc(i.severity), esc(i.status), esc(i.services.join(', '))])]));
}

function indexBody(list: readonly SiteIncident[], rows: Map<SiteIncident, string>, root: string, filters: string, filtered?: string): Html {
  const drills = list.filter((i) => i.kind === 'drill').length;
  return [`<p>${list.length} incident${list.length === 1 ? '' : 's'}${filtered ? '' : ', newest first'}${drills ? ` (${drills} of them drill${drills === 1 ? '' : 's'}, marked DRILL and counted apart from the insights)` : ''}.${filtered ? ` <a href="${root}index.html">All incidents</a>` : ''}</p>
<nav aria-label="Filters" class="filters">
${filters}
</nav>
`, tableOf(filtered ? `Incidents, ${filtered}` : 'Incidents', ['Date', 'Title', 'Severity', 'Status', 'Services'], list.map((i) => rows.get(i)!))];
}

// --- Insights


/** Consecutive months from the first to the last given. */
function monthRange(months: readonly string[]): string[] {
  if (!months.length) return [];
  const sorted = [...months].sort();
  const [fy, fm] = sorted[0]!.split('-').map(Number) as [number, number];
  const [ly, lm] = sorted[sorted.length - 1]!.split('-').map(Number) as [number, number];
  const out: string[] = [];
  for (let y = fy, m = fm; y < ly || (y === ly && m <= lm); m === 12 ? ((y += 1), (m = 1)) : (m += 1)) out.push(`${y}-${String(m).padStart(2, '0')}`);
  return out;
}

function insightsBody(input: SiteInput): string {
  const r = input.insights;
  const subject = input.incidents.filter((i) => i.kind !== 'drill');
  const every = monthRange(r.counts.by_month.map((g) => g.group));
  const months = every.slice(-CHART_MONTHS);
  const out: string[] = [];
  out.push(`<p>${r.counts.total} incidents; drills (${r.drills.n}) are counted apart and never in a figure. Percentiles are nearest-rank (always a time some incident really took). Definitions version ${r.definitions.version}; the same figures as <code>incident insights</code>.</p>`);

  // 1. Incidents per month by severity.
  const sevs = [...input.severities, ...new Set(subject.map((i) => i.severity || '(none)').filter((s) => !input.severities.includes(s)))]
    .filter((s) => subject.some((i) => (i.severity || '(none)') === s));
  // Per month, each severity's count (a pass over the incidents a month, not one a month and severity).
  const perMonth = months.map((m) => {
    const counts = new Map<string, number>();
    for (const i of subject) if (i.date.startsWith(m)) counts.set(i.severity || '(none)', (counts.get(i.severity || '(none)') ?? 0) + 1);
    return counts;
  });
  const bySev = sevs.map((s) => ({ name: s, values: perMonth.map((counts) => counts.get(s) ?? 0) }));
  const range = months.length ? `${months[0]} to ${months[months.length - 1]}` : 'no months';
  // Said where it shows, not only in the charts' descriptions: else the incidents before seem missing.
  const cut = every.length > months.length ? `<p>The last ${months.length} months, ${range}, of ${every.length} since ${every[0]}: <code>incident insights --by month</code> has the months before.</p>\n` : '';
  out.push(figure('Incidents per month by severity', cut,
    stackedBars({ id: 'per-month', title: 'Incidents per month by severity', description: `Stacked bars, one per month from ${range}, one colour per severity; the numbers are in the table below.`, xLabel: 'Month', yLabel: 'Incidents' }, months, bySev),
    table('Incidents per month by severity', ['Month', ...sevs, 'Total'], months.map((m, k) => [m, ...bySev.map((s) => String(s.values[k])), String(bySev.reduce((a, s) => a + s.values[k]!, 0))]))));

  // 2. p50 / p90 time to resolve per month (the response figures grouped by month).
  const ttr = new Map(r.response.filter((f) => f.metric === 'time_to_resolve' && f.group !== 'all').map((f) => [f.group, f]));
  const hours = (ms: number | null | undefined) => (ms === null || ms === undefined ? null : Math.round(ms / 360_000) / 10);
  out.push(figure('Time to resolve per month (p50 and p90)', cut,
    lines({ id: 'ttr', title: 'Time to resolve per month, p50 and p90', description: `Two lines, p50 and p90 of time to resolve in hours, per month from ${range}; a gap is a month without data. Numbers in the table below.`, xLabel: 'Month', yLabel: 'Hours' },
      months, [{ name: 'p50', values: months.map((m) => hours(ttr.get(m)?.p50_ms)) }, { name: 'p90', values: months.map((m) => hours(ttr.get(m)?.p90_ms)) }], (v) => `${v}h`),
    table('Time to resolve per month', ['Month', 'N', 'p50', 'p90', 'Max', 'Without data'], months.map((m) => {
      const f = ttr.get(m);
      return [m, String(f?.n ?? 0), dur(f?.p50_ms ?? null), dur(f?.p90_ms ?? null), dur(f?.max_ms ?? null), String(f?.without_data.n ?? 0)];
    }))));

  // 3. Action-item backlog by age.
  const ages = r.follow_through.open_by_age;
  out.push(figure('Open action items by age', '',
    stackedBars({ id: 'backlog', title: 'Open action items by age', description: `Bars: open or in-progress action items ${ages.map((g) => `${g.group}: ${g.n}`).join(', ')}.`, xLabel: 'Age', yLabel: 'Action items' },
      ages.map((g) => g.group), [{ name: 'open', values: ages.map((g) => g.n) }]),
    table('Open action items by age', ['Age', 'Open items'], ages.map((g) => [esc(g.group), String(g.n)]))));

  // 4. Post-mortem timeliness.
  const wd = r.postmortems.within_deadline;
  out.push(figure('Post-mortems reviewed within the deadline', '',
    stackedBars({ id: 'timeliness', title: 'Post-mortems reviewed within the deadline, by severity', description: `Bars: the share of post-mortems reviewed within their deadline per severity, ${wd.map((g) => `${g.group}: ${pct(g.share)} of ${g.counted}`).join(', ')}.`, xLabel: 'Severity', yLabel: 'Reviewed within deadline (%)' },
      wd.map((g) => g.group), [{ name: 'within the deadline', values: wd.map((g) => (g.share === null ? 0 : Math.round(g.share * 100))) }], '%', 100),
    table('Post-mortems reviewed within the deadline', ['Severity', 'Within', 'Of', 'Share', 'Pending'], wd.map((g) => [esc(g.group), String(g.within), String(g.counted), pct(g.share), String(g.pending.n)]))));

  // The headline response figures.
  const all = r.response.filter((f) => f.group === 'all');
  out.push(`<h2>Response times, all incidents</h2>\n${table('Response times, all incidents', ['Metric', 'N', 'p50', 'Mean', 'p90', 'Max', 'Approx', 'Without data'],
    all.map((f) => [esc(f.metric.replace(/_/g, ' ')), String(f.n), dur(f.p50_ms), dur(f.mean_ms), dur(f.p90_ms), dur(f.max_ms), String(f.approx.n), String(f.without_data.n)]))}`);

  // The other figures, as tables (figures.ts): the page holds every figure `incident insights` gives.
  for (const t of figureTables(r)) {
    const lead = t.lead ? `<p>${esc(t.lead)}</p>\n` : '';
    const body = t.rows.length ? table(t.heading, t.head, t.rows.map((row) => row.map(esc))) : '<p>None in the window.</p>\n';
    out.push(`<section>\n<h2>${esc(t.heading)}</h2>\n${lead}${body}</section>`);
  }
  return out.join('\n');
}

/** `note`: HTML under the heading, or ''. */
function figure(heading: string, note: string, svg: string, data: string): string {
  return `<section>\n<h2>${esc(heading)}</h2>\n${note}<figure tabindex="0">\n${svg}\n<figcaption>${esc(heading)}: the numbers</figcaption>\n</figure>\n${data}</section>`;
}

// --- Action items and the review queue

function actionsBody(input: SiteInput): Html {
  // By due date (none last), incident, item: each key made once, not at every comparison.
  const open = input.incidents.filter((i) => i.kind !== 'drill').flatMap((i) => i.actionItems.filter((a) => OPEN_ITEM.has(a.status))
    .map((a) => ({ i, a, key: `${a.due ?? '9'}\u0000${i.id}\u0000${a.id}` })));
  const isOverdue = ({ a }: (typeof open)[number]) => a.due !== undefined && a.due < input.today;
  const overdue = open.filter(isOverdue);
  const owners = new Map<string, number>();
  for (const { a } of overdue) owners.set(a.owner ?? '(no owner)', (owners.get(a.owner ?? '(no owner)') ?? 0) + 1);
  // Sorted once (stable: the overdue items in the same order as sorted on their own), each row made once.
  const sorted = [...open].sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0))
    .map((x) => ({ overdue: isOverdue(x), tr: tr([esc(x.a.id), esc(x.a.title), link('', x.i), esc(x.a.owner ?? '-'), esc(x.a.due ?? '-'), esc(x.a.status)]) }));
  const head = ['Item', 'Title', 'Incident', 'Owner', 'Due', 'Status'];
  return [`<p>${open.length} open action item${open.length === 1 ? '' : 's'}, ${overdue.length} overdue (due before ${esc(input.today)}). Drills' items are left out.</p>
<h2>Overdue by owner</h2>
${table('Overdue action items by owner', ['Owner', 'Overdue'], [...owners].sort(([a], [b]) => (a < b ? -1 : 1)).map(([o, n]) => [esc(o), String(n)]))}<h2>Overdue</h2>
`, tableOf('Overdue action items', head, sorted.filter((x) => x.overdue).map((x) => x.tr)), `<h2>All open items</h2>
`, tableOf('Open action items', head, sorted.map((x) => x.tr))];
}

function reviewsBody(input: SiteInput): Html {
  const queue = input.incidents.filter((i) => i.kind !== 'drill' && DONE_INCIDENT.has(i.status) && i.postmortem.status !== 'published');
  const order = ['in-review', 'approved', 'draft'];
  const rank = (s?: string) => (order.includes(s ?? 'draft') ? order.indexOf(s ?? 'draft') : order.length);
  const due = (i: SiteIncident) => i.postmortem.due ?? '9'; // no due date: last
  queue.sort((a, b) => rank(a.postmortem.status) - rank(b.postmortem.status) || (due(a) < due(b) ? -1 : due(a) > due(b) ? 1 : 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const rows = queue.map((i) => {
    const due = i.postmortem.due;
    return tr([link('', i), esc(i.severity), esc(i.postmortem.status ?? 'draft'), esc(i.postmortem.owner ?? '-'), esc(due ?? '-') + (due && due < input.today ? ' <strong>overdue</strong>' : '')]);
  });
  return [`<p>${queue.length} resolved incident${queue.length === 1 ? '' : 's'} whose post-mortem is not published yet: in review first, then approved, then drafts, each by due date.</p>
`, tableOf('Post-mortem review queue', ['Incident', 'Severity', 'Post-mortem', 'Owner', 'Due'], rows)];
}

// --- Style, in each page (no request: works from file:// and a CI artifact): light and dark,
// readable at 375 px (tables scroll inside their box, charts scale).

const STYLE = `:root { color-scheme: light dark; --bg: #ffffff; --fg: #1b1f24; --muted: #57606a; --link: #0a58ca; --grid: #d0d7de; --drill-bg: #fff3cd; --drill-fg: #5c4300;
  --s0: #b42318; --s1: #c4590b; --s2: #8a6d00; --s3: #2e7d32; --s4: #1565c0; --s5: #6a1b9a; }
@media (prefers-color-scheme: dark) {
  :root { --bg: #0d1117; --fg: #e6edf3; --muted: #9da7b3; --link: #79b8ff; --grid: #30363d; --drill-bg: #4d3800; --drill-fg: #ffe08a;
    --s0: #ff7b72; --s1: #ffa657; --s2: #e3b341; --s3: #7ee787; --s4: #79c0ff; --s5: #d2a8ff; }
}
body { margin: 0 auto; max-width: 60rem; padding: 0 1rem 2rem; background: var(--bg); color: var(--fg); font: 16px/1.5 system-ui, sans-serif; }
a { color: var(--link); }
header { border-bottom: 1px solid var(--grid); padding: 0.5rem 0; }
header .site { margin: 0; color: var(--muted); }
nav a { margin-right: 0.75rem; display: inline-block; }
nav a[aria-current="page"] { font-weight: bold; }
.filters p { margin: 0.25rem 0; }
.table-wrap { overflow-x: auto; margin: 1rem 0; }
table { border-collapse: collapse; min-width: 100%; }
caption { text-align: left; font-weight: bold; padding: 0.25rem 0; }
th, td { text-align: left; padding: 0.25rem 0.5rem; border-bottom: 1px solid var(--grid); vertical-align: top; }
.drill { background: var(--drill-bg); color: var(--drill-fg); font-size: 0.8em; font-weight: bold; padding: 0 0.3em; border-radius: 3px; }
.facts { color: var(--muted); }
figure { margin: 1rem 0; overflow-x: auto; }
td:first-child { white-space: nowrap; }
/* Never narrower than 480 px (text at 9 px or more): on a phone the chart scrolls sideways in its figure. */
svg.chart { width: 100%; min-width: 480px; height: auto; max-width: 640px; display: block; color: var(--fg); }
svg.chart .grid { stroke: var(--grid); stroke-width: 1; }
svg.chart .baseline { stroke: var(--muted); stroke-width: 1; }
svg.chart .line { fill: none; stroke-width: 2.5; }
${[0, 1, 2, 3, 4, 5].map((k) => `svg.chart rect.s${k}, svg.chart circle.s${k} { fill: var(--s${k}); }\nsvg.chart .line.s${k} { stroke: var(--s${k}); }`).join('\n')}
article img { max-width: 100%; }
pre { overflow-x: auto; }
`;
