// `incident role <id> --commander alice ...`: hand a role over, visibly: each change is also a
// `role` entry on the timeline.
import { askForAt } from '../core/timeline/backfill.ts';
import { UsageError } from '../core/util/errors.ts';
import { SINGLE_ROLES, type SingleRole, type TimelineEntry } from '../core/model/types.ts';
import { context, type Deps } from './context.ts';
import { reread, updateWithEdits } from './edit-ops.ts';

export interface RoleOptions {
  id: string;
  roles: Partial<Record<SingleRole, string>>;
  /** People to add to subject_matter_experts. */
  smes?: string[];
  by?: string;
  at?: string;
  /** Stamp the current time even on an incident being back-filled. */
  now?: boolean;
  /** Record it even if it makes the timeline impossible. */
  force?: boolean;
}

export interface RoleChange {
  role: SingleRole | 'subject_matter_experts';
  from?: string;
  /** null: nobody holds the role now (the file says `deputy: null`). */
  to: string | null;
}

/**
 * What a person writes for a role nobody holds any more (`--deputy none`): the role is left empty,
 * as `deputy: null` in the file, not handed to someone called "none".
 */
export const NOBODY = /^(?:none|nobody|null|~)$/i;

export const roleLabel = (role: string) => role.replace(/_/g, ' ');

export async function role(options: RoleOptions, deps: Deps) {
  const ctx = await context(deps);
  const requested = Object.entries(options.roles).filter(([, name]) => name !== undefined) as [SingleRole, string][];
  if (requested.length === 0 && !options.smes?.length) {
    throw new UsageError('Missing role, expected e.g. incident role <id> --commander alice (see incident role --help)');
  }
  for (const [key, name] of requested) {
    if (!SINGLE_ROLES.includes(key)) throw new UsageError(`Unexpected role "${key}", expected one of ${SINGLE_ROLES.join(', ')}`);
    if (!name.trim()) throw new UsageError(`Unexpected empty name for ${roleLabel(key)}`);
  }
  const nobodySme = options.smes?.find((name) => NOBODY.test(name.trim()));
  if (nobodySme !== undefined) throw new UsageError(`Unexpected "${nobodySme}" for a subject matter expert, expected a name: experts are added, one by one`);
  const by = options.by ?? ctx.whoami();
  const result = await updateWithEdits(ctx, options.id, (ops, loaded) => {
    let current: typeof loaded | undefined = loaded;
    const changes: RoleChange[] = [];
    const entries: TimelineEntry[] = [];
    // Each edit on the text the one before made; false once the fast editor steps aside.
    const apply = (text: string | undefined) => (current = current && reread(ops, current, text)) !== undefined;
    const roles = (loaded.data.roles ?? {}) as Record<string, unknown>;
    for (const [key, name] of requested) {
      const from = typeof roles[key] === 'string' ? (roles[key] as string) : undefined;
      const nobody = NOBODY.test(name.trim());
      if (nobody ? from === undefined : from === name) continue;
      if (!apply(ops.setIn(current!, ['roles', key], nobody ? null : name))) return undefined;
      const text = nobody ? `${from} steps down as ${roleLabel(key)}` : from ? `${name} takes over as ${roleLabel(key)} from ${from}` : `${name} is ${roleLabel(key)}`;
      const added = ops.addEntry(current!, ctx, { kind: 'role', by, text, at: options.at });
      if (!added || !apply(added.text)) return undefined;
      changes.push({ role: key, from, to: nobody ? null : name });
      entries.push(added.entry);
    }
    for (const name of options.smes ?? []) {
      const smes = current!.data.roles && (current!.data.roles as Record<string, unknown>).subject_matter_experts;
      if (Array.isArray(smes) && smes.includes(name)) continue;
      if (!apply(ops.insertInSeq(current!, ['roles', 'subject_matter_experts'], name))) return undefined;
      const added = ops.addEntry(current!, ctx, { kind: 'role', by, text: `${name} joins as subject matter expert`, at: options.at });
      if (!added || !apply(added.text)) return undefined;
      changes.push({ role: 'subject_matter_experts', to: name });
      entries.push(added.entry);
    }
    // On an old incident "now" would be a wrong time (and the anchor of later bare HH:MM): asked, when something changes.
    if (entries.length) {
      const timeline = ops.timeline(loaded);
      const timeZone = ops.timeZone(loaded, () => ctx.defaultTimeZone);
      if (!timeline || !timeZone) return undefined;
      askForAt(options, { file: loaded.shown, timeline, status: loaded.data.status, timeZone }, ctx.now);
    }
    return { text: current!.text, result: { changes, entries } };
  }, { now: ctx.now, force: options.force === true });
  return { id: options.id, file: result.shown, changes: result.changes, entries: result.entries, forced: result.forced };
}
