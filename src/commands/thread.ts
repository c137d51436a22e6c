// `incident thread <id> open|update|close|assign|list`: the investigation's open questions, stored
// in the file's `threads` list, each change also logged on the timeline. Typed mid-incident, so
// plain files take a fast path without the YAML package (like `incident log`).
import { existsSync, readFileSync } from 'node:fs';
import { commitEdits, fastIncident, insertIntoSeq, readFast, replaceInSeq, timelineEdit } from '../core/edit/splice.ts';
import { makeEntry } from '../core/timeline/new-entry.ts';
import { askForAt } from '../core/timeline/backfill.ts';
import {
  assignThread, closeThread, openThread, parseThreadRef, threadIndex, threadRef, threadsOf, updateThread,
  type Thread, type ThreadChange,
} from '../core/model/threads.ts';
import { UsageError } from '../core/util/errors.ts';
import type { TimelineEntry } from '../core/model/types.ts';
import { updateIncidentText } from '../io/incident-store.ts';
import { display, incidentPath, unknownIncident } from '../io/repo.ts';
import { context, type Context, type Deps } from './context.ts';

export const THREAD_ACTIONS = ['open', 'update', 'close', 'assign', 'list'] as const;
export type ThreadAction = (typeof THREAD_ACTIONS)[number];

export interface ThreadOptions {
  id: string;
  action: string;
  /** The thread (update, close, assign): its id, or the number of an older file's thread. */
  number?: string;
  /** The question (open), the finding (update) or the answer (close). */
  text?: string;
  owner?: string;
  by?: string;
  at?: string;
  /** Stamp the current time even on an incident being back-filled. */
  now?: boolean;
}

export interface ThreadResult {
  id: string;
  file: string;
  thread?: Thread;
  entry?: TimelineEntry;
  threads?: Thread[];
}

export async function thread(options: ThreadOptions, deps: Deps): Promise<ThreadResult> {
  const action = options.action as ThreadAction;
  if (!THREAD_ACTIONS.includes(action)) {
    throw new UsageError(`Unexpected thread action "${options.action}", expected one of ${THREAD_ACTIONS.join(', ')}`);
  }
  const ctx = await context(deps);
  if (action === 'list') return list(ctx, options.id);
  const number = action === 'open' ? undefined : parseThreadRef(options.number ?? '');
  if ((action === 'open' || action === 'update' || action === 'close') && !options.text?.trim()) {
    const what = { open: 'the question', update: 'what was found', close: 'the answer' }[action];
    throw new UsageError(`Missing text, expected ${what}: incident thread ${options.id} ${action}${number ? ` ${number}` : ''} "<text>"`);
  }
  const by = options.by ?? ctx.whoami();
  const plan = (threads: Thread[], at: string, shown: string): { index: number; change: ThreadChange } => {
    // The id is made from the incident and who opens it too: two clones never make the same one.
    if (action === 'open') return { index: -1, change: openThread(threads, options.text!, options.owner, at, `${options.id}\u0000${by}`) };
    const index = threadIndex(threads, number!, shown);
    const t = threads[index]!;
    if (action === 'update') return { index, change: updateThread(t, options.text!, at, by, shown) };
    if (action === 'close') return { index, change: closeThread(t, options.text!, at, shown) };
    return { index, change: assignThread(t, options.owner, shown) };
  };
  const result = await updateIncidentText(ctx.repo, options.id, async (before, shown) =>
    fastPath(ctx, before, shown, by, options, plan) ?? (await slowPath(ctx, options.id, before, shown, by, options, plan)), { now: ctx.now });
  // After the write: a lane that hands over to the full CLI must not have printed it already.
  if (result.note) ctx.warn?.(result.note);
  return { id: options.id, file: result.shown, thread: result.thread, entry: result.entry };
}

type Plan = (threads: Thread[], at: string, shown: string) => { index: number; change: ThreadChange };

/** When: --at, or --now (the current time even when back-filling). */
type When = { at?: string; now?: boolean };

