// From an ImportedIncident to what the file holds: the checked timeline, the severity through the
// config, the id's date in the incident's zone, and the frontmatter of a new file. Pure.
import { Document } from 'yaml';
import type { Config } from '../config/config.ts';
import { yamlBlock } from '../edit/fast-edit.ts';
import { slugify } from '../model/id.ts';
import { newActionId } from '../model/action-items.ts';
import { SINGLE_ROLES, type ActionItem, type Incident, type TimelineEntry } from '../model/types.ts';
import { timelineProblems } from '../timeline/timeline-integrity.ts';
import { isValidTimeZone, localDate, parseInstant } from '../timeline/timeline.ts';
import { chooseSeverity, type SeverityChoice } from './severity.ts';
import type { ImportedActionItem, ImportedEvidence, ImportedIncident, ImportedUpdate, ImportSource } from './types.ts';

export interface PlanContext {
  config: Config;
  source: ImportSource;
  /** Epoch ms: nothing may be written in the future. */
  now: number;
}

/** The source's values of the fields three-way re-import looks after (kept as `import.last`). */
export interface MappedFields {
  title: string;
  severity: string;
  status: string;
  services?: string[];
  public?: boolean;
  roles?: Record<string, string | string[]>;
  impact_summary?: string;
  action_items?: LastItem[];
}

/** An action item as the source last gave it: its source id, the id it has here, its mapped fields. */
export interface LastItem {
  source_id: string;
  id: string;
  [field: string]: string;
}

export interface Prepared {
  imported: ImportedIncident;
  timezone: string;
  /** Instant the id's date comes from: started, else the first milestone, else the first entry. */
  startMs: number;
  date: string;
  slug: string;
  severity: SeverityChoice;
  timeline: TimelineEntry[];
  updates: ImportedUpdate[];
  evidence: ImportedEvidence[];
  /** Action items in the source's order, without ids (given when written). */
  items: { sourceId: string; fields: Omit<ActionItem, 'id'> }[];
  mapped: Omit<MappedFields, 'action_items'>;
}

/** A refusal still says when the incident started, when that is known (--since/--until leave it alone then). */
export type Preparation = { ok: true; prepared: Prepared; startMs: number } | { ok: false; message: string; startMs?: number };

