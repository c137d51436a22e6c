// Atlassian Statuspage, public API v2: `incidents.json`, `incidents/unresolved.json` and
// `summary.json` (`{page, incidents: [...]}`), a single incident, or a directory of such files
// (with `components.json` beside them for component names). Each incident's `incident_updates`
// become its public updates (`updates:`, as `incident status-update --post` writes them), its
// components its services, its impact the severity (through `impact=<value>` in the severity map),
// and every change of a component's state a `status` entry on the timeline.
// Scheduled maintenances (`scheduled_maintenances` in summary.json) are not incidents: counted in a note.
import { COMPONENT_LABEL, COMPONENT_STATUSES, type ComponentStatus } from '../../model/status-page.ts';
import { isValidTimeZone } from '../../timeline/timeline.ts';
import { DocumentError } from '../../util/errors.ts';
import { fileName, readJson } from '../json.ts';
import type { ImportedEntry, ImportedIncident, ImportedUpdate, ImportInput, ImportRefusal, ImportResult, ImportSource } from '../types.ts';
import { isoTime, isRecord, msOf, records, rest, str, type Json } from './fields.ts';

type UpdateStatus = ImportedUpdate['status'];

/** Statuspage's update statuses as ours: a postmortem notice comes after resolution. */
const UPDATE_STATUS: Record<string, UpdateStatus> = {
  investigating: 'investigating', identified: 'identified', monitoring: 'monitoring', resolved: 'resolved', postmortem: 'resolved',
};

/** The incident's status: `postmortem` (a post-mortem was published) is resolved here; closing is the review's. */
const STATUS: Record<string, ImportedIncident['status']> = { ...UPDATE_STATUS };

/**
 * Impact to severity: the inverse of the status page we publish (status_page.severity_map's
 * defaults give SEV-1 a major outage, whose impact is critical), so our own incidents.json
 * comes back with the severities it went out with.
 */
const SEVERITY_MAP = {
  'impact=critical': 'SEV-1', 'impact=major': 'SEV-2', 'impact=minor': 'SEV-3', 'impact=none': 'SEV-4', 'impact=maintenance': 'SEV-5',
} as const;

/** Mapped keys of an incident (the rest is kept under `import.fields` as it was). */
const MAPPED = ['id', 'name', 'started_at', 'monitoring_at', 'resolved_at', 'shortlink', 'incident_updates', 'components', 'postmortem_body'];
/** Mapped keys of an update. */
const UPDATE_MAPPED = ['body', 'display_at', 'affected_components', 'incident_id'];

interface Found {
  incident: Json;
  where: string;
  page?: Json;
}

export const statuspageSource: ImportSource = {
  name: 'statuspage',
  describe: 'Atlassian Statuspage API v2 incidents.json, summary.json or unresolved.json (a file, or a directory of them with components.json)',
  severityMap: SEVERITY_MAP,
  read(input, options) {
    const found = new Map<string, Found>();
    const components = new Map<string, string>();
    const refused: ImportRefusal[] = [];
    let maintenances = 0;
    const files = input.files.filter((f) => f.toLowerCase().endsWith('.json') || !input.directory);
    for (const file of files) {
      const json = readJson(input, file);
      const name = fileName(input, file);
      const page = isRecord(json) && isRecord(json.page) ? json.page : undefined;
      let list: unknown[] | undefined;
      if (isRecord(json) && Array.isArray(json.incidents)) list = json.incidents;
      else if (isRecord(json) && Array.isArray(json.incident_updates)) list = [json];
      else if (isRecord(json) && isRecord(json.incident)) list = [json.incident];
      else if (Array.isArray(json) && json.some((x) => isRecord(x) && Array.isArray(x.incident_updates))) list = json;
      if (isRecord(json) && Array.isArray(json.scheduled_maintenances)) maintenances += json.scheduled_maintenances.length;
      if (isRecord(json)) for (const c of records(json.components)) if (str(c.id) && str(c.name)) components.set(str(c.id)!, str(c.name)!);
      if (!list) {
        const known = isRecord(json) && (Array.isArray(json.components) || Array.isArray(json.scheduled_maintenances) || isRecord(json.status));
        if (!input.directory && !known) throw notStatuspage(name);
        continue;
      }
      list.forEach((incident, index) => {
        const where = `${name}#${index}`;
        if (!isRecord(incident) || !str(incident.id)) {
          refused.push({ where, message: 'Unexpected incident without an id, expected an object with "id", "name" and "incident_updates"' });
          return;
        }
        // The same incident in summary.json and incidents.json: the later capture wins.
        const id = str(incident.id)!;
        const before = found.get(id);
        if (!before || updatedMs(incident) >= updatedMs(before.incident)) found.set(id, { incident, where, page });
      });
    }
    const incidents: ImportedIncident[] = [];
    for (const f of found.values()) {
      const r = mapIncident(f, components, options.config.public !== false);
      if ('message' in r) refused.push(r);
      else incidents.push(r);
    }
    const notes: string[] = [];
    if (maintenances) notes.push(`statuspage: ${maintenances} scheduled maintenance${maintenances === 1 ? '' : 's'} left out (not incidents)`);
    return { incidents, refused, notes } satisfies ImportResult;
  },
};

function notStatuspage(name: string): DocumentError {
  return new DocumentError('Unexpected JSON, expected a Statuspage API v2 response: {"page": ..., "incidents": [...]} (incidents.json, summary.json) or one incident with "incident_updates"', name);
}

function updatedMs(incident: Json): number {
  const at = isoTime(incident.updated_at);
  return at ? msOf(at) : -Infinity;
}

