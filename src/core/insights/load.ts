// Load on people: incidents per person and role per month, and timeline entries written outside
// working hours (config `working_hours`, in each incident's own zone unless it names one zone).
import { monthOf, weekdayOf, type LocalTimes } from './local-times.ts';
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

/** Entries and those outside working hours, for one group; ids of the incidents with the latter. */
class Tally {
  entries = 0;
  outside = 0;
  readonly ids: string[] = [];
  add(id: string, outside: boolean): void {
    this.entries++;
    if (!outside) return;
    this.outside++;
    if (this.ids[this.ids.length - 1] !== id) this.ids.push(id);
  }
}

export function load(incidents: readonly InsightIncident[], hours: WorkingHours, local: LocalTimes): Load {
  // By month, then by person and role: sorting a month's few keys at a time gives the order of the
  // whole keys (a month is digits), for far fewer comparisons than sorting them all at once.
  const roles = new Map<string, Map<string, string[]>>();
  for (const incident of incidents) {
    if (!incident.roles.length) continue;
    const m = month(incident.date);
    let inMonth = roles.get(m);
    if (!inMonth) roles.set(m, (inMonth = new Map()));
    for (const r of incident.roles) bucket(inMonth, `${r.person}\u0000${r.role}`, incident.id);
  }
  const all = new Tally();
  const byMonth = new Map<string, Tally>();
  const byPerson = new Map<string, Tally>();
  const tally = (map: Map<string, Tally>, key: string) => {
    let t = map.get(key);
    if (!t) map.set(key, (t = new Tally()));
    return t;
  };
  const working = Array.from({ length: 7 }, (_, day) => hours.days.includes(day));
  // Per entry only arithmetic: the month is worked out again only when the local day changes.
  for (const incident of incidents) {
    const offsets = local.entryOffsets(incident);
    const entries = incident.entries;
    let day = NaN;
    let inMonth = all;
    for (let k = 0; k < entries.length; k++) {
      const { ms, by } = entries[k]!;
      const minutes = Math.floor(ms / 60_000) + (typeof offsets === 'number' ? offsets : offsets[k]!); // on the local clock
      const days = Math.floor(minutes / 1440);
      const minute = minutes - days * 1440;
      const outside = !(working[weekdayOf(days)] && minute >= hours.start && minute < hours.end);
      if (days !== day) inMonth = tally(byMonth, monthOf((day = days)));
      all.add(incident.id, outside);
      inMonth.add(incident.id, outside);
      tally(byPerson, by ?? '(not recorded)').add(incident.id, outside);
    }
  }
  return {
    roles: [...roles.keys()].sort().flatMap((m) => {
      const inMonth = roles.get(m)!;
      return [...inMonth.keys()].sort().map((key) => {
        const [person, role] = key.split('\u0000') as [string, string];
        const ids = idList(inMonth.get(key)!);
        return { month: m, person, role, n: ids.length, ids };
      });
    }),
    outside_hours: {
      entries: all.entries, outside: all.outside, share: share(all.outside, all.entries), ids: idList(all.ids),
      by_month: rows(byMonth),
      by_person: rows(byPerson),
    },
  };
}

function rows(groups: Map<string, Tally>) {
  return [...groups.keys()].sort().map((group) => {
    const t = groups.get(group)!;
    return { group, entries: t.entries, outside: t.outside, share: share(t.outside, t.entries), ids: idList(t.ids) };
  });
}
