// PagerDuty REST API v2, as its endpoints return JSON: `GET /incidents` ({incidents: [...]}),
// `GET /incidents/{id}` ({incident}), `GET /incidents/{id}/log_entries` and `GET /log_entries`
// ({log_entries: [...]}, each naming its incident), `GET /log_entries/{id}` ({log_entry}) and
// `GET /incidents/{id}/notes` ({notes: [...]}: the response does not name the incident, so the
// file's path must, e.g. PT4KHLK/notes.json or PT4KHLK-notes.json, unless the input holds one incident).
// A file, or a directory of such files (other files are skipped with a note).
//
// Log entries: trigger -> detected, the first acknowledge -> acknowledged, resolve -> resolved,
// escalate / assign / reassign / delegate / snooze / urgency and priority changes -> notes,
// annotate (and notes) -> notes with their text; notify entries are left out (who was paged is
// PagerDuty's business, not the incident's). Without log entries the incident's own created_at,
// acknowledgements, assignments and resolved_at give the same milestones.
// PagerDuty records when the alert fired, not when impact began: no `started` entry unless
// `import.pagerduty.started: trigger` says the trigger is the start (then PagerDuty's own
// time to resolve is Casefile's).
import type { ImportedEntry, ImportedIncident, ImportInput, ImportRefusal, ImportResult, ImportSource } from '../types.ts';
import { fileName, readJson } from '../json.ts';
import { DocumentError } from '../../util/errors.ts';
import { isoTime, isRecord, msOf, records, rest, str, type Json } from './fields.ts';

/** Priority first (P1..P5 are PagerDuty's default priorities), then urgency. */
const SEVERITY_MAP = {
  'priority=P1': 'SEV-1', 'priority=P2': 'SEV-2', 'priority=P3': 'SEV-3', 'priority=P4': 'SEV-4', 'priority=P5': 'SEV-5',
  'urgency=high': 'SEV-2', 'urgency=low': 'SEV-4',
} as const;

const STATUS: Record<string, ImportedIncident['status']> = { triggered: 'investigating', acknowledged: 'investigating', resolved: 'resolved' };

/** Incident fields mapped (the rest is kept under import.fields as it was). */
const MAPPED = ['id', 'title', 'html_url', 'status', 'created_at', 'resolved_at', 'service', 'urgency', 'acknowledgements', 'assignments', 'self'];
/** Log entry fields mapped, or the same on every entry (references to the incident and its teams). */
const ENTRY_MAPPED = ['id', 'type', 'summary', 'created_at', 'agent', 'incident', 'teams', 'self', 'html_url', 'assignees', 'acknowledgement_timeout'];

/** Log entry types kept as notes (their summary says what happened: "Escalated to Jane Doe"). */
const NOTE_TYPES = new Set([
  'escalate_log_entry', 'assign_log_entry', 'reassign_log_entry', 'delegate_log_entry', 'snooze_log_entry',
  'unacknowledge_log_entry', 'urgency_change_log_entry', 'priority_change_log_entry', 'exhaust_escalation_path_log_entry',
  'repeat_escalation_path_log_entry', 'reach_trigger_limit_log_entry', 'responder_request_log_entry', 'link_log_entry', 'unlink_log_entry',
  'merge_log_entry', 'field_value_change_log_entry', 'status_update_log_entry', 'reach_ack_limit_log_entry',
]);

const STATUS_RANK: Record<string, number> = { triggered: 0, acknowledged: 1, resolved: 2 };

interface Gathered {
  incident: Json;
  where: string;
  entries: Map<string, Json>;
  notes: Map<string, Json>;
}

