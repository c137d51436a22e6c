// Load on people: incidents per person and role per month, and timeline entries written outside
// working hours (config `working_hours`, in each incident's own zone unless it names one zone).
import { localParts, offsetMinutes, parseInstant } from '../timeline.ts';
import { zoneOf } from './dates.ts';
import { bucket, idList, month, share, type InsightIncident, type WorkingHours } from './types.ts';

export interface Load {
  roles: { month: string; person: string; role: string; n: number; ids: string[] }[];
  outside_hours: {
    entries: number;
    outside: number;
    share: number | null;
    ids: string[];
    by_month: { group: string; entries: number; outside: number; share: number | null; ids: string[] }[];
    by_person: { group: string; entries: number; outside: number; share: number | null; ids: string[] }[];
  };
}

interface Stamp {
  id: string;
  month: string;
  person: string;
  outside: boolean;
}

export function load(incidents: readonly InsightIncident[], hours: WorkingHours): Load {
  const roles = new Map<string, string[]>();
  for (const incident of incidents) {
    for (const r of incident.roles) bucket(roles, `${month(incident.date)}\u0000${r.person}\u0000${r.role}`, incident.id);
  }
  const stamps: Stamp[] = [];
  for (const incident of incidents) {
    const zone = zoneOf(incident, hours.timezone);
    const times = incident.timeline.map((e) => parseInstant(e.at));
    const offset = steadyOffset(zone, times);
    incident.timeline.forEach((entry, k) => {
      const ms = times[k];
      if (ms === undefined) return;
      const p = offset === undefined ? localParts(ms, zone) : wallParts(ms + offset * 60_000);
      const day = new Date(Date.UTC(p.year, p.month - 1, p.day)).getUTCDay();
      const minute = p.hour * 60 + p.minute;
      const inside = hours.days.includes(day) && minute >= hours.start && minute < hours.end;
      const m = `${p.year}-${String(p.month).padStart(2, '0')}`;
      stamps.push({ id: incident.id, month: m, person: entry.by ?? '(not recorded)', outside: !inside });
    });
  }
  const outside = stamps.filter((s) => s.outside);
  return {
    roles: [...roles.keys()].sort().map((key) => {
      const [m, person, role] = key.split('\u0000') as [string, string, string];
      const ids = idList(roles.get(key)!);
      return { month: m, person, role, n: ids.length, ids };
    }),
    outside_hours: {
      entries: stamps.length, outside: outside.length, share: share(outside.length, stamps.length), ids: idList(outside.map((s) => s.id)),
      by_month: split(stamps, (s) => s.month),
      by_person: split(stamps, (s) => s.person),
    },
  };
}

function split(stamps: Stamp[], key: (s: Stamp) => string) {
  const groups = new Map<string, Stamp[]>();
  for (const s of stamps) bucket(groups, key(s), s);
  return [...groups.keys()].sort().map((group) => {
    const list = groups.get(group)!;
    const out = list.filter((s) => s.outside);
    return { group, entries: list.length, outside: out.length, share: share(out.length, list.length), ids: idList(out.map((s) => s.id)) };
  });
}

/**
 * The zone's offset for all of an incident's entries when it is the same at the first and the last
 * and they are within 7 days (no zone changes its offset twice within a week; Morocco's Ramadan break, the shortest, is a month): one zone
 * look-up per incident instead of one per entry. Otherwise undefined: each entry its own.
 */
function steadyOffset(zone: string, times: (number | undefined)[]): number | undefined {
  let lo = Infinity;
  let hi = -Infinity;
  for (const ms of times) {
    if (ms === undefined) continue;
    if (ms < lo) lo = ms;
    if (ms > hi) hi = ms;
  }
  if (lo === Infinity || hi - lo > 7 * 86_400_000) return undefined;
  const a = offsetMinutes(zone, lo);
  return a === offsetMinutes(zone, hi) ? a : undefined;
}

/** Wall-clock fields of a time already shifted into the zone. */
function wallParts(shifted: number): { year: number; month: number; day: number; hour: number; minute: number } {
  const d = new Date(Math.floor(shifted / 1000) * 1000);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: d.getUTCHours(), minute: d.getUTCMinutes() };
}
