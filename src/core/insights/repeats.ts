// Repeats: services (and tags, when incidents record them) with more than one incident in the window.
import { bucket, idsOf, unique, type Counted, type InsightIncident, type Prepared } from './types.ts';

export interface Repeats {
  services: Counted[];
  tags: Counted[];
  /** Said when no incident records `tags:` (the file format has no such field yet). */
  note?: string;
}

/**
 * `byService`: the counts per service (counts.ts), the same groups when the ids are in order (each
 * incident once in a group: its length is its n) and no incident is counted under "(none)" (which
 * there holds the incidents without a service, and here would not).
 */
export function repeats(p: Prepared, byService?: readonly Counted[]): Repeats {
  const { incidents } = p;
  const most = (groups: Counted[]) => groups.filter((c) => c.n > 1).sort((a, b) => b.n - a.n || (a.group < b.group ? -1 : 1));
  const more = (pick: (i: InsightIncident) => string[]) => {
    const groups = new Map<string, string[]>();
    for (const incident of incidents) for (const g of unique(pick(incident))) bucket(groups, g, incident.id);
    return most([...groups.keys()].sort().map((group) => ({ group, n: groups.get(group)!.length, ids: idsOf(groups.get(group)!, p) })));
  };
  const tagged = incidents.some((i) => i.tags.length > 0);
  const counted = p.ordered && byService && !byService.some((c) => c.group === '(none)');
  return {
    services: counted ? most(byService.map((c) => ({ group: c.group, n: c.n, ids: c.ids }))) : more((i) => i.services),
    tags: more((i) => i.tags),
    ...(tagged ? {} : { note: 'no incident records tags (the file format has no tags field), so repeats are by service only' }),
  };
}
