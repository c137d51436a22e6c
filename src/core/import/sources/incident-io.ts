// incident.io API v2, as its endpoints return JSON: `GET /v2/incidents` ({incidents: [...]}),
// `GET /v2/incidents/{id}` ({incident}), `GET /v2/incident_updates` ({incident_updates: [...]}),
// `GET /v2/follow_ups` ({follow_ups: [...]}) and `GET /v1/actions` ({actions: [...]}); the same
// lists without their envelope (what export tools write) are read by their items' shape. A file,
// or a directory of such files; catalogs (severities, users, roles...) are skipped with a note.
//
// Incident timestamps: "Impact started" -> started, "Reported" -> detected, "Accepted" -> declared,
// "Fixed" -> mitigated, "Resolved" -> resolved, others (Identified, Closed, Documented, Reviewed,
// Declined, Canceled, Merged, custom ones) -> status entries with their name. Updates -> status
// entries (and severity entries when the severity changed); roles: the lead -> incident commander,
// roles named like comms, scribe, deputy or coordinator -> those roles; follow-ups -> action items;
// actions -> todo entries (and action entries once done). Test and tutorial incidents are drills.
import type { ImportedActionItem, ImportedEntry, ImportedIncident, ImportInput, ImportRefusal, ImportResult, ImportSource } from '../types.ts';
import { fileName, readJson } from '../json.ts';
import { DocumentError } from '../../util/errors.ts';
import { isoTime, isRecord, msOf, records, rest, str, type Json } from './fields.ts';

const SEVERITY_MAP = { 'severity=Critical': 'SEV-1', 'severity=Major': 'SEV-2', 'severity=Minor': 'SEV-3' } as const;

/** Incident fields mapped; the rest stays under import.fields (custom fields as name: values). */
const MAPPED = [
  'id', 'name', 'permalink', 'summary', 'severity', 'incident_status', 'incident_timestamp_values', 'incident_role_assignments',
  'custom_field_entries', 'updates', 'created_at', 'creator', 'mode',
];

/** Timestamp names (lower case, without " at") that are milestones. */
const MILESTONE_OF: Record<string, ImportedEntry['kind']> = {
  'impact started': 'started', reported: 'detected', accepted: 'declared', fixed: 'mitigated', resolved: 'resolved',
};

const FOLLOW_UP_STATUS: Record<string, ImportedActionItem['status']> = {
  outstanding: 'open', completed: 'done', not_doing: 'wont-do',
};

type Kind = 'incidents' | 'updates' | 'follow_ups' | 'actions';