export const pagerdutySource: ImportSource = {
  name: 'pagerduty',
  describe: 'PagerDuty REST API v2 responses: incidents, log entries and notes (JSON files, or a directory of them)',
  severityMap: SEVERITY_MAP,
  read(input, options): ImportResult {
    const incidents = new Map<string, Gathered>();
    const looseEntries: { entry: Json; where: string }[] = [];
    const noteFiles: { notes: Json[]; file: string; where: string }[] = [];
    const skipped: string[] = [];
    const refused: ImportRefusal[] = [];
    let alerts = 0;
    let notify = 0;
    const files = input.directory ? input.files.filter((f) => f.toLowerCase().endsWith('.json')) : input.files;
    for (const file of files) {
      const json = readJson(input, file);
      const where = fileName(input, file);
      const kind = shapeOf(json);
      if (!kind) {
        if (!input.directory) throw new DocumentError(`Unexpected ${describe(json)}, expected a PagerDuty API v2 response with incidents, incident, log_entries, log_entry or notes`, where, 1, 1);
        skipped.push(file);
        continue;
      }
      const body = json as Json;
      if (kind === 'incidents' || kind === 'incident') {
        const list = kind === 'incidents' ? (body.incidents as unknown[]) : [body.incident];
        list.forEach((raw, i) => {
          const place = kind === 'incidents' ? `${where}#${i + 1}` : where;
          const id = isRecord(raw) ? str(raw.id) : undefined;
          if (!isRecord(raw) || !id) {
            refused.push({ where: place, message: 'Unexpected incident without an id, expected a PagerDuty incident object' });
            return;
          }
          const known = incidents.get(id);
          if (!known) incidents.set(id, { incident: raw, where: place, entries: new Map(), notes: new Map() });
          else known.incident = mergeIncident(known.incident, raw);
        });
      } else if (kind === 'log_entries' || kind === 'log_entry') {
        const list = kind === 'log_entries' ? records(body.log_entries) : [body.log_entry as Json];
        for (const entry of list) looseEntries.push({ entry, where });
      } else if (kind === 'notes') {
        noteFiles.push({ notes: records(body.notes), file, where });
      } else alerts += records(body.alerts).length;
    }

    for (const { entry, where } of looseEntries) {
      const incidentId = isRecord(entry.incident) ? str(entry.incident.id) : undefined;
      const id = str(entry.id);
      const target = incidentId ? incidents.get(incidentId) : undefined;
      if (!target || !id) {
        refused.push({ where, message: `Unexpected log entry ${id ?? '(no id)'} of incident ${incidentId ?? '(none)'}, expected an incident of the input (add the incident's JSON: GET /incidents/${incidentId ?? '{id}'})` });
        continue;
      }
      if (entry.type === 'notify_log_entry') notify++;
      else target.entries.set(id, entry);
    }
    for (const { notes, file, where } of noteFiles) {
      const ids = [...incidents.keys()];
      const named = ids.filter((id) => file.split(/[^A-Za-z0-9]+/).includes(id));
      const id = named.length === 1 ? named[0] : ids.length === 1 ? ids[0] : undefined;
      if (!id) {
        refused.push({ where, message: `Unexpected notes without their incident, expected its id in the file's path (e.g. ${ids[0] ?? 'PT4KHLK'}/notes.json): the notes endpoint does not name it` });
        continue;
      }
      for (const note of notes) {
        const noteId = str(note.id) ?? `${str(note.created_at)}:${str(note.content)}`;
        incidents.get(id)!.notes.set(noteId, note);
      }
    }

    const startFromTrigger = options.config.started === 'trigger';
    const out: ImportedIncident[] = [];
    for (const [id, g] of incidents) {
      const result = toIncident(id, g, startFromTrigger);
      if (typeof result === 'string') refused.push({ where: g.where, message: result, sourceId: id });
      else out.push(result);
    }
    const notes: string[] = [];
    if (skipped.length) notes.push(`skipped ${skipped.length} file${skipped.length === 1 ? ' that holds' : 's that hold'} no incidents, log entries or notes: ${skipped.join(', ')}`);
    if (alerts) notes.push(`left out ${alerts} alert${alerts === 1 ? '' : 's'} (alerts are not part of the incident record)`);
    if (notify) notes.push(`left out ${notify} notify log entr${notify === 1 ? 'y' : 'ies'} (who was paged, and how)`);
    return { incidents: out, refused, notes };
  },
};

