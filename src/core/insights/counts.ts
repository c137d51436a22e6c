// How many incidents: per month, quarter, severity and service (an incident with two services
// counts once under each, so the service rows may add up to more than the total).
import { groupOrder, groupsOf, idsOf, prepare, quarter, type Counted, type GroupBy, type InsightIncident, type Prepared } from './types.ts';

export interface Counts {
  total: number;
  ids: string[];
  by_month: Counted[];
  by_quarter: Counted[];
  by_severity: Counted[];
  by_service: Counted[];
}

export function countBy(incidents: readonly InsightIncident[], by: GroupBy, severities: readonly string[], p: Prepared = prepare(incidents)): Counted[] {
  const groups = groupIds(incidents, by, p);
  return [...groups.keys()].sort(groupOrder(by, severities)).map((group) => {
    const ids = idsOf(groups.get(group)!, p);
    return { group, n: ids.length, ids };
  });
}

/** The ids of each group's incidents, in incident order (the loop in a function of its own: see response.ts' gather). */
function groupIds(incidents: readonly InsightIncident[], by: GroupBy, p: Prepared): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  // The group of each incident, the list of the last one kept at hand (neighbours mostly share a month).
  let last: string | undefined;
  let list: string[] = [];
  const add = (g: string, id: string) => {
    if (g !== last) {
      const known = groups.get((last = g));
      if (known) list = known;
      else groups.set(g, (list = []));
    }
    list.push(id);
  };
  if (by === 'service') {
    for (const incident of incidents) for (const g of groupsOf(incident, by)) add(g, incident.id);
  } else if (by === 'quarter') {
    // A quarter is worked out from the month alone: once per month.
    let m: string | undefined;
    let q = '';
    for (let k = 0; k < incidents.length; k++) {
      if (p.months[k] !== m) q = quarter((m = p.months[k]!));
      add(q, p.ids[k]!);
    }
  } else {
    for (let k = 0; k < incidents.length; k++) add(by === 'month' ? p.months[k]! : incidents[k]!.severity || '(none)', p.ids[k]!);
  }
  return groups;
}

export function counts(p: Prepared, severities: readonly string[]): Counts {
  const { incidents } = p;
  return {
    total: incidents.length,
    ids: idsOf(p.ids, p),
    by_month: countBy(incidents, 'month', severities, p),
    by_quarter: countBy(incidents, 'quarter', severities, p),
    by_severity: countBy(incidents, 'severity', severities, p),
    by_service: countBy(incidents, 'service', severities, p),
  };
}
