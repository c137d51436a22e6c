// `incident remove <id> <n>`: drops timeline entry n (as numbered by `incident show`) with its lines
// only. Entries after it move up one number.
import { removeItem } from '../core/edit-items.ts';
import { timelineOf } from '../core/incident.ts';
import { updateIncident } from '../io/incident-doc.ts';
import { entryAt, entryNumber } from './amend.ts';
import { context, type Deps } from './context.ts';
import { forcedOf } from './forced.ts';

export async function removeEntry(options: { id: string; n: string; force?: boolean }, deps: Deps) {
  const n = entryNumber(options.n);
  const ctx = await context(deps);
  const result = await updateIncident(ctx.repo, options.id, (loaded) => {
    const entry = entryAt(timelineOf(loaded, loaded.shown), n, loaded);
    return { text: removeItem(loaded, ['timeline'], n - 1), result: { entry } };
  }, { now: ctx.now, force: options.force === true });
  return { id: options.id, file: result.shown, n, removed: result.entry, forced: forcedOf(result) };
}