/** Both edits (the timeline entry, the thread) as text; undefined hands over to the YAML path. */
function fastPath(ctx: Context, before: string, shown: string, by: string, { at, now }: When, plan: Plan) {
  const fi = fastIncident(before, shown, () => ctx.defaultTimeZone);
  if (!fi) return undefined;
  askForAt({ at, now }, { file: shown, timeline: fi.timeline, status: fi.f.doc.data.status, timeZone: fi.timeZone }, ctx.now);
  const { entry, ms, note } = makeEntry(ctx.now, { kind: 'note', by, text: '-', at }, fi.timeZone, fi.latest);
  const { index, change } = plan(threadsOf(fi.f.doc.data, shown), entry.at, shown);
  const logged: TimelineEntry = { ...entry, kind: change.kind, text: change.text };
  // The timeline edit first: when both insert at the end of the frontmatter, the entry belongs to the timeline.
  const made = commitEdits(fi.f, [
    timelineEdit(fi, [logged], ms),
    index === -1 ? insertIntoSeq(fi.f, 'threads', [change.thread]) : replaceInSeq(fi.f, 'threads', index, change.thread),
  ]);
  return made && { ...made, result: { thread: change.thread, entry: logged, note } };
}

/** The YAML-document path: loaded only when needed. */
async function slowPath(ctx: Context, id: string, before: string, shown: string, by: string, { at, now }: When, plan: Plan) {
  const [{ parseIncidentText }, { insertInSeq, setIn }, { updateSeqItem }, { withEntry }, { timelineOf, timeZoneOf, latestInstant }] =
    await Promise.all([
      import('../core/document/document.ts'), import('../core/edit/edit.ts'), import('../core/merge/merge-nodes.ts'), import('./entry.ts'), import('../core/document/incident.ts'),
    ]);
  const parsed = parseIncidentText(before, shown);
  const zone = timeZoneOf(parsed, ctx.defaultTimeZone, shown);
  askForAt({ at, now }, { file: shown, timeline: timelineOf(parsed, shown), status: parsed.data.status, timeZone: zone }, ctx.now);
  const { entry, note } = makeEntry(ctx.now, { kind: 'note', by, text: '-', at }, zone, latestInstant(timelineOf(parsed, shown)));
  const threads = threadsOf(parsed.data, shown);
  const { index, change } = plan(threads, entry.at, shown);
  const item = change.thread as unknown as Record<string, unknown>;
  let text = index === -1 ? insertInSeq(parsed, ['threads'], item) : updateSeqItem(parsed, 'threads', index, item);
  // An item laid out in a way we cannot edit in place: rewrite the threads list (and only it).
  text ??= setIn(parsed, ['threads'], threads.map((t, i) => (i === index ? change.thread : t)));
  const logged = withEntry(ctx, { ...parseIncidentText(text, shown), id, shown }, { kind: change.kind, by, text: change.text, at: entry.at, approx: entry.approx });
  parseIncidentText(logged.text, shown); // never write what we could not read back
  return { text: logged.text, result: { thread: change.thread, entry: logged.entry, note } };
}

async function list(ctx: Context, id: string): Promise<ThreadResult> {
  const path = incidentPath(ctx.repo, id);
  if (!existsSync(path)) throw unknownIncident(ctx.repo, id);
  const shown = display(ctx.repo, path);
  const text = readFileSync(path, 'utf8');
  const data = readFast(text, shown)?.doc.data ?? (await import('../core/document/document.ts')).parseIncidentText(text, shown).data;
  return { id, file: shown, threads: threadsOf(data, shown) };
}

/** One line per thread, for the terminal. */
export function formatThreads(threads: readonly Thread[]): string {
  if (threads.length === 0) return 'No threads yet: incident thread <id> open "<question>" --owner <name>';
  return threads.map((t) => {
    const last = t.updates?.[t.updates.length - 1];
    const head = `#${threadRef(t)} [${t.status}] ${t.question} (${t.owner ?? 'no owner'})`;
    return t.status === 'closed' ? `${head}\n   answer: ${t.answer}` : last ? `${head}\n   latest: ${last.text}` : head;
  }).join('\n');
}
