// `incident close <id>`: a resolved incident becomes closed, with a post-mortem owner and due date.
import { parseIncidentText } from '../core/document/document.ts';
import { setIn } from '../core/edit/edit.ts';
import { CommandError, UsageError } from '../core/util/errors.ts';
import { timelineOf, timeZoneOf } from '../core/document/incident.ts';
import { readFileSync } from 'node:fs';
import { closeHints, type Hint } from '../core/validate/close-hints.ts';
import { computeMetrics, type Metric } from '../core/metrics/metrics.ts';
import { postmortemDue } from '../core/config/postmortem.ts';
import { latestInstant, localDate } from '../core/timeline/timeline.ts';
import { checkText } from '../core/validate/engine.ts';
import { loadTemplate } from '../io/templates.ts';
import { updateIncident, type Loaded } from '../io/incident-doc.ts';
import { withEntry } from './entry.ts';
import { context, type Context, type Deps } from './context.ts';
import { forcedOf } from './forced.ts';

export interface CloseOptions {
  id: string;
  owner?: string;
  due?: string;
  by?: string;
  at?: string;
  force?: boolean;
}

export interface CloseResult {
  id: string;
  file: string;
  owner: string;
  due?: string;
  /** Set when the due date was moved to count from today. */
  dueNote?: string;
  metrics: Metric[];
  /** What validate still asks for, with the fix for each. */
  still: Hint[];
  forced: string[];
}

export async function close(options: CloseOptions, deps: Deps): Promise<CloseResult> {
  const ctx = await context(deps);
  const by = options.by ?? ctx.whoami();
  if (options.owner !== undefined && !options.owner.trim()) throw new UsageError('Unexpected empty --owner, expected who owns the post-mortem');
  if (options.due !== undefined && !isDate(options.due)) throw new UsageError(`Unexpected --due "${options.due}", expected a date like 2026-03-06`);
  const result = await updateIncident(ctx.repo, options.id, (loaded) => {
    if (loaded.data.status !== 'resolved') {
      throw new CommandError(
        `Cannot close ${loaded.id}: status is ${JSON.stringify(loaded.data.status)}, expected resolved (run incident status ${loaded.id} resolved first)`,
      );
    }
    const pm = (loaded.data.postmortem ?? {}) as Record<string, unknown>;
    const roles = (loaded.data.roles ?? {}) as Record<string, unknown>;
    const owner = options.owner ?? str(pm.owner) ?? str(roles.incident_commander) ?? by;
    const timeZone = timeZoneOf(loaded, ctx.defaultTimeZone, loaded.shown);
    const timeline = timelineOf(loaded, loaded.shown);
    // From the last resolution (a reopened incident is resolved again); an old incident closed
    // today would be overdue at once, so then from today instead, and the result says so.
    const today = localDate(ctx.now, timeZone);
    const fromResolution = postmortemDue(localDate(lastResolved(timeline) ?? ctx.now, timeZone), String(loaded.data.severity), ctx.repo.config.postmortem_due);
    const passed = options.due === undefined && str(pm.due) === undefined && fromResolution !== undefined && fromResolution < today;
    const due = options.due ?? str(pm.due) ?? (passed ? postmortemDue(today, String(loaded.data.severity), ctx.repo.config.postmortem_due) : fromResolution);
    const dueNote = passed ? `the due date from the resolution (${fromResolution}) has passed; due ${due}, from today` : undefined;

    let current: Loaded = loaded;
    const apply = (text: string) => (current = { ...current, ...parseIncidentText(text, current.shown) });
    const text = `Closed; post-mortem owner ${owner}${due ? `, due ${due}` : ''}`;
    apply(withEntry(ctx, current, { kind: 'status', by, text, at: options.at }).text);
    apply(setIn(current, ['status'], 'closed'));
    if (pm.owner !== owner) apply(setIn(current, ['postmortem', 'owner'], owner));
    if (due && pm.due !== due) apply(setIn(current, ['postmortem', 'due'], due));
    if (pm.status === undefined) apply(setIn(current, ['postmortem', 'status'], 'draft'));
    return { text: current.text, result: { owner, due, dueNote, metrics: computeMetrics(timelineOf(current)) } };
  }, { now: ctx.now, force: options.force === true });
  const still = await stillToDo(ctx, options.id, result.path, result.shown);
  return { id: options.id, file: result.shown, owner: result.owner, due: result.due, dueNote: result.dueNote, metrics: result.metrics, still, forced: forcedOf(result) };
}

/** The instant of the latest `resolved` entry. */
function lastResolved(timeline: { kind: string; at: string }[]): number | undefined {
  return latestInstant(timeline.filter((e) => e?.kind === 'resolved'));
}

/** What `incident validate` reports on the closed file, each with the command that fixes it. */
async function stillToDo(ctx: Context, id: string, path: string, shown: string): Promise<Hint[]> {
  const text = readFileSync(path, 'utf8');
  const { diagnostics, data } = await checkText({ file: shown, text, config: ctx.repo.config, now: ctx.now, template: loadTemplate(ctx.repo, 'incident.md') });
  return closeHints(diagnostics, id, shown, data);
}

const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v : undefined);

const isDate = (s: string) => {
  const ms = Date.parse(`${s}T00:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(ms) && new Date(ms).toISOString().startsWith(s);
};
