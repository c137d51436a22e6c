// `incident action <id> [list | add "<title>" | <AI-id> --status ... | remove <AI-id>]`. A lane (see ../lane.ts).
import { action } from '../../commands/action.ts';
import { formatActionItems } from '../../core/model/action-items.ts';
import { deps, json, out } from '../io.ts';
import { str, type Values } from '../fast-args.ts';
import { lane } from '../lane.ts';
import { ACTION_OPTIONS } from '../options.ts';
import { positional, warn } from './args.ts';

export async function run(positionals: string[], opts: Values): Promise<void> {
  const [id, what = 'list', arg] = positional('action', positionals, ['id'], ['action', 'arg']) as [string, string?, string?];
  const result = await action({
    id, action: what, arg, title: str(opts.title), type: str(opts.type), owner: str(opts.owner), due: str(opts.due),
    status: str(opts.status), reason: str(opts.reason), force: opts.force === true,
  }, deps());
  warn(result.forced);
  warn(result.warnings);
  if (opts.json) return json(result);
  if (result.items) return out(result.items.length ? formatActionItems(result.items) : `${result.file}: no action items (incident action ${id} add "<title>")`);
  if (result.removed) return out(`${result.file}: removed ${result.removed.id}: ${result.removed.title}`);
  const a = result.item!;
  out(`${result.file}: ${a.id} ${a.status ?? 'open'}: ${a.title}${a.owner ? `, owner ${a.owner}` : ''}${a.due ? `, due ${a.due}` : ''}`);
}

export const main = lane('action', ACTION_OPTIONS, run);
