// `incident status <id> <status|milestone>`. A lane (see ../lane.ts).
import { setStatus } from '../../commands/status.ts';
import { deps, json, out } from '../io.ts';
import { str, type Values } from '../fast-args.ts';
import { lane } from '../lane.ts';
import { STATUS_OPTIONS } from '../options.ts';
import { positional, warn } from './args.ts';

export async function run(positionals: string[], opts: Values): Promise<void> {
  const [id, target] = positional('status', positionals, ['id', 'status']) as [string, string];
  const result = await setStatus({ id, target, text: str(opts.text), by: str(opts.by), at: str(opts.at), approx: opts.approx === true, force: opts.force === true }, deps());
  warn(result.forced);
  if (opts.json) json(result);
  else out(`${result.file}: ${result.entry.at} ${result.entry.kind} ${result.entry.text}`);
}

export const main = lane('status', STATUS_OPTIONS, run);
