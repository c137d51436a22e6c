// One comment's command, run through the same command functions as the CLI (log, status, role,
// severity, thread, action, status-update --post), at the time the comment was written and in its
// author's name. An entry log writes carries the comment's URL from the start (one write); the
// entries of the other commands are returned for the caller to mark with it.
import type { TimelineEntry } from '../../core/model/types.ts';
import type { Deps } from '../../commands/context.ts';
import type { IssueCommand } from './parse.ts';

export interface Applied {
  /** Entries written without the comment's URL: the caller marks them. */
  untagged: TimelineEntry[];
  /** Said back on the issue when nothing changed (already SEV-1, already the commander). */
  unchanged?: string;
  /** What --force recorded although it breaks the timeline's rules. */
  forced: string[];
}

export interface Author {
  /** The name the incident knows them by (the config's people, read backwards), else their login. */
  name: string;
  /** Names given as @login, mapped the same way. */
  person(typed: string): string;
}

/** `deps.now` is when the comment was written: a time without a date, or `-5m`, is read from there. */
export async function applyCommand(id: string, cmd: IssueCommand, author: Author, source: string, deps: Deps): Promise<Applied> {
  const by = author.name;
  // Without a time, a comment's is when it was written, even on an incident being back-filled (the CLI's --now).
  const now = !('at' in cmd) || cmd.at === undefined;
  switch (cmd.name) {
    case 'log': {
      const { log } = await import('../../commands/log.ts');
      const r = await log({ id, text: cmd.text, kind: cmd.kind, at: cmd.at, approx: cmd.approx, force: cmd.force, by, source }, deps);
      return { untagged: [], forced: r.forced };
    }
    case 'status': {
      const { setStatus } = await import('../../commands/status.ts');
      const r = await setStatus({ id, target: cmd.target, text: cmd.text, at: cmd.at, approx: cmd.approx, force: cmd.force, by }, deps);
      return { untagged: [r.entry], forced: r.forced };
    }
    case 'severity': {
      const { setSeverity } = await import('../../commands/severity.ts');
      const r = await setSeverity({ id, severity: cmd.severity, at: cmd.at, approx: cmd.approx, force: cmd.force, now, by }, deps);
      return r.entry ? { untagged: [r.entry], forced: r.forced } : { untagged: [], unchanged: `Nothing to change: the incident is already ${r.to}`, forced: [] };
    }
    case 'role': {
      const { NOBODY, role, roleLabel } = await import('../../commands/role.ts');
      const who = author.person(cmd.who);
      const roles = cmd.role === 'sme' ? {} : { [cmd.role]: who };
      const r = await role({ id, roles, smes: cmd.role === 'sme' ? [who] : undefined, at: cmd.at, force: cmd.force, now, by }, deps);
      const label = cmd.role === 'sme' ? 'a subject matter expert' : `the ${roleLabel(cmd.role)}`;
      const already = NOBODY.test(who.trim()) ? `nobody is ${label}` : `${who} is already ${label}`;
      return r.entries.length ? { untagged: r.entries, forced: r.forced } : { untagged: [], unchanged: `Nothing to change: ${already}`, forced: [] };
    }
    case 'thread': {
      const { thread } = await import('../../commands/thread.ts');
      const owner = cmd.owner === undefined ? undefined : author.person(cmd.owner);
      const r = await thread({ id, action: cmd.action, number: cmd.number, text: cmd.text, owner, at: cmd.at, now, by }, deps);
      return { untagged: r.entry ? [r.entry] : [], forced: [] };
    }
    case 'action': {
      const { action } = await import('../../commands/action.ts');
      const owner = cmd.owner === undefined ? undefined : author.person(cmd.owner);
      const add = cmd.action === 'add';
      const r = await action({
        id, action: cmd.action, arg: add ? cmd.title : undefined, title: add ? undefined : cmd.title,
        type: cmd.type, owner, due: cmd.due, status: cmd.status, reason: cmd.reason, force: cmd.force,
      }, deps);
      // Action items are not timeline entries: the timeline says what the comment did (and keeps its id).
      const item = r.item!;
      const what = add ? `${item.id} added: ${item.title}` : `${item.id} updated: ${describeItem(cmd)}`;
      return logged(id, 'action', what, by, source, deps, r.forced ?? []);
    }
    case 'update': {
      const { postUpdate } = await import('../../commands/status-post.ts');
      const r = await postUpdate({ id, text: cmd.text, status: cmd.status, at: cmd.at, force: cmd.force, by }, deps);
      return logged(id, 'comms', `Public update (${r.update.status}): ${r.update.text}`, by, source, deps, r.forced, r.update.at);
    }
  }
}

/** A timeline entry for a change that is not one (an action item, a public update). */
async function logged(id: string, kind: 'action' | 'comms', text: string, by: string, source: string, deps: Deps, forced: string[], at?: string): Promise<Applied> {
  const { log } = await import('../../commands/log.ts');
  const r = await log({ id, kind, text, by, at, source }, deps);
  return { untagged: [], forced: [...forced, ...r.forced] };
}

function describeItem(cmd: Extract<IssueCommand, { name: 'action' }>): string {
  const parts = (['status', 'owner', 'due', 'type', 'title', 'reason'] as const).filter((k) => cmd[k] !== undefined).map((k) => `${k} ${cmd[k]}`);
  return parts.join(', ');
}
