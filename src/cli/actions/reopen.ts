// `incident reopen <id>`: a resolved or closed incident back to an open status. A lane (see ../lane.ts).
import { setStatus } from '../../commands/status.ts';
import { deps, json, out } from '../io.ts';
import { str, type Values } from '../fast-args.ts';
import { lane } from '../lane.ts';
import { REOPEN_OPTIONS } from '../options.ts';
import { positional, warn } from './args.ts';

export async function run(positionals: string[], opts: Values): Promise<void> {
  const [id] = positional('reopen', positionals, ['id']) as [string];
  const result = await setStatus({
    id, target: str(opts.status) ?? 'investigating', reopen: true, text: str(opts.text), by: str(opts.by), at: str(opts.at), approx: opts.approx === true, force: opts.force === true,
  }, deps());
  warn(result.forced);
  if (opts.json) return json(result);
  out(`${result.file}: ${result.entry.at} ${result.entry.kind} ${result.entry.text}`);
}

export const main = lane('reopen', REOPEN_OPTIONS, run);
