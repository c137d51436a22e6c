// `incident close <id>`: sets the post-mortem owner and due date, prints the metrics. Not a lane
// (scripts/build.mjs says why): the full CLI runs it.
import { close } from '../../commands/close.ts';
import { metricsTable } from '../../core/show/show.ts';
import { deps, json, out, writeLine } from '../io.ts';
import { str, type Values } from '../fast-args.ts';
import { positional, warn } from './args.ts';

export async function run(positionals: string[], opts: Values): Promise<void> {
  const [id] = positional('close', positionals, ['id']) as [string];
  const result = await close({ id, owner: str(opts.owner), due: str(opts.due), by: str(opts.by), at: str(opts.at), force: opts.force === true }, deps());
  warn(result.forced);
  if (opts.json) return json(result);
  out(`${result.file}: closed; post-mortem owner ${result.owner}${result.due ? `, due ${result.due}` : ''}`);
  if (result.dueNote) writeLine(2, `incident: ${result.dueNote}`);
  if (result.metrics.length) out(metricsTable(result.metrics));
  // What validate will still ask for, each with the command that fixes it.
  if (result.still.length) out(`\nStill to do before validate passes (incident validate ${result.file}):\n${result.still.map((h) => `  ${h.severity === 'error' ? 'error  ' : 'warning'} ${h.message}\n           fix: ${h.fix}`).join('\n')}`);
}
