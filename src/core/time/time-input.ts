// Times as people copy them from chat logs and published post-mortems, read into parts for
// resolveAt (timeline.ts), which does the zone math: `9:37AM`, `12:05 a.m.`, `2017-02-28 9:37 AM PST`,
// `1345 UTC`, `0905Z`, `13:45 GMT`, and approximate markers (`~13:45`, `about 6:45`, `13:45?`).
// The forms and the abbreviation table are documented in docs/time-formats.md.
import { UsageError } from '../util/errors.ts';
import { ABBREVIATIONS, AMBIGUOUS, ambiguityOf, formatOffset } from './zone-abbreviations.ts';

export interface WrittenZone {
  /** Minutes east of UTC, when the zone is a fixed offset (PST, +05:30, Z). */
  offset?: number;
  /** The IANA zone the abbreviation names the clock of (PST: America/Los_Angeles). */
  region?: string;
  /** The abbreviation as written, upper-cased (for the note when it contradicts its region's clock). */
  abbr?: string;
}

export interface ClockTime {
  /** The calendar date, when one was written. */
  date?: { year: number; month: number; day: number };
  hour: number;
  minute: number;
  second: number;
  zone?: WrittenZone;
}

// `~`, `≈`, `±`, `+-`, `+/-`, or a word and a space: about, around, approx., approximately, circa, ca.
// (≈ and ± as escapes: one character outside ASCII made the whole lane a two-byte string for V8.)
const APPROX_PREFIX = /^(?:[~\u2248\u00b1]|\+\/?-|(?:about|around|approximately|approx|circa)\s|(?:approx|ca)\.)\s*/i;

// `11pm-ish`, `23:00-ish UTC`: how people write a time they are not sure of (GitLab's 2017 post-mortem).
const ISH = /(\d|[ap]\.?m\.?)-ish\b/i;
// A date written first, then the marker: `2017-01-31 around 11pm`.
const DATE_FIRST = /^(\d{4}-\d{2}-\d{2})\s+(.+)$/;

/**
 * What is left of a time written as approximate (`~13:45`, `about 6:45`, `13:45?`, `11pm-ish`,
 * `2017-01-31 around 11pm`), or undefined when it carries no such marker.
 */
export function stripApprox(text: string): string | undefined {
  const prefix = APPROX_PREFIX.exec(text);
  if (prefix) return text.slice(prefix[0].length);
  if (text.length > 1 && text.endsWith('?')) return text.slice(0, -1).trimEnd();
  if (ISH.test(text)) return text.replace(ISH, '$1');
  const dated = DATE_FIRST.exec(text);
  const rest = dated && APPROX_PREFIX.exec(dated[2]!);
  if (dated && rest) return `${dated[1]} ${dated[2]!.slice(rest[0].length)}`;
  return undefined;
}

// [date (T or spaces)] time [meridiem] [zone]; the time is H[:MM[:SS]] or four-digit HHMM.
const CLOCK = new RegExp(
  '^(?:(\\d{4})-(\\d{2})-(\\d{2})(?:T|\\s+))?' +
    '(?:(\\d{1,2})(?::(\\d{2})(?::(\\d{2}))?)?|(\\d{2})(\\d{2}))' +
    '(?:\\s*([ap])\\.?m\\b\\.?)?' +
    '(?:\\s*(Z|[+-]\\d{2}(?::?\\d{2})?|(?:UTC|GMT)[+-]\\d{1,2}(?::?\\d{2})?|[A-Z]{1,5}))?$',
  'i',
);

/**
 * The parts of a 12-hour or zone-qualified clock time, or undefined when the text is not one.
 * Throws a UsageError for what is recognisably meant as one but cannot be read: an ambiguous
 * or unknown zone abbreviation, `13:00 PM`.
 */
export function readClock(text: string, input: string): ClockTime | undefined {
  const m = CLOCK.exec(text);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s, mh, mm, meridiem, zoneText] = m;
  const military = mh !== undefined;
  // A bare number is a time only with am/pm (9am); HHMM only with a zone (1345 UTC).
  if (military ? zoneText === undefined || meridiem !== undefined : mi === undefined && meridiem === undefined) return undefined;
  let hour = Number(military ? mh : h);
  const minute = Number((military ? mm : mi) ?? 0);
  const second = Number(s ?? 0);
  if (meridiem !== undefined) {
    if (hour < 1 || hour > 12) {
      throw new UsageError(`Unexpected hour ${hour} with ${meridiem.toUpperCase()}M in "${input}", expected 1 to 12 (or a 24-hour time without AM/PM)`);
    }
    hour = (hour % 12) + (meridiem.toLowerCase() === 'p' ? 12 : 0); // 12 AM is 00, 12 PM is noon
  }
  const clock: ClockTime = { hour, minute, second };
  if (y !== undefined) clock.date = { year: Number(y), month: Number(mo), day: Number(d) };
  if (zoneText !== undefined) clock.zone = zoneOf(zoneText, text, input);
  return clock;
}

function zoneOf(written: string, text: string, input: string): WrittenZone {
  const numeric = /^(?:UTC|GMT)?([+-])(\d{1,2})(?::?(\d{2}))?$/i.exec(written);
  if (numeric) {
    const [, sign, hh, mm] = numeric;
    const minutes = Number(hh) * 60 + Number(mm ?? 0);
    if (Number(hh) > 14 || Number(mm ?? 0) > 59 || minutes > 14 * 60) {
      throw new UsageError(`Unexpected offset "${written}" in "${input}", expected one between -12:00 and +14:00`);
    }
    return { offset: sign === '-' ? -minutes : minutes };
  }
  const abbr = written.toUpperCase();
  const known = ABBREVIATIONS[abbr];
  if (known) return { offset: known.offset, region: known.region, abbr };
  if (AMBIGUOUS[abbr]) {
    const example = `${text.slice(0, text.length - written.length).trimEnd()} ${formatOffset(AMBIGUOUS[abbr][0]!.offset)}`;
    throw new UsageError(`Unexpected ambiguous time zone ${ambiguityOf(abbr)} in "${input}", expected an offset instead, like "${example}"`);
  }
  throw new UsageError(`Unexpected time zone "${written}" in "${input}", expected an abbreviation listed in docs/time-formats.md (PST, CET, JST...) or an offset like -08:00`);
}
