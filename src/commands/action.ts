// `incident action <id> [add "<title>" | <AI-id> --status ... | remove <AI-id>]`: action items
// without hand-editing YAML. Each change is a minimal edit of the item's own lines.
import { existsSync, readFileSync } from 'node:fs';
import { CommandError, UsageError } from '../core/util/errors.ts';
import { checkDue, checkStatus, checkText, checkType, findActionItem, newActionId } from '../core/model/action-items.ts';
import { startsWithVerb } from '../core/rules/verbs.ts';
import type { ActionItem } from '../core/model/types.ts';
import { readFast } from '../core/edit/splice.ts';
import { display, incidentPath, unknownIncident } from '../io/repo.ts';
import { context, type Deps } from './context.ts';
import { reread, updateWithEdits, type Doc } from './edit-ops.ts';
import { forcedOf } from './forced.ts';

export interface ActionOptions {
  id: string;
  /** add | remove | list | an item id (update). */
  action?: string;
  /** The title (add) or the item id (remove). */
  arg?: string;
  title?: string;
  type?: string;
  owner?: string;
  due?: string;
  status?: string;
  reason?: string;
  force?: boolean;
}

export interface ActionResult {
  id: string;
  file: string;
  item?: ActionItem;
  items?: ActionItem[];
  removed?: ActionItem;
  /** What validate will say about the item (e.g. a title that does not start with a verb). */
  warnings: string[];
  forced?: string[];
}

export async function action(options: ActionOptions, deps: Deps): Promise<ActionResult> {
  const ctx = await context(deps);
  const what = options.action ?? 'list';
  if (what === 'list') {
    const path = incidentPath(ctx.repo, options.id);
    if (!existsSync(path)) throw unknownIncident(ctx.repo, options.id);
    const shown = display(ctx.repo, path);
    const text = readFileSync(path, 'utf8');
    const data = readFast(text, shown)?.doc.data ?? (await import('./yaml-path.ts')).parseIncidentText(text, shown).data;
    return { id: options.id, file: shown, items: itemsOf({ data, shown }), warnings: [] };
  }
  checkType(options.type);
  checkStatus(options.status);
  checkDue(options.due);
  checkText('owner', options.owner, 'who owns it');
  checkText('title', options.title, 'what will be done');
  checkText('reason', options.reason, 'why it will not be done');
  const guard = { now: ctx.now, force: options.force === true };
  if (what === 'add') return add(ctx, options, guard);
  if (what === 'remove') {
    if (!options.arg) throw new UsageError(`Missing item, expected incident action ${options.id} remove <AI-id>`);
    const result = await updateWithEdits(ctx, options.id, (ops, loaded) => {
      const items = itemsOf(loaded);
      const at = findActionItem(items, options.arg!, loaded.shown);
      const item = items[at]!;
      if (item.issue) {
        // Its issue keeps pointing at this id: mark it dropped instead, so the id is never reused.
        throw new CommandError(`Cannot remove ${item.id}: it has an issue (${item.issue}); to drop it: incident action ${loaded.id} ${item.id} --status wont-do --reason "<why>"`);
      }
      const text = ops.removeItem(loaded, ['action_items'], at);
      return text === undefined ? undefined : { text, result: { removed: item } };
    }, guard);
    return { id: options.id, file: result.shown, removed: result.removed, warnings: [], forced: forcedOf(result) };
  }
  if (options.arg !== undefined) throw new UsageError(`Unexpected argument "${options.arg}", expected options: incident action ${options.id} ${what} --status done`);
  return update(ctx, { ...options, action: what }, guard);
}

