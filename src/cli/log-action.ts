// `incident log`, the command typed mid-outage: its options are declared once here and used both
// by the commander program (help, usage) and by main.ts's fast lane, which parses them with
// node:util's parseArgs so that a log never loads commander.
import { parseArgs } from 'node:util';
import { UsageError } from '../core/errors.ts';
import { deps, json, out } from './io.ts';
// Static on purpose: the whole log path then lives in the entry file, one module to load.
import { log } from '../commands/log.ts';

interface LogOption {
  type: 'string' | 'boolean';
  short?: string;
  value?: string;
  default?: string;
  description: string;
}

export const LOG_OPTIONS: Record<string, LogOption> = {
  kind: { type: 'string', short: 'k', value: 'kind', default: 'note', description: 'entry kind' },
  by: { type: 'string', value: 'name', description: 'who (default: your git user name)' },
  at: { type: 'string', value: 'time', description: 'when: ISO 8601, HH:MM[:SS] in the incident time zone, or -5m (default: now)' },
  approx: { type: 'boolean', description: 'the time is approximate' },
  json: { type: 'boolean', description: 'print the entry as JSON' },
};

/** The fast lane's argument parsing; commander's own errors and help stay with the full program. */
export function parseLogArgs(args: string[]): { positionals: string[]; values: Record<string, string | boolean | undefined> } {
  try {
    const options = Object.fromEntries(
      Object.entries(LOG_OPTIONS).map(([name, { type, short, default: value }]) => [
        name, { type, ...(short && { short }), ...(value !== undefined && { default: value }) },
      ]),
    );
    return parseArgs({ args: attachValues(args), options, allowPositionals: true, strict: true }) as ReturnType<typeof parseLogArgs>;
  } catch (error) {
    throw new UsageError(`${(error as Error).message.split('\n')[0]} (see incident log --help)`);
  }
}

/** `--at -5m` -> `--at=-5m`: parseArgs would read a value starting with `-` as an option. */
function attachValues(args: string[]): string[] {
  const takesValue = new Set(Object.entries(LOG_OPTIONS).filter(([, o]) => o.type === 'string').flatMap(([name, o]) => [`--${name}`, ...(o.short ? [`-${o.short}`] : [])]));
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') return [...out, ...args.slice(i)];
    if (takesValue.has(arg) && i + 1 < args.length) out.push(`${arg.startsWith('--') ? arg : `--${longName(arg)}`}=${args[++i]}`);
    else out.push(arg);
  }
  return out;
}

const longName = (short: string) => Object.entries(LOG_OPTIONS).find(([, o]) => `-${o.short}` === short)![0];

export async function runLog(positionals: string[], opts: Record<string, string | boolean | undefined>): Promise<void> {
  if (positionals.length > 2) throw new UsageError(`Unexpected argument "${positionals[2]}", expected incident log [<id>] "<text>" (quote the text)`);
  const [first, second] = positionals;
  const [id, text] = second === undefined ? [undefined, first] : [first, second];
  if (text === undefined) throw new UsageError('Missing text, expected incident log [<id>] "<what happened>"');
  if (second === undefined && /^\d{4}-\d{2}-\d{2}-[a-z0-9-]+$/.test(text)) {
    throw new UsageError(`Missing text after the id ${text}, expected incident log ${text} "<what happened>"`);
  }
  const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
  const result = await log({ id, text, kind: str(opts.kind), by: str(opts.by), at: str(opts.at), approx: opts.approx === true }, deps());
  if (opts.json) json(result);
  else out(`${result.file}: ${result.entry.at} ${result.entry.kind} ${result.entry.text}`);
}
