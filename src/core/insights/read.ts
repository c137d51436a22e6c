// From a parsed frontmatter to what the insights need. Pure and forgiving: a field of the wrong
// type counts as not set (`incident validate` reports it), so one odd file never stops the report.
import { parseInstant } from '../timeline.ts';
import type { TimelineEntry } from '../types.ts';
import type { InsightIncident } from './types.ts';

const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : typeof v === 'number' ? String(v) : undefined);
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.map(str).filter((s): s is string => s !== undefined) : []);
const maps = (v: unknown): Record<string, unknown>[] =>
  Array.isArray(v) ? v.filter((x): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x)) : [];

const SINGLE = ['incident_commander', 'deputy', 'scribe', 'communications_liaison', 'investigation_coordinator'];

export function insightIncident(data: Record<string, unknown>, name: string): InsightIncident {
  const id = str(data.id) ?? name;
  const roles: InsightIncident['roles'] = [];
  const r = typeof data.roles === 'object' && data.roles !== null ? (data.roles as Record<string, unknown>) : {};
  for (const role of SINGLE) {
    const person = str(r[role]);
    if (person) roles.push({ role, person });
  }
  for (const person of strings(r.subject_matter_experts)) roles.push({ role: 'subject_matter_expert', person });
  const timeline = maps(data.timeline)
    .filter((e) => typeof e.at === 'string' && typeof e.kind === 'string')
    .map((e) => ({ at: e.at as string, kind: e.kind, by: str(e.by), text: '', approx: e.approx === true ? true : undefined }) as TimelineEntry);
  const pm = typeof data.postmortem === 'object' && data.postmortem !== null ? (data.postmortem as Record<string, unknown>) : {};
  return {
    id,
    kind: str(data.kind) ?? 'incident',
    severity: str(data.severity) ?? '',
    status: str(data.status) ?? '',
    timezone: str(data.timezone) ?? 'UTC',
    services: strings(data.services),
    tags: strings(data.tags),
    date: /^\d{4}-\d{2}-\d{2}/.exec(id)?.[0] ?? /^\d{4}-\d{2}-\d{2}/.exec(name)?.[0] ?? '',
    roles,
    timeline,
    times: timeline.map((e) => parseInstant(e.at)),
    actionItems: maps(data.action_items).map((a) => ({
      id: str(a.id) ?? '?', owner: str(a.owner), due: str(a.due), status: str(a.status), issue: str(a.issue),
    })),
    postmortem: {
      status: str(pm.status),
      owner: str(pm.owner),
      approvals: maps(pm.approvals).filter((a) => typeof a.at === 'string').map((a) => ({ at: a.at as string, decision: str(a.decision) ?? '' })),
    },
  };
}
