// Adding one timeline entry through the YAML document: shared by log (for files the fast
// path steps aside from), role, status and close.
import { insertInSeq } from '../core/edit/edit.ts';
import { latestInstant, timelineOf, timeZoneOf } from '../core/document/incident.ts';
import { insertionIndex } from '../core/timeline/timeline.ts';
import { makeEntry, type NewEntry } from '../core/timeline/new-entry.ts';
export type { NewEntry } from '../core/timeline/new-entry.ts';
import type { TimelineEntry } from '../core/model/types.ts';
import type { Loaded } from '../io/incident-doc.ts';
import type { Context } from './context.ts';

export function withEntry(ctx: Context, incident: Loaded, e: NewEntry): { text: string; entry: TimelineEntry } {
  const timeline = timelineOf(incident, incident.shown);
  const timeZone = timeZoneOf(incident, ctx.defaultTimeZone, incident.shown);
  const { entry, ms, note } = makeEntry(ctx.now, e, timeZone, latestInstant(timeline), timeline);
  if (note) ctx.warn?.(note);
  return { text: insertInSeq(incident, ['timeline'], entry, insertionIndex(timeline, ms)), entry };
}
