// `incident remove <id> <n>`: drops timeline entry n (as numbered by `incident show`) with its lines
// only. Entries after it move up one number.
import { entryAt, entryNumber } from './amend.ts';
import { context, type Deps } from './context.ts';
import { updateWithEdits } from './edit-ops.ts';
import { forcedOf } from './forced.ts';

export async function removeEntry(options: { id: string; n: string; force?: boolean }, deps: Deps) {
  const n = entryNumber(options.n);
  const ctx = await context(deps);
  const result = await updateWithEdits(ctx, options.id, (ops, loaded) => {
    const timeline = ops.timeline(loaded);
    if (!timeline) return undefined;
    const entry = entryAt(timeline, n, loaded);
    const text = ops.removeItem(loaded, ['timeline'], n - 1);
    return text === undefined ? undefined : { text, result: { entry } };
  }, { now: ctx.now, force: options.force === true });
  return { id: options.id, file: result.shown, n, removed: result.entry, forced: forcedOf(result) };
}