export const incidentIoSource: ImportSource = {
  name: 'incident-io',
  describe: 'incident.io API v2 responses: incidents, incident updates, follow-ups and actions (JSON files, or a directory of them)',
  severityMap: SEVERITY_MAP,
  read(input, options): ImportResult {
    const incidents = new Map<string, { incident: Json; where: string }>();
    const byIncident = { updates: new Map<string, Map<string, Json>>(), follow_ups: new Map<string, Map<string, Json>>(), actions: new Map<string, Map<string, Json>>() };
    const refused: ImportRefusal[] = [];
    const skipped: string[] = [];
    const loose: { kind: Exclude<Kind, 'incidents'>; item: Json; where: string }[] = [];
    const files = input.directory ? input.files.filter((f) => f.toLowerCase().endsWith('.json')) : input.files;
    for (const file of files) {
      const json = readJson(input, file);
      const where = fileName(input, file);
      const found = listOf(json, file);
      if (!found) {
        if (!input.directory) throw new DocumentError(`Unexpected ${describe(json)}, expected an incident.io API v2 response with incidents, incident_updates, follow_ups or actions`, where, 1, 1);
        skipped.push(file);
        continue;
      }
      found.items.forEach((item, i) => {
        const place = found.single ? where : `${where}#${i + 1}`;
        if (!isRecord(item)) {
          refused.push({ where: place, message: `Unexpected ${describe(item)}, expected an object` });
          return;
        }
        if (found.kind === 'incidents') {
          const id = str(item.id);
          if (!id) refused.push({ where: place, message: 'Unexpected incident without an id, expected an incident.io incident' });
          else {
            const known = incidents.get(id);
            // Two copies: the later update wins.
            if (!known || updatedMs(item) >= updatedMs(known.incident)) incidents.set(id, { incident: item, where: place });
          }
          for (const u of records(item.updates)) loose.push({ kind: 'updates', item: { incident_id: id, ...u }, where: place });
        } else loose.push({ kind: found.kind, item, where: place });
      });
    }
    for (const { kind, item, where } of loose) {
      const incidentId = str(item.incident_id);
      const id = str(item.id) ?? JSON.stringify(item);
      if (!incidentId || !incidents.has(incidentId)) {
        refused.push({ where, message: `Unexpected ${kind.replace('_', '-').replace(/s$/, '')} ${str(item.id) ?? ''} of incident ${incidentId ?? '(none)'}, expected an incident of the input` });
        continue;
      }
      const map = byIncident[kind];
      if (!map.has(incidentId)) map.set(incidentId, new Map());
      map.get(incidentId)!.set(id, item);
    }
    const servicesField = str(options.config.services_field);
    const out: ImportedIncident[] = [];
    let deleted = 0;
    for (const [id, { incident, where }] of incidents) {
      const extra = {
        updates: [...(byIncident.updates.get(id)?.values() ?? [])],
        followUps: [...(byIncident.follow_ups.get(id)?.values() ?? [])],
        actions: [...(byIncident.actions.get(id)?.values() ?? [])],
      };
      deleted += extra.followUps.filter((f) => f.status === 'deleted').length;
      const result = toIncident(id, incident, where, extra, servicesField);
      if (typeof result === 'string') refused.push({ where, message: result, sourceId: id });
      else out.push(result);
    }
    const notes: string[] = [];
    if (skipped.length) notes.push(`skipped ${skipped.length} file${skipped.length === 1 ? ' that holds' : 's that hold'} no incidents, updates, follow-ups or actions: ${skipped.join(', ')}`);
    if (deleted) notes.push(`left out ${deleted} deleted follow-up${deleted === 1 ? '' : 's'}`);
    return { incidents: out, refused, notes };
  },
};

const updatedMs = (x: Json) => {
  const at = isoTime(x.updated_at);
  return at ? msOf(at) : 0;
};

const describe = (json: unknown) => (Array.isArray(json) ? 'a JSON array of other things' : isRecord(json) ? `an object with ${Object.keys(json).slice(0, 4).join(', ') || 'no keys'}` : `JSON ${typeof json}`);

/** What a file holds: an API envelope, or a bare list recognised by its items (or its name, when empty). */
function listOf(json: unknown, file: string): { kind: Kind; items: unknown[]; single?: boolean } | undefined {
  if (isRecord(json)) {
    if (Array.isArray(json.incidents)) return { kind: 'incidents', items: json.incidents };
    if (isRecord(json.incident)) return { kind: 'incidents', items: [json.incident], single: true };
    if (Array.isArray(json.incident_updates)) return { kind: 'updates', items: json.incident_updates };
    if (Array.isArray(json.follow_ups)) return { kind: 'follow_ups', items: json.follow_ups };
    if (Array.isArray(json.actions)) return { kind: 'actions', items: json.actions };
    return undefined;
  }
  if (!Array.isArray(json)) return undefined;
  const first = json.find(isRecord);
  if (!first) {
    const base = file.split('/').pop()!.replace(/\.json$/i, '');
    const byName: Record<string, Kind> = { incidents: 'incidents', incident_updates: 'updates', follow_ups: 'follow_ups', actions: 'actions' };
    return byName[base] ? { kind: byName[base]!, items: json } : undefined;
  }
  if ('incident_status' in first || ('reference' in first && 'name' in first)) return { kind: 'incidents', items: json };
  if ('new_incident_status' in first) return { kind: 'updates', items: json };
  if ('incident_id' in first && 'title' in first) return { kind: 'follow_ups', items: json };
  if ('incident_id' in first && 'description' in first) return { kind: 'actions', items: json };
  return undefined;
}

/** A user (or API key) as a name. */
function actor(v: unknown): string | undefined {
  if (!isRecord(v)) return undefined;
  if (isRecord(v.user)) return str(v.user.name) ?? str(v.user.email);
  if (isRecord(v.api_key)) return str(v.api_key.name);
  return str(v.name) ?? str(v.email);
}

