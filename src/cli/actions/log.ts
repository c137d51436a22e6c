// `incident log [<id>] "<text>"`: the command typed mid-outage. A lane (see ../lane.ts).
import { UsageError } from '../../core/util/errors.ts';
import { log } from '../../commands/log.ts';
import { deps, json, out, writeLine } from '../io.ts';
import { str, type Values } from '../fast-args.ts';
import { lane } from '../lane.ts';
import { LOG_OPTIONS } from '../options.ts';

export async function run(positionals: string[], opts: Values): Promise<void> {
  if (positionals.length > 2) throw new UsageError(`Unexpected argument "${positionals[2]}", expected incident log [<id>] "<text>" (quote the text)`);
  const [first, second] = positionals;
  const [id, text] = second === undefined ? [undefined, first] : [first, second];
  if (text === undefined) throw new UsageError('Missing text, expected incident log [<id>] "<what happened>"');
  if (second === undefined && /^\d{4}-\d{2}-\d{2}-[a-z0-9-]+$/.test(text)) {
    throw new UsageError(`Missing text after the id ${text}, expected incident log ${text} "<what happened>"`);
  }
  const result = await log({ id, text, kind: str(opts.kind), by: str(opts.by), at: str(opts.at), approx: opts.approx === true, force: opts.force === true }, deps());
  for (const line of result.forced) writeLine(2, `incident: ${line}`);
  if (opts.json) json(result);
  else out(`${result.file}: ${result.entry.at} ${result.entry.kind} ${result.entry.text}`);
}

export const main = lane('log', LOG_OPTIONS, run);
