// A write command's change, written once against these operations and run on one of two editors:
// the fast edits (src/core/edit/fast-edit.ts, no YAML package) and, when one of them steps aside
// (returns undefined), the YAML document (yaml-path.ts, loaded only then; a lane hands over).
import { appendItem, dataForEdit, insertEntry, readForEdit, removeFromItem, removeItem, setInItem, setScalar, timelineOf } from '../core/edit/fast-edit.ts';
import type { FastDoc } from '../core/edit/splice.ts';
import { makeEntry, type NewEntry } from '../core/timeline/new-entry.ts';
import { isValidTimeZone, latestInstant } from '../core/timeline/timeline.ts';
import type { TimelineEntry } from '../core/model/types.ts';
import { updateIncidentText, type TextChange, type WriteGuard } from '../io/incident-store.ts';
import type { Context } from './context.ts';

/** The incident as a change sees it: its text and data, the path shown in messages, its id. */
export interface Doc {
  text: string;
  data: Record<string, unknown>;
  shown: string;
  id: string;
}

type Path = readonly string[];

/** Each returns the new file text, or undefined when this editor cannot make the edit (the YAML one always can, or throws). */
export interface EditOps<D extends Doc = Doc> {
  /** The text (after an edit) as a Doc again. */
  read(text: string, like: { shown: string; id: string }): D | undefined;
  timeline(doc: D): TimelineEntry[] | undefined;
  timeZone(doc: D, fallback: () => string): string | undefined;
  setIn(doc: D, path: Path, value: unknown): string | undefined;
  insertInSeq(doc: D, path: Path, item: unknown): string | undefined;
  setInItem(doc: D, path: Path, index: number, key: string, value: unknown): string | undefined;
  removeFromItem(doc: D, path: Path, index: number, key: string): string | undefined;
  removeItem(doc: D, path: Path, index: number): string | undefined;
  /** entry.ts's withEntry: the new text and the entry. */
  addEntry(doc: D, ctx: Context, e: NewEntry): { text: string; entry: TimelineEntry } | undefined;
}

interface FastDocOf extends Doc {
  /** The text as the edits read it (places too): read when an edit asks, not for the data alone. */
  readonly f: FastDoc | undefined;
}

const isMap = (v: unknown) => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The fast editor; resolveAt's notes wait in `notes` until the write is done. */
function fastOps(notes: string[]): EditOps<FastDocOf> {
  const read = (text: string, like: { shown: string; id: string }): FastDocOf | undefined => {
    const data = dataForEdit(text, like.shown);
    let f: FastDoc | undefined;
    return data && { text, data, shown: like.shown, id: like.id, get f() { return (f ??= readForEdit(text, like.shown)); } };
  };
  const timeline = (doc: FastDocOf) => {
    const t = doc.data.timeline;
    return t === undefined || t === null ? [] : Array.isArray(t) && t.every(isMap) ? (t as TimelineEntry[]) : undefined;
  };
  const timeZone = (doc: FastDocOf, fallback: () => string) => {
    const tz = doc.data.timezone ?? fallback();
    return typeof tz === 'string' && isValidTimeZone(tz) ? tz : undefined;
  };
  return {
    read,
    timeline,
    timeZone,
    setIn: (doc, path, value) => doc.f && setScalar(doc.f, path, value),
    insertInSeq: (doc, path, item) => doc.f && appendItem(doc.f, path, item),
    setInItem: (doc, path, index, key, value) => doc.f && setInItem(doc.f, path, index, key, value),
    removeFromItem: (doc, path, index, key) => doc.f && removeFromItem(doc.f, path, index, key),
    removeItem: (doc, path, index) => (path.length === 1 && doc.f ? removeItem(doc.f, path[0]!, index) : undefined),
    addEntry(doc, ctx, e) {
      const t = timeline(doc);
      const zone = timeZone(doc, () => ctx.defaultTimeZone);
      const f = doc.f;
      if (!t || !zone || !f) return undefined;
      const { entry, ms, note } = makeEntry(ctx.now, e, zone, latestInstant(t), t);
      const text = insertEntry(f, entry, ms);
      if (text !== undefined && note) notes.push(note);
      return text === undefined ? undefined : { text, entry };
    },
  };
}

/** A change: the new text and the result, or undefined when an edit stepped aside (only on the fast editor). */
export type Change<R> = <D extends Doc>(ops: EditOps<D>, doc: D) => TextChange<R> | undefined;

/** updateIncident with `change` run on the fast editor, else on the YAML document. */
export async function updateWithEdits<R>(ctx: Context, id: string, change: Change<R>, guard?: WriteGuard) {
  const notes: string[] = [];
  const result = await updateIncidentText(ctx.repo, id, async (before, shown) => {
    notes.length = 0;
    const ops = fastOps(notes);
    const doc = ops.read(before, { shown, id: id.replace(/\.md$/, '') });
    const fast = doc && change(ops, doc);
    if (fast) return { ...fast, timeline: timelineOf(fast.text) };
    notes.length = 0;
    const y = await import('./yaml-path.ts');
    return y.changeIncident(before, shown, id, (loaded) => change(y.yamlOps, loaded)!);
  }, guard);
  for (const note of notes) ctx.warn?.(note);
  return result;
}

/** `doc` after `text`, or undefined (the fast editor could not read it: step aside). */
export function reread<D extends Doc>(ops: EditOps<D>, doc: D, text: string | undefined): D | undefined {
  return text === undefined ? undefined : ops.read(text, doc);
}
