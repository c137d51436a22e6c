// `incident role <id> --commander alice ...`: hand a role over. A lane (see ../lane.ts).
import { role, roleLabel } from '../../commands/role.ts';
import { deps, json, out } from '../io.ts';
import { list, str, type Values } from '../fast-args.ts';
import { lane } from '../lane.ts';
import { ROLE_OPTIONS } from '../options.ts';
import { positional, warn } from './args.ts';

export async function run(positionals: string[], opts: Values): Promise<void> {
  const [id] = positional('role', positionals, ['id']) as [string];
  // --sme, repeated or comma-separated.
  const smes = list(opts.sme)?.flatMap((v) => v.split(',').map((s) => s.trim()).filter(Boolean));
  const result = await role({
    id, by: str(opts.by), at: str(opts.at), now: opts.now === true, force: opts.force === true, smes,
    roles: {
      incident_commander: str(opts.commander), deputy: str(opts.deputy), scribe: str(opts.scribe),
      communications_liaison: str(opts.comms), investigation_coordinator: str(opts.coordinator),
    },
  }, deps());
  warn(result.forced);
  if (opts.json) return json(result);
  if (result.changes.length === 0) return out(`${result.file}: no change`);
  for (const c of result.changes) out(`${result.file}: ${c.to === null ? `no ${roleLabel(c.role)}` : `${roleLabel(c.role)} ${c.to}`}${c.from ? ` (was ${c.from})` : ''}`);
}

export const main = lane('role', ROLE_OPTIONS, run);
