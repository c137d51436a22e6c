// What every command's CLI action shares: its dependencies (cwd, clock, env) and output.
import { writeSync } from 'node:fs';
import { UsageError } from '../core/util/errors.ts';
import type { Deps } from '../commands/context.ts';
import { noteLine } from './paint.ts';

// CASEFILE_NOW pins the clock (ISO 8601), like SOURCE_DATE_EPOCH: for reproducible transcripts and tests.
export const deps = (): Deps => ({
  cwd: process.cwd(), now: clock(process.env.CASEFILE_NOW), env: process.env, warn: (line) => writeLine(2, noteLine(line)),
});

function clock(pinned: string | undefined): number {
  if (!pinned) return Date.now();
  const ms = Date.parse(pinned);
  if (Number.isNaN(ms)) throw new UsageError(`Unexpected CASEFILE_NOW "${pinned}", expected an ISO 8601 time`);
  return ms;
}

/** A line to stdout (fd 1) or stderr (fd 2). writeSync, not process.stdout: creating the stream
 * objects loads Node's whole streams stack, which costs `incident log` ~4 ms. Bytes go as they are. */
export function writeLine(fd: 1 | 2, text: string | Buffer): void {
  let rest = typeof text === 'string' ? Buffer.from(text.endsWith('\n') ? text : text + '\n') : text;
  while (rest.length > 0) {
    try {
      rest = rest.subarray(writeSync(fd, rest));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error; // a full non-blocking pipe: retry
    }
  }
}

export const out = (text: string | Buffer): void => writeLine(1, text);
export const json = (value: unknown): void => out(JSON.stringify(value, null, 2));
