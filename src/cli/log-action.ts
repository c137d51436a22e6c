// `incident log`, the command typed mid-outage (see fast-args.ts for its fast lane).
import { UsageError } from '../core/errors.ts';
import { deps, json, out } from './io.ts';
import { str, type FastOptions, type Values } from './fast-args.ts';
// Static on purpose: the whole log path then lives in the entry file, one module to load.
import { log } from '../commands/log.ts';

export const LOG_OPTIONS: FastOptions = {
  kind: { type: 'string', short: 'k', value: 'kind', default: 'note', description: 'entry kind' },
  by: { type: 'string', value: 'name', description: 'who (default: your git user name)' },
  at: { type: 'string', value: 'time', description: 'when: ISO 8601, HH:MM[:SS] in the incident time zone, or -5m (default: now)' },
  approx: { type: 'boolean', description: 'the time is approximate' },
  json: { type: 'boolean', description: 'print the entry as JSON' },
};

export async function runLog(positionals: string[], opts: Values): Promise<void> {
  if (positionals.length > 2) throw new UsageError(`Unexpected argument "${positionals[2]}", expected incident log [<id>] "<text>" (quote the text)`);
  const [first, second] = positionals;
  const [id, text] = second === undefined ? [undefined, first] : [first, second];
  if (text === undefined) throw new UsageError('Missing text, expected incident log [<id>] "<what happened>"');
  if (second === undefined && /^\d{4}-\d{2}-\d{2}-[a-z0-9-]+$/.test(text)) {
    throw new UsageError(`Missing text after the id ${text}, expected incident log ${text} "<what happened>"`);
  }
  const result = await log({ id, text, kind: str(opts.kind), by: str(opts.by), at: str(opts.at), approx: opts.approx === true }, deps());
  if (opts.json) json(result);
  else out(`${result.file}: ${result.entry.at} ${result.entry.kind} ${result.entry.text}`);
}
