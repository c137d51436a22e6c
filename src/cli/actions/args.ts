// The positional arguments of a lane's command, checked the way commander checks them for the
// full CLI (a missing or an extra one is a usage error, exit 2), and --force's notes.
import { UsageError } from '../../core/util/errors.ts';
import { writeLine } from '../io.ts';

/** `names` required, then `optional` ones; anything more is refused. */
export function positional(command: string, positionals: string[], names: string[], optional: string[] = []): string[] {
  const usage = `incident ${command} ${[...names.map((n) => `<${n}>`), ...optional.map((n) => `[${n}]`)].join(' ')}`;
  const missing = names[positionals.length];
  if (missing !== undefined) throw new UsageError(`Missing ${missing}, expected ${usage}`);
  const extra = positionals[names.length + optional.length];
  if (extra !== undefined) throw new UsageError(`Unexpected argument "${extra}", expected ${usage}`);
  return positionals;
}

/** What --force recorded (or a command's warnings), on stderr. */
export const warn = (lines: string[] | undefined): void => {
  for (const line of lines ?? []) writeLine(2, `incident: ${line}`);
};
