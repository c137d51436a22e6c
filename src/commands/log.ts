// `incident log [<id>] "<text>"`: one timeline entry, inserted in time order with a minimal edit.
// The hot path of an outage: plain files take the fast path (no YAML package, no scan of the
// repository); anything unusual goes through the full YAML document.
import { fastTimeline } from '../core/edit/fast-log.ts';
import { UsageError } from '../core/util/errors.ts';
import { ENTRY_KINDS, type EntryKind, type TimelineEntry } from '../core/model/types.ts';
import { updateIncidentText } from '../io/incident-store.ts';
import { findOpenIncidents } from '../io/open-incidents.ts';
import { context, type Context, type Deps } from './context.ts';
import { makeEntry, type NewEntry } from '../core/timeline/new-entry.ts';

export interface LogOptions {
  id?: string;
  text: string;
  kind?: string;
  by?: string;
  at?: string;
  approx?: boolean;
  /** Record it even if it makes the timeline impossible (a milestone out of order or twice). */
  force?: boolean;
  /** Where it came from (the Action's IssueOps: the comment's URL, which makes a re-delivered comment a no-op). */
  source?: string;
}

export interface LogResult {
  id: string;
  file: string;
  entry: TimelineEntry;
  /** What --force recorded although it breaks the timeline's rules (the CLI prints it on stderr). */
  forced: string[];
}

export async function log(options: LogOptions, deps: Deps): Promise<LogResult> {
  const ctx = await context(deps);
  const kind = checkKind(options.kind ?? 'note');
  const text = options.text.trim();
  if (!text) throw new UsageError('Unexpected empty text, expected what happened, e.g. incident log "Restarted the primary"');
  const id = options.id ?? (await onlyOpenIncident(ctx));
  const wanted: NewEntry = { kind, by: options.by ?? ctx.whoami(), text, at: options.at, approx: options.approx, source: options.source };
  const result = await updateIncidentText(ctx.repo, id, async (before, shown) => {
    const fast = fastTimeline(before, shown, () => ctx.defaultTimeZone);
    if (fast) {
      const { entry, ms, note } = makeEntry(ctx.now, wanted, fast.timeZone, fast.latest, fast.timeline);
      const after = fast.insert(entry, ms);
      if (after !== undefined) return { ...after, result: { entry, note } };
    }
    return slowPath(ctx, id, before, shown, wanted); // withEntry prints its own note
  }, { now: ctx.now, force: options.force === true });
  // After the write: a lane that hands over to the full CLI must not have printed it already.
  if (result.note) ctx.warn?.(result.note);
  return { id, file: result.shown, entry: result.entry, forced: result.forced };
}

/** The YAML-document path: loaded only when needed (it costs ~30 ms of start-up). */
async function slowPath(ctx: Context, id: string, before: string, shown: string, wanted: NewEntry) {
  const [{ parseIncidentText }, { withEntry }] = await Promise.all([import('../core/document/document.ts'), import('./entry.ts')]);
  const incident = { ...parseIncidentText(before, shown), id, shown };
  const { text, entry } = withEntry(ctx, incident, wanted);
  parseIncidentText(text, shown); // never write what we could not read back
  return { text, result: { entry, note: undefined } };
}

export function checkKind(kind: string): EntryKind {
  if (!(ENTRY_KINDS as readonly string[]).includes(kind)) {
    throw new UsageError(`Unexpected kind "${kind}", expected one of ${ENTRY_KINDS.join(', ')}`);
  }
  return kind as EntryKind;
}

async function onlyOpenIncident(ctx: Context): Promise<string> {
  const { open, unreadable } = await findOpenIncidents(ctx.repo);
  if (open.length === 1) return open[0]!;
  const skipped = unreadable.length ? ` (could not read: ${unreadable.join('; ')})` : '';
  if (open.length === 0) {
    throw new UsageError(`No open incident to log to${skipped}; name one: incident log <id> "<text>"`);
  }
  throw new UsageError(`${open.length} incidents are open (${open.join(', ')}); name one: incident log <id> "<text>"`);
}
