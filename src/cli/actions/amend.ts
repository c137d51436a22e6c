// `incident amend <id> <n>`: corrects timeline entry n. A lane (see ../lane.ts).
import { amend } from '../../commands/amend.ts';
import { deps, json, out } from '../io.ts';
import { str, type Values } from '../fast-args.ts';
import { lane } from '../lane.ts';
import { AMEND_OPTIONS } from '../options.ts';
import { positional, warn } from './args.ts';

/** `opts.approx`: true (--approx), false (commander's --no-approx) or undefined (unchanged). */
export async function run(positionals: string[], opts: Values): Promise<void> {
  const [id, n] = positional('amend', positionals, ['id', 'n']) as [string, string];
  const approx = typeof opts.approx === 'boolean' ? opts.approx : undefined;
  const result = await amend({ id, n, at: str(opts.at), text: str(opts.text), kind: str(opts.kind), by: str(opts.by), approx, force: opts.force === true }, deps());
  warn(result.forced);
  if (opts.json) return json(result);
  const e = result.entry;
  out(`${result.file}: ${result.changed ? 'entry' : 'no change to entry'} ${n}: ${e.approx ? '~' : ''}${e.at} ${e.kind}${e.by ? ` ${e.by}` : ''}: ${e.text}`);
}

// --no-approx after or before --approx: the last one wins in commander; the full CLI decides.
export const main = lane('amend', AMEND_OPTIONS, run, { fullOnly: ['--no-approx'] });
