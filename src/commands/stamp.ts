// The time a command stamps on a new timeline entry: "now" is right during the incident, wrong
// when it is being back-filled, so there the command asks for --at (or --now, to mean it).
import { isBackfilling } from '../core/backfill.ts';
import { UsageError } from '../core/errors.ts';
import { latestInstant } from '../core/timeline.ts';
import type { TimelineEntry } from '../core/types.ts';

export function atOrAsk(
  options: { at?: string; now?: boolean },
  timeline: TimelineEntry[],
  status: unknown,
  now: number,
  usage: string,
): string | undefined {
  if (options.at !== undefined || options.now || !isBackfilling(timeline, status, now)) return options.at;
  const latest = latestInstant(timeline);
  const why = latest !== undefined && status !== 'resolved' && status !== 'closed'
    ? `its last entry is from ${new Date(latest).toISOString().slice(0, 10)}`
    : `it is ${String(status)}`;
  throw new UsageError(`Missing --at, expected when it happened (${why}, so now would be a wrong time): ${usage} --at <time>, or --now`);
}
