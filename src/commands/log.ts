// `incident log [<id>] "<text>"`: one timeline entry, inserted in time order with a minimal edit.
import { insertInSeq } from '../core/edit.ts';
import { latestInstant, timelineOf, timeZoneOf } from '../core/incident.ts';
import { insertionIndex, resolveAt } from '../core/timeline.ts';
import { ENTRY_KINDS, type EntryKind, type TimelineEntry } from '../core/types.ts';
import { UsageError } from '../core/errors.ts';
import { updateIncident, type Loaded } from '../io/incident-store.ts';
import { findOpenIncidents } from '../io/open-incidents.ts';
import { context, type Context, type Deps } from './context.ts';

export interface LogOptions {
  id?: string;
  text: string;
  kind?: string;
  by?: string;
  at?: string;
  approx?: boolean;
}

export interface LogResult {
  id: string;
  file: string;
  entry: TimelineEntry;
}

export async function log(options: LogOptions, deps: Deps): Promise<LogResult> {
  const ctx = context(deps);
  const kind = checkKind(options.kind ?? 'note');
  const text = options.text.trim();
  if (!text) throw new UsageError('Unexpected empty text, expected what happened, e.g. incident log "Restarted the primary"');
  const id = options.id ?? onlyOpenIncident(ctx);
  const by = options.by ?? ctx.whoami();
  const result = await updateIncident(ctx.repo, id, (incident) => {
    const { text: next, entry } = withEntry(ctx, incident, { kind, by, text, at: options.at, approx: options.approx });
    return { text: next, result: { entry } };
  });
  return { id, file: result.shown, entry: result.entry };
}

/** Adds one timeline entry to a loaded incident; shared by log, role, status and close. */
export function withEntry(
  ctx: Context,
  incident: Loaded,
  e: { kind: EntryKind; by: string; text: string; at?: string; approx?: boolean },
): { text: string; entry: TimelineEntry } {
  const timeline = timelineOf(incident, incident.shown);
  const timeZone = timeZoneOf(incident, ctx.defaultTimeZone, incident.shown);
  const { at, ms } = resolveAt(e.at ?? 'now', { now: ctx.now, timeZone, latest: latestInstant(timeline) });
  const entry: TimelineEntry = { at, kind: e.kind, by: e.by, text: e.text };
  if (e.approx) entry.approx = true;
  return { text: insertInSeq(incident, ['timeline'], entry, insertionIndex(timeline, ms)), entry };
}

export function checkKind(kind: string): EntryKind {
  if (!(ENTRY_KINDS as readonly string[]).includes(kind)) {
    throw new UsageError(`Unexpected kind "${kind}", expected one of ${ENTRY_KINDS.join(', ')}`);
  }
  return kind as EntryKind;
}

function onlyOpenIncident(ctx: Context): string {
  const { open, unreadable } = findOpenIncidents(ctx.repo);
  if (open.length === 1) return open[0]!;
  const skipped = unreadable.length ? ` (could not read: ${unreadable.join('; ')})` : '';
  if (open.length === 0) {
    throw new UsageError(`No open incident to log to${skipped}; name one: incident log <id> "<text>"`);
  }
  throw new UsageError(`${open.length} incidents are open (${open.join(', ')}); name one: incident log <id> "<text>"`);
}
