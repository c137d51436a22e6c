// `incident status <id> <status|milestone>`: moves the status and logs it; milestones are logged
// with their explicit kind (metrics come from them, never from prose).
import { CommandError, UsageError } from '../core/util/errors.ts';
import { combine, insertEntry, readIncidentForEdit, setScalar, timelineOf, type EditableIncident } from '../core/edit/fast-edit.ts';
import { makeEntry } from '../core/timeline/new-entry.ts';
import { MILESTONE_KINDS, OPEN_STATUSES, STATUSES, type EntryKind, type Milestone, type Status, type TimelineEntry } from '../core/model/types.ts';
import { updateIncidentText, type TextChange } from '../io/incident-store.ts';
import { context, type Context, type Deps } from './context.ts';

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

  // What the command does to an incident in this state (the same on both paths).
  const decide = (data: Record<string, unknown>, shown: string, id: string): Decision => {
    const from = data.status as string | undefined;
    const to: string | undefined = milestone ? (STATUS_AFTER[milestone] ?? undefined) : target;
    // A resolved or closed incident moved back to an open status is reopened: a new cycle of milestones.
    const reopening = !milestone && (from === 'resolved' || from === 'closed') && (OPEN_STATUSES as readonly string[]).includes(target);
    if (options.reopen && !reopening) {
      throw new CommandError(`${shown} is ${String(from)}, not resolved or closed: nothing to reopen${milestone || !(OPEN_STATUSES as readonly string[]).includes(target) ? ` (expected --status investigating, identified or monitoring)` : ''}`);
    }
    if (from === 'closed' && !reopening) {
      throw new CommandError(`${shown} is closed; to reopen it: incident status ${id} investigating`);
    }
    const moves = to !== undefined && to !== from && !(milestone && from === 'resolved');
    const text = options.text ?? (reopening ? `Reopened; status ${to} (was ${from})` : describe(milestone, from, moves ? to : undefined));
    return { from, to, moves, entry: { kind: milestone ?? (reopening ? 'reopened' : 'status'), by, text, at: options.at, approx: options.approx } };
  };
  const id = options.id.replace(/\.md$/, '');
  const result = await updateIncidentText(ctx.repo, options.id, async (before, shown) => {
    const fi = readIncidentForEdit(before, shown, () => ctx.defaultTimeZone);
    return (fi && fastPath(ctx, fi, before, shown, decide(fi.f.doc.data, shown, id))) ?? (await slowPath(ctx, options.id, before, shown, decide));
  }, { now: ctx.now, force: options.force === true }); // a milestone twice (in a cycle) or out of order is refused there
  if (result.note) ctx.warn?.(result.note);
  return { id: options.id, file: result.shown, from: result.from, to: result.to, entry: result.entry, forced: result.forced };
}

interface Decision {
  from?: string;
  to?: string;
  moves: boolean;
  entry: { kind: EntryKind; by: string; text: string; at?: string; approx?: boolean };
}

interface Change {
  from?: string;
  to?: string;
  entry: TimelineEntry;
  /** resolveAt's note, printed once the write is done (the YAML path prints its own). */
  note?: string;
}

function fastPath(ctx: Context, fi: EditableIncident, before: string, shown: string, d: Decision): TextChange<Change> | undefined {
  const { entry, ms, note } = makeEntry(ctx.now, d.entry, fi.timeZone, fi.latest, fi.timeline);
  const text = combine(before, shown, [(f) => insertEntry(f, entry, ms), ...(d.moves ? [(f: Parameters<typeof setScalar>[0]) => setScalar(f, ['status'], d.to)] : [])]);
  return text === undefined ? undefined : { text, result: { from: d.from, to: d.moves ? d.to : d.from, entry, note }, timeline: timelineOf(text) };
}

async function slowPath(ctx: Context, id: string, before: string, shown: string, decide: (data: Record<string, unknown>, shown: string, id: string) => Decision) {
  const y = await import('./yaml-path.ts');
  return y.changeIncident<Change>(before, shown, id, (incident) => {
    const d = decide(incident.data, incident.shown, incident.id);
    const added = y.withEntry(ctx, incident, d.entry);
    let next = added.text;
    if (d.moves) next = y.setIn(y.parseIncidentText(next, incident.shown), ['status'], d.to);
    return { text: next, result: { from: d.from, to: d.moves ? d.to : d.from, entry: added.entry } };
  });
}

function describe(milestone: Milestone | undefined, from: string | undefined, to: string | undefined): string {
  const move = to ? `status ${to}${from ? ` (was ${from})` : ''}` : '';
  if (!milestone) return `Status: ${to ?? from}${from && to ? ` (was ${from})` : ''}`;
  const name = milestone.charAt(0).toUpperCase() + milestone.slice(1);
  return move ? `${name}; ${move}` : name;
}
