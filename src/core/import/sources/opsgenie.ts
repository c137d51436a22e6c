// Opsgenie incidents: the Incident API's responses (GET /v1/incidents `{data: [...]}`,
// GET /v1/incidents/{id} `{data: {...}}`, or bare incident objects), a file or a directory.
// The Incident API holds no timeline. Where the export has one, it is the Incident Timeline API's
// response (GET /v2/incident-timelines/{id}/entries: `{data: {entries: [...]}}`) saved in a file
// whose path names the incident's id (`<id>.timeline.json`, `timelines/<id>.json`), or an
// incident's own `timeline` key. What it lacks is said in docs/import.md and in a note.
import { DocumentError } from '../../util/errors.ts';
import { fileName, readJson } from '../json.ts';
import type { ImportedEntry, ImportedIncident, ImportFlag, ImportRefusal, ImportResult, ImportSource } from '../types.ts';
import { isoTime, isRecord, msOf, personName, records, rest, str, type Json } from './fields.ts';

const STATUS: Record<string, ImportedIncident['status']> = { resolved: 'resolved', closed: 'resolved' };

const SEVERITY_MAP = {
  'priority=P1': 'SEV-1', 'priority=P2': 'SEV-2', 'priority=P3': 'SEV-3', 'priority=P4': 'SEV-4', 'priority=P5': 'SEV-5',
} as const;

/** Timeline entry types that are milestones here; the documentation names only CustomUserEntry (a note). */
const ENTRY_KIND: Record<string, ImportedEntry['kind']> = { IncidentResolved: 'resolved', IncidentReopened: 'reopened' };

const MAPPED = ['id', 'message', 'status', 'impactStartDate', 'impactEndDate', 'impactedServices', 'description', 'timeline'];

const OPTIONS: readonly ImportFlag[] = [
  { name: 'hidden', description: 'also import timeline entries marked hidden' },
];

interface Timeline {
  entries: Json[];
  where: string;
}

export const opsgenieSource: ImportSource = {
  name: 'opsgenie',
  describe: 'Opsgenie Incident API responses (GET /v1/incidents), with Incident Timeline API responses saved as <incident id>.timeline.json',
  severityMap: SEVERITY_MAP,
  options: OPTIONS,
  read(input, options) {
    const found: { incident: Json; where: string }[] = [];
    const timelines: Timeline[] = [];
    const refused: ImportRefusal[] = [];
    const files = input.files.filter((f) => f.toLowerCase().endsWith('.json') || !input.directory);
    for (const file of files) {
      const json = readJson(input, file);
      const name = fileName(input, file);
      const data = isRecord(json) && 'data' in json ? json.data : json;
      if (isRecord(data) && Array.isArray(data.entries)) {
        timelines.push({ entries: records(data.entries), where: file });
        continue;
      }
      const list = Array.isArray(data) ? data : isRecord(data) && (str(data.id) || str(data.message)) ? [data] : undefined;
      if (!list) {
        if (!input.directory) throw new DocumentError('Unexpected JSON, expected an Opsgenie Incident API response ({"data": [...]} or {"data": {...}}), an incident, or a timeline ({"data": {"entries": [...]}})', name);
        continue;
      }
      list.forEach((incident, index) => {
        const where = `${name}#${index}`;
        if (isRecord(incident) && str(incident.id)) found.push({ incident, where });
        else refused.push({ where, message: 'Unexpected incident without an id, expected an object with "id" and "message"' });
      });
    }
    const services = stringMap(options.config.services);
    const withHidden = options.flags.hidden === true;
    const incidents: ImportedIncident[] = [];
    let without = 0;
    let hidden = 0;
    let undated = 0;
    const used = new Set<Timeline>();
    for (const { incident, where } of found) {
      const id = str(incident.id)!;
      const own = isRecord(incident.timeline) ? records(incident.timeline.entries) : records(incident.timeline);
      const saved = timelines.filter((t) => t.where.includes(id));
      saved.forEach((t) => used.add(t));
      const entries = dedupe([...own, ...saved.flatMap((t) => t.entries)]);
      const r = mapIncident(incident, where, entries, { people: options.people, services, withHidden });
      hidden += r.hidden;
      undated += r.undated;
      if ('message' in r.result) refused.push(r.result);
      else incidents.push(r.result);
      if (!entries.length && !('message' in r.result)) without++;
    }
    const notes: string[] = [];
    for (const t of timelines) if (!used.has(t)) notes.push(`opsgenie: ${t.where} holds a timeline, but its path names none of the incidents' ids; left out`);
    if (without) notes.push(`opsgenie: ${without} incident${without === 1 ? '' : 's'} without a timeline (the Incident API has none: save GET /v2/incident-timelines/<id>/entries as <id>.timeline.json beside them); their timeline has only what the incident says (impact start and end, creation)`);
    if (undated) notes.push(`opsgenie: ${undated} timeline entr${undated === 1 ? 'y' : 'ies'} without an eventTime kept whole under import.fields.timeline (no place on the timeline)`);
    if (hidden) notes.push(`opsgenie: ${hidden} hidden timeline entr${hidden === 1 ? 'y' : 'ies'} left out (--hidden to import them)`);
    return { incidents, refused, notes } satisfies ImportResult;
  },
};

