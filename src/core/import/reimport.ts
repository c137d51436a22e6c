// Importing again into the file an earlier import wrote (found by `import.source` + `import.source_id`):
// the edits that bring in what changed at the source, and nothing else, so a second run with the
// same input changes no byte. Pure: the current frontmatter data in, edits and notes out.
//
// Fields the source maps (title, severity, status, services, public, roles, impact summary, each
// action item's fields) merge three ways against `import.last`, what the source said the last time:
// the source changed it and the file did not: the source's value; the file changed it (someone ran
// `incident severity`): the file's stays, and a note says what the source says now.
// Timeline entries and public updates are added, or corrected in place: milestones by kind (the
// n-th `resolved` is the n-th `resolved`), other entries by time, kind and author. Nothing is
// removed: an entry deleted at the source, or added here, stays.
import { importedActionId, ITEM_FIELDS, lastItem, plain, type LastItem, type MappedFields, type Prepared } from './plan.ts';
import { insertionIndex, parseInstant } from '../timeline/timeline.ts';
import type { ActionItem, TimelineEntry } from '../model/types.ts';

export type ImportEdit =
  | { op: 'set'; path: string[]; value: unknown }
  | { op: 'item'; path: string[]; index: number; key: string; value: unknown }
  | { op: 'entry'; entry: TimelineEntry; ms: number }
  | { op: 'insert'; path: string[]; index: number; item: unknown };

export interface Reimport {
  edits: ImportEdit[];
  /** What changes, for the user: "status investigating -> resolved", "2 timeline entries added". */
  changes: string[];
  /** Values kept because they were changed here since the last import. */
  kept: string[];
}

const MILESTONES = new Set(['started', 'detected', 'acknowledged', 'declared', 'mitigated', 'recovered', 'resolved']);
const isMap = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const asList = (v: unknown): Record<string, unknown>[] => (Array.isArray(v) ? v.map((x) => (isMap(x) ? x : {})) : []);
/** Absent, null and empty mean the same here. */
const norm = (v: unknown): unknown => (v === null || v === '' || (Array.isArray(v) && v.length === 0) || (isMap(v) && Object.keys(v).length === 0) ? undefined : v);
const same = (a: unknown, b: unknown) => JSON.stringify(canon(norm(a))) === JSON.stringify(canon(norm(b)));
const canon = (v: unknown): unknown =>
  Array.isArray(v) ? v.map(canon) : isMap(v) ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, canon(v[k])])) : v;
const show = (v: unknown) => (norm(v) === undefined ? '(none)' : Array.isArray(v) ? v.join(', ') : typeof v === 'string' ? v : JSON.stringify(v));

export function reimportEdits(data: Record<string, unknown>, p: Prepared): Reimport {
  const edits: ImportEdit[] = [];
  const changes: string[] = [];
  const kept: string[] = [];
  const block = isMap(data.import) ? data.import : {};
  const base: Record<string, unknown> = isMap(block.last) ? block.last : {};
  const m = p.mapped;

  // Three-way on each mapped field: file F, last import B, source now N.
  const field = (label: string, path: string[], F: unknown, B: unknown, N: unknown) => {
    if (N === undefined || same(N, B) || same(F, N)) return;
    if (norm(F) === undefined || same(F, B)) {
      edits.push({ op: 'set', path, value: N });
      changes.push(`${label} ${show(F)} -> ${show(N)}`);
    } else {
      kept.push(`${label} ${show(F)} (changed here; the source says ${show(N)})`);
    }
  };
  field('title', ['title'], data.title, base.title, m.title);
  field('severity', ['severity'], data.severity, base.severity, m.severity);
  field('status', ['status'], data.status, base.status, m.status);
  field('services', ['services'], data.services, base.services, m.services);
  field('public', ['public'], data.public, base.public, m.public);
  const roles = isMap(data.roles) ? data.roles : {};
  const baseRoles = isMap(base.roles) ? base.roles : {};
  for (const role of Object.keys(m.roles ?? {})) {
    field(`roles.${role}`, ['roles', role], roles[role], baseRoles[role], m.roles![role]);
  }
  const impact = isMap(data.impact) ? data.impact : {};
  field('impact summary', ['impact', 'summary'], impact.summary, base.impact_summary, m.impact_summary);

  timelineEdits(asList(data.timeline), p.timeline, edits, changes);
  const lastItems = itemEdits(data, base, p, edits, changes, kept);
  updateEdits(asList(data.updates), p, edits, changes);

  // What the source said, for the next import; the source's link and raw fields as they are now.
  const last: MappedFields = { ...m, ...(lastItems.length ? { action_items: lastItems } : {}) };
  for (const key of new Set([...Object.keys(base), ...Object.keys(last)])) {
    const now = (last as unknown as Record<string, unknown>)[key];
    if (!same(base[key], now)) edits.push({ op: 'set', path: ['import', 'last', key], value: now ?? null });
  }
  if (p.imported.url && block.url !== p.imported.url) edits.push({ op: 'set', path: ['import', 'url'], value: p.imported.url });
  const fields = isMap(block.fields) ? block.fields : {};
  const raw = plain(p.imported.raw);
  const changedRaw = Object.keys(raw).filter((k) => !same(fields[k], raw[k]));
  for (const k of changedRaw) edits.push({ op: 'set', path: ['import', 'fields', k], value: raw[k] });
  if (changedRaw.length) changes.push(`source fields ${changedRaw.join(', ')}`);
  return { edits, changes, kept };
}

