// Zone rules that remember their answers: for threads that cannot use the CLI's system zone rules
// (they set process.env.TZ, which the whole process shares), so ask Intl, whose answers are costly.
import type { OffsetSpan, ZoneRules } from './timeline.ts';

const DAY = 86_400_000;
/**
 * Offsets are remembered by UTC day between these instants. The tz database never changes a zone's
 * offset twice within 3.9 days there (the closest: Africa/Freetown, 1939; then America/Recife and
 * Asia/Gaza, 6.9 days), so a day whose two ends have the same offset has it throughout, and a day
 * whose ends differ changes once (found to the second). test/zone-day-memo.test.ts checks the gaps
 * in the system's tz database and compares the answers with Intl's around every change of every zone.
 */
const DAYS_FROM = Date.UTC(1800, 0, 1);
const DAYS_TO = Date.UTC(2100, 0, 1);
/** Answers kept before the memory starts again (a long-running process asks about many instants). */
const KEPT = 65_536;

/** Answers by zone, then by a number (a second, a day), each made once; all forgotten past KEPT. */
class ByZone<V> {
  private zones = new Map<string, Map<number, V>>();
  private kept = 0;

  /** The answer for `key`, made by `make(timeZone, at)` the first time (`make` a function made once, not one a call). */
  get(timeZone: string, key: number, at: number, make: (timeZone: string, at: number) => V): V {
    let zone = this.zones.get(timeZone);
    let v = zone?.get(key);
    if (v === undefined) {
      if (this.kept >= KEPT) {
        this.zones = new Map();
        this.kept = 0;
        zone = undefined;
      }
      if (!zone) this.zones.set(timeZone, (zone = new Map()));
      zone.set(key, (v = make(timeZone, at)));
      this.kept++;
    }
    return v;
  }
}

/** A day when the offset changes: `before` until the whole second `at`, `after` from it. */
interface Change {
  at: number;
  before: number;
  after: number;
}

/**
 * Each answer asked once: Intl costs ~25 us for each offset and each "is this UTC?" (every public
 * file's view asks both: 0.4 s of a validation worker's 2 s on Node 20; a site page asks for the
 * same instants again, an entry's date then its time). Exact: an offset depends on the zone and
 * the whole second only, the rest on the zone only. Between 1800 and 2100 an offset is asked for
 * the ends of its UTC day (shared with the days beside it), not for each instant: a site page's
 * ~30 instants cost ~2 questions instead of 30 (1-2 us each on Node 24, 2-4 on Node 20).
 */
export function rememberedZoneRules(rules: ZoneRules): ZoneRules {
  const valid = new Map<string, boolean>();
  const utc = new Map<string, boolean>();
  // By zone, then by whole second (a number key: no string made per question).
  const seconds = new ByZone<number>();
  const ask = (timeZone: string, epochMs: number) => rules.offsetMinutes(timeZone, epochMs);
  const atSecond = (timeZone: string, epochMs: number) => seconds.get(timeZone, Math.floor(epochMs / 1000), epochMs, ask);
  // By zone, then by day (ms / DAY): the offset all day, a change, or null (more than one change: asked by the second).
  const days = new ByZone<number | Change | null>();

  /** What day `k` holds in the zone: its two ends, and where it changes between them. */
  function dayOf(timeZone: string, k: number): number | Change | null {
    const start = k * DAY;
    const before = atSecond(timeZone, start);
    const after = atSecond(timeZone, start + DAY);
    if (before === after) return before;
    // One change: the first whole second with the new offset, in (start, start + DAY].
    let lo = start;
    let hi = start + DAY;
    while (hi - lo > 1000) {
      const mid = lo + Math.floor((hi - lo) / 2000) * 1000;
      const v = atSecond(timeZone, mid);
      if (v === after) hi = mid;
      else if (v === before) lo = mid;
      else return null; // a third offset: not the one change the day was taken for
    }
    return { at: hi, before, after };
  }

  /** The whole second of `epochMs` alone: what is known of an instant asked by the second. */
  const secondOf = (timeZone: string, epochMs: number): OffsetSpan => {
    const whole = Math.floor(epochMs / 1000) * 1000;
    return { offset: atSecond(timeZone, epochMs), from: whole, to: whole + 1000 };
  };

  return {
    isValid(timeZone) {
      let v = valid.get(timeZone);
      if (v === undefined) valid.set(timeZone, (v = rules.isValid(timeZone)));
      return v;
    },
    isUtc(timeZone) {
      let v = utc.get(timeZone);
      if (v === undefined) utc.set(timeZone, (v = rules.isUtc(timeZone)));
      return v;
    },
    offsetMinutes(timeZone, epochMs) {
      // UTC itself (known once asked) is 0 at every instant: the public view's zone, asked for every time it shows.
      if (utc.get(timeZone) === true) return 0;
      if (!(epochMs >= DAYS_FROM && epochMs < DAYS_TO)) return atSecond(timeZone, epochMs);
      const k = Math.floor(epochMs / DAY);
      const day = days.get(timeZone, k, k, dayOf);
      if (typeof day === 'number') return day;
      // (ms and its whole second are on the same side of a whole second)
      if (day !== null) return epochMs >= day.at ? day.after : day.before;
      return atSecond(timeZone, epochMs);
    },
    // The spans offsetMinutes' answers hold for: all time for UTC, a UTC day of one offset, the
    // part of a day before or after its change, else the second.
    offsetSpan(timeZone, epochMs) {
      if (utc.get(timeZone) === true) return { offset: 0, from: -Infinity, to: Infinity };
      if (!(epochMs >= DAYS_FROM && epochMs < DAYS_TO)) return secondOf(timeZone, epochMs);
      const k = Math.floor(epochMs / DAY);
      const day = days.get(timeZone, k, k, dayOf);
      if (typeof day === 'number') return { offset: day, from: k * DAY, to: (k + 1) * DAY };
      if (day !== null) return epochMs >= day.at ? { offset: day.after, from: day.at, to: (k + 1) * DAY } : { offset: day.before, from: k * DAY, to: day.at };
      return secondOf(timeZone, epochMs);
    },
  };
}
