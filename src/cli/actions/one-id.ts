// The one positional argument of `report`, `status-update`, `render` and `show`, checked the way
// commander checks it for the full CLI.
import { UsageError } from '../../core/util/errors.ts';

export function oneId(command: string, positionals: string[]): string {
  const [id, extra] = positionals;
  if (id === undefined) throw new UsageError(`Missing id, expected incident ${command} <id>`);
  if (extra !== undefined) throw new UsageError(`Unexpected argument "${extra}", expected incident ${command} <id>`);
  return id;
}
