// Action items: created and completed per month, open ones by age, overdue ones by owner,
// completion by severity, and how many are linked to an issue. Items are named `<incident>/<AI-n>`.
import { itemCreated, resolutionDates } from './dates.ts';
import type { LocalTimes } from './local-times.ts';
import { daysBetween, groupOrder, idList, month, share, utcDate, type Prepared } from './types.ts';

export interface ItemGroup {
  group: string;
  n: number;
  items: string[];
  ids: string[];
}

export interface FollowThrough {
  items: number;
  per_month: { group: string; created: number; completed: number; items: string[]; ids: string[] }[];
  open_by_age: ItemGroup[];
  overdue_by_owner: ItemGroup[];
  completion_by_severity: { group: string; done: number; counted: number; rate: number | null; items: string[]; ids: string[] }[];
  linked_to_issue: { linked: number; items: number; share: number | null; ids: string[] };
}

export const AGE_BUCKETS = [
  { group: '0-30 days', max: 30 },
  { group: '31-90 days', max: 90 },
  { group: 'over 90 days', max: Infinity },
] as const;

/** Items of one group, gathered in item order: their refs, and their incidents' ids each once. */
class Gathered {
  readonly refs: string[] = [];
  readonly ids: string[] = [];
  /** Items done (per month and severity). */
  done = 0;
  add(ref: string, id: string): void {
    this.refs.push(ref);
    if (this.ids[this.ids.length - 1] !== id) this.ids.push(id);
  }
}

export function followThrough(p: Prepared, now: number, severities: readonly string[], local: LocalTimes): FollowThrough {
  const { incidents } = p;
  const today = utcDate(now);
  const byMonth = new Map<string, Gathered>();
  const byAge = AGE_BUCKETS.map(() => new Gathered());
  const overdue = new Map<string, Gathered>();
  const bySeverity = new Map<string, Gathered>();
  const linked = new Gathered();
  const gathered = (map: Map<string, Gathered>, key: string) => {
    let g = map.get(key);
    if (!g) map.set(key, (g = new Gathered()));
    return g;
  };
  // Items come in incident order, each incident's in file order. When that is already the sorted
  // order of their refs, each once (files are read in name order), the items of any group, taken in
  // that order, are too: their refs need no sorting, nor checking again. Likewise the incidents'
  // ids of a group (each kept once) when the incidents' ids are in order.
  let inOrder = true;
  let previous: string | undefined;
  let items = 0;
  // Each creation date's age worked out once (most items share their incident's).
  const daysOld = new Map<string, number>();
  const resolved = resolutionDates(p, local);
  for (let k = 0; k < incidents.length; k++) {
    const incident = incidents[k]!;
    const list = incident.actionItems;
    if (!list.length) continue;
    const { id } = incident;
    const created = itemCreated(incident, resolved[k]);
    const inMonth = gathered(byMonth, month(created));
    let severity: Gathered | undefined; // made at its first item counted (a severity with only wont-do items has no row)
    let age = daysOld.get(created);
    if (age === undefined) daysOld.set(created, (age = daysBetween(created, today)));
    // The first bucket the age fits (none for an age that is not a number).
    const old = age <= AGE_BUCKETS[0].max ? byAge[0] : age <= AGE_BUCKETS[1].max ? byAge[1] : age <= AGE_BUCKETS[2].max ? byAge[2] : undefined;
    for (let j = 0; j < list.length; j++) {
      const a = list[j]!;
      const ref = `${id}/${a.id}`;
      // Refs of one incident share its id and the slash: their order is their items' ids' (no long ref compared).
      if (j === 0 ? previous !== undefined && !(previous < ref) : !(list[j - 1]!.id < a.id)) inOrder = false;
      previous = ref;
      items++;
      const status = a.status ?? 'open';
      const done = status === 'done';
      inMonth.add(ref, id);
      if (done) inMonth.done++;
      if (status === 'open' || status === 'in-progress') {
        old?.add(ref, id);
        if (a.due && a.due < today) gathered(overdue, a.owner ?? '(no owner)').add(ref, id);
      }
      if (status !== 'wont-do') {
        severity ??= gathered(bySeverity, incident.severity || '(none)');
        severity.add(ref, id);
        if (done) severity.done++;
      }
      if (a.issue) linked.add(ref, id);
    }
  }
  const refs = (g: Gathered) => ({ items: inOrder ? g.refs : idList(g.refs), ids: p.ordered ? g.ids : idList(g.ids) });
  const group = (name: string, g: Gathered): ItemGroup => ({ group: name, n: g.refs.length, ...refs(g) });
  return {
    items,
    per_month: [...byMonth.keys()].sort().map((m) => {
      const g = byMonth.get(m)!;
      return { group: m, created: g.refs.length, completed: g.done, ...refs(g) };
    }),
    open_by_age: AGE_BUCKETS.map((b, k) => group(b.group, byAge[k]!)),
    overdue_by_owner: [...overdue.keys()].sort().map((owner) => group(owner, overdue.get(owner)!)),
    completion_by_severity: [...bySeverity.keys()].sort(groupOrder('severity', severities)).map((sev) => {
      const g = bySeverity.get(sev)!;
      return { group: sev, done: g.done, counted: g.refs.length, rate: share(g.done, g.refs.length), ...refs(g) };
    }),
    linked_to_issue: { linked: linked.refs.length, items, share: share(linked.refs.length, items), ids: p.ordered ? linked.ids : idList(linked.ids) },
  };
}
