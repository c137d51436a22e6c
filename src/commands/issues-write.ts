// Writing issue links and synced statuses back into one incident file: one locked, atomic write
// per file, each value a minimal edit. The file is re-read under the lock, so an item someone
// changed since planning is left alone (and reported) instead of overwritten.
import { parseIncidentText, type Parsed } from '../core/document/document.ts';
import type { Change } from '../core/issue-sync/issue-sync.ts';
import { setItemField } from '../core/issue-sync/issue-sync-edit.ts';
import { updateIncident } from '../io/incident-doc.ts';
import type { Repo } from '../io/repo.ts';

export interface ItemWrite {
  itemId: string;
  /** Where the item was when planned; found again by id if the list moved. */
  index: number;
  changes: Change[];
}

export interface WriteOutcome {
  /** Item id -> the changes now in the file. */
  applied: Map<string, Change[]>;
  /** Item id -> why its changes were not written. */
  conflicts: Map<string, string>;
  changed: boolean;
}

/** `now`: the clock, for the check every write passes (incident-store.ts). */
export async function writeBack(repo: Repo, incidentId: string, writes: readonly ItemWrite[], now: number): Promise<WriteOutcome> {
  const applied = new Map<string, Change[]>();
  const conflicts = new Map<string, string>();
  if (writes.length === 0) return { applied, conflicts, changed: false };
  const { changed } = await updateIncident(repo, incidentId, (loaded) => {
    let current: Parsed = loaded;
    for (const write of writes) {
      const index = findItem(current, write);
      if (index < 0) {
        conflicts.set(write.itemId, 'the item is no longer in the file');
        continue;
      }
      const item = (current.data.action_items as Record<string, unknown>[])[index]!;
      const todo: Change[] = [];
      let conflict: string | undefined;
      for (const change of write.changes) {
        const now = field(item, change.field);
        if (now === change.to) continue;
        if (change.field === 'issue' && now) conflict = `the file now points at ${now}`;
        if (change.field === 'status' && now !== change.from) conflict = `its status changed to ${now} meanwhile`;
        todo.push(change);
      }
      if (conflict) {
        conflicts.set(write.itemId, conflict);
        continue;
      }
      for (const change of todo) current = parseIncidentText(setItemField(current, index, change.field, change.to), loaded.shown);
      applied.set(write.itemId, write.changes);
    }
    return { text: current.text, result: {} };
  }, { now });
  return { applied, conflicts, changed };
}

function findItem(parsed: Parsed, write: ItemWrite): number {
  const items = parsed.data.action_items;
  if (!Array.isArray(items)) return -1;
  const idOf = (i: number) => {
    const item = items[i] as Record<string, unknown> | null;
    return item && typeof item === 'object' && (typeof item.id === 'string' || typeof item.id === 'number') ? String(item.id).trim() : undefined;
  };
  if (idOf(write.index) === write.itemId) return write.index;
  return items.findIndex((_, i) => idOf(i) === write.itemId);
}

/** A field as the planner saw it: trimmed text, status `open` when absent. */
function field(item: Record<string, unknown>, name: Change['field']): string | undefined {
  const value = item[name];
  const text = typeof value === 'string' ? value.trim() || undefined : typeof value === 'number' ? String(value) : undefined;
  return name === 'status' ? text ?? 'open' : text;
}