/** Entries matched as the header says; a matched entry whose time, text or author changed at the source is corrected in place. */
function timelineEdits(file: Record<string, unknown>[], incoming: readonly TimelineEntry[], edits: ImportEdit[], changes: string[]): void {
  const used = new Set<number>();
  const nth = new Map<string, number>();
  let added = 0;
  let corrected = 0;
  const fileMs = file.map((e) => (typeof e.at === 'string' ? parseInstant(e.at) : undefined));
  for (const entry of incoming) {
    const ms = parseInstant(entry.at)!;
    let match = -1;
    if (MILESTONES.has(entry.kind)) {
      const n = nth.get(entry.kind) ?? 0;
      nth.set(entry.kind, n + 1);
      const ofKind = file.map((e, i) => (e.kind === entry.kind ? i : -1)).filter((i) => i >= 0);
      match = ofKind[n] ?? -1;
    } else {
      const candidates = file
        .map((e, i) => i)
        .filter((i) => !used.has(i) && file[i]!.kind === entry.kind && fileMs[i] === ms && (file[i]!.by ?? undefined) === entry.by);
      match = candidates.find((i) => file[i]!.text === entry.text) ?? candidates[0] ?? -1;
    }
    if (match < 0) {
      edits.push({ op: 'entry', entry, ms });
      added++;
      continue;
    }
    used.add(match);
    const current = file[match]!;
    let changed = false;
    for (const key of ['at', 'text', 'by'] as const) {
      if (entry[key] !== undefined && current[key] !== entry[key]) {
        edits.push({ op: 'item', path: ['timeline'], index: match, key, value: entry[key] });
        changed = true;
      }
    }
    if (entry.approx === true && current.approx !== true) {
      edits.push({ op: 'item', path: ['timeline'], index: match, key: 'approx', value: true });
      changed = true;
    }
    if (changed) corrected++;
  }
  if (added) changes.push(`${added} timeline ${added === 1 ? 'entry' : 'entries'} added`);
  if (corrected) changes.push(`${corrected} timeline ${corrected === 1 ? 'entry' : 'entries'} corrected`);
}

/** Action items by source id (import.last.action_items maps it to the item's id here); three-way per field. */
function itemEdits(data: Record<string, unknown>, base: Record<string, unknown>, p: Prepared, edits: ImportEdit[], changes: string[], kept: string[]): LastItem[] {
  const items = asList(data.action_items);
  const lastItems = asList(base.action_items) as unknown as LastItem[];
  // Ids the file has, and ids import.last keeps for items removed here: never handed out again.
  const taken: unknown[] = [...items, ...lastItems.map((l) => ({ id: l.id }))];
  let added = 0;
  const out: LastItem[] = [];
  for (const it of p.items) {
    const before = lastItems.find((l) => l.source_id === it.sourceId);
    const index = before ? items.findIndex((a) => a.id === before.id) : -1;
    if (!before) {
      const id = importedActionId(taken, p.imported.source, p.imported.sourceId, it.sourceId);
      taken.push({ id });
      edits.push({ op: 'insert', path: ['action_items'], index: items.length + added++, item: { id, ...it.fields } });
      changes.push(`action item ${id} added`);
      out.push(lastItem(it.sourceId, id, it.fields));
      continue;
    }
    out.push(lastItem(it.sourceId, before.id, it.fields));
    if (index < 0) continue; // removed here: it stays removed
    const current = items[index]!;
    for (const key of ITEM_FIELDS) {
      const N = (it.fields as Partial<ActionItem>)[key];
      const B = before[key];
      const F = current[key];
      if (N === undefined || same(N, B) || same(F, N)) continue;
      if (norm(F) === undefined || same(F, B)) {
        edits.push({ op: 'item', path: ['action_items'], index, key, value: N });
        changes.push(`${before.id} ${key} ${show(F)} -> ${show(N)}`);
      } else {
        kept.push(`${before.id} ${key} ${show(F)} (changed here; the source says ${show(N)})`);
      }
    }
  }
  // Items the source no longer lists keep their place in import.last (their ids stay taken).
  for (const l of lastItems) if (!out.some((o) => o.source_id === l.source_id)) out.push(l);
  return out;
}

/** Public updates by time: a new one goes in time order; one edited at the source is corrected. */
function updateEdits(file: Record<string, unknown>[], p: Prepared, edits: ImportEdit[], changes: string[]): void {
  const times = file.map((u) => ({ at: typeof u.at === 'string' ? u.at : '' }));
  const used = new Set<number>();
  let added = 0;
  for (const u of p.updates) {
    const ms = parseInstant(u.at)!;
    const match = file.findIndex((f, i) => !used.has(i) && typeof f.at === 'string' && parseInstant(f.at) === ms);
    if (match < 0) {
      const index = insertionIndex(times, ms);
      times.splice(index, 0, { at: u.at });
      edits.push({ op: 'insert', path: ['updates'], index, item: u });
      added++;
      continue;
    }
    used.add(match);
    for (const key of ['status', 'text'] as const) {
      if (file[match]![key] !== u[key]) edits.push({ op: 'item', path: ['updates'], index: match, key, value: u[key] });
    }
  }
  if (added) changes.push(`${added} public ${added === 1 ? 'update' : 'updates'} added`);
}
