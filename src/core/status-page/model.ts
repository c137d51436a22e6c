// The status page's model, pure: which incidents it shows and where, each service's state, the
// page's indicator, the 90-day uptime bars. What appears where (as Statuspage does it):
// - an open public incident (investigating, identified, monitoring): in the banner and under
//   "Active incidents" with its updates, and its services take its state, from the moment it is
//   public (no post-mortem needed);
// - a resolved or closed public incident: in the history with its updates once it has any (or a
//   published post-mortem); its Public summary shows only once the post-mortem is published;
// - drills and incidents without `public: true`: nowhere.
import { formatDuration } from '../time/duration.ts';
import { parseInstant } from '../timeline/timeline.ts';
import { OPEN_STATUSES } from '../model/types.ts';
import { str } from '../render/view.ts';
import {
  COMPONENT_LABEL, COMPONENT_RANK, COMPONENT_STATUSES, IMPACT_OF, UPDATE_STATUSES,
  type ComponentStatus, type Impact, type Indicator, type UpdateStatus,
} from '../model/status-page.ts';

export const UPTIME_DAYS = 90;
const DAY = 86_400_000;

export interface UpdateRow {
  /** Stable within the incident: its position in time order (`u1` is the first ever posted). */
  id: string;
  at: string;
  status: UpdateStatus;
  text: string;
}

/** The public updates (never `by`), oldest first; entries that are not whole updates are left out. */
export function updatesOf(data: Record<string, unknown>): UpdateRow[] {
  const list = Array.isArray(data.updates) ? data.updates : [];
  const rows: (UpdateRow & { ms: number; n: number })[] = [];
  list.forEach((u, n) => {
    const r = (typeof u === 'object' && u !== null ? u : {}) as Record<string, unknown>;
    const at = str(r.at);
    const text = str(r.text);
    const ms = at === null ? undefined : parseInstant(at);
    if (!at || !text || ms === undefined || !(UPDATE_STATUSES as readonly unknown[]).includes(r.status)) return;
    rows.push({ id: '', at, status: r.status as UpdateStatus, text, ms, n });
  });
  rows.sort((a, b) => a.ms - b.ms || a.n - b.n);
  return rows.map(({ at, status, text }, i) => ({ id: `u${i + 1}`, at, status, text }));
}

export type SeverityMap = Record<string, ComponentStatus>;
/** The state an open incident gives its services: its own `component_status`, else its severity's. */
export function componentStatusOf(data: Record<string, unknown>, map: SeverityMap): ComponentStatus {
  const own = data.component_status;
  if ((COMPONENT_STATUSES as readonly unknown[]).includes(own)) return own as ComponentStatus;
  const sev = typeof data.severity === 'string' ? data.severity : '';
  return map[sev] ?? 'degraded_performance';
}

/** Whether the status page shows the incident (see the header). */
export function onStatusPage(data: Record<string, unknown>, postmortemPublished: boolean): 'open' | 'history' | false {
  if (data.public !== true || data.kind === 'drill') return false;
  if ((OPEN_STATUSES as readonly unknown[]).includes(data.status)) return 'open';
  return postmortemPublished || updatesOf(data).length > 0 ? 'history' : false;
}

export interface StatusIncident {
  id: string;
  title: string;
  href: string;
  open: boolean;
  /** Statuspage's incident status: the incident's own (closed reads as resolved). */
  status: UpdateStatus;
  impact: Impact;
  component_status: ComponentStatus;
  services: string[];
  /** ISO 8601 (UTC) or null. */
  started: string | null;
  ended: string | null;
  resolved: string | null;
  updates: UpdateRow[];
}

export function incidentStatus(status: string | null, open: boolean): UpdateStatus {
  if ((UPDATE_STATUSES as readonly (string | null)[]).includes(status)) return status as UpdateStatus;
  return open ? 'investigating' : 'resolved';
}

export interface ServiceState {
  name: string;
  /** For file names and ids: lower-case letters, digits and `-`. */
  slug: string;
  status: ComponentStatus;
  label: string;
  /** The open incidents that give it its state. */
  incidents: string[];
  /** Oldest day first; `level`: the worst state that day; `title` (the tooltip) only on days with incidents. */
  days: { date: string; level: ComponentStatus; title: string | null }[];
  /** Share of the 90 days' time without impact, e.g. "99.95". */
  uptime: string;
}

