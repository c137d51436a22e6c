// The `incident` entry point: one top-level catch that maps error types to exit codes, and a
// fast lane for the commands typed mid-outage (log, thread, evidence), which skips loading the
// command table (commander and every command's registration).
import { CommandError, DocumentError, SilentExit, UsageError } from '../core/errors.ts';
import { useZoneRules } from '../core/timeline.ts';
import { systemZoneRules } from '../io/zone-rules.ts';
import { LOG_OPTIONS, runLog } from './log-action.ts';
import { parseFast, type FastOptions, type Values } from './fast-args.ts';
import { writeLine } from './io.ts';

type Lane = () => Promise<{ options: FastOptions; run: (positionals: string[], values: Values) => Promise<void> }>;

const FAST_LANES: Record<string, Lane> = {
  log: async () => ({ options: LOG_OPTIONS, run: runLog }),
  thread: async () => {
    const m = await import('./commands-response.ts');
    return { options: m.THREAD_OPTIONS, run: m.runThread };
  },
  evidence: async () => {
    const m = await import('./commands-response.ts');
    return { options: m.EVIDENCE_OPTIONS, run: m.runEvidence };
  },
};

/** Runs the program; returns the exit code. The only place errors become messages. */
export async function main(argv: string[]): Promise<number> {
  useZoneRules(systemZoneRules);
  try {
    const lane = Object.hasOwn(FAST_LANES, argv[0] ?? '') ? FAST_LANES[argv[0]!] : undefined;
    if (lane && !argv.includes('-h') && !argv.includes('--help')) {
      const { options, run } = await lane();
      const { positionals, values } = parseFast(argv[0]!, argv.slice(1), options);
      await run(positionals, values);
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
