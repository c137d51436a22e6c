// From a parsed frontmatter to what the insights need. Pure and forgiving: a field of the wrong
// type counts as not set (`incident validate` reports it), so one odd file never stops the report.
import { computeMetrics, milestones } from '../metrics/metrics.ts';
import { parseInstant } from '../timeline/timeline.ts';
import type { TimelineEntry } from '../model/types.ts';
import type { InsightIncident } from './types.ts';

const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : typeof v === 'number' ? String(v) : undefined);
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.map(str).filter((s): s is string => s !== undefined) : []);
const maps = (v: unknown): Record<string, unknown>[] =>
  Array.isArray(v) ? v.filter((x): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x)) : [];

// Values read from a file are slices of its text, which they would keep in memory: names that
// repeat (severities, zones, people, services) are kept once, ids copied.
const interned = new Map<string, string>();
export const intern = (s: string): string => {
  let kept = interned.get(s);
  if (kept === undefined) interned.set((kept = copy(s)), kept);
  return kept;
};
export const copy = (s: string): string => (s.length < 13 ? s : Buffer.from(s, 'utf8').toString('utf8'));
const name = (v: unknown) => {
  const s = str(v);
  return s === undefined ? undefined : intern(s);
};
const names = (v: unknown) => strings(v).map(intern);

const SINGLE = ['incident_commander', 'deputy', 'scribe', 'communications_liaison', 'investigation_coordinator'];

export function insightIncident(data: Record<string, unknown>, file: string): InsightIncident {
  const id = copy(str(data.id) ?? file);
  const roles: InsightIncident['roles'] = [];
  const r = typeof data.roles === 'object' && data.roles !== null ? (data.roles as Record<string, unknown>) : {};
  for (const role of SINGLE) {
    const person = name(r[role]);
    if (person) roles.push({ role, person });
  }
  for (const person of names(r.subject_matter_experts)) roles.push({ role: 'subject_matter_expert', person });
  const timeline = maps(data.timeline)
    .filter((e) => typeof e.at === 'string' && typeof e.kind === 'string')
    .map((e) => ({ at: e.at as string, kind: e.kind, by: name(e.by), text: '', approx: e.approx === true ? true : undefined }) as TimelineEntry);
  const entries: InsightIncident['entries'] = [];
  // Each time parsed once: the entries, the milestones and the metrics all ask for them.
  const parsed = new Map<string, number | undefined>();
  const parse = (at: string) => (parsed.has(at) ? parsed.get(at) : parsed.set(at, parseInstant(at)).get(at));
  for (const e of timeline) {
    const ms = parse(e.at);
    if (ms !== undefined) entries.push(e.by === undefined ? { ms } : { ms, by: e.by });
  }
  const pm = typeof data.postmortem === 'object' && data.postmortem !== null ? (data.postmortem as Record<string, unknown>) : {};
  return {
    id,
    kind: name(data.kind) ?? 'incident',
    severity: name(data.severity) ?? '',
    status: name(data.status) ?? '',
    timezone: name(data.timezone) ?? 'UTC',
    services: names(data.services),
    tags: names(data.tags),
    date: /^\d{4}-\d{2}-\d{2}/.exec(id)?.[0] ?? /^\d{4}-\d{2}-\d{2}/.exec(file)?.[0] ?? '',
    roles,
    entries,
    metrics: computeMetrics(timeline, parse).map((m) => (m.approx ? { key: m.key, ms: m.ms, approx: true } : { key: m.key, ms: m.ms })),
    resolvedMs: milestones(timeline, parse).resolved,
    actionItems: maps(data.action_items).map((a) => ({
      id: name(a.id) ?? '?', owner: name(a.owner), due: name(a.due), status: name(a.status), issue: str(a.issue) !== undefined,
    })),
    postmortem: {
      status: name(pm.status),
      owner: name(pm.owner),
      approvals: maps(pm.approvals).filter((a) => typeof a.at === 'string').map((a) => ({ ms: parseInstant(a.at as string), decision: name(a.decision) ?? '' })),
    },
  };
}