type Shape = 'incidents' | 'incident' | 'log_entries' | 'log_entry' | 'notes' | 'alerts';

function shapeOf(json: unknown): Shape | undefined {
  if (!isRecord(json)) return undefined;
  if (Array.isArray(json.incidents)) return 'incidents';
  if (isRecord(json.incident) && json.incident.type !== 'incident_reference') return 'incident';
  if (Array.isArray(json.log_entries)) return 'log_entries';
  if (isRecord(json.log_entry)) return 'log_entry';
  if (Array.isArray(json.notes)) return 'notes';
  if (Array.isArray(json.alerts)) return 'alerts';
  return undefined;
}

const describe = (json: unknown) => (Array.isArray(json) ? 'a JSON array' : isRecord(json) ? `an object with ${Object.keys(json).slice(0, 4).join(', ') || 'no keys'}` : `JSON ${typeof json}`);

/** The same incident from two endpoints: the later state wins, the other fills in what it lacks (custom_fields...). */
function mergeIncident(a: Json, b: Json): Json {
  const later = compare(b, a) > 0 ? b : a;
  const other = later === a ? b : a;
  const out: Json = { ...other };
  for (const [k, v] of Object.entries(later)) if (v !== null && v !== undefined) out[k] = v;
  return out;
}

function compare(a: Json, b: Json): number {
  const ua = isoTime(a.updated_at);
  const ub = isoTime(b.updated_at);
  if (ua && ub && msOf(ua) !== msOf(ub)) return msOf(ua) - msOf(ub);
  return (STATUS_RANK[String(a.status)] ?? -1) - (STATUS_RANK[String(b.status)] ?? -1);
}

/** A user reference's name; services, integrations and bots are not people. */
function person(ref: unknown): string | undefined {
  if (!isRecord(ref)) return undefined;
  const type = String(ref.type ?? '');
  return type === 'user_reference' || type === 'user' ? str(ref.summary) ?? str(ref.name) : undefined;
}

const names = (refs: unknown) => records(refs).map((r) => (isRecord(r.assignee) ? str(r.assignee.summary) : str(r.summary))).filter((s): s is string => !!s);

