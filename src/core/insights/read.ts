// From a parsed frontmatter to what the insights need. Pure and forgiving: a field of the wrong
// type counts as not set (`incident validate` reports it), so one odd file never stops the report.
import { computeMetrics, milestones, type Metric } from '../metrics/metrics.ts';
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

/** How insightIncident reads a file for its caller. */
export interface ReadOptions {
  /**
   * false: the strings may stay slices of the file's text, neither copied nor interned (the site's
   * pages turn the incident into JSON at once).
   */
  keep?: boolean;
  /** The timeline's metrics (computeMetrics of it) when the caller has them already: the site page's view. */
  metrics?: readonly { key: Metric['key']; ms: number; approx?: boolean }[];
}

export function insightIncident(data: Record<string, unknown>, file: string, options: ReadOptions = {}): InsightIncident {
  const keep = options.keep !== false;
  const name1 = keep ? name : str;
  const names1 = keep ? names : strings;
  const id = keep ? copy(str(data.id) ?? file) : (str(data.id) ?? file);
  const roles: InsightIncident['roles'] = [];
  const r = typeof data.roles === 'object' && data.roles !== null ? (data.roles as Record<string, unknown>) : {};
  for (const role of SINGLE) {
    const person = name1(r[role]);
    if (person) roles.push({ role, person });
  }
  for (const person of names1(r.subject_matter_experts)) roles.push({ role: 'subject_matter_expert', person });
  // The entries with a time and a kind, as the metrics take them (only their at, kind and approx are read).
  const timeline = maps(data.timeline).filter((e) => typeof e.at === 'string' && typeof e.kind === 'string') as unknown as TimelineEntry[];
  const entries: InsightIncident['entries'] = [];
  for (const e of timeline) {
    const ms = parseInstant(e.at);
    if (ms === undefined) continue;
    const by = name1(e.by);
    entries.push(by === undefined ? { ms } : { ms, by });
  }
  const pm = typeof data.postmortem === 'object' && data.postmortem !== null ? (data.postmortem as Record<string, unknown>) : {};
  // Once, for the metrics and the resolution. The milestones parse their entries' times again: a
  // memo of them (a Map by text) cost more than parsing (insightIncident of 10,000 incidents: 13%).
  const at = milestones(timeline);
  return {
    id,
    kind: name1(data.kind) ?? 'incident',
    severity: name1(data.severity) ?? '',
    status: name1(data.status) ?? '',
    timezone: name1(data.timezone) ?? 'UTC',
    services: names1(data.services),
    tags: names1(data.tags),
    date: /^\d{4}-\d{2}-\d{2}/.exec(id)?.[0] ?? /^\d{4}-\d{2}-\d{2}/.exec(file)?.[0] ?? '',
    roles,
    entries,
    metrics: (options.metrics ?? computeMetrics(timeline, parseInstant, at)).map((m) => (m.approx ? { key: m.key, ms: m.ms, approx: true } : { key: m.key, ms: m.ms })),
    resolvedMs: at.resolved,
    actionItems: maps(data.action_items).map((a) => ({
      id: name1(a.id) ?? '?', owner: name1(a.owner), due: name1(a.due), status: name1(a.status), issue: str(a.issue) !== undefined,
    })),
    postmortem: {
      status: name1(pm.status),
      owner: name1(pm.owner),
      approvals: maps(pm.approvals).filter((a) => typeof a.at === 'string').map((a) => ({ ms: parseInstant(a.at as string), decision: name1(a.decision) ?? '' })),
    },
  };
}
