// `incident status-update <id> --post "<text>" [--status s] [--at t] [--by name]`: records a public
// update in the file (`updates:`), the one the status page shows and the feeds carry. What goes
// public is checked before anything is written: a leak (a name, an internal host, a secret) refuses
// the update with the leak at its place in the text, and the file is left as it was.
// Plain files take the fast edit (no YAML package: the lane runs it); an update back-filled before
// others, or an unusual file, goes through the YAML document (a lane hands over).
import { UsageError } from '../core/util/errors.ts';
import { appendItem, readForEdit, timelineOf } from '../core/edit/fast-edit.ts';
import { LeakError, findLeaks, leakRules, peopleOf } from '../core/render/leak.ts';
import { UPDATE_STATUSES, type UpdateStatus } from '../core/model/status-page.ts';
import { isValidTimeZone, resolveAt } from '../core/timeline/timeline.ts';
import { updateIncidentText, type TextChange } from '../io/incident-store.ts';
import { context, type Context, type Deps } from './context.ts';
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
  const by = (options.by ?? ctx.whoami()).trim();
  const result = await updateIncidentText(ctx.repo, options.id, async (before, shown) =>
    fastPath(ctx, options, text, by, before, shown) ?? (await slowPath(ctx, options, text, by, before, shown)), { now: ctx.now, force: options.force === true });
  return { id: options.id, file: result.shown, title: result.title, drill: result.drill, update: result.update, changed: result.changed, forced: forcedOf(result) };
}

/** The update, checked for leaks against this incident's people and the config, and where it goes in `updates:`. */
function make(ctx: Context, options: PostOptions, text: string, by: string, data: Record<string, unknown>, timeZone: string) {
  const leaks = findLeaks(text, leakRules(peopleOf(data), ctx.repo.config), [{ file: POST_ORIGIN, text }], POST_ORIGIN);
  if (leaks.length) throw new LeakError(leaks);
  const { at, ms } = resolveAt(options.at ?? 'now', { now: ctx.now, timeZone });
  const update: PostedUpdate = { at, status: (options.status ?? currentStatus(data.status)) as UpdateStatus, text };
  if (by) update.by = by;
  // In time order (a back-filled update goes where it belongs), after those at the same time.
  const list = Array.isArray(data.updates) ? data.updates : [];
  const index = list.findIndex((u) => Date.parse(String((u as { at?: unknown } | null)?.at)) > ms);
  // What the chat text (--plain) says beside the update.
  const about = { title: typeof data.title === 'string' ? data.title : undefined, drill: data.kind === 'drill' };
  return { update, about, index: index < 0 ? undefined : index };
}

type Posted = { update: PostedUpdate; title?: string; drill: boolean };

function fastPath(ctx: Context, options: PostOptions, text: string, by: string, before: string, shown: string): TextChange<Posted> | undefined {
  const f = readForEdit(before, shown);
  if (!f) return undefined;
  const data = f.doc.data;
  const tz = data.timezone ?? ctx.defaultTimeZone;
  if (typeof tz !== 'string' || !isValidTimeZone(tz) || (data.updates !== undefined && !Array.isArray(data.updates))) return undefined;
  const { update, about, index } = make(ctx, options, text, by, data, tz);
  if (index !== undefined) return undefined; // before others: the YAML path inserts in place
  const after = appendItem(f, ['updates'], update);
  return after === undefined ? undefined : { text: after, result: { update, ...about }, timeline: timelineOf(after) };
}

async function slowPath(ctx: Context, options: PostOptions, text: string, by: string, before: string, shown: string): Promise<TextChange<Posted>> {
  const y = await import('./yaml-path.ts');
  return y.changeIncident(before, shown, options.id, (loaded) => {
    const { update, about, index } = make(ctx, options, text, by, loaded.data, y.timeZoneOf(loaded, ctx.defaultTimeZone, loaded.shown));
    return { text: y.insertInSeq(loaded, ['updates'], update, index), result: { update, ...about } };
  });
}

/** Without --status: the incident's own status (closed reads as resolved), else investigating. */
function currentStatus(status: unknown): UpdateStatus {
  if (status === 'closed') return 'resolved';
  return (UPDATE_STATUSES as readonly unknown[]).includes(status) ? (status as UpdateStatus) : 'investigating';
}
