// The `incident` program: a command table with lazy imports (so `incident log` never loads what
// `show` or `render` need) and one top-level catch that maps error types to exit codes.
import { Command, CommanderError, Option } from 'commander';
import { CommandError, DocumentError, UsageError } from '../core/errors.ts';
import type { Deps } from '../commands/context.ts';

declare const CASEFILE_VERSION: string;

const deps = (): Deps => ({ cwd: process.cwd(), now: Date.now(), env: process.env });
const out = (text: string) => process.stdout.write(text.endsWith('\n') ? text : text + '\n');
const json = (value: unknown) => out(JSON.stringify(value, null, 2));
const collect = (value: string, previous: string[] = []) => [...previous, ...value.split(',').map((s) => s.trim()).filter(Boolean)];

export function program(): Command {
  const cli = new Command('incident')
    .description('Incident records and post-mortems as Markdown files in your git repository')
    .version(typeof CASEFILE_VERSION === 'string' ? CASEFILE_VERSION : 'dev')
    .showHelpAfterError()
    .exitOverride();

  cli.command('init')
    .description('write a commented .incident.yml and create the incidents directory')
    .option('--force', 'overwrite an existing .incident.yml')
    .action(async (opts) => {
      const { init } = await import('../commands/init.ts');
      const result = init(opts, deps());
      for (const file of result.written) out(`wrote ${file}`);
    });

  cli.command('new')
    .description('start an incident record; prints its path')
    .argument('<title>', 'what is broken, e.g. "Checkout fails for EU customers"')
    .option('-s, --severity <sev>', 'severity, e.g. SEV-2 (default from .incident.yml)')
    .option('-c, --commander <name>', 'the incident commander')
    .option('--service <name>', 'an affected service (repeat or comma-separate)', collect)
    .option('--at <time>', 'when impact started (logs `started`): ISO 8601, HH:MM or -15m')
    .option('--declared <time>', 'when the incident was declared (default: now, unless back-filling)')
    .option('--timezone <zone>', 'IANA time zone of the incident (default from .incident.yml or this machine)')
    .option('--drill', 'a practice incident: never counted in metrics or published')
    .option('--public', 'a public summary will be published')
    .option('--by <name>', 'who declares it (default: your git user name)')
    .option('--json', 'print the new record as JSON')
    .action(async (title, opts) => {
      const { newIncident } = await import('../commands/new.ts');
      const result = await newIncident({ ...opts, title, services: opts.service }, deps());
      if (opts.json) json(result);
      else out(result.file);
    });

  cli.command('log')
    .description('append a timeline entry (to the only open incident when no id is given)')
    .argument('[id]', 'incident id; optional when exactly one incident is open')
    .argument('[text]', 'what happened')
    .addOption(new Option('-k, --kind <kind>', 'entry kind').default('note'))
    .option('--by <name>', 'who (default: your git user name)')
    .option('--at <time>', 'when: ISO 8601, HH:MM[:SS] in the incident time zone, or -5m (default: now)')
    .option('--approx', 'the time is approximate')
    .option('--json', 'print the entry as JSON')
    .usage('[<id>] "<text>" [options]')
    .action(async (first, second, opts) => {
      const { log } = await import('../commands/log.ts');
      const [id, text] = second === undefined ? [undefined, first] : [first, second];
      if (text === undefined) throw new UsageError('Missing text, expected incident log [<id>] "<what happened>"');
      const result = await log({ ...opts, id, text }, deps());
      if (opts.json) json(result);
      else out(`${result.file}: ${result.entry.at} ${result.entry.kind} ${result.entry.text}`);
    });

  return cli;
}

/** Runs the program; returns the exit code. The only place errors become messages. */
export async function main(argv: string[]): Promise<number> {
  try {
    await program().parseAsync(argv, { from: 'user' });
    return 0;
  } catch (error) {
    return report(error);
  }
}

function report(error: unknown): number {
  const err = (text: string) => process.stderr.write(text + '\n');
  if (error instanceof CommanderError) {
    // Commander has printed its own message (help, version, or a usage error).
    return error.exitCode === 0 ? 0 : 2;
  }
  if (error instanceof UsageError) {
    err(`incident: ${error.message}`);
    return 2;
  }
  if (error instanceof DocumentError) {
    err(error.describe());
    return 1;
  }
  if (error instanceof CommandError) {
    err(`incident: ${error.message}`);
    return 1;
  }
  const e = error as NodeJS.ErrnoException;
  if (e && typeof e.code === 'string' && e.syscall) {
    // File system trouble (permissions, full disk): the user's environment, not our bug.
    err(`incident: ${e.message}`);
    return 1;
  }
  err(`incident: internal error: ${e?.message ?? String(error)}`);
  if (process.env.CASEFILE_DEBUG) err(String(e?.stack));
  else err('incident: this is a bug in Casefile; run again with CASEFILE_DEBUG=1 for details and report it');
  return 1;
}
