// The status page as Statuspage's public API v2 gives it (api/v2/summary.json, status.json,
// components.json, incidents.json, incidents/unresolved.json): the same field names and enums, so
// status aggregators and chat integrations that read a Statuspage read ours. Services are
// components; ids are stable (made from the service name, the incident id and the update's place).
import { parseInstant } from '../timeline/timeline.ts';
import type { ComponentStatus } from '../model/status-page.ts';
import { indicatorOf, type ServiceState, type StatusIncident } from './model.ts';

export const API_FILES = ['summary.json', 'status.json', 'components.json', 'incidents.json', 'incidents/unresolved.json'] as const;
/** incidents.json holds the newest ones, as Statuspage's does (its 50 latest). */
export const API_INCIDENTS = 50;
export const PAGE_ID = 'casefile';

export interface ApiSite {
  title: string;
  /** The site's absolute URL, or '' when none is configured. */
  url: string;
  /** Now, ISO 8601. */
  now: string;
}

const iso = (at: string | null) => {
  const ms = at === null ? undefined : parseInstant(at);
  return ms === undefined ? null : new Date(ms).toISOString();
};

export function apiFiles(site: ApiSite, services: readonly ServiceState[], incidents: readonly StatusIncident[]): Map<string, string> {
  // The page changed last when an incident did (so a re-run on a later day writes the same JSON).
  const events = incidents.flatMap((i) => [i.started, i.ended, i.resolved, ...i.updates.map((u) => u.at)].map(iso)).filter((x): x is string => x !== null).sort();
  const updated = events.at(-1) ?? site.now;
  const page = { id: PAGE_ID, name: site.title, url: site.url, time_zone: 'Etc/UTC', updated_at: updated };
  const codeOf = new Map(services.map((s) => [s.name, s.slug]));
  const lastChange = (name: string) => incidents.filter((i) => i.services.includes(name))
    .flatMap((i) => [i.started, i.ended, ...i.updates.map((u) => u.at)].map(iso)).filter((x): x is string => x !== null).sort().at(-1);
  const components = services.map((s, n) => ({
    id: s.slug, name: s.name, status: s.status, created_at: events[0] ?? updated, updated_at: lastChange(s.name) ?? events[0] ?? updated, position: n + 1,
    description: null, showcase: true, start_date: null, group_id: null, page_id: PAGE_ID, group: false, only_show_if_degraded: false,
  }));
  const url = (href: string) => (site.url ? `${site.url}${href}` : href);
  const incident = (i: StatusIncident) => {
    const comps = i.services.filter((s) => codeOf.has(s)).map((s) => components.find((c) => c.name === s)!);
    const updates = [...i.updates].reverse().map((u) => ({
      id: `${i.id}-${u.id}`, status: u.status, body: u.text, incident_id: i.id,
      created_at: iso(u.at), updated_at: iso(u.at), display_at: iso(u.at),
      affected_components: i.services.map((s) => ({ code: codeOf.get(s) ?? s, name: s, old_status: 'operational', new_status: stateAfter(u.status, i.component_status) })),
      deliver_notifications: true, custom_tweet: null, tweet_id: null,
    }));
    const started = iso(i.started) ?? iso(i.updates[0]?.at ?? null) ?? site.now;
    const monitoring = i.updates.find((u) => u.status === 'monitoring');
    const times = [started, iso(i.ended), iso(i.resolved), ...i.updates.map((u) => iso(u.at))].filter((x): x is string => x !== null).sort();
    return {
      id: i.id, name: i.title, status: i.status, created_at: started, updated_at: times.at(-1) ?? started,
      monitoring_at: monitoring ? iso(monitoring.at) : null,
      resolved_at: i.open ? null : (iso(i.resolved) ?? iso(i.ended) ?? times.at(-1) ?? started),
      impact: i.impact, shortlink: url(i.href), started_at: started, page_id: PAGE_ID,
      incident_updates: updates, components: comps,
    };
  };
  const open = incidents.filter((i) => i.open).map(incident);
  const recent = incidents.slice(0, API_INCIDENTS).map(incident);
  const status = indicatorOf(incidents);
  const json = (v: unknown) => JSON.stringify(v, null, 2) + '\n';
  return new Map([
    ['summary.json', json({ page, components, incidents: open, scheduled_maintenances: [], status })],
    ['status.json', json({ page, status })],
    ['components.json', json({ page, components })],
    ['incidents.json', json({ page, incidents: recent })],
    ['incidents/unresolved.json', json({ page, incidents: open })],
  ]);
}

/** A service's state after an update: back to operational once resolved. */
function stateAfter(status: string, during: ComponentStatus): ComponentStatus {
  return status === 'resolved' ? 'operational' : during;
}
