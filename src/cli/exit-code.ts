// The one place errors become messages and exit codes, for the full CLI (main.ts) and the lanes.
import { CommandError, DocumentError, SilentExit, UsageError } from '../core/util/errors.ts';
import { writeLine } from './io.ts';
import { errorLine } from './paint.ts';
import { fsErrorText } from '../io/fs-errors.ts';

/** Prints what went wrong (one line, file:line where there is one) and returns the exit code. */
export function exitCodeFor(error: unknown): number {
  const err = (text: string) => writeLine(2, text);
  if (error instanceof SilentExit) return error.code;
  const code = (error as { code?: unknown })?.code;
  if (typeof code === 'string' && code.startsWith('commander.')) {
    // Commander has printed its own message (help, version, or a usage error).
    return (error as { exitCode?: number }).exitCode === 0 ? 0 : 2;
  }
  if (error instanceof UsageError) {
    err(errorLine(error.message));
    return 2;
  }
  if (error instanceof DocumentError) {
    err(error.describe());
    return 1;
  }
  if (error instanceof CommandError) {
    err(errorLine(error.message));
    return 1;
  }
  const e = error as NodeJS.ErrnoException;
  // File system trouble (permissions, full disk, a file where a directory belongs): the user's
  // environment, not our bug; said in words, with what to do.
  const fs = fsErrorText(error);
  if (fs) {
    err(errorLine(fs));
    return 1;
  }
  err(errorLine(`internal error: ${e?.message ?? String(error)}`));
  if (process.env.CASEFILE_DEBUG) err(String(e?.stack));
  else err('incident: this is a bug in Casefile; run again with CASEFILE_DEBUG=1 for details and report it');
  return 1;
}
