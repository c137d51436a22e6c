// `incident status-update <id> --post "<text>" [--status s] [--at t] [--by name]`: records a public
// update in the file (`updates:`), the one the status page shows and the feeds carry. What goes
// public is checked before anything is written: a leak (a name, an internal host, a secret) refuses
// the update with the leak at its place in the text, and the file is left as it was.
import { insertInSeq } from '../core/edit.ts';
import { LeakError, findLeaks, leakRules, peopleOf } from '../core/render/leak.ts';
import { UsageError } from '../core/errors.ts';
import { timeZoneOf } from '../core/incident.ts';
import { UPDATE_STATUSES, type UpdateStatus } from '../core/status-page/enums.ts';
import { resolveAt } from '../core/timeline.ts';
import { updateIncident } from '../io/incident-doc.ts';
import { context, type Deps } from './context.ts';
import { forcedOf } from './forced.ts';

export interface PostOptions {
  id: string;
  text: string;
  status?: string;
  at?: string;
  by?: string;
  force?: boolean;
}

export interface PostedUpdate {
  at: string;
  status: UpdateStatus;
  text: string;
  by?: string;
}

/** Where the text of an update comes from, as leak messages name it. */
export const POST_ORIGIN = '--post';

export async function postUpdate(options: PostOptions, deps: Deps) {
  const text = options.text.trim();
  if (!text) throw new UsageError('Unexpected empty --post, expected the update customers read');
  if (options.status !== undefined && !(UPDATE_STATUSES as readonly string[]).includes(options.status)) {
    throw new UsageError(`Unexpected --status "${options.status}", expected one of ${UPDATE_STATUSES.join(', ')}`);
  }
  const ctx = await context(deps);
  const by = options.by ?? ctx.whoami();
  const result = await updateIncident(ctx.repo, options.id, (loaded) => {
    // The people of this incident and the config's terms, as publish checks its pages.
    const leaks = findLeaks(text, leakRules(peopleOf(loaded.data), ctx.repo.config), [{ file: POST_ORIGIN, text }], POST_ORIGIN);
    if (leaks.length) throw new LeakError(leaks);
    const timeZone = timeZoneOf(loaded, ctx.defaultTimeZone, loaded.shown);
    const { at } = resolveAt(options.at ?? 'now', { now: ctx.now, timeZone });
    const update: PostedUpdate = { at, status: (options.status ?? currentStatus(loaded.data.status)) as UpdateStatus, text };
    if (by.trim()) update.by = by.trim();
    // In time order (a back-filled update goes where it belongs), after those at the same time.
    const ms = Date.parse(at);
    const before = Array.isArray(loaded.data.updates) ? loaded.data.updates : [];
    const index = before.findIndex((u) => Date.parse(String((u as { at?: unknown } | null)?.at)) > ms);
    return { text: insertInSeq(loaded, ['updates'], update, index < 0 ? undefined : index), result: { update } };
  }, { now: ctx.now, force: options.force === true });
  return { id: options.id, file: result.shown, update: result.update, changed: result.changed, forced: forcedOf(result) };
}

/** Without --status: the incident's own status (closed reads as resolved), else investigating. */
function currentStatus(status: unknown): UpdateStatus {
  if (status === 'closed') return 'resolved';
  return (UPDATE_STATUSES as readonly unknown[]).includes(status) ? (status as UpdateStatus) : 'investigating';
}