function statusOf(s: Json): ImportedIncident['status'] {
  const category = str(s.category)?.toLowerCase();
  const name = str(s.name)?.toLowerCase() ?? '';
  if (category === 'live') return /fix|identif/.test(name) ? 'identified' : /monitor/.test(name) ? 'monitoring' : 'investigating';
  if (category === 'triage' || category === 'paused' || category === undefined) return 'investigating';
  return 'resolved'; // learning, closed, declined, canceled, merged: over (closing is the post-mortem review's)
}

const ROLE_BY_NAME: [RegExp, keyof NonNullable<ImportedIncident['roles']>][] = [
  [/comms|communicat/i, 'communications_liaison'],
  [/scribe/i, 'scribe'],
  [/deputy/i, 'deputy'],
  [/coordinat|investigat/i, 'investigation_coordinator'],
  [/commander|incident lead/i, 'incident_commander'],
];

/** A custom field's values as text. */
function fieldValues(entry: Json): string[] {
  return records(entry.values).map((v) =>
    (isRecord(v.value_option) ? str(v.value_option.value) : undefined) ??
    (isRecord(v.value_catalog_entry) ? str(v.value_catalog_entry.name) : undefined) ??
    (isRecord(v.value_link) ? str(v.value_link.value) : undefined) ??
    str(v.value_text) ?? str(v.value_link) ?? (typeof v.value_numeric === 'string' || typeof v.value_numeric === 'number' ? String(v.value_numeric) : undefined),
  ).filter((s): s is string => !!s);
}

const SERVICES_FIELD = /^(?:affected )?(?:services?|products?|components?|systems?)$/i;

