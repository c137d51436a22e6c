// What the insights are computed from and what they give: plain data, the same for every output.
import type { Metric } from '../metrics/metrics.ts';
import { dayNumber } from '../time/calendar.ts';

/** One incident as the insights read it (src/core/insights/read.ts makes it from the frontmatter). */
export interface InsightIncident {
  id: string;
  kind: string;
  severity: string;
  status: string;
  timezone: string;
  services: string[];
  tags: string[];
  /** The date in its id (YYYY-MM-DD): the day it started, in its own zone; what `list --since` filters on. */
  date: string;
  /** Each role held, one row per person (subject-matter experts each their own). */
  roles: { role: string; person: string }[];
  /** Timeline entries with a valid time: when (epoch ms) and by whom. */
  entries: { ms: number; by?: string }[];
  /** Its response figures (src/core/metrics/metrics.ts), worked out as the file is read: which, how long, estimated. */
  metrics: Pick<Metric, 'key' | 'ms' | 'approx'>[];
  /** The last resolution (epoch ms); undefined while unresolved. */
  resolvedMs?: number;
  actionItems: { id: string; owner?: string; due?: string; status?: string; /** Linked to an issue. */ issue: boolean }[];
  postmortem: { status?: string; owner?: string; approvals: { ms?: number; decision: string }[] };
}

export type GroupBy = 'month' | 'quarter' | 'severity' | 'service';

export interface WorkingHours {
  /** Minutes after midnight: 09:00 is 540. */
  start: number;
  end: number;
  /** 0 Sunday .. 6 Saturday. */
  days: number[];
  /** A fixed zone for every incident; undefined: each incident's own zone. */
  timezone?: string;
}

export interface InsightSettings {
  by: GroupBy;
  /** The clock (epoch ms): ages and overdue only. */
  now: number;
  severities: readonly string[];
  postmortemDue: Record<string, { days?: number; business_days?: number }>;
  workingHours: WorkingHours;
}

/** A count with the incidents behind it. */
export interface Counted {
  group: string;
  n: number;
  ids: string[];
}

/** Ids, sorted and each once: every figure names the incidents behind it in this form. */
export function idList(ids: Iterable<string>): string[] {
  const list = Array.isArray(ids) ? (ids as string[]) : [...ids];
  // Files are read in name order, so most lists already are in order (with repeats side by side):
  // then one pass drops the repeats, with no Set and no sort.
  let repeats = false;
  for (let i = 1; i < list.length; i++) {
    if (list[i - 1]! > list[i]!) return [...new Set(list)].sort();
    if (list[i - 1] === list[i]) repeats = true;
  }
  return repeats ? list.filter((id, i) => i === 0 || id !== list[i - 1]) : list;
}

/** Whether the ids, in this order, are each greater than the one before (so sorted, each once). */
export function strictlyIncreasing(ids: readonly string[]): boolean {
  for (let i = 1; i < ids.length; i++) if (!(ids[i - 1]! < ids[i]!)) return false;
  return true;
}

/**
 * What the figures ask of every incident, worked out once. `ordered`: the ids strictly increase
 * (files are read in name order): then the ids of any group gathered in incident order, each
 * incident once, are already an idList, with nothing to check or sort.
 */
export interface Prepared {
  incidents: readonly InsightIncident[];
  ordered: boolean;
  /** Each incident's id, in order. */
  ids: string[];
  /** month(date) of each incident. */
  months: readonly string[];
  /** The local date of each incident's last resolution, once asked for (dates.ts resolutionDates). */
  resolved?: (string | undefined)[];
}

export function prepare(incidents: readonly InsightIncident[]): Prepared {
  const months: string[] = new Array(incidents.length);
  let date: string | undefined;
  let m = '';
  for (let k = 0; k < incidents.length; k++) {
    const d = incidents[k]!.date;
    if (d !== date) m = month((date = d));
    months[k] = m;
  }
  const ids: string[] = new Array(incidents.length);
  for (let k = 0; k < incidents.length; k++) ids[k] = incidents[k]!.id;
  return { incidents, ordered: strictlyIncreasing(ids), ids, months };
}

/** idList of ids gathered in incident order, each incident once. */
export const idsOf = (list: string[], p: Prepared): string[] => (p.ordered ? list : idList(list));

/** Rounds a share to 4 places so that the output does not depend on float noise (0.30000000000000004). */
export function share(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 10_000) / 10_000;
}

/** Groups keyed by a string, kept in insertion order until sorted by the caller. */
export function bucket<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export const month = (date: string) => date.slice(0, 7);
export const quarter = (date: string) => `${date.slice(0, 4)}-Q${Math.ceil(Number(date.slice(5, 7)) / 3)}`;

const DAY = 86_400_000;
/** Whole days from one YYYY-MM-DD to another (negative when `to` is earlier): by day counts, what Date.parse gives; by Date.parse for what is not a real date. */
export function daysBetween(from: string, to: string): number {
  const a = dayNumber(from);
  const b = dayNumber(to);
  if (a !== undefined && b !== undefined) return b - a;
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY);
}

/** Today's date in UTC: ages and "overdue" count whole days against it. */
export const utcDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Orders group names: severities in the config's order (most severe first), others by name. */
export function groupOrder(by: GroupBy | 'severity', severities: readonly string[]): (a: string, b: string) => number {
  if (by !== 'severity') return (a, b) => (a < b ? -1 : a > b ? 1 : 0);
  const rank = (s: string) => {
    const i = severities.indexOf(s);
    return i === -1 ? severities.length : i;
  };
  return (a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);
}

/** The groups an incident falls in under `by`: one, or one per service (an incident with none: "(none)"). */
export function groupsOf(incident: InsightIncident, by: GroupBy): readonly string[] {
  if (by === 'month') return [month(incident.date)];
  if (by === 'quarter') return [quarter(incident.date)];
  if (by === 'severity') return [incident.severity || '(none)'];
  return incident.services.length ? unique(incident.services) : NO_SERVICE;
}

const NO_SERVICE: readonly string[] = ['(none)'];

/** Each name once, in order: the list itself when none repeats (the usual few services or tags: no Set made per incident). */
export function unique(list: readonly string[]): readonly string[] {
  for (let i = 1; i < list.length; i++) for (let j = 0; j < i; j++) if (list[i] === list[j]) return [...new Set(list)];
  return list;
}
