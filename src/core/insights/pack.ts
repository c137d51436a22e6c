// An incident as the insights read it, packed into plain arrays for the insights cache
// (src/io/insights-cache.ts) and the site's records: about a third of the JSON of the object itself,
// and read back into the very same object (test/insights-cache.test.ts round-trips every file of
// the corpora). A site page's thread packs the zone offsets of its instants too (it has just asked
// for them: cheap there), so that the insights across 10,000 incidents, worked out on one thread
// after the pages, do not ask for them again.
import type { MetricKey } from '../metrics/metrics.ts';
import { zoneOf } from './dates.ts';
import { knownOffsets, knowOffsets, offsetsOf, type Offsets } from './local-times.ts';
import { intern } from './read.ts';
import type { InsightIncident } from './types.ts';

export type Packed = unknown[];

const opt = <T>(v: T | undefined): T | null => (v === undefined ? null : v);

/**
 * `zones`: with the zone offsets of its instants (in its own zone, as the insights read it): the
 * site's records. Without: the insights cache, which holds only what the file says (no zone data
 * of the machine), and its reading threads, which would start Intl for them.
 */
export function packIncident(i: InsightIncident, zones = true): Packed {
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
    zones ? packOffsets(knownOffsets(i) ?? offsetsOf(i, zoneOf(i))) : null,
  ];
}

/** [zone, one offset or one per entry, one per review step]; null when one is not a number JSON keeps. */
function packOffsets(o: Offsets): [string, number | number[], number[]] | null {
  let entries: number | number[];
  if (typeof o.entries === 'number') {
    if (!Number.isFinite(o.entries)) return null;
    entries = o.entries;
  } else {
    entries = Array.from(o.entries);
    if (!entries.every(Number.isFinite)) return null;
  }
  if (!o.approvals.every(Number.isFinite)) return null;
  return [o.zone, entries, [...o.approvals]];
}

/** The incident back from packIncident's arrays; throws on any other shape (the cache then reads the file). */
export function unpackIncident(p: Packed): InsightIncident {
  if (!Array.isArray(p) || p.length !== 16) throw new Error('not a packed incident');
  const [id, kind, severity, status, timezone, services, tags, date, roles, ms, by, metrics, resolvedMs, items, pm, offsets] = p as [
    string, string, string, string, string, string[], string[], string, string[], number[], (string | null)[], (string | number)[],
    number | null, [string, string | null, string | null, string | null, number][], [string | null, string | null, [number | null, string][]],
    [string, number | number[], number[]] | null,
  ];
  if (roles.length % 2 !== 0 || metrics.length % 3 !== 0) throw new Error('not a packed incident');
  const name = (s: string | null) => (s === null ? undefined : intern(s));
  const incident: InsightIncident = {
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
  if (offsets !== null) {
    const [zone, entries, approvals] = offsets;
    if (typeof zone !== 'string' || !Array.isArray(approvals) || approvals.length !== pm[2].length ||
      (typeof entries !== 'number' && !(Array.isArray(entries) && entries.length === ms.length))) throw new Error('not a packed incident');
    knowOffsets(incident, { zone: intern(zone), entries, approvals });
  }
  return incident;
}
