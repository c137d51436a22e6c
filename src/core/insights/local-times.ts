// Local dates and clock times of many incidents' instants. Zone offsets are looked up in zone
// order (the CLI's zone rules switch the process's TZ, which costs a re-read of the zone for every
// switch) and once per incident where they can be: an offset that is the same at an incident's
// first and last entry, within a day, holds for every entry between (no zone changes its offset
// twice within a day: the closest two changes in ICU's data are America/Recife's summer time of
// 2000, 6 days 23 hours; test/zone-day-memo.test.ts checks the system's tz data). Each incident keeps one offset, or one per entry (a Float64Array),
// so that a pass over every entry of 10,000 incidents allocates nothing per entry.
import { civil, weekdayOf } from '../time/calendar.ts';
import { offsetMinutes } from '../timeline/timeline.ts';
import type { InsightIncident } from './types.ts';

export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  /** 0 Sunday .. 6 Saturday. */
  weekday: number;
}

/**
 * An incident's offsets (minutes east of UTC) in `zone`: one for every entry, or one per entry; and
 * one per review step (0 for a step without a time).
 */
export interface Offsets {
  zone: string;
  entries: number | ArrayLike<number>;
  approvals: readonly number[];
}

// Offsets worked out before the incident came here: a site page's thread packs them with the
// incident (pack.ts), and the incident unpacked has them (taken while the zone is the one asked for).
const known = new WeakMap<InsightIncident, Offsets>();

/** Offsets of the incident's instants worked out elsewhere (unpackIncident gives them). */
export function knowOffsets(incident: InsightIncident, offsets: Offsets): void {
  known.set(incident, offsets);
}

/** Offsets worked out already, in whichever zone, or undefined. */
export function knownOffsets(incident: InsightIncident): Offsets | undefined {
  return known.get(incident);
}

const DAY = 86_400_000;
const NONE: number[] = [];

export class LocalTimes {
  private readonly offsets = new Map<InsightIncident, Offsets>();

  /** `zoneOf` names the zone each incident's times are read in. */
  constructor(incidents: readonly InsightIncident[], zoneOf: (i: InsightIncident) => string) {
    const byZone = new Map<string, InsightIncident[]>();
    for (const incident of incidents) {
      const zone = zoneOf(incident);
      const o = known.get(incident);
      if (o !== undefined && o.zone === zone) {
        this.offsets.set(incident, o);
        continue;
      }
      const list = byZone.get(zone);
      if (list) list.push(incident);
      else byZone.set(zone, [incident]);
    }
    for (const [zone, list] of byZone) for (const incident of list) this.offsets.set(incident, offsetsOf(incident, zone));
  }

  /** The offset of each of the incident's entries: one number for all, or one per entry. */
  entryOffsets(incident: InsightIncident): number | ArrayLike<number> {
    return this.offsets.get(incident)?.entries ?? 0;
  }

  /** The wall clock in the incident's zone at `ms` (an instant of its timeline or review steps). */
  wall(incident: InsightIncident, ms: number): WallTime {
    const local = Math.floor(ms / 60_000) + this.offsetAt(incident, ms); // minutes since 1970 on the local clock
    const days = Math.floor(local / 1440);
    const minuteOfDay = local - days * 1440;
    return { ...civil(days), hour: Math.floor(minuteOfDay / 60), minute: minuteOfDay % 60, weekday: weekdayOf(days) };
  }

  /** YYYY-MM-DD in the incident's zone. */
  date(incident: InsightIncident, ms: number): string {
    const { year, month, day } = civil(Math.floor((Math.floor(ms / 60_000) + this.offsetAt(incident, ms)) / 1440));
    return `${year}-${pad(month)}-${pad(day)}`;
  }

  private offsetAt(incident: InsightIncident, ms: number): number {
    const o = this.offsets.get(incident);
    if (!o) return 0;
    const entries = incident.entries;
    // From the end: the instant asked for is most often the last resolution, near the end.
    for (let k = entries.length - 1; k >= 0; k--) {
      if (entries[k]!.ms === ms) return typeof o.entries === 'number' ? o.entries : o.entries[k]!;
    }
    const approvals = incident.postmortem.approvals;
    for (let k = 0; k < approvals.length; k++) if (approvals[k]!.ms === ms) return o.approvals[k]!;
    return 0;
  }
}

/** Offsets in one zone: one for every entry when its first and last entry (within a day) have the same. */
export function offsetsOf(incident: InsightIncident, zone: string): Offsets {
  const entries = incident.entries;
  let lo = Infinity;
  let hi = -Infinity;
  for (let k = 0; k < entries.length; k++) {
    const ms = entries[k]!.ms;
    if (ms < lo) lo = ms;
    if (ms > hi) hi = ms;
  }
  let each: number | Float64Array = entries.length ? offsetMinutes(zone, lo) : 0;
  if (entries.length && (hi - lo > DAY || offsetMinutes(zone, hi) !== each)) {
    each = new Float64Array(entries.length);
    for (let k = 0; k < entries.length; k++) each[k] = offsetMinutes(zone, entries[k]!.ms);
  }
  const steps = incident.postmortem.approvals;
  const approvals = steps.length ? steps.map(({ ms }) => (ms === undefined ? 0 : offsetMinutes(zone, ms))) : NONE;
  return { zone, entries: each, approvals };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** "YYYY-MM" of a day count since 1970-01-01. */
export function monthOf(days: number): string {
  const { year, month } = civil(days);
  return `${year}-${pad(month)}`;
}
