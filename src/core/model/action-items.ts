// Action items as commands change them (incident action): their ids, and what a change asks for.
// Ids are AI-<n>, one more than the largest in the file. Two clones can still both pick the same
// next number; the merge driver gives theirs' item the next free number then (merge-lists.ts), as
// it does for threads, so ids stay short and typeable and never collide after a merge.
import { UsageError } from '../util/errors.ts';
import { oneLine, textTable } from '../util/text-table.ts';
import { ACTION_STATUSES, ACTION_TYPES, type ActionItem } from './types.ts';

const AI_ID = /^AI-(\d+)$/;

/** AI-<n> for n one more than the largest AI number any item has. */
export function nextActionId(items: readonly unknown[]): string {
  let max = 0;
  for (const item of items) {
    const m = AI_ID.exec(String((item as { id?: unknown } | null)?.id ?? ''));
    if (m) max = Math.max(max, Number(m[1]));
  }
  return `AI-${max + 1}`;
}

/** The index of the item with this id (`ai-3` and `3` are read as AI-3); a UsageError naming the ids there are otherwise. */
export function findActionItem(items: readonly unknown[], id: string, file: string): number {
  const wanted = /^\d+$/.test(id) ? `AI-${id}` : id;
  const at = items.findIndex((item) => {
    const own = String((item as { id?: unknown } | null)?.id ?? '');
    return own === wanted || own.toLowerCase() === wanted.toLowerCase();
  });
  if (at === -1) {
    const ids = items.map((item) => String((item as { id?: unknown } | null)?.id ?? '?'));
    throw new UsageError(`Unexpected action item "${id}" in ${file}, expected ${ids.length ? `one of ${ids.join(', ')}` : 'an item first: incident action <id> add "<title>"'}`);
  }
  return at;
}

export function checkType(type: string | undefined): void {
  if (type !== undefined && !(ACTION_TYPES as readonly string[]).includes(type)) {
    throw new UsageError(`Unexpected --type "${type}", expected one of ${ACTION_TYPES.join(', ')}`);
  }
}

export function checkStatus(status: string | undefined): void {
  if (status !== undefined && !(ACTION_STATUSES as readonly string[]).includes(status)) {
    throw new UsageError(`Unexpected --status "${status}", expected one of ${ACTION_STATUSES.join(', ')}`);
  }
}

export function checkDue(due: string | undefined): void {
  if (due !== undefined && !isDate(due)) throw new UsageError(`Unexpected --due "${due}", expected a date like 2026-03-15`);
}

export function checkText(name: string, value: string | undefined, what: string): void {
  if (value !== undefined && !value.trim()) throw new UsageError(`Unexpected empty --${name}, expected ${what}`);
}

/** A real calendar date written YYYY-MM-DD. */
export function isDate(s: string): boolean {
  const ms = Date.parse(`${s}T00:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(ms) && new Date(ms).toISOString().startsWith(s);
}

/** The items as a table for `incident action <id>`. */
export function formatActionItems(items: readonly ActionItem[]): string {
  return textTable(items.map((a) => [
    oneLine(a.id), oneLine(a.status ?? 'open'), oneLine(a.type), oneLine(a.title),
    [a.owner && `owner ${a.owner}`, a.due && `due ${a.due}`, a.reason && `reason: ${a.reason}`, a.issue].filter(Boolean).map(oneLine).join(', '),
  ]), '  ');
}
