// The status page's parts of the public site, pure: the index's banner, services and uptime bars,
// an incident page's updates, the Atom feeds (the site's and one per service, an entry for each
// update and for each published post-mortem), the SVG badges and the JSON API files.
import { parseInstant } from '../timeline/timeline.ts';
import type { SiteEntry } from '../render/site.ts';
import type { Config } from '../config/config.ts';
import { apiFiles } from './api.ts';
import { COMPONENT_LABEL, UPDATE_STATUSES, type ComponentStatus } from '../model/status-page.ts';
import { impactOf, incidentStatus, indicatorOf, serviceNames, serviceStates, type ServiceState, type StatusIncident, type UpdateRow } from './model.ts';
import { COLOR_KEYS } from '../config/status-page.ts';

export const API_DIR = 'api/v2';
export const FEEDS_DIR = 'feeds';
export const BADGES_DIR = 'badges';
/** A service's feed holds its newest entries only (readers poll it; the site feed has 50). */
export const SERVICE_FEED_ENTRIES = 20;
const LABEL: Record<string, string> = Object.fromEntries(UPDATE_STATUSES.map((s) => [s, s[0]!.toUpperCase() + s.slice(1)]));

/** The incident as the status page sees it (from its public view and its public fields only). */
export function statusIncident(e: SiteEntry, open: boolean, rawStatus: string | null, componentStatus: ComponentStatus, updates: UpdateRow[]): StatusIncident {
  return {
    id: e.id, title: e.title, href: e.href, open, status: incidentStatus(rawStatus, open),
    impact: impactOf(componentStatus), component_status: componentStatus, services: e.services,
    started: e.started, ended: e.ended, resolved: open ? null : e.updated, updates,
  };
}

/** Updates for a page, newest first, with the words people read. */
export const pageUpdates = (updates: UpdateRow[]) => [...updates].reverse().map((u) => ({ ...u, label: LABEL[u.status] }));

/** What the index page's template gets from the status page, beside the history (site-index.html.hbs). */
export interface StatusIndex {
  /** The page's overall state: `indicator` (none, minor, major, critical, maintenance), its `description` ("All Systems Operational"), and `open` (any incident open). */
  status: ReturnType<typeof indicatorOf> & { open: boolean };
  /** The open public incidents, worst first, each with its updates newest first and the `label` of its status. */
  active: (Omit<StatusIncident, 'updates'> & { updates: ReturnType<typeof pageUpdates>; label: string | undefined })[];
  /** Every service with its state, its 90 days, and the paths of its `badge` and its `feed`. */
  services: (ServiceState & { badge: string; feed: string })[];
  /** The path of the JSON API's summary.json. */
  api: string;
  /** The site's look (site: in .incident.yml): `logo`, header `links` (`label`, `url`), `colors` (CSS custom properties). */
  look: ReturnType<typeof look>;
}

export interface StatusSite {
  services: ServiceState[];
  /** Extra template context for the index. */
  index: StatusIndex;
  /** Files beside the pages: JSON API, per-service feeds (their Atom context), badges. */
  files: Map<string, string>;
  serviceFeeds: { path: string; title: string; entries: SiteEntry[] }[];
  /** The site feed's entries: the post-mortems and every update. */
  feedEntries: SiteEntry[];
  base: string;
}

export function statusSite(config: Config, title: string, incidents: StatusIncident[], entries: SiteEntry[], now: number): StatusSite {
  const base = config.site_url ?? '';
  const names = serviceNames(config.status_page.components, incidents);
  const services = serviceStates(names, incidents, now);
  const status = indicatorOf(incidents);
  const open = incidents.filter((i) => i.open).map((i) => ({ ...i, updates: pageUpdates(i.updates), label: LABEL[i.status] }));
  const files = new Map<string, string>();
  for (const [name, text] of apiFiles({ title, url: base, now: new Date(now).toISOString() }, services, incidents)) files.set(`${API_DIR}/${name}`, text);
  for (const s of services) files.set(`${BADGES_DIR}/${s.slug}.svg`, badge(s.name, s.status));
  const byId = new Map(incidents.map((i) => [i.id, i]));
  const feedEntries = feedItems(entries, byId, base);
  const serviceFeeds = services.map((s) => ({
    path: `${FEEDS_DIR}/${s.slug}.xml`, title: `${title}: ${s.name}`,
    entries: feedEntries.filter((e) => e.services.includes(s.name)).slice(0, SERVICE_FEED_ENTRIES),
  }));
  const colors = COLOR_KEYS.filter((k) => config.site.colors[k]).map((k) => `--${k}: ${config.site.colors[k]};`).join(' ');
  const index = {
    status: { ...status, open: open.length > 0 },
    active: open,
    services: services.map((s) => ({ ...s, badge: `${BADGES_DIR}/${s.slug}.svg`, feed: `${FEEDS_DIR}/${s.slug}.xml` })),
    api: `${API_DIR}/summary.json`,
  };
  return { services, index: { ...index, look: look(config, colors) }, files, serviceFeeds, feedEntries, base };
}

/** What the templates need of the site's look (the page head reads it on every page). */
export function look(config: Config, colors = COLOR_KEYS.filter((k) => config.site.colors[k]).map((k) => `--${k}: ${config.site.colors[k]};`).join(' ')) {
  return { logo: config.site.logo ?? null, links: Object.entries(config.site.links).map(([label, url]) => ({ label, url })), colors };
}

/** One entry per update and per published post-mortem, newest first; links absolute when site_url is set. */
function feedItems(entries: SiteEntry[], byId: Map<string, StatusIncident>, base: string): SiteEntry[] {
  const items: SiteEntry[] = [];
  for (const e of entries) {
    const i = byId.get(e.id);
    const href = base + e.href;
    if (e.summary !== null || !i) items.push({ ...e, href });
    for (const u of i?.updates ?? []) {
      items.push({ ...e, href: `${href}#${u.id}`, entry_id: `${e.entry_id}:update:${u.at}`, title: `${e.title}: ${LABEL[u.status]}`, summary: u.text, updated: u.at, started: u.at });
    }
  }
  const t = (x: SiteEntry) => parseInstant(x.updated) ?? 0;
  return items.sort((a, b) => t(b) - t(a) || (a.entry_id < b.entry_id ? 1 : -1));
}

const BADGE_COLOR: Record<ComponentStatus, string> = {
  operational: '#1a7f37', under_maintenance: '#0969da', degraded_performance: '#9a6700', partial_outage: '#bc4c00', major_outage: '#cf222e',
};
const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A shields-style badge: the service's name, then its state; widths from a rough glyph width. */
export function badge(name: string, status: ComponentStatus): string {
  const label = COMPONENT_LABEL[status].toLowerCase();
  const w = (s: string) => Math.round(s.length * 6.6 + 12);
  const a = w(name);
  const b = w(label);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${a + b}" height="20" role="img" aria-label="${xml(`${name}: ${label}`)}">` +
    `<title>${xml(`${name}: ${label}`)}</title>` +
    `<rect width="${a}" height="20" fill="#555"/><rect x="${a}" width="${b}" height="20" fill="${BADGE_COLOR[status]}"/>` +
    `<g fill="#fff" font-family="Verdana,DejaVu Sans,sans-serif" font-size="11" text-anchor="middle">` +
    `<text x="${a / 2}" y="14">${xml(name)}</text><text x="${a + b / 2}" y="14">${xml(label)}</text></g></svg>\n`;
}
