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
  writeBytes(fd, typeof text === 'string' ? (text.endsWith('\n') ? text : text + '\n') : text);
}

/** Outputs whose reader has gone (`incident list | head -1`): what is left of the output goes nowhere. */
const gone = new Set<number>();

/**
 * Text or bytes to fd 1 or 2, as they are. A closed pipe ends the output quietly, as it does for
 * git and grep, and not the command: its exit code still says how it went (validate's 1 on errors).
 */
export function writeBytes(fd: 1 | 2, text: string | Buffer): void {
  if (gone.has(fd)) return;
  let rest = typeof text === 'string' ? Buffer.from(text) : text;
  while (rest.length > 0) {
    try {
      rest = rest.subarray(writeSync(fd, rest));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EPIPE') {
        gone.add(fd);
        return;
      }
      if (code !== 'EAGAIN') throw error; // a full non-blocking pipe: retry
    }
  }
}

export const out = (text: string | Buffer): void => writeLine(1, text);
export const json = (value: unknown): void => out(JSON.stringify(value, null, 2));