export function slugOf(name: string): string {
  const s = name.normalize('NFKD').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return s || 'service';
}

/** The services: the configured ones first (in their order), then every other one an incident names. */
export function serviceNames(configured: readonly string[], incidents: readonly StatusIncident[]): string[] {
  const names = [...configured];
  for (const i of incidents) for (const s of i.services) if (!names.includes(s)) names.push(s);
  return names;
}

/** An incident's impact window in ms: started (else its first update) to ended (else now while open). */
function windowOf(i: StatusIncident, now: number): [number, number] | undefined {
  const from = (i.started ? parseInstant(i.started) : undefined) ?? (i.updates[0] ? parseInstant(i.updates[0].at) : undefined);
  if (from === undefined) return undefined;
  const to = (i.ended ? parseInstant(i.ended) : undefined) ?? (i.open ? now : from);
  return [from, Math.max(from, to)];
}

export function serviceStates(names: readonly string[], incidents: readonly StatusIncident[], now: number): ServiceState[] {
  const today = Math.floor(now / DAY) * DAY;
  const first = today - (UPTIME_DAYS - 1) * DAY;
  const seen = new Set<string>();
  return names.map((name) => {
    let slug = slugOf(name);
    for (let n = 2; seen.has(slug); n++) slug = `${slugOf(name)}-${n}`;
    seen.add(slug);
    const mine = incidents.filter((i) => i.services.includes(name));
    const open = mine.filter((i) => i.open);
    const status = open.reduce<ComponentStatus>((w, i) => (COMPONENT_RANK[i.component_status] > COMPONENT_RANK[w] ? i.component_status : w), 'operational');
    const windows = mine.map((i) => ({ i, w: windowOf(i, now) })).filter((x) => x.w && x.w[1] > first);
    let down = 0;
    const days = [];
    for (let d = first; d <= today; d += DAY) {
      const date = new Date(d).toISOString().slice(0, 10);
      let level: ComponentStatus = 'operational';
      const notes: string[] = [];
      const spans: [number, number][] = [];
      for (const { i, w } of windows) {
        const from = Math.max(w![0], d);
        const to = Math.min(w![1], d + DAY, now);
        if (to <= from && !(w![0] >= d && w![0] < d + DAY)) continue;
        spans.push([from, Math.max(from, to)]);
        if (COMPONENT_RANK[i.component_status] > COMPONENT_RANK[level]) level = i.component_status;
        notes.push(`${i.title} (${COMPONENT_LABEL[i.component_status]}, ${formatDuration(Math.max(0, to - from))})`);
      }
      down += merged(spans);
      days.push({ date, level, title: notes.length ? `${date}: ${notes.join('; ')}` : null });
    }
    const total = Math.max(1, Math.min(now, today + DAY) - first);
    const uptime = (Math.floor((1 - down / total) * 10000) / 100).toFixed(2);
    return { name, slug, status, label: COMPONENT_LABEL[status], incidents: open.map((i) => i.id), days, uptime };
  });
}

/** The length of the union of the spans (two incidents at once are one outage). */
function merged(spans: [number, number][]): number {
  let total = 0;
  let end = -Infinity;
  for (const [a, b] of spans.sort((x, y) => x[0] - y[0])) {
    if (b <= end) continue;
    total += b - Math.max(a, end);
    end = b;
  }
  return total;
}

/** The page's indicator: the worst impact of the open incidents (Statuspage's status.indicator). */
export function indicatorOf(incidents: readonly StatusIncident[]): { indicator: Indicator; description: string } {
  const open = incidents.filter((i) => i.open);
  if (open.length === 0) return { indicator: 'none', description: 'All Systems Operational' };
  const rank = { none: 0, minor: 1, major: 2, critical: 3 } as const;
  const worst = open.reduce<Impact>((w, i) => (rank[i.impact] > rank[w] ? i.impact : w), 'none');
  if (worst === 'none') {
    const maintenance = open.every((i) => i.component_status === 'under_maintenance');
    return maintenance ? { indicator: 'maintenance', description: 'Service Under Maintenance' } : { indicator: 'minor', description: 'Minor Service Outage' };
  }
  const description = { minor: 'Minor Service Outage', major: 'Partial System Outage', critical: 'Major System Outage' }[worst];
  return { indicator: worst, description };
}

export const impactOf = (c: ComponentStatus): Impact => IMPACT_OF[c];
