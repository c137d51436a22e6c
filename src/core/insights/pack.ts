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

/**
 * The incident back from packIncident's arrays; throws on any other shape (the cache then reads the
 * file). `cloned`: the arrays came from another thread (structured clone copies every string), not
 * from JSON.parse: every name is looked up to be kept once.
 */
export function unpackIncident(p: Packed, cloned = false): InsightIncident {
  if (!Array.isArray(p) || p.length !== 16) throw new Error('not a packed incident');
  // By index, in loops: destructuring goes through the iterator protocol, and Array.from({ length })
  // through a generic path (for 10,000 incidents at once, each costs more than the rest of the work).
  const roles = p[8] as string[];
  const ms = p[9] as number[];
  const by = p[10] as (string | null)[];
  const metrics = p[11] as (string | number)[];
  const resolvedMs = p[12] as number | null;
  const items = p[13] as [string, string | null, string | null, string | null, number][];
  const pm = p[14] as [string | null, string | null, [number | null, string][]];
  const offsets = p[15] as [string, number | number[], number[]] | null;
  if (roles.length % 2 !== 0 || metrics.length % 3 !== 0) throw new Error('not a packed incident');
  const kept = cloned ? intern : short;
  const optName = (s: string | null) => (s === null ? undefined : kept(s));
  // Made at their size (an array grown by push keeps room for more: 10,000 incidents' worth).
  const held: InsightIncident['roles'] = new Array(roles.length / 2);
  for (let j = 0; j < held.length; j++) held[j] = { role: kept(roles[2 * j]!), person: kept(roles[2 * j + 1]!) };
  const entries: InsightIncident['entries'] = new Array(ms.length);
  for (let k = 0; k < ms.length; k++) {
    const name = by[k];
    entries[k] = name === null ? { ms: ms[k]! } : { ms: ms[k]!, by: kept(name!) };
  }
  const figures: InsightIncident['metrics'] = new Array(metrics.length / 3);
  for (let j = 0; j < figures.length; j++) {
    const m: InsightIncident['metrics'][number] = { key: metrics[3 * j] as MetricKey, ms: metrics[3 * j + 1] as number };
    if (metrics[3 * j + 2] === 1) m.approx = true;
    figures[j] = m;
  }
  const actionItems: InsightIncident['actionItems'] = new Array(items.length);
  for (let j = 0; j < items.length; j++) {
    const a = items[j]!;
    actionItems[j] = { id: kept(a[0]), owner: optName(a[1]), due: optName(a[2]), status: optName(a[3]), issue: a[4] === 1 };
  }
  const steps = pm[2];
  const approvals: InsightIncident['postmortem']['approvals'] = new Array(steps.length);
  for (let j = 0; j < steps.length; j++) approvals[j] = { ms: steps[j]![0] ?? undefined, decision: kept(steps[j]![1]) };
  const incident: InsightIncident = {
    id: p[0] as string, kind: kept(p[1] as string), severity: kept(p[2] as string), status: kept(p[3] as string), timezone: kept(p[4] as string),
    services: names(p[5] as string[], kept), tags: names(p[6] as string[], kept), date: p[7] as string,
    roles: held,
    entries,
    metrics: figures,
    resolvedMs: resolvedMs ?? undefined,
    actionItems,
    postmortem: { status: optName(pm[0]), owner: optName(pm[1]), approvals },
  };
  if (offsets !== null) {
    const zone = offsets[0];
    const each = offsets[1];
    const steps = offsets[2];
    if (typeof zone !== 'string' || !Array.isArray(steps) || steps.length !== approvals.length ||
      (typeof each !== 'number' && !(Array.isArray(each) && each.length === ms.length))) throw new Error('not a packed incident');
    knowOffsets(incident, { zone: kept(zone), entries: each, approvals: steps });
  }
  return incident;
}

/**
 * A name read back, kept once: JSON.parse already keeps a short string once (V8 internalizes the
 * values of up to 9 characters: people, statuses, item ids, severities), so only longer ones are
 * looked up (half a million look-ups for 10,000 incidents otherwise).
 */
const short = (s: string): string => (s.length <= 9 ? s : intern(s));

function names(list: string[], kept: (s: string) => string): string[] {
  const out: string[] = new Array(list.length);
  for (let j = 0; j < list.length; j++) out[j] = kept(list[j]!);
  return out;
}
