// `incident severity <id> SEV-1`: changes the severity and logs it ("SEV-2 -> SEV-1"), so `show`
// can say the highest level reached and when.
import { parseIncidentText } from '../core/document.ts';
import { setIn } from '../core/edit.ts';
import { UsageError } from '../core/errors.ts';
import { askForAt } from '../core/backfill.ts';
import { timelineOf, timeZoneOf } from '../core/incident.ts';
import { severityText } from '../core/severity.ts';
import type { TimelineEntry } from '../core/types.ts';
import { updateIncident } from '../io/incident-doc.ts';
import { withEntry } from './entry.ts';
import { context, type Deps } from './context.ts';
import { forcedOf } from './forced.ts';

export interface SeverityOptions {
  id: string;
  severity: string;
  at?: string;
  by?: string;
  approx?: boolean;
  /** Stamp now even on an incident being back-filled. */
  now?: boolean;
  force?: boolean;
}

export async function setSeverity(options: SeverityOptions, deps: Deps) {
  const ctx = await context(deps);
  const levels = ctx.repo.config.severities;
  // Typed in any case ("sev-1"), stored as the config spells it.
  const to = levels.find((s) => s === options.severity) ?? levels.find((s) => s.toLowerCase() === options.severity.toLowerCase());
  if (!to) throw new UsageError(`Unexpected severity "${options.severity}", expected one of ${levels.join(', ')}`);
  const by = options.by ?? ctx.whoami();
  const result = await updateIncident(ctx.repo, options.id, (loaded) => {
    const from = typeof loaded.data.severity === 'string' ? loaded.data.severity : undefined;
    if (from === to) return { text: loaded.text, result: { from, to, entry: undefined as TimelineEntry | undefined } };
    const timeline = timelineOf(loaded, loaded.shown);
    askForAt(options, { file: loaded.shown, timeline, status: loaded.data.status, timeZone: timeZoneOf(loaded, ctx.defaultTimeZone, loaded.shown) }, ctx.now);
    const at = options.at;
    const changed = { ...loaded, ...parseIncidentText(setIn(loaded, ['severity'], to), loaded.shown) };
    const added = withEntry(ctx, changed, { kind: 'severity', by, text: severityText(from, to), at, approx: options.approx });
    return { text: added.text, result: { from, to, entry: added.entry as TimelineEntry | undefined } };
  }, { now: ctx.now, force: options.force === true });
  return { id: options.id, file: result.shown, from: result.from, to: result.to, entry: result.entry, changed: result.changed, forced: forcedOf(result) };
}
