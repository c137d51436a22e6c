// A zone's offset as Intl names it ("1999, GMT+09:00"): the same answer as reading the wall clock's
// fields (timeline.ts's offsetFromParts), a quarter of the cost (format makes one string where
// formatToParts makes an object per field: 0.8 against 4.2 us on Node 20). Worker threads ask Intl
// for every instant they show (a site page: ~25), as they cannot use the system's zone rules.

// One formatter per zone, kept for the process (making one costs far more than using it).
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) formatters.set(timeZone, (f = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', timeZoneName: 'longOffset' })));
  return f;
}

const NAMED_RANGE = 8.64e15 - 2 * 86_400_000;

const digit = (s: string, i: number) => {
  const d = s.charCodeAt(i) - 48;
  return d >= 0 && d <= 9 ? d : NaN;
};
const twoDigits = (s: string, i: number) => digit(s, i) * 10 + digit(s, i + 1);

/**
 * Minutes east of UTC at `whole` (a whole second), rounded like offsetFromParts (old local mean
 * times have offsets in seconds); undefined when Intl's text is not `GMT`, `GMT+hh:mm` or
 * `GMT+hh:mm:ss` at the end, or at the ends of Date's range (then the caller reads the fields).
 */
export function offsetFromName(timeZone: string, whole: number): number | undefined {
  // At the ends of Date's range the wall clock falls outside it, and the fields give NaN.
  if (!(Math.abs(whole) <= NAMED_RANGE)) return undefined;
  const text = formatter(timeZone).format(whole);
  const at = text.lastIndexOf('GMT') + 3;
  if (at < 3) return undefined;
  const rest = text.length - at;
  if (rest === 0) return 0;
  if (rest !== 6 && rest !== 9) return undefined;
  const sign = text.charCodeAt(at);
  if ((sign !== 43 /* + */ && sign !== 45 /* - */) || text.charCodeAt(at + 3) !== 58 /* : */) return undefined;
  let seconds = twoDigits(text, at + 1) * 3600 + twoDigits(text, at + 4) * 60;
  if (rest === 9) {
    if (text.charCodeAt(at + 6) !== 58) return undefined;
    seconds += twoDigits(text, at + 7);
  }
  if (Number.isNaN(seconds)) return undefined;
  if (seconds === 0) return 0;
  // The same division as offsetFromParts' (ms / 60,000 there): the same double, the same rounding.
  return Math.round(((sign === 45 ? -seconds : seconds) * 1000) / 60_000);
}