function mapIncident(f: Found, components: Map<string, string>, publish: boolean): ImportedIncident | ImportRefusal {
  const { incident: inc, where } = f;
  const sourceId = str(inc.id)!;
  const title = str(inc.name);
  if (!title) return { where: `${where} (${sourceId})`, message: 'Unexpected incident without a name, expected "name"' };
  const started = isoTime(inc.started_at) ?? isoTime(inc.created_at);
  if (!started) return { where: `${where} (${sourceId})`, message: `Unexpected started_at ${JSON.stringify(inc.started_at ?? null)}, expected a time with an offset (or created_at)` };

  // Oldest first; equal times keep the file's order (Statuspage lists newest first).
  const raw = records(inc.incident_updates).map((u, i) => ({ u, i, at: isoTime(u.display_at) ?? isoTime(u.created_at) }));
  const timed = raw.filter((x): x is typeof x & { at: string } => x.at !== undefined)
    .sort((a, b) => msOf(a.at) - msOf(b.at) || b.i - a.i);

  const updates: ImportedUpdate[] = [];
  const timeline: ImportedEntry[] = [{ at: started, kind: 'started', text: 'Impact started' }];
  const state = new Map<string, ComponentStatus>();
  const affected: string[] = [];
  for (const { u, at } of timed) {
    const status = UPDATE_STATUS[str(u.status) ?? ''];
    const text = bodyText(u.body);
    if (status && text) updates.push({ at, status, text });
    for (const c of records(u.affected_components)) {
      const name = str(c.name) ?? components.get(str(c.code) ?? '');
      const now = componentStatus(c.new_status);
      if (!name || !now) continue;
      if (!affected.includes(name)) affected.push(name);
      const was = state.get(name) ?? componentStatus(c.old_status);
      state.set(name, now);
      if (was !== now) timeline.push({ at, kind: 'status', text: was ? `${name}: ${COMPONENT_LABEL[was]} -> ${COMPONENT_LABEL[now]}` : `${name}: ${COMPONENT_LABEL[now]}` });
    }
  }
  const firstWith = (s: string) => timed.find((x) => str(x.u.status) === s)?.at;
  const mitigated = isoTime(inc.monitoring_at) ?? firstWith('monitoring');
  if (mitigated) timeline.push({ at: mitigated, kind: 'mitigated', text: 'Fix in place; monitoring the results (status page: monitoring)' });
  const status = STATUS[str(inc.status) ?? ''] ?? (updates.at(-1)?.status ?? 'investigating');
  const resolved = isoTime(inc.resolved_at) ?? firstWith('resolved');
  if (resolved && status === 'resolved') timeline.push({ at: resolved, kind: 'resolved', text: 'Resolved (status page: resolved)' });

  const named = records(inc.components).map((c) => str(c.name) ?? components.get(str(c.id) ?? '')).filter((n): n is string => n !== undefined);
  const services = [...new Set(named.length ? named : affected)];
  const zone = str(f.page?.time_zone);
  const severity = [str(inc.impact_override), str(inc.impact)].filter((v): v is string => v !== undefined).map((value) => ({ field: 'impact', value }));
  const pageUrl = str(f.page?.url);

  const fields: Json = rest(inc, MAPPED);
  const componentIds = records(inc.components).map((c) => str(c.id)).filter((x) => x !== undefined);
  if (componentIds.length) fields.component_ids = componentIds;
  // Each update's id and delivery details; its times only where they differ from the one shown.
  const updateFields = raw.map(({ u }) => {
    const kept = rest(u, UPDATE_MAPPED);
    for (const k of ['created_at', 'updated_at']) if (kept[k] === u.display_at) delete kept[k];
    return kept;
  });
  if (updateFields.length) fields.incident_updates = updateFields;
  if (f.page && str(f.page.name)) fields.page = str(f.page.name);

  // In time order; equal times keep the order above (a component's change before the resolution it brought).
  timeline.sort((a, b) => msOf(a.at) - msOf(b.at));
  const out: ImportedIncident = {
    source: 'statuspage', sourceId, where, title, severity, status, started, timeline, updates, raw: fields,
    // Published on a status page already; import.statuspage.public: false keeps them off this site.
    public: publish,
  };
  const url = str(inc.shortlink) ?? (pageUrl ? `${pageUrl.replace(/\/+$/, '')}/incidents/${sourceId}` : undefined);
  if (url) out.url = url;
  if (services.length) out.services = services;
  if (zone && isValidTimeZone(zone)) out.timezone = zone;
  const postmortem = bodyText(inc.postmortem_body);
  if (postmortem) out.summary = underSummary(postmortem);
  return out;
}

/** The post-mortem goes under the file's `## Summary`: its headings move down to `###` and below, so none ends that section. */
function underSummary(text: string): string {
  const levels = [...text.matchAll(/^(#{1,6})[ \t]/gm)].map((m) => m[1]!.length);
  const shift = levels.length ? Math.max(0, 3 - Math.min(...levels)) : 0;
  return shift ? text.replace(/^(#{1,6})(?=[ \t])/gm, (h) => '#'.repeat(Math.min(6, h.length + shift))) : text;
}

function componentStatus(v: unknown): ComponentStatus | undefined {
  return (COMPONENT_STATUSES as readonly unknown[]).includes(v) ? (v as ComponentStatus) : undefined;
}

/** An update's body as Markdown text: Statuspage writes line breaks as `<br />`. */
export function bodyText(v: unknown): string | undefined {
  if (typeof v !== 'string') return undefined;
  const text = v.replace(/\r\n?/g, '\n').replace(/<br\s*\/?>/gi, '\n').replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n').trim();
  return text || undefined;
}
