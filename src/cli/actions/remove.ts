// `incident remove <id> <n>`: removes timeline entry n. A lane (see ../lane.ts).
import { removeEntry } from '../../commands/remove.ts';
import { deps, json, out } from '../io.ts';
import type { Values } from '../fast-args.ts';
import { lane } from '../lane.ts';
import { REMOVE_OPTIONS } from '../options.ts';
import { positional, warn } from './args.ts';

export async function run(positionals: string[], opts: Values): Promise<void> {
  const [id, n] = positional('remove', positionals, ['id', 'n']) as [string, string];
  const result = await removeEntry({ id, n, force: opts.force === true }, deps());
  warn(result.forced);
  if (opts.json) return json(result);
  const e = result.removed;
  out(`${result.file}: removed entry ${n}: ${e.at} ${e.kind}: ${e.text}`);
}

export const main = lane('remove', REMOVE_OPTIONS, run);
