// A new timeline entry from what a responder typed: checked, its time resolved in the incident's zone.
import { UsageError } from '../util/errors.ts';
import { resolveAt } from './timeline.ts';
import { fitsTimeline } from './timeline-integrity.ts';
import type { EntryKind, TimelineEntry } from '../model/types.ts';

export interface NewEntry {
  kind: EntryKind;
  by: string;
  text: string;
  at?: string;
  approx?: boolean;
  /** Where it came from (IssueOps: the comment's URL). */
  source?: string;
}

/**
 * The stored entry (field order at, kind, by, text, approx, source), its instant, and resolveAt's note for
 * stderr. With the timeline, a bare HH:MM for a milestone takes the day that keeps it in order.
 */
export function makeEntry(now: number, e: NewEntry, timeZone: string, latest: number | undefined, timeline?: readonly unknown[]) {
  if (!e.by.trim()) throw new UsageError('Unexpected empty --by, expected who did it');
  if (!e.text.trim()) throw new UsageError('Unexpected empty text, expected what happened');
  const fits = timeline && fitsTimeline(timeline, e.kind, now);
  const { at, ms, approx, note } = resolveAt(e.at ?? 'now', { now, timeZone, latest, ...(fits ? { fits } : {}) });
  const entry: TimelineEntry = { at, kind: e.kind, by: e.by, text: e.text };
  if (e.approx || approx) entry.approx = true; // --approx, or written so: `~13:45`, `about 6:45`
  if (e.source) entry.source = e.source;
  return { entry, ms, note };
}
