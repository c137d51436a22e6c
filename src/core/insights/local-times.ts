// Local dates and clock times of many incidents' instants. Zone offsets are looked up in zone
// order (the CLI's zone rules switch the process's TZ, which costs a re-read of the zone for every
// switch) and once per incident where they can be: an offset that is the same at an incident's
// first and last entry, within a week, holds for every entry between (no zone changes its offset
// twice within a week).
import { offsetMinutes, parseInstant } from '../timeline.ts';
import type { InsightIncident } from './types.ts';

export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

const WEEK = 7 * 86_400_000;

export class LocalTimes {
  private readonly offsets = new Map<InsightIncident, Map<number, number>>();

  /** `zoneOf` names the zone each incident's times are read in. */
  constructor(incidents: readonly InsightIncident[], zoneOf: (i: InsightIncident) => string) {
    const zoned = incidents.map((incident) => ({ incident, zone: zoneOf(incident) }));
    zoned.sort((a, b) => (a.zone < b.zone ? -1 : a.zone > b.zone ? 1 : 0));
    for (const { incident, zone } of zoned) {
      const times = incident.times.filter((ms): ms is number => ms !== undefined);
      const own = new Map<number, number>();
      let lo = Infinity;
      let hi = -Infinity;
      for (const ms of times) {
        if (ms < lo) lo = ms;
        if (ms > hi) hi = ms;
      }
      const steady = times.length && hi - lo <= WEEK && offsetMinutes(zone, lo) === offsetMinutes(zone, hi) ? offsetMinutes(zone, lo) : undefined;
      for (const ms of times) if (!own.has(ms)) own.set(ms, steady ?? offsetMinutes(zone, ms));
      for (const a of incident.postmortem.approvals) {
        const ms = parseInstant(a.at);
        if (ms !== undefined && !own.has(ms)) own.set(ms, offsetMinutes(zone, ms));
      }
      this.offsets.set(incident, own);
    }
  }

  /** The wall clock in the incident's zone at `ms` (an instant of its timeline or review steps). */
  wall(incident: InsightIncident, ms: number): WallTime {
    const off = this.offsets.get(incident)?.get(ms) ?? 0;
    const d = new Date(Math.floor(ms / 1000) * 1000 + off * 60_000);
    return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: d.getUTCHours(), minute: d.getUTCMinutes() };
  }

  /** YYYY-MM-DD in the incident's zone. */
  date(incident: InsightIncident, ms: number): string {
    const w = this.wall(incident, ms);
    return `${w.year}-${pad(w.month)}-${pad(w.day)}`;
  }
}

const pad = (n: number) => String(n).padStart(2, '0');
