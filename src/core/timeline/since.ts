// `--since` and `--until`, one syntax for every command: a time as `--at` takes it (a date, ISO
// 8601, HH:MM in the incident's zone for report, or an age back from now: `-30m`, `-12h`, `-30d`,
// `-2w`, `2w ago`). `list` and `insights` used to take bare ages (`30d`, `2w`, `12h`) and read `3m`
// as three months; the bare forms whose unit means the same here still work, and `3m` (now
// minutes, as in `--at -3m`) is refused with what to write instead. Pure.
import { UsageError } from '../util/errors.ts';
import { isCalendarDate } from '../time/calendar.ts';
import { resolveAt } from './timeline.ts';

const HOUR = 3_600_000;
const BARE_AGE = /^(\d+)\s*([hdw])$/;
const BARE_MONTHS = /^(\d+)\s*(m|mo|months?)$/i;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export const SINCE_SYNTAX = 'a date (2026-01-31), ISO 8601, or an age: -30m, -12h, -30d, -2w (or "2w ago")';

/** The instant `text` stands for; a bare date is its start in `timeZone`. `option` names the flag in errors. */
export function sinceInstant(text: string, ctx: { now: number; timeZone: string }, option = '--since'): number {
  const input = text.trim();
  const bare = BARE_AGE.exec(input);
  if (bare) return ctx.now - Number(bare[1]) * HOUR * { h: 1, d: 24, w: 24 * 7 }[bare[2] as 'h' | 'd' | 'w'];
  const months = BARE_MONTHS.exec(input);
  if (months) {
    const n = Number(months[1]);
    throw new UsageError(`Unexpected ${option} "${text}", expected -${n}m for ${n} minute${n === 1 ? '' : 's'} (m is minutes, as in --at) or -${n * 30}d or a date for about ${n} month${n === 1 ? '' : 's'}`);
  }
  const at = DATE.test(input) ? `${input}T00:00` : input;
  try {
    return resolveAt(at, ctx).ms;
  } catch (error) {
    // A day that does not exist: said of what was typed, not of the time made of it.
    const made = `Unexpected date "${input}" in "${at}"`;
    if (error instanceof UsageError && at !== input && error.message.startsWith(made)) throw new UsageError(`Unexpected ${option} "${text}"${error.message.slice(made.length)}`);
    // The generic "Unexpected time" says --at's forms; a specific one (an ambiguous zone) stays.
    if (!(error instanceof UsageError) || !error.message.startsWith('Unexpected time "')) throw error;
    throw new UsageError(`Unexpected ${option} "${text}", expected ${SINCE_SYNTAX}`);
  }
}

/** The UTC date (YYYY-MM-DD) `text` stands for, for filters on an incident's start date; a date is kept as written. */
export function sinceDay(text: string, now: number, option = '--since'): string {
  // A date that does not exist (2019-13-01, 2019-02-30) is refused as --at refuses it, never compared as text.
  if (DATE.test(text.trim()) && isCalendarDate(text.trim())) return text.trim();
  return new Date(sinceInstant(text, { now, timeZone: 'UTC' }, option)).toISOString().slice(0, 10);
}
