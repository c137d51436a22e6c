// `incident close <id>`: a resolved incident becomes closed, with a post-mortem owner and due date.
import { parseIncidentText } from '../core/document.ts';
import { setIn } from '../core/edit.ts';
import { CommandError, UsageError } from '../core/errors.ts';
import { timelineOf, timeZoneOf } from '../core/incident.ts';
import { computeMetrics, milestones, type Metric } from '../core/metrics.ts';
import { postmortemDue } from '../core/postmortem.ts';
import { localDate } from '../core/timeline.ts';
import { updateIncident, type Loaded } from '../io/incident-doc.ts';
import { withEntry } from './entry.ts';
import { context, type Deps } from './context.ts';

export interface CloseOptions {
  id: string;
  owner?: string;
  due?: string;
  by?: string;
  at?: string;
}

export interface CloseResult {
  id: string;
  file: string;
  owner: string;
  due?: string;
  metrics: Metric[];
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
    const due = options.due ?? str(pm.due) ?? postmortemDue(
      localDate(milestones(timeline).resolved ?? ctx.now, timeZone), String(loaded.data.severity), ctx.repo.config.postmortem_due,
    );

    let current: Loaded = loaded;
    const apply = (text: string) => (current = { ...current, ...parseIncidentText(text, current.shown) });
    const text = `Closed; post-mortem owner ${owner}${due ? `, due ${due}` : ''}`;
    apply(withEntry(ctx, current, { kind: 'status', by, text, at: options.at }).text);
    apply(setIn(current, ['status'], 'closed'));
    if (pm.owner !== owner) apply(setIn(current, ['postmortem', 'owner'], owner));
    if (due && pm.due !== due) apply(setIn(current, ['postmortem', 'due'], due));
    if (pm.status === undefined) apply(setIn(current, ['postmortem', 'status'], 'draft'));
    return { text: current.text, result: { owner, due, metrics: computeMetrics(timelineOf(current)) } };
  });
  return { id: options.id, file: result.shown, owner: result.owner, due: result.due, metrics: result.metrics };
}

const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v : undefined);

const isDate = (s: string) => {
  const ms = Date.parse(`${s}T00:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(ms) && new Date(ms).toISOString().startsWith(s);
};
