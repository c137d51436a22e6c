// `incident review <id> request|approve|reject|publish`. A lane (see ../lane.ts); publish, which
// validates the whole record first, hands over to the full CLI.
import { reviewPostmortem } from '../../commands/postmortem-review.ts';
import { deps, json, out } from '../io.ts';
import { str, type Values } from '../fast-args.ts';
import { lane } from '../lane.ts';
import { REVIEW_OPTIONS } from '../options.ts';
import { positional, warn } from './args.ts';

export async function run(positionals: string[], opts: Values): Promise<void> {
  const [id, step] = positional('review', positionals, ['id', 'step']) as [string, string];
  const result = await reviewPostmortem({ id, step, by: str(opts.by), note: str(opts.note), at: str(opts.at), force: opts.force === true }, deps());
  warn(result.forced);
  if (opts.json) return json(result);
  out(`${result.file}: post-mortem ${result.to} (was ${result.from}); ${result.approval.decision} by ${result.approval.by} at ${result.approval.at}`);
}

export const main = lane('review', REVIEW_OPTIONS, run, { takes: (p) => p[1] !== 'publish' });
