// Action items: created and completed per month, open ones by age, overdue ones by owner,
// completion by severity, and how many are linked to an issue. Items are named `<incident>/<AI-n>`.
import { itemCreated } from './dates.ts';
import type { LocalTimes } from './local-times.ts';
import { bucket, daysBetween, groupOrder, idList, month, share, utcDate, type InsightIncident } from './types.ts';

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

const OPEN = new Set(['open', 'in-progress']);
export const AGE_BUCKETS = [
  { group: '0-30 days', max: 30 },
  { group: '31-90 days', max: 90 },
  { group: 'over 90 days', max: Infinity },
] as const;

interface Item {
  ref: string;
  incident: InsightIncident;
  created: string;
  owner?: string;
  due?: string;
  status: string;
  issue: boolean;
}

export function followThrough(incidents: readonly InsightIncident[], now: number, severities: readonly string[], local: LocalTimes): FollowThrough {
  const today = utcDate(now);
  const items: Item[] = [];
  for (const incident of incidents) {
    if (!incident.actionItems.length) continue;
    const created = itemCreated(incident, local);
    for (const a of incident.actionItems) {
      items.push({ ref: `${incident.id}/${a.id}`, incident, created, owner: a.owner, due: a.due, status: a.status ?? 'open', issue: a.issue });
    }
  }
  // Items come in incident order, each incident's in file order. When that is already the sorted
  // order of their refs, each once (files are read in name order), the items of any group, taken in
  // that order, are too: their refs need no sorting, nor checking again.
  const allRefs = items.map((i) => i.ref);
  const inOrder = idList(allRefs) === allRefs;
  const refs = (list: Item[]) => ({ items: inOrder ? list.map((i) => i.ref) : idList(list.map((i) => i.ref)), ids: idList(list.map((i) => i.incident.id)) });
  const group = (name: string, list: Item[]): ItemGroup => ({ group: name, n: list.length, ...refs(list) });
  const byMonth = new Map<string, Item[]>();
  for (const item of items) bucket(byMonth, month(item.created), item);
  const open = items.filter((i) => OPEN.has(i.status));
  // Each creation date's age worked out once (most items share their incident's).
  const daysOld = new Map<string, number>();
  const ageOf = (created: string) => {
    let age = daysOld.get(created);
    if (age === undefined) daysOld.set(created, (age = daysBetween(created, today)));
    return age;
  };
  // Each open item into the first bucket its age fits (none for an age that is not a number).
  const byAge: Item[][] = AGE_BUCKETS.map(() => []);
  for (const item of open) {
    const age = ageOf(item.created);
    const k = AGE_BUCKETS.findIndex((b, j) => age > (j === 0 ? -Infinity : AGE_BUCKETS[j - 1]!.max) && age <= b.max);
    if (k !== -1) byAge[k]!.push(item);
  }
  const ages = AGE_BUCKETS.map((b, k) => group(b.group, byAge[k]!));
  const overdue = new Map<string, Item[]>();
  for (const item of open) if (item.due && item.due < today) bucket(overdue, item.owner ?? '(no owner)', item);
  const bySeverity = new Map<string, Item[]>();
  for (const item of items) if (item.status !== 'wont-do') bucket(bySeverity, item.incident.severity || '(none)', item);
  const linked = items.filter((i) => i.issue);
  return {
    items: items.length,
    per_month: [...byMonth.keys()].sort().map((m) => {
      const list = byMonth.get(m)!;
      return { group: m, created: list.length, completed: list.filter((i) => i.status === 'done').length, ...refs(list) };
    }),
    open_by_age: ages,
    overdue_by_owner: [...overdue.keys()].sort().map((owner) => group(owner, overdue.get(owner)!)),
    completion_by_severity: [...bySeverity.keys()].sort(groupOrder('severity', severities)).map((sev) => {
      const list = bySeverity.get(sev)!;
      const done = list.filter((i) => i.status === 'done').length;
      return { group: sev, done, counted: list.length, rate: share(done, list.length), ...refs(list) };
    }),
    linked_to_issue: { linked: linked.length, items: items.length, share: share(linked.length, items.length), ids: idList(linked.map((i) => i.incident.id)) },
  };
}
