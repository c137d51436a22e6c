// `incident report <id> [--since <time>]`: the coordinator's report. A lane (see ../lane.ts).
import { report } from '../../commands/report.ts';
import { deps, json, out } from '../io.ts';
import { str, type Values } from '../fast-args.ts';
import { lane } from '../lane.ts';
import { REPORT_OPTIONS } from '../options.ts';
import { oneId } from './one-id.ts';

export async function run(positionals: string[], opts: Values): Promise<void> {
  const result = await report({ id: oneId('report', positionals), since: str(opts.since), plain: opts.plain === true }, deps());
  if (opts.json) json(result);
  else out(result.text);
}

export const main = lane('report', REPORT_OPTIONS, run);