const ITEM_FIELDS = ['title', 'type', 'owner', 'due', 'status', 'reason', 'issue'] as const;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Checks and normalises one imported incident; a refusal is one line ("Unexpected X, expected Y"). */
export function prepare(imp: ImportedIncident, pc: PlanContext): Preparation {
  const { config } = pc;
  const settings = config.import[pc.source.name] ?? {};
  const title = imp.title.trim();
  if (!title) return refuse('Unexpected empty title, expected the incident\'s name or summary');
  const zone = [imp.timezone, settings.timezone, config.timezone].find((z): z is string => typeof z === 'string' && isValidTimeZone(z)) ?? 'UTC';

  const entries: { entry: TimelineEntry; ms: number; i: number }[] = [];
  const seen = new Set<string>();
  for (const [i, e] of imp.timeline.entries()) {
    const ms = parseInstant(e.at);
    if (ms === undefined) return refuse(`Unexpected time "${e.at}" in timeline entry ${i + 1} (${e.kind}), expected ISO 8601 with an offset`);
    const text = oneLine(e.text);
    if (!text) continue; // an entry with nothing to say (an empty note) says nothing here either
    const entry: TimelineEntry = { at: e.at, kind: e.kind, ...(e.by?.trim() ? { by: e.by.trim() } : {}), text, ...(e.approx ? { approx: true } : {}) };
    // The same event reached through two endpoints (a note and its annotate log entry) is one entry.
    const key = `${ms}\t${entry.kind}\t${entry.text}\t${entry.by ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    entries.push({ entry, ms, i });
  }
  entries.sort((a, b) => a.ms - b.ms || a.i - b.i);
  const timeline = entries.map((e) => e.entry);
  const startedMs = imp.started === undefined ? undefined : parseInstant(imp.started);
  if (imp.started !== undefined && startedMs === undefined) return refuse(`Unexpected start time "${imp.started}", expected ISO 8601 with an offset`);
  const milestone = entries.find((e) => e.entry.kind === 'started') ?? entries.find((e) => MILESTONES.has(e.entry.kind));
  const startMs = startedMs ?? milestone?.ms ?? entries[0]?.ms;
  if (startMs === undefined) return refuse('Unexpected incident without any time, expected when it started or a timeline entry');
  const problem = timelineProblems(timeline, pc.now)[0];
  if (problem) return refuse(problem.message, startMs);

  const severity = chooseSeverity(imp.severity, settings.severity_map as Record<string, unknown> | undefined, pc.source.severityMap, config.severities, config.default_severity);
  const roles = rolesOf(imp.roles);
  const services = uniq((imp.services ?? []).map((s) => s.trim()).filter(Boolean));
  const mapped: Prepared['mapped'] = {
    title, severity: severity.severity, status: imp.status,
    ...(services.length ? { services } : {}),
    ...(imp.public !== undefined ? { public: imp.public } : {}),
    ...(roles ? { roles } : {}),
    ...(imp.impactSummary?.trim() ? { impact_summary: imp.impactSummary.trim() } : {}),
  };
  const updates = [...(imp.updates ?? [])]
    .filter((u) => parseInstant(u.at) !== undefined && u.text.trim())
    .map((u, i) => ({ u, i, ms: parseInstant(u.at)! }))
    .sort((a, b) => a.ms - b.ms || a.i - b.i)
    .map(({ u }) => ({ at: u.at, status: u.status, text: u.text.trim(), ...(u.by?.trim() ? { by: u.by.trim() } : {}) }));
  return {
    ok: true,
    startMs,
    prepared: {
      imported: imp, timezone: zone, startMs, date: localDate(startMs, zone), slug: slugify(title), severity, timeline,
      updates, evidence: imp.evidence ?? [], items: (imp.actionItems ?? []).map(itemFields).filter((i) => i.fields.title), mapped,
    },
  };
}

const MILESTONES = new Set(['started', 'detected', 'acknowledged', 'declared', 'mitigated', 'recovered', 'resolved']);
const refuse = (message: string, startMs?: number): Preparation => ({ ok: false, message, ...(startMs !== undefined ? { startMs } : {}) });
const uniq = <T>(list: T[]) => [...new Set(list)];
/** Timeline text is one line in the listing; the source's line breaks become spaces. */
const oneLine = (text: string) => text.replace(/\s*\r?\n\s*/g, ' ').trim();

function rolesOf(roles: ImportedIncident['roles']): Record<string, string | string[]> | undefined {
  if (!roles) return undefined;
  const out: Record<string, string | string[]> = {};
  for (const role of SINGLE_ROLES) {
    const who = roles[role]?.trim();
    if (who) out[role] = who;
  }
  const smes = uniq((roles.subject_matter_experts ?? []).map((s) => s.trim()).filter(Boolean));
  if (smes.length) out.subject_matter_experts = smes;
  return Object.keys(out).length ? out : undefined;
}

/** An action item's fields as the file holds them; a due date or link of the wrong shape is left out (it stays in the raw fields). */
function itemFields(a: ImportedActionItem): Prepared['items'][number] {
  const fields: Omit<ActionItem, 'id'> = { title: oneLine(a.title) };
  if (a.type) fields.type = a.type;
  if (a.owner?.trim()) fields.owner = a.owner.trim();
  if (a.due && DATE.test(a.due)) fields.due = a.due;
  if (a.status) fields.status = a.status;
  if (a.status === 'wont-do') fields.reason = a.reason?.trim() || 'Marked as not doing in the source';
  if (a.issue && /^https?:\/\/\S+$/.test(a.issue)) fields.issue = a.issue;
  return { sourceId: a.sourceId, fields };
}

/** The item as `import.last` keeps it. */
export function lastItem(sourceId: string, id: string, fields: Omit<ActionItem, 'id'>): LastItem {
  const out: LastItem = { source_id: sourceId, id };
  for (const k of ITEM_FIELDS) if (fields[k] !== undefined) out[k] = fields[k] as string;
  return out;
}

export { ITEM_FIELDS };

/** The `import:` block: where the file came from, what the source said last, and everything not mapped. */
export function importBlock(p: Prepared, last: MappedFields): Record<string, unknown> {
  const imp = p.imported;
  return {
    source: imp.source,
    source_id: imp.sourceId,
    ...(imp.url ? { url: imp.url } : {}),
    last,
    ...(Object.keys(imp.raw).length ? { fields: plain(imp.raw) } : {}),
  };
}

/**
 * An imported action item's id: made from the source and the follow-up's own id (model/action-items.ts),
 * so every clone that imports it gives it the same id, and a merge sees one item.
 */
export function importedActionId(items: readonly unknown[], source: string, incidentId: string, followUpId: string): string {
  return newActionId(items, { source_id: followUpId }, `import\u0000${source}\u0000${incidentId}`);
}

/**
 * The source's raw fields as plain data an incident file can hold: no `__proto__` key (incident
 * files refuse it), nothing but JSON values.
 */
export function plain<T>(value: T): T {
  return JSON.parse(JSON.stringify(value), (key, v) => (key === '__proto__' ? undefined : v)) as T;
}

/** The whole frontmatter of a new file with this id (action items in the source's order). */
export function newFrontmatter(p: Prepared, id: string): Incident {
  const m = p.mapped;
  const items: ActionItem[] = [];
  for (const it of p.items) items.push({ id: importedActionId(items, p.imported.source, p.imported.sourceId, it.sourceId), ...it.fields });
  const last: MappedFields = { ...m, ...(items.length ? { action_items: p.items.map((it, i) => lastItem(it.sourceId, items[i]!.id, it.fields)) } : {}) };
  const incident: Incident = {
    id, title: m.title, kind: p.imported.drill ? 'drill' : 'incident', severity: m.severity, status: m.status as Incident['status'], timezone: p.timezone,
    services: m.services ?? [],
    public: m.public ?? false,
    roles: (m.roles as Incident['roles']) ?? {},
    ...(m.impact_summary ? { impact: { summary: m.impact_summary } } : {}),
    timeline: p.timeline,
    action_items: items,
  };
  if (p.updates.length) incident.updates = p.updates;
  incident.import = importBlock(p, structuredClone(last));
  return incident;
}

/**
 * The text of a new file: the frontmatter as `yaml` writes it (the fast writer when it can: the
 * same bytes), then the skeleton body with the source's summary under "Summary".
 */
export function newFileText(incident: Record<string, unknown>, body: string, summary: string | undefined, comment?: string): string {
  // `yaml` writes a document comment as `#<comment>` and a blank line.
  const lines = yamlBlock(incident, '');
  const fm = lines ? (comment === undefined ? '' : `#${comment}\n\n`) + lines.join('\n') + '\n' : documentText(incident, comment);
  return `---\n${fm}---\n\n${withSummary(body, summary)}`;
}

function documentText(value: Record<string, unknown>, comment: string | undefined): string {
  // Never anchors and aliases (incident files refuse them), even where two fields hold equal values.
  const doc = new Document(value, { aliasDuplicateObjects: false });
  if (comment) doc.commentBefore = comment;
  return doc.toString({ lineWidth: 0 });
}

/** The summary as the first paragraph of the Summary section (the template's comment stays after it). */
function withSummary(body: string, summary: string | undefined): string {
  const text = summary?.trim();
  if (!text) return body;
  const m = /^##[ \t]+Summary[ \t]*\r?\n/m.exec(body);
  if (!m) return `## Summary\n\n${text}\n\n${body}`;
  const at = m.index + m[0].length;
  return `${body.slice(0, at)}\n${text}\n${body.slice(at)}`;
}
