// `incident severity <id> <severity>`. A lane (see ../lane.ts).
import { setSeverity } from '../../commands/severity.ts';
import { deps, json, out } from '../io.ts';
import { str, type Values } from '../fast-args.ts';
import { lane } from '../lane.ts';
import { SEVERITY_OPTIONS } from '../options.ts';
import { positional, warn } from './args.ts';

export async function run(positionals: string[], opts: Values): Promise<void> {
  const [id, severity] = positional('severity', positionals, ['id', 'severity']) as [string, string];
  const result = await setSeverity({ id, severity, at: str(opts.at), now: opts.now === true, approx: opts.approx === true, by: str(opts.by), force: opts.force === true }, deps());
  warn(result.forced);
  if (opts.json) return json(result);
  out(result.entry ? `${result.file}: ${result.entry.at} severity ${result.entry.text}` : `${result.file}: already ${result.to}`);
}

export const main = lane('severity', SEVERITY_OPTIONS, run);
