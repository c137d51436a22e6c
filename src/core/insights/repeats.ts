// Repeats: services (and tags, when incidents record them) with more than one incident in the window.
import { bucket, idsOf, unique, type Counted, type InsightIncident, type Prepared } from './types.ts';

export interface Repeats {
  services: Counted[];
  tags: Counted[];
  /** Said when no incident records `tags:` (the file format has no such field yet). */
  note?: string;
}

export function repeats(p: Prepared): Repeats {
  const { incidents } = p;
  const more = (pick: (i: InsightIncident) => string[]) => {
    const groups = new Map<string, string[]>();
    for (const incident of incidents) for (const g of unique(pick(incident))) bucket(groups, g, incident.id);
    return [...groups.keys()].sort()
      .map((group) => ({ group, n: groups.get(group)!.length, ids: idsOf(groups.get(group)!, p) }))
      .filter((c) => c.n > 1)
      .sort((a, b) => b.n - a.n || (a.group < b.group ? -1 : 1));
  };
  const tagged = incidents.some((i) => i.tags.length > 0);
  return {
    services: more((i) => i.services),
    tags: more((i) => i.tags),
    ...(tagged ? {} : { note: 'no incident records tags (the file format has no tags field), so repeats are by service only' }),
  };
}
