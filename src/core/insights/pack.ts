// An incident as the insights read it, packed into plain arrays for the insights cache
// (src/io/insights-cache.ts): about a third of the JSON of the object itself, and read back into
// the very same object (test/insights-cache.test.ts round-trips every file of the corpora).
import type { MetricKey } from '../metrics/metrics.ts';
import { intern } from './read.ts';
import type { InsightIncident } from './types.ts';

export type Packed = unknown[];

const opt = <T>(v: T | undefined): T | null => (v === undefined ? null : v);

export function packIncident(i: InsightIncident): Packed {
  // Flat lists made by push: flatMap makes an array for each element (a site page packs one incident).
  const roles: string[] = [];
  for (const r of i.roles) roles.push(r.role, r.person);
  const metrics: (string | number)[] = [];
  for (const m of i.metrics) metrics.push(m.key, m.ms, m.approx ? 1 : 0);
  return [
    i.id, i.kind, i.severity, i.status, i.timezone, i.services, i.tags, i.date,
    roles,
    i.entries.map((e) => e.ms),
    i.entries.map((e) => opt(e.by)),
    metrics,
    opt(i.resolvedMs),
    i.actionItems.map((a) => [a.id, opt(a.owner), opt(a.due), opt(a.status), a.issue ? 1 : 0]),
    [opt(i.postmortem.status), opt(i.postmortem.owner), i.postmortem.approvals.map((a) => [opt(a.ms), a.decision])],
  ];
}

/** The incident back from packIncident's arrays; throws on any other shape (the cache then reads the file). */
export function unpackIncident(p: Packed): InsightIncident {
  if (!Array.isArray(p) || p.length !== 15) throw new Error('not a packed incident');
  const [id, kind, severity, status, timezone, services, tags, date, roles, ms, by, metrics, resolvedMs, items, pm] = p as [
    string, string, string, string, string, string[], string[], string, string[], number[], (string | null)[], (string | number)[],
    number | null, [string, string | null, string | null, string | null, number][], [string | null, string | null, [number | null, string][]],
  ];
  if (roles.length % 2 !== 0 || metrics.length % 3 !== 0) throw new Error('not a packed incident');
  const name = (s: string | null) => (s === null ? undefined : intern(s));
  return {
    id, kind: intern(kind), severity: intern(severity), status: intern(status), timezone: intern(timezone),
    services: services.map(intern), tags: tags.map(intern), date,
    // Made at their size (an array grown by push keeps room for more: 10,000 incidents' worth).
    roles: Array.from({ length: roles.length / 2 }, (_, j) => ({ role: intern(roles[2 * j]!), person: intern(roles[2 * j + 1]!) })),
    entries: ms.map((at, k) => (by[k] === null ? { ms: at } : { ms: at, by: intern(by[k]!) })),
    metrics: Array.from({ length: metrics.length / 3 }, (_, j) => {
      const m: InsightIncident['metrics'][number] = { key: metrics[3 * j] as MetricKey, ms: metrics[3 * j + 1] as number };
      if (metrics[3 * j + 2] === 1) m.approx = true;
      return m;
    }),
    resolvedMs: resolvedMs ?? undefined,
    actionItems: items.map(([itemId, owner, due, itemStatus, issue]) => ({
      id: intern(itemId), owner: name(owner), due: name(due), status: name(itemStatus), issue: issue === 1,
    })),
    postmortem: {
      status: name(pm[0]), owner: name(pm[1]),
      approvals: pm[2].map(([at, decision]) => ({ ms: at ?? undefined, decision: intern(decision) })),
    },
  };
}