async function add(ctx: Awaited<ReturnType<typeof context>>, options: ActionOptions, guard: { now: number; force?: boolean }): Promise<ActionResult> {
  const title = (options.arg ?? options.title ?? '').trim();
  if (!title) throw new UsageError(`Missing title, expected incident action ${options.id} add "<what will be done, verb first>"`);
  if (options.status === 'wont-do' && !options.reason) throw missingReason(options.id, '<AI-id>');
  const result = await updateWithEdits(ctx, options.id, (ops, loaded) => {
    const items = itemsOf(loaded);
    const fields: Omit<ActionItem, 'id'> = { title };
    if (options.type) fields.type = options.type as ActionItem['type'];
    if (options.owner) fields.owner = options.owner.trim();
    if (options.due) fields.due = options.due;
    fields.status = (options.status ?? 'open') as ActionItem['status'];
    if (options.reason) fields.reason = options.reason.trim();
    // The id is made from the item, the incident, who adds it and when: two clones never make the same one.
    const item: ActionItem = { id: newActionId(items, { ...fields }, `${options.id}\u0000${ctx.whoami()}\u0000${ctx.now}`), ...fields };
    const text = ops.insertInSeq(loaded, ['action_items'], item);
    return text === undefined ? undefined : { text, result: { item } };
  }, guard);
  return { id: options.id, file: result.shown, item: result.item, warnings: warnings(result.item), forced: forcedOf(result) };
}

async function update(ctx: Awaited<ReturnType<typeof context>>, options: ActionOptions, guard: { now: number; force?: boolean }): Promise<ActionResult> {
  const changes: Partial<ActionItem> = {};
  for (const key of ['title', 'type', 'owner', 'due', 'status', 'reason'] as const) {
    const v = options[key];
    if (v !== undefined) (changes as Record<string, string>)[key] = v.trim();
  }
  if (Object.keys(changes).length === 0) {
    throw new UsageError(`Missing change, expected --status, --owner, --due, --title, --type or --reason: incident action ${options.id} ${options.action} --status done`);
  }
  const result = await updateWithEdits(ctx, options.id, (ops, loaded) => {
    const at = findActionItem(itemsOf(loaded), options.action!, loaded.shown);
    const before = itemsOf(loaded)[at]!;
    const status = changes.status ?? before.status;
    if (status === 'wont-do' && !(changes.reason ?? before.reason)) throw missingReason(loaded.id, before.id);
    let current: typeof loaded | undefined = loaded;
    for (const [key, value] of Object.entries(changes)) {
      if ((before as unknown as Record<string, unknown>)[key] !== value) current = current && reread(ops, current, ops.setInItem(current, ['action_items'], at, key, value));
    }
    // A reason explains wont-do; once the item is back in play it no longer applies.
    if (changes.status && changes.status !== 'wont-do' && before.status === 'wont-do' && changes.reason === undefined && before.reason !== undefined) {
      current = current && reread(ops, current, ops.removeFromItem(current, ['action_items'], at, 'reason'));
    }
    if (!current) return undefined;
    const item = itemsOf(current)[at]!;
    return { text: current.text, result: { item } };
  }, guard);
  return { id: options.id, file: result.shown, item: result.item, warnings: warnings(result.item), forced: forcedOf(result) };
}

function itemsOf(loaded: Pick<Doc, 'data' | 'shown'>): ActionItem[] {
  const items = loaded.data.action_items;
  if (items === undefined || items === null) return [];
  if (!Array.isArray(items)) throw new CommandError(`Unexpected action_items in ${loaded.shown}, expected a list (incident validate ${loaded.shown} shows where)`);
  return items as ActionItem[];
}

const missingReason = (id: string, item: string) =>
  new UsageError(`Missing --reason, expected why it will not be done: incident action ${id} ${item} --status wont-do --reason "<why>"`);

function warnings(item: ActionItem): string[] {
  const out: string[] = [];
  if (typeof item.title === 'string' && !startsWithVerb(item.title)) out.push(`${item.id}: the title should start with a verb, like "Add ..." (validate warns about it)`);
  const pending = item.status !== 'done' && item.status !== 'wont-do';
  if (pending && !item.owner) out.push(`${item.id} has no owner: --owner <name>`);
  if (pending && !item.due) out.push(`${item.id} has no due date: --due YYYY-MM-DD`);
  return out;
}
