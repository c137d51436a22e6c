// `incident impact <id> --summary "..." --figure "Label=value"`. A lane (see ../lane.ts).
import { setImpact } from '../../commands/impact.ts';
import { deps, json, out } from '../io.ts';
import { list, str, type Values } from '../fast-args.ts';
import { lane } from '../lane.ts';
import { IMPACT_OPTIONS } from '../options.ts';
import { positional, warn } from './args.ts';

export async function run(positionals: string[], opts: Values): Promise<void> {
  const [id] = positional('impact', positionals, ['id']) as [string];
  const result = await setImpact({ id, summary: str(opts.summary), figures: list(opts.figure), removeFigures: list(opts['remove-figure']), force: opts.force === true }, deps());
  warn(result.forced);
  if (opts.json) return json(result);
  const impact = (result.impact ?? {}) as { summary?: string; figures?: { label: string; value: unknown }[] };
  out(`${result.file}: ${result.changed ? 'impact set' : 'no change'}`);
  if (impact.summary) out(`  ${impact.summary}`);
  for (const f of impact.figures ?? []) out(`  ${f.label}: ${String(f.value)}`);
}

export const main = lane('impact', IMPACT_OPTIONS, run);
