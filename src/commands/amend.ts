// `incident amend <id> <n>`: corrects timeline entry n (as numbered by `incident show`, 1-based in
// file order) with a minimal edit. The entry keeps its place in the file, so every number `show`
// printed still names the same entry while a scribe corrects several; show sorts by time anyway.
import { UsageError } from '../core/util/errors.ts';
import { parseInstant, resolveAt } from '../core/timeline/timeline.ts';
import { fitsTimeline } from '../core/timeline/timeline-integrity.ts';
import type { TimelineEntry } from '../core/model/types.ts';
import { checkKind } from './log.ts';
import { context, type Deps } from './context.ts';
import { reread, updateWithEdits, type Doc } from './edit-ops.ts';
import { forcedOf } from './forced.ts';

export interface AmendOptions {
  id: string;
  /** The entry number, as `incident show` prints it. */
  n: string;
  at?: string;
  text?: string;
  kind?: string;
  by?: string;
  /** true: --approx; false: --no-approx; undefined: unchanged. */
  approx?: boolean;
  force?: boolean;
}

export async function amend(options: AmendOptions, deps: Deps) {
  const n = entryNumber(options.n);
  if ([options.at, options.text, options.kind, options.by, options.approx].every((v) => v === undefined)) {
    throw new UsageError(`Missing change, expected --at, --text, --kind, --by, --approx or --no-approx: incident amend ${options.id} ${options.n} --text "<text>"`);
  }
  if (options.kind !== undefined) checkKind(options.kind);
  for (const [name, v] of [['text', options.text], ['by', options.by]] as const) {
    if (v !== undefined && !v.trim()) throw new UsageError(`Unexpected empty --${name}, expected ${name === 'text' ? 'what happened' : 'who did it'}`);
  }
  const ctx = await context(deps);
  const result = await updateWithEdits(ctx, options.id, (ops, loaded) => {
    const timeline = ops.timeline(loaded);
    if (!timeline) return undefined;
    const before = entryAt(timeline, n, loaded);
    const changes: Partial<TimelineEntry> = {};
    let approx = options.approx;
    let note: string | undefined;
    if (options.at !== undefined) {
      const timeZone = ops.timeZone(loaded, () => ctx.defaultTimeZone);
      if (!timeZone) return undefined;
      // A bare HH:MM is read near the entry's own time: the day it was on, unless that is far off.
      // A milestone's bare HH:MM takes a day that keeps the order, as log's does (the entry itself left out).
      const fits = fitsTimeline(timeline.filter((_, i) => i !== n - 1), String(options.kind ?? before.kind), ctx.now);
      const resolved = resolveAt(options.at, { now: ctx.now, timeZone, latest: parseInstant(String(before.at)), ...(fits ? { fits } : {}) });
      changes.at = resolved.at;
      if (resolved.approx) approx ??= true; // written so: `~13:45`, `about 6:45`
      note = resolved.note;
    }
    if (options.text !== undefined) changes.text = options.text.trim();
    if (options.kind !== undefined) changes.kind = options.kind as TimelineEntry['kind'];
    if (options.by !== undefined) changes.by = options.by.trim();
    let current: typeof loaded | undefined = loaded;
    const apply = (text: string | undefined) => (current = current && reread(ops, current, text)) !== undefined;
    for (const [key, value] of Object.entries(changes)) {
      if ((before as unknown as Record<string, unknown>)[key] !== value && !apply(ops.setInItem(current!, ['timeline'], n - 1, key, value))) return undefined;
    }
    if (approx === true && before.approx !== true && !apply(ops.setInItem(current!, ['timeline'], n - 1, 'approx', true))) return undefined;
    if (approx === false && before.approx !== undefined && !apply(ops.removeFromItem(current!, ['timeline'], n - 1, 'approx'))) return undefined;
    const after = ops.timeline(current!)?.[n - 1];
    if (!after) return undefined;
    return { text: current!.text, result: { n, before, entry: after, note } };
  }, { now: ctx.now, force: options.force === true });
  // After the write (the YAML path would print it there: a lane that hands over must not print it first).
  if (result.note) ctx.warn?.(result.note);
  return { id: options.id, file: result.shown, n, before: result.before, entry: result.entry, changed: result.changed, forced: forcedOf(result) };
}

export function entryNumber(text: string): number {
  if (!/^\d+$/.test(text.trim()) || Number(text) < 1) {
    throw new UsageError(`Unexpected entry number "${text}", expected the number incident show prints before the entry (1, 2, ...)`);
  }
  return Number(text);
}

export function entryAt(timeline: TimelineEntry[], n: number, loaded: Pick<Doc, 'shown' | 'id'>): TimelineEntry {
  const entry = timeline[n - 1];
  if (!entry) {
    throw new UsageError(`Unexpected entry number ${n}, expected 1 to ${timeline.length} (${loaded.shown} has ${timeline.length} timeline entr${timeline.length === 1 ? 'y' : 'ies'}; incident show ${loaded.id} numbers them)`);
  }
  return entry;
}