function toIncident(id: string, g: Gathered, startFromTrigger: boolean): ImportedIncident | string {
  const inc = g.incident;
  const timeline: ImportedEntry[] = [];
  const entries = [...g.entries.values()]
    .map((e) => ({ e, at: isoTime(e.created_at) }))
    .filter((x): x is { e: Json; at: string } => x.at !== undefined)
    .sort((a, b) => msOf(a.at) - msOf(b.at));
  const bad = [...g.entries.values()].find((e) => !isoTime(e.created_at));
  if (bad) return `Unexpected log entry ${str(bad.id) ?? ''} time "${String(bad.created_at)}", expected ISO 8601 with an offset`;

  let detected: string | undefined;
  let acknowledged = false;
  let resolved = false;
  const rawEntries: Json[] = [];
  for (const { e, at } of entries) {
    const type = String(e.type);
    const by = person(e.agent);
    const summary = str(e.summary) ?? type.replace(/_log_entry$/, '').replace(/_/g, ' ');
    const extra = rest(e, ENTRY_MAPPED);
    if (Object.keys(extra).length) rawEntries.push({ id: e.id, type, ...extra });
    if (type === 'trigger_log_entry') {
      const detail = isRecord(e.event_details) ? str(e.event_details.description) : undefined;
      const text = detail && detail !== summary ? `${summary}: ${detail}` : summary;
      if (!detected) {
        detected = at;
        if (startFromTrigger) timeline.push({ at, kind: 'started', text: 'Impact started (the trigger: PagerDuty records no earlier time)', approx: true });
        timeline.push({ at, kind: 'detected', text, ...(by ? { by } : {}) });
      } else timeline.push({ at, kind: 'note', text, ...(by ? { by } : {}) });
    } else if (type === 'acknowledge_log_entry') {
      timeline.push({ at, kind: acknowledged ? 'note' : 'acknowledged', text: summary, ...(by ? { by } : {}) });
      acknowledged = true;
    } else if (type === 'resolve_log_entry') {
      // Resolved again after a reopen would be a second resolution: PagerDuty has no reopen, so a note.
      timeline.push({ at, kind: resolved ? 'note' : 'resolved', text: summary, ...(by ? { by } : {}) });
      resolved = true;
    } else if (type === 'annotate_log_entry') {
      const channel = isRecord(e.channel) ? e.channel : {};
      const text = str(channel.content) ?? str(channel.summary);
      if (text) timeline.push({ at, kind: 'note', text, ...(by ? { by } : {}) }); // an empty note says nothing
    } else if (NOTE_TYPES.has(type) || type.endsWith('_log_entry')) {
      timeline.push({ at, kind: 'note', text: summary, ...(by ? { by } : {}) });
    }
  }
  for (const note of g.notes.values()) {
    const at = isoTime(note.created_at);
    const text = str(note.content);
    if (!at || !text) continue;
    const by = isRecord(note.user) ? (note.user.type === 'user_reference' ? str(note.user.summary) : undefined) : undefined;
    timeline.push({ at, kind: 'note', text, ...(by ? { by } : {}) });
  }

  // Without log entries: the incident's own times.
  const created = isoTime(inc.created_at);
  if (!detected && created) {
    if (startFromTrigger) timeline.push({ at: created, kind: 'started', text: 'Impact started (the trigger: PagerDuty records no earlier time)', approx: true });
    timeline.push({ at: created, kind: 'detected', text: 'Triggered' });
    detected = created;
  }
  if (!acknowledged) {
    const acks = records(inc.acknowledgements)
      .map((a) => ({ at: isoTime(a.at), by: person(a.acknowledger) }))
      .filter((a): a is { at: string; by: string | undefined } => !!a.at)
      .sort((a, b) => msOf(a.at) - msOf(b.at));
    acks.forEach((a, i) => timeline.push({ at: a.at, kind: i === 0 ? 'acknowledged' : 'note', text: `Acknowledged${a.by ? ` by ${a.by}` : ''}`, ...(a.by ? { by: a.by } : {}) }));
  }
  if (!entries.some((x) => x.e.type === 'assign_log_entry' || x.e.type === 'reassign_log_entry')) {
    for (const a of records(inc.assignments)) {
      const at = isoTime(a.at);
      const who = names([a])[0];
      if (at && who) timeline.push({ at, kind: 'note', text: `Assigned to ${who}` });
    }
  }
  const resolvedAt = isoTime(inc.resolved_at);
  if (!resolved && resolvedAt && inc.status === 'resolved') {
    const by = person(inc.last_status_change_by);
    timeline.push({ at: resolvedAt, kind: 'resolved', text: `Resolved${by ? ` by ${by}` : ''}`, ...(by ? { by } : {}) });
  }

  const title = str(inc.title) ?? str(inc.summary) ?? `PagerDuty incident ${id}`;
  const status = STATUS[String(inc.status)];
  if (!status) return `Unexpected status "${String(inc.status)}", expected triggered, acknowledged or resolved`;
  const severity: ImportedIncident['severity'] = [];
  const priority = isRecord(inc.priority) ? str(inc.priority.summary) ?? str(inc.priority.name) : undefined;
  if (priority) severity.push({ field: 'priority', value: priority });
  const urgency = str(inc.urgency);
  if (urgency) severity.push({ field: 'urgency', value: urgency });
  const service = isRecord(inc.service) ? str(inc.service.summary) ?? str(inc.service.name) : undefined;
  const raw = rest(inc, MAPPED);
  if (rawEntries.length) raw.log_entries = rawEntries;
  return {
    source: 'pagerduty', sourceId: id, where: g.where,
    ...(str(inc.html_url) ? { url: str(inc.html_url) } : {}),
    title, severity, status,
    ...(service ? { services: [service] } : {}),
    ...(startFromTrigger && detected ? { started: detected } : {}),
    timeline,
    raw,
  };
}