/** Each entry once: the same page saved twice, or the incident's own timeline and a saved one. */
function dedupe(entries: Json[]): Json[] {
  const seen = new Set<string>();
  return entries.filter((e) => {
    const id = str(e.id);
    if (!id) return true;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

function stringMap(v: unknown): Record<string, string> {
  if (!isRecord(v)) return {};
  return Object.fromEntries(Object.entries(v).filter((e): e is [string, string] => typeof e[1] === 'string'));
}

interface Context {
  people: Readonly<Record<string, string>>;
  services: Record<string, string>;
  withHidden: boolean;
}

function mapIncident(inc: Json, where: string, entries: Json[], ctx: Context): { result: ImportedIncident | ImportRefusal; hidden: number; undated: number } {
  const sourceId = str(inc.id)!;
  const title = str(inc.message);
  if (!title) return { result: { where: `${where} (${sourceId})`, message: 'Unexpected incident without a message, expected "message" (its title)' }, hidden: 0, undated: 0 };

  const timeline: ImportedEntry[] = [];
  const impactStart = isoTime(inc.impactStartDate);
  const created = isoTime(inc.createdAt);
  if (impactStart) timeline.push({ at: impactStart, kind: 'started', text: 'Impact started' });
  if (created) timeline.push({ at: created, kind: 'declared', text: 'Incident opened in Opsgenie' });
  const impactEnd = isoTime(inc.impactEndDate);
  if (impactEnd) timeline.push({ at: impactEnd, kind: 'recovered', text: 'Impact ended' });

  let hidden = 0;
  let undated = 0;
  const entryFields: Json[] = [];
  for (const e of entries) {
    if (e.hidden === true && !ctx.withHidden) {
      hidden++;
      continue;
    }
    const at = isoTime(e.eventTime);
    if (!at) {
      undated++;
      entryFields.push(e);
      continue;
    }
    const type = str(e.type) ?? 'Entry';
    const description = isRecord(e.description) ? e.description : {};
    const content = str(description.content) ?? str(description.name);
    const kind = ENTRY_KIND[type] ?? 'note';
    const words = type === 'CustomUserEntry' ? undefined : type.replace(/([a-z])([A-Z])/g, '$1 $2');
    const text = [words, content].filter(Boolean).join(': ') || type;
    const actor = isRecord(e.actor) ? e.actor : {};
    const entry: ImportedEntry = { at, kind, text };
    const by = str(actor.type) === 'system' ? undefined : personName(ctx.people, [str(actor.name)]);
    if (by) entry.by = by;
    timeline.push(entry);
    // Kept only when it says more than its id and group: an edit (lastEdit) or a field we do not know.
    const kept = rest(e, ['eventTime', 'description', 'actor', 'type', 'group', 'hidden']);
    if (Object.keys(kept).some((k) => k !== 'id')) entryFields.push(kept);
  }
  timeline.sort((a, b) => msOf(a.at) - msOf(b.at));
  const started = impactStart ?? created ?? timeline[0]?.at;
  if (!started) return { result: { where: `${where} (${sourceId})`, message: 'Unexpected incident without impactStartDate or createdAt, expected a time with an offset' }, hidden, undated };

  const fields = rest(inc, MAPPED);
  if (str(inc.status)) fields.status = str(inc.status);
  const api = isRecord(inc.links) ? str(inc.links.api) : undefined; // links.web is the url
  if (api) fields.links = { api };
  else delete fields.links;
  if (entryFields.length) fields.timeline = entryFields;
  if (undated) fields.timeline_undated = undated;
  const out: ImportedIncident = {
    source: 'opsgenie', sourceId, where, title,
    severity: str(inc.priority) ? [{ field: 'priority', value: str(inc.priority)! }] : [],
    // Open with its impact over: what `incident status <id> recovered` makes of it.
    status: STATUS[str(inc.status) ?? ''] ?? (impactEnd ? 'monitoring' : 'investigating'),
    started, timeline, raw: fields,
  };
  const links = isRecord(inc.links) ? inc.links : {};
  if (str(links.web)) out.url = str(links.web);
  const services = (Array.isArray(inc.impactedServices) ? inc.impactedServices : []).map(str).filter((s): s is string => s !== undefined).map((s) => ctx.services[s] ?? s);
  if (services.length) out.services = [...new Set(services)];
  const description = str(inc.description);
  if (description) out.summary = description;
  return { result: out, hidden, undated };
}