function toIncident(id: string, inc: Json, where: string, extra: { updates: Json[]; followUps: Json[]; actions: Json[] }, servicesField: string | undefined): ImportedIncident | string {
  const timeline: ImportedEntry[] = [];
  const creator = actor(inc.creator);
  const raw = rest(inc, MAPPED);
  for (const tv of records(inc.incident_timestamp_values)) {
    const name = (isRecord(tv.incident_timestamp) ? str(tv.incident_timestamp.name) : undefined) ?? 'Timestamp';
    const value = isRecord(tv.value) ? tv.value.value : undefined;
    if (value === undefined || value === null) continue;
    const at = isoTime(value);
    if (!at) return `Unexpected ${name} "${String(value)}", expected ISO 8601 with an offset`;
    const key = name.toLowerCase().replace(/\s+at$/, '').trim();
    const kind = MILESTONE_OF[key];
    if (kind) timeline.push({ at, kind, text: kind === 'started' ? 'Impact started' : name.replace(/\s+at$/i, ''), ...(kind === 'detected' && creator ? { by: creator } : {}) });
    else timeline.push({ at, kind: 'status', text: name.replace(/\s+at$/i, '') });
  }
  const status = isRecord(inc.incident_status) ? statusOf(inc.incident_status) : undefined;
  if (!status) return 'Unexpected incident without incident_status, expected an incident.io API v2 incident';
  // Without a "Reported at" value, the incident's creation is when it was reported.
  const created = isoTime(inc.created_at);
  if (created && !timeline.some((e) => e.kind === 'detected')) timeline.push({ at: created, kind: 'detected', text: 'Reported', ...(creator ? { by: creator } : {}) });

  let lastSeverity: string | undefined;
  let lastStatus: string | undefined;
  const updates = extra.updates
    .map((u) => ({ u, at: isoTime(u.created_at) }))
    .filter((x): x is { u: Json; at: string } => !!x.at)
    .sort((a, b) => msOf(a.at) - msOf(b.at));
  for (const { u, at } of updates) {
    const by = actor(u.updater);
    const statusName = isRecord(u.new_incident_status) ? str(u.new_incident_status.name) : undefined;
    const severityName = isRecord(u.new_severity) ? str(u.new_severity.name) : undefined;
    if (severityName && lastSeverity && severityName !== lastSeverity) {
      timeline.push({ at, kind: 'severity', text: `${lastSeverity} -> ${severityName}`, ...(by ? { by } : {}) });
    }
    const message = str(u.message);
    const changed = statusName && statusName !== lastStatus;
    const text = message ? (changed ? `${statusName}: ${message}` : message) : statusName ? `Status: ${statusName}` : undefined;
    if (text) timeline.push({ at, kind: 'status', text, ...(by ? { by } : {}) });
    lastSeverity = severityName ?? lastSeverity;
    lastStatus = statusName ?? lastStatus;
  }
  for (const a of extra.actions) {
    const text = str(a.description);
    const at = isoTime(a.created_at);
    if (!text || !at) continue;
    const by = isRecord(a.assignee) ? actor(a.assignee) : undefined;
    timeline.push({ at, kind: 'todo', text, ...(by ? { by } : {}) });
    const done = isoTime(a.completed_at);
    if (done && a.status === 'completed') timeline.push({ at: done, kind: 'action', text: `Done: ${text}`, ...(by ? { by } : {}) });
  }

  const roles: NonNullable<ImportedIncident['roles']> = {};
  const otherRoles: Json = {};
  for (const ra of records(inc.incident_role_assignments)) {
    const role = isRecord(ra.role) ? ra.role : isRecord(ra.incident_role) ? ra.incident_role : {};
    const who = isRecord(ra.assignee) ? actor(ra.assignee) : undefined;
    const name = str(role.name) ?? str(role.role_type) ?? 'role';
    if (!who) continue;
    const mapped = role.role_type === 'lead' ? 'incident_commander' : role.role_type === 'reporter' ? undefined : ROLE_BY_NAME.find(([re]) => re.test(name))?.[1];
    if (mapped && mapped !== 'subject_matter_experts' && !roles[mapped]) roles[mapped] = who;
    else otherRoles[name] = who;
  }
  if (Object.keys(otherRoles).length) raw.roles = otherRoles;

  const custom: Json = {};
  let services: string[] = [];
  for (const entry of records(inc.custom_field_entries)) {
    const name = isRecord(entry.custom_field) ? str(entry.custom_field.name) : undefined;
    if (!name) continue;
    const values = fieldValues(entry);
    if (servicesField ? name === servicesField : SERVICES_FIELD.test(name)) services = [...services, ...values];
    else if (values.length) custom[name] = values;
  }
  if (Object.keys(custom).length) raw.custom_fields = custom;
  if (str(inc.mode) && inc.mode !== 'standard') raw.mode = inc.mode;

  const actionItems: ImportedActionItem[] = [];
  const followUpRaw: Json[] = [];
  for (const f of extra.followUps) {
    const sourceId = str(f.id);
    const title = str(f.title);
    if (!sourceId || !title || f.status === 'deleted') continue;
    const ref = isRecord(f.external_issue_reference) ? f.external_issue_reference : {};
    const status = FOLLOW_UP_STATUS[String(f.status)];
    actionItems.push({
      sourceId, title,
      ...(isRecord(f.assignee) && actor(f.assignee) ? { owner: actor(f.assignee) } : {}),
      ...(status ? { status } : {}),
      ...(status === 'wont-do' ? { reason: 'Marked as not doing in incident.io' } : {}),
      ...(str(ref.issue_permalink) ? { issue: str(ref.issue_permalink) } : {}),
    });
    const kept = rest(f, ['id', 'incident_id', 'title', 'assignee', 'status', 'external_issue_reference', 'created_at', 'updated_at']);
    if (isRecord(kept.priority)) kept.priority = str(kept.priority.name) ?? kept.priority;
    if (Object.keys(kept).length) followUpRaw.push({ id: sourceId, ...kept });
  }
  if (followUpRaw.length) raw.follow_ups = followUpRaw;

  const severityName = isRecord(inc.severity) ? str(inc.severity.name) : undefined;
  const mode = str(inc.mode);
  return {
    source: 'incident-io', sourceId: id, where,
    ...(str(inc.permalink) ? { url: str(inc.permalink) } : {}),
    title: str(inc.name) ?? str(inc.reference) ?? `incident.io incident ${id}`,
    severity: severityName ? [{ field: 'severity', value: severityName }] : [],
    status,
    ...(services.length ? { services } : {}),
    timeline,
    ...(Object.keys(roles).length ? { roles } : {}),
    actionItems,
    ...(str(inc.summary) ? { summary: str(inc.summary) } : {}),
    ...(mode === 'test' || mode === 'tutorial' ? { drill: true } : {}),
    raw,
  };
}
