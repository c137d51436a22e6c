// `incident drill replay <id> [--step]`: a past incident as a tabletop exercise script.
// The script is built here; the CLI prints it, pausing between steps when asked to.
import { existsSync, readFileSync } from 'node:fs';
import { splitFrontmatter } from '../core/document/document-split.ts';
import { UsageError } from '../core/util/errors.ts';
import { readFast } from '../core/edit/splice.ts';
import { replayScript, type Replay } from '../core/drill/replay.ts';
import { isValidTimeZone } from '../core/timeline/timeline.ts';
import { display, incidentPath, unknownIncident } from '../io/repo.ts';
import { context, type Deps } from './context.ts';

export async function drillReplay(options: { id: string }, deps: Deps): Promise<Replay & { file: string }> {
  const ctx = await context(deps);
  const path = incidentPath(ctx.repo, options.id);
  if (!existsSync(path)) throw unknownIncident(ctx.repo, options.id);
  const shown = display(ctx.repo, path);
  const text = readFileSync(path, 'utf8');
  const data = readFast(text, shown)?.doc.data ?? (await import('../core/document/document.ts')).parseIncidentText(text, shown).data;
  if (!Array.isArray(data.timeline) || data.timeline.length === 0) {
    throw new UsageError(`${shown} has no timeline to replay`);
  }
  const tz = data.timezone;
  const timeZone = typeof tz === 'string' && isValidTimeZone(tz) ? tz : ctx.defaultTimeZone;
  const id = options.id.replace(/\.md$/, '');
  return { file: shown, ...replayScript({ data, text, bodyStart: splitFrontmatter(text, shown).bodyStart, timeZone, id }) };
}
