// The `incident` entry point: one top-level catch that maps error types to exit codes, and a
// fast lane for `incident log` (typed mid-outage), which skips loading the command table.
import { CommandError, DocumentError, SilentExit, UsageError } from '../core/errors.ts';
import { useZoneRules } from '../core/timeline.ts';
import { systemZoneRules } from '../io/zone-rules.ts';
import { parseLogArgs, runLog } from './log-action.ts';
import { writeLine } from './io.ts';

/** Runs the program; returns the exit code. The only place errors become messages. */
export async function main(argv: string[]): Promise<number> {
  useZoneRules(systemZoneRules);
  try {
    if (argv[0] === 'log' && !argv.includes('-h') && !argv.includes('--help')) {
      const { positionals, values } = parseLogArgs(argv.slice(1));
      await runLog(positionals, values);
      return 0;
    }
    const { program } = await import('./program.ts');
    await program().parseAsync(argv, { from: 'user' });
    return 0;
  } catch (error) {
    return report(error);
  }
}

function report(error: unknown): number {
  const err = (text: string) => writeLine(2, text);
  if (error instanceof SilentExit) return error.code;
  const code = (error as { code?: unknown })?.code;
  if (typeof code === 'string' && code.startsWith('commander.')) {
    // Commander has printed its own message (help, version, or a usage error).
    return (error as { exitCode?: number }).exitCode === 0 ? 0 : 2;
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
