// Load on people: incidents per person and role per month, and timeline entries written outside
// working hours (config `working_hours`, in each incident's own zone unless it names one zone).
import { weekdayOf } from '../time/calendar.ts';
import { monthOf, type LocalTimes } from './local-times.ts';
import { idsOf, share, type Prepared, type WorkingHours } from './types.ts';

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
}

/** A person in a role: its key (how the rows sort), and the person and role the row names. */
interface Held {
  key: string;
  person: string;
  role: string;
}

export function load(p: Prepared, hours: WorkingHours, local: LocalTimes): Load {
  // Each figure's loop in a function of its own: V8 optimizes a long loop while it runs, and code
  // made for one loop of a function is thrown away when it reaches the next.
  const roles = rolesByMonth(p);
  const outside = outsideHours(p, hours, local);
  return {
    roles: [...roles.keys()].sort().flatMap((m) => {
      const inMonth = roles.get(m)!;
      return [...inMonth.keys()].sort().map((key) => {
        const { held, ids: list } = inMonth.get(key)!;
        const ids = idsOf(list, p);
        return { month: m, person: held.person, role: held.role, n: ids.length, ids };
      });
    }),
    outside_hours: {
      entries: outside.all.entries, outside: outside.all.outside, share: share(outside.all.outside, outside.all.entries), ids: idsOf(outside.all.ids, p),
      by_month: rows(outside.byMonth, p),
      by_person: rows(outside.byPerson, p),
    },
  };
}

/** By month, then by person and role: sorting a month's few keys at a time gives the order of the
 * whole keys (a month is digits), for far fewer comparisons than sorting them all at once. */
function rolesByMonth(p: Prepared): Map<string, Map<string, { held: Held; ids: string[] }>> {
  const { incidents } = p;
  const roles = new Map<string, Map<string, { held: Held; ids: string[] }>>();
  // Each person and role's key made once (not once an incident).
  const keys = new Map<string, Map<string, Held>>();
  let lastMonth: string | undefined;
  let inMonth: Map<string, { held: Held; ids: string[] }> | undefined;
  for (let k = 0; k < incidents.length; k++) {
    const incident = incidents[k]!;
    const held = incident.roles;
    if (!held.length) continue;
    const m = p.months[k]!;
    if (m !== lastMonth || !inMonth) {
      inMonth = roles.get((lastMonth = m));
      if (!inMonth) roles.set(m, (inMonth = new Map()));
    }
    for (let j = 0; j < held.length; j++) {
      const h = heldBy(keys, held[j]!.person, held[j]!.role);
      const row = inMonth.get(h.key);
      if (!row) inMonth.set(h.key, { held: h, ids: [incident.id] });
      else if (row.ids[row.ids.length - 1] !== incident.id) row.ids.push(incident.id); // a person twice in a role: the incident once
    }
  }
  return roles;
}

function heldBy(keys: Map<string, Map<string, Held>>, person: string, role: string): Held {
  let byRole = keys.get(person);
  if (!byRole) keys.set(person, (byRole = new Map()));
  let held = byRole.get(role);
  if (!held) {
    const key = `${person}\u0000${role}`;
    const [p1, r1] = key.split('\u0000') as [string, string]; // as the rows always read it back
    byRole.set(role, (held = { key, person: p1, role: r1 }));
  }
  return held;
}

/** Entries outside working hours: all, by the month of their local date, by person. */
function outsideHours(p: Prepared, hours: WorkingHours, local: LocalTimes) {
  const all = new Tally();
  const byMonth = new Map<string, Tally>();
  const byPerson = new Map<string, Tally>();
  const working = Array.from({ length: 7 }, (_, day) => hours.days.includes(day));
  const { start, end } = hours;
  const { incidents } = p;
  // Per entry only arithmetic and a look-up of its person when it changes: the month and the
  // working day are worked out again only when the local day changes.
  for (let i = 0; i < incidents.length; i++) {
    const incident = incidents[i]!;
    const offsets = local.entryOffsets(incident);
    const one = typeof offsets === 'number' ? offsets : undefined;
    const entries = incident.entries;
    const { id } = incident;
    let day = NaN;
    let workday = false;
    let inMonth = all;
    let lastBy: string | undefined;
    let person = all;
    for (let k = 0; k < entries.length; k++) {
      const entry = entries[k]!;
      const minutes = Math.floor(entry.ms / 60_000) + (one ?? (offsets as ArrayLike<number>)[k]!); // on the local clock
      const days = Math.floor(minutes / 1440);
      if (days !== day) {
        inMonth = tally(byMonth, monthOf((day = days)));
        workday = working[weekdayOf(days)]!;
      }
      const minute = minutes - days * 1440;
      const outside = !(workday && minute >= start && minute < end);
      const by = entry.by ?? '(not recorded)';
      if (by !== lastBy || k === 0) person = tally(byPerson, (lastBy = by));
      all.entries++;
      inMonth.entries++;
      person.entries++;
      if (!outside) continue;
      all.outside++;
      inMonth.outside++;
      person.outside++;
      if (all.ids[all.ids.length - 1] !== id) all.ids.push(id);
      if (inMonth.ids[inMonth.ids.length - 1] !== id) inMonth.ids.push(id);
      if (person.ids[person.ids.length - 1] !== id) person.ids.push(id);
    }
  }
  return { all, byMonth, byPerson };
}

function tally(map: Map<string, Tally>, key: string): Tally {
  let t = map.get(key);
  if (!t) map.set(key, (t = new Tally()));
  return t;
}

/** A tally's ids are in incident order, each once (an incident's entries are counted together). */
function rows(groups: Map<string, Tally>, p: Prepared) {
  return [...groups.keys()].sort().map((group) => {
    const t = groups.get(group)!;
    return { group, entries: t.entries, outside: t.outside, share: share(t.outside, t.entries), ids: idsOf(t.ids, p) };
  });
}
