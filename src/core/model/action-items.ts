// Action items as commands change them (incident action): their ids, and what a change asks for.
// Ids are AI-<short id> (AI-k7m2q, short-id.ts): made from the item and the moment, so two clones
// never pick the same one and a merge never renumbers one (an issue's marker names it, people
// quote it). Items of older files keep their AI-<n>.
import { UsageError } from '../util/errors.ts';
import { shortId } from './short-id.ts';
import { oneLine, textTable } from '../util/text-table.ts';
import { ACTION_STATUSES, ACTION_TYPES, type ActionItem } from './types.ts';

const idOf = (item: unknown) => String((item as { id?: unknown } | null)?.id ?? '');

/**
 * A new item's id, from what it says and when it was added (`seed` names the incident, the clone's
 * user and the time), never one the file has.
 */
export function newActionId(items: readonly unknown[], item: Record<string, unknown>, seed: string): string {
  const taken = new Set(items.map((i) => idOf(i).toLowerCase()));
  const what = Object.entries(item).map(([k, v]) => `${k}=${String(v)}`).join('\u0000');
  return `AI-${shortId(`action\u0000${seed}\u0000${what}`, (id) => taken.has(`ai-${id}`))}`;
}

/** The index of the item with this id (`ai-k7m2q` and `k7m2q` are read as AI-k7m2q, `3` as AI-3); a UsageError naming the ids there are otherwise. */
export function findActionItem(items: readonly unknown[], id: string, file: string): number {
  const typed = id.trim().toLowerCase();
  const at = items.findIndex((item) => {
    const own = idOf(item).toLowerCase();
    return own === typed || own === `ai-${typed}`;
  });
  if (at === -1) {
    const ids = items.map((item) => idOf(item) || '?');
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
