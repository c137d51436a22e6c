// `incident status <id> <status|milestone>`: moves the status and logs it; milestones are logged
// with their explicit kind (metrics come from them, never from prose).
import { parseIncidentText } from '../core/document.ts';
import { setIn } from '../core/edit.ts';
import { CommandError, UsageError } from '../core/errors.ts';
import { MILESTONE_KINDS, OPEN_STATUSES, STATUSES, type Milestone, type Status, type TimelineEntry } from '../core/types.ts';
import { updateIncident } from '../io/incident-doc.ts';
import { withEntry } from './entry.ts';
import { context, type Deps } from './context.ts';

export interface StatusOptions {
  id: string;
  /** A status (investigating, identified, monitoring, resolved) or a milestone kind (mitigated...). */
  target: string;
  text?: string;
  by?: string;
  at?: string;
  approx?: boolean;
  /** Record it even if it makes the timeline impossible (a milestone out of order or twice). */
  force?: boolean;
  /** `incident reopen`: refuse unless the incident is resolved or closed. */
  reopen?: boolean;
}

/** The status a milestone moves an open incident to; undefined keeps the status as it is. */
const STATUS_AFTER: Partial<Record<Milestone, Status>> = { mitigated: 'monitoring', recovered: 'monitoring', resolved: 'resolved' };
const TARGETS = [...new Set<string>([...STATUSES.filter((s) => s !== 'closed'), ...MILESTONE_KINDS])];

export async function setStatus(options: StatusOptions, deps: Deps) {
  const ctx = await context(deps);
  const target = options.target;
  if (target === 'closed') throw new UsageError(`Use incident close ${options.id} to close an incident (it checks it is resolved and sets up the post-mortem)`);
  if (!TARGETS.includes(target)) throw new UsageError(`Unexpected status "${target}", expected one of ${TARGETS.join(', ')}`);
  const milestone = (MILESTONE_KINDS as readonly string[]).includes(target) ? (target as Milestone) : undefined;
  const by = options.by ?? ctx.whoami();

  const result = await updateIncident(ctx.repo, options.id, (incident) => {
    const from = incident.data.status as string | undefined;
    const to: string | undefined = milestone ? (STATUS_AFTER[milestone] ?? undefined) : target;
    // A resolved or closed incident moved back to an open status is reopened: a new cycle of milestones.
    const reopening = !milestone && (from === 'resolved' || from === 'closed') && (OPEN_STATUSES as readonly string[]).includes(target);
    if (options.reopen && !reopening) {
      throw new CommandError(`${incident.shown} is ${String(from)}, not resolved or closed: nothing to reopen${milestone || !(OPEN_STATUSES as readonly string[]).includes(target) ? ` (expected --status investigating, identified or monitoring)` : ''}`);
    }
    if (from === 'closed' && !reopening) {
      throw new CommandError(`${incident.shown} is closed; to reopen it: incident status ${incident.id} investigating`);
    }
    const moves = to !== undefined && to !== from && !(milestone && from === 'resolved');
    const text = options.text ?? (reopening ? `Reopened; status ${to} (was ${from})` : describe(milestone, from, moves ? to : undefined));
    const kind = milestone ?? (reopening ? 'reopened' : 'status');
    const added = withEntry(ctx, incident, { kind, by, text, at: options.at, approx: options.approx });
    let next = added.text;
    if (moves) next = setIn(parseIncidentText(next, incident.shown), ['status'], to);
    return { text: next, result: { from, to: moves ? to : from, entry: added.entry as TimelineEntry } };
  }, { now: ctx.now, force: options.force === true }); // a milestone twice (in a cycle) or out of order is refused there
  return { id: options.id, file: result.shown, from: result.from, to: result.to, entry: result.entry, forced: result.forced };
}

function describe(milestone: Milestone | undefined, from: string | undefined, to: string | undefined): string {
  const move = to ? `status ${to}${from ? ` (was ${from})` : ''}` : '';
  if (!milestone) return `Status: ${to ?? from}${from && to ? ` (was ${from})` : ''}`;
  const name = milestone.charAt(0).toUpperCase() + milestone.slice(1);
  return move ? `${name}; ${move}` : name;
}
