// `incident status-update <id>`: the communications liaison's update. A lane (see ../lane.ts).
import { statusUpdate } from '../../commands/status-update.ts';
import { deps, out } from '../io.ts';
import { str, type Values } from '../fast-args.ts';
import { lane } from '../lane.ts';
import { STATUS_UPDATE_OPTIONS } from '../options.ts';
import { oneId } from './one-id.ts';

export async function run(positionals: string[], opts: Values): Promise<void> {
  const result = await statusUpdate({ id: oneId('status-update', positionals), audience: str(opts.audience), out: str(opts.out) }, deps());
  out(result.written ? `wrote ${result.written}` : result.text);
}

export const main = lane('status-update', STATUS_UPDATE_OPTIONS, run);
