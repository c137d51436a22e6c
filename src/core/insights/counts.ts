// How many incidents: per month, quarter, severity and service (an incident with two services
// counts once under each, so the service rows may add up to more than the total).
import { bucket, groupOrder, groupsOf, idList, type Counted, type GroupBy, type InsightIncident } from './types.ts';

export interface Counts {
  total: number;
  ids: string[];
  by_month: Counted[];
  by_quarter: Counted[];
  by_severity: Counted[];
  by_service: Counted[];
}

export function countBy(incidents: readonly InsightIncident[], by: GroupBy, severities: readonly string[]): Counted[] {
  const groups = new Map<string, string[]>();
  for (const incident of incidents) for (const g of groupsOf(incident, by)) bucket(groups, g, incident.id);
  return [...groups.keys()].sort(groupOrder(by, severities)).map((group) => {
    const ids = idList(groups.get(group)!);
    return { group, n: ids.length, ids };
  });
}

export function counts(incidents: readonly InsightIncident[], severities: readonly string[]): Counts {
  return {
    total: incidents.length,
    ids: idList(incidents.map((i) => i.id)),
    by_month: countBy(incidents, 'month', severities),
    by_quarter: countBy(incidents, 'quarter', severities),
    by_severity: countBy(incidents, 'severity', severities),
    by_service: countBy(incidents, 'service', severities),
  };
}
