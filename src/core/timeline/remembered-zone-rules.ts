// Zone rules that remember their answers: for threads that cannot use the CLI's system zone rules
// (they set process.env.TZ, which the whole process shares), so ask Intl, whose answers are costly.
import type { ZoneRules } from './timeline.ts';

/**
 * Each answer asked once: Intl costs ~25 us for each offset and each "is this UTC?" (every public
 * file's view asks both: 0.4 s of a validation worker's 2 s on Node 20; a site page asks for the
 * same instants again, an entry's date then its time). Exact: an offset depends on the zone and
 * the whole second only, the rest on the zone only.
 */
export function rememberedZoneRules(rules: ZoneRules): ZoneRules {
  const valid = new Map<string, boolean>();
  const utc = new Map<string, boolean>();
  // By zone, then by whole second (a number key: no string made per question).
  let offsets = new Map<string, Map<number, number>>();
  let size = 0;
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
      const second = Math.floor(epochMs / 1000);
      let zone = offsets.get(timeZone);
      let v = zone?.get(second);
      if (v === undefined) {
        if (size >= 65536) {
          offsets = new Map();
          size = 0;
          zone = undefined;
        }
        if (!zone) offsets.set(timeZone, (zone = new Map()));
        zone.set(second, (v = rules.offsetMinutes(timeZone, epochMs)));
        size++;
      }
      return v;
    },
  };
}
