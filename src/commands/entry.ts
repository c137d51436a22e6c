// Adding one timeline entry through the YAML document: shared by log (for files the fast
// path steps aside from), role, status and close.
import { insertInSeq } from '../core/edit.ts';
import { latestInstant, timelineOf, timeZoneOf } from '../core/incident.ts';
import { insertionIndex, resolveAt } from '../core/timeline.ts';
import type { EntryKind, TimelineEntry } from '../core/types.ts';
import { UsageError } from '../core/errors.ts';
import type { Loaded } from '../io/incident-doc.ts';
import type { Context } from './context.ts';

export interface NewEntry {
  kind: EntryKind;
  by: string;
  text: string;
  at?: string;
  approx?: boolean;
}

export function withEntry(ctx: Context, incident: Loaded, e: NewEntry): { text: string; entry: TimelineEntry } {
  const timeline = timelineOf(incident, incident.shown);
  const timeZone = timeZoneOf(incident, ctx.defaultTimeZone, incident.shown);
  const { entry, ms } = makeEntry(ctx, e, timeZone, latestInstant(timeline));
  return { text: insertInSeq(incident, ['timeline'], entry, insertionIndex(timeline, ms)), entry };
}

/** The stored entry (field order at, kind, by, text, approx) and its instant. */
export function makeEntry(ctx: Pick<Context, 'now'>, e: NewEntry, timeZone: string, latest: number | undefined) {
  if (!e.by.trim()) throw new UsageError('Unexpected empty --by, expected who did it');
  if (!e.text.trim()) throw new UsageError('Unexpected empty text, expected what happened');
  const { at, ms } = resolveAt(e.at ?? 'now', { now: ctx.now, timeZone, latest });
  const entry: TimelineEntry = { at, kind: e.kind, by: e.by, text: e.text };
  if (e.approx) entry.approx = true;
  return { entry, ms };
}
