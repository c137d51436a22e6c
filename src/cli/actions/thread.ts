// `incident thread <id> [action] [args...]`: investigation threads. A lane (see ../lane.ts).
import { UsageError } from '../../core/util/errors.ts';
import { formatThreads, thread } from '../../commands/thread.ts';
import { deps, json, out } from '../io.ts';
import { str, type Values } from '../fast-args.ts';
import { lane } from '../lane.ts';
import { THREAD_OPTIONS } from '../options.ts';

export async function run(positionals: string[], opts: Values): Promise<void> {
  const [id, action = 'list', ...args] = positionals;
  if (id === undefined) throw new UsageError('Missing id, expected incident thread <id> open "<question>"');
  const numbered = action !== 'open' && action !== 'list';
  const [number, ...rest] = numbered ? args : [undefined, ...args];
  const owner = action === 'assign' ? rest.join(' ') || undefined : str(opts.owner);
  const result = await thread({ id, action, number, text: rest.join(' '), owner, by: str(opts.by), at: str(opts.at), now: opts.now === true }, deps());
  if (opts.json) return json(result);
  if (result.threads) return out(formatThreads(result.threads));
  out(`${result.file}: ${result.entry!.at} ${result.entry!.kind} ${result.entry!.text}`);
}

export const main = lane('thread', THREAD_OPTIONS, run);
