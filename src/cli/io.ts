// What every command's CLI action shares: its dependencies (cwd, clock, env) and output.
import { UsageError } from '../core/errors.ts';
import type { Deps } from '../commands/context.ts';

// CASEFILE_NOW pins the clock (ISO 8601), like SOURCE_DATE_EPOCH: for reproducible transcripts and tests.
export const deps = (): Deps => ({ cwd: process.cwd(), now: clock(process.env.CASEFILE_NOW), env: process.env });

function clock(pinned: string | undefined): number {
  if (!pinned) return Date.now();
  const ms = Date.parse(pinned);
  if (Number.isNaN(ms)) throw new UsageError(`Unexpected CASEFILE_NOW "${pinned}", expected an ISO 8601 time`);
  return ms;
}

export const out = (text: string): void => void process.stdout.write(text.endsWith('\n') ? text : text + '\n');
export const json = (value: unknown): void => out(JSON.stringify(value, null, 2));
