// `incident show <id>`: roles, timeline, metrics. A lane (see ../lane.ts).
import { show } from '../../commands/show.ts';
import { deps, json, out } from '../io.ts';
import type { Values } from '../fast-args.ts';
import { lane } from '../lane.ts';
import { SHOW_OPTIONS } from '../options.ts';
import { oneId } from './one-id.ts';

export async function run(positionals: string[], opts: Values): Promise<void> {
  const result = await show({ id: oneId('show', positionals) }, deps());
  if (opts.json) json({ file: result.file, incident: numbered(result.incident), metrics: result.metrics, highest_severity: result.highestSeverity ?? (typeof result.incident.severity === 'string' ? { severity: result.incident.severity } : null) });
  else out(result.text);
}

export const main = lane('show', SHOW_OPTIONS, run);

/** Each timeline entry with its number `n` (1-based, in file order), the one amend and remove take. */
function numbered<T extends { timeline?: unknown }>(incident: T): T {
  if (!Array.isArray(incident.timeline)) return incident;
  return { ...incident, timeline: incident.timeline.map((e, i) => (e && typeof e === 'object' && !Array.isArray(e) ? { n: i + 1, ...e } : e)) };
}
