// `incident severity <id> SEV-1`: changes the severity and logs it ("SEV-2 -> SEV-1"), so `show`
// can say the highest level reached and when. Plain files take the fast edits (no YAML package).
import { configuredSeverity } from '../core/config/severity-name.ts';
import { askForAt } from '../core/timeline/backfill.ts';
import { combine, insertEntry, readIncidentForEdit, setScalar, timelineOf } from '../core/edit/fast-edit.ts';
import { makeEntry } from '../core/timeline/new-entry.ts';
import { severityText } from '../core/timeline/severity.ts';
import type { TimelineEntry } from '../core/model/types.ts';
import { updateIncidentText, type TextChange } from '../io/incident-store.ts';
import { context, type Context, type Deps } from './context.ts';
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

interface Change {
  from?: string;
  to: string;
  entry?: TimelineEntry;
  /** resolveAt's note, printed once the write is done (the YAML path prints its own). */
  note?: string;
}

export async function setSeverity(options: SeverityOptions, deps: Deps) {
  const ctx = await context(deps);
  const levels = ctx.repo.config.severities;
  const to = configuredSeverity(options.severity, levels); // typed in any case, stored as the config spells it
  const by = options.by ?? ctx.whoami();
  const result = await updateIncidentText(ctx.repo, options.id, async (before, shown) =>
    fastPath(ctx, options, before, shown, to, by) ?? (await slowPath(ctx, options, before, shown, to, by)), { now: ctx.now, force: options.force === true });
  if (result.note) ctx.warn?.(result.note);
  return { id: options.id, file: result.shown, from: result.from, to: result.to, entry: result.entry, changed: result.changed, forced: forcedOf(result) };
}

function fastPath(ctx: Context, options: SeverityOptions, before: string, shown: string, to: string, by: string): TextChange<Change> | undefined {
  const fi = readIncidentForEdit(before, shown, () => ctx.defaultTimeZone);
  if (!fi) return undefined;
  const data = fi.f.doc.data;
  const from = typeof data.severity === 'string' ? data.severity : undefined;
  if (from === to) return { text: before, result: { from, to } };
  askForAt(options, { file: shown, timeline: fi.timeline, status: data.status, timeZone: fi.timeZone }, ctx.now);
  const { entry, ms, note } = makeEntry(ctx.now, { kind: 'severity', by, text: severityText(from, to), at: options.at, approx: options.approx }, fi.timeZone, fi.latest, fi.timeline);
  const text = combine(before, shown, [(f) => setScalar(f, ['severity'], to), (f) => insertEntry(f, entry, ms)]);
  return text === undefined ? undefined : { text, result: { from, to, entry, note }, timeline: timelineOf(text) };
}

async function slowPath(ctx: Context, options: SeverityOptions, before: string, shown: string, to: string, by: string) {
  const y = await import('./yaml-path.ts');
  return y.changeIncident<Change>(before, shown, options.id, (loaded) => {
    const from = typeof loaded.data.severity === 'string' ? loaded.data.severity : undefined;
    if (from === to) return { text: loaded.text, result: { from, to } };
    const timeline = y.timelineOf(loaded, loaded.shown);
    askForAt(options, { file: loaded.shown, timeline, status: loaded.data.status, timeZone: y.timeZoneOf(loaded, ctx.defaultTimeZone, loaded.shown) }, ctx.now);
    const changed = { ...loaded, ...y.parseIncidentText(y.setIn(loaded, ['severity'], to), loaded.shown) };
    const added = y.withEntry(ctx, changed, { kind: 'severity', by, text: severityText(from, to), at: options.at, approx: options.approx });
    return { text: added.text, result: { from, to, entry: added.entry } };
  });
}
