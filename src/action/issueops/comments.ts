// The incident file brought in line with its tracking issue's comments, as GitHub has them now
// (not as an event said they were): so a re-delivered, late or out-of-order event, a re-run, or a
// run GitHub cancelled while it waited in the concurrency group, all end in the same file.
// - a command comment with no entry of its own and no answer from us: run (if its author may), its
//   entries marked with its URL; a failure is undone and answered with the one-line error;
// - an edited /log: its entry amended (time, text); another command edited: answered once, not rerun;
// - a comment deleted (or edited into plain talk): its entries removed.
// Every command comment ends with entries or an answer, so nothing is ever run twice.
import { readFileSync } from 'node:fs';
import { MILESTONE_KINDS, type TimelineEntry } from '../../core/model/types.ts';
import { repliesTo, mirrorOf, sourceOf } from '../../core/issueops/markers.ts';
import { CommandError, DocumentError, UsageError } from '../../core/util/errors.ts';
import type { Deps } from '../../commands/context.ts';
import type { IssueComment } from '../../github/types.ts';
import { writeFileAtomic } from '../../io/atomic-write.ts';
import { applyCommand, type Author } from './apply.ts';
import { entriesByComment, readTimeline, tagEntries } from './entries.ts';
import { parseComment, type IssueCommand } from './parse.ts';
import type { Repo } from '../../io/repo.ts';

/** Roles that may command the incident (GitHub's: write, maintain and admin include write). */
export const MAY: ReadonlySet<string> = new Set(['admin', 'maintain', 'write', 'triage']);

export interface Reconciled {
  /** Comments whose command ran (or whose entry was amended) in this pass: they get a 👍. */
  done: number[];
  /** Answers to post: the comment, and one line. */
  replies: { commentId: number; login: string; text: string }[];
  /** One line per change, for the log and the commit message. */
  changes: string[];
}

export interface ReconcileInput {
  repo: Repo;
  incidentId: string;
  path: string;
  issueUrl: string;
  comments: IssueComment[];
  deps: Deps;
  /** The role of a login on the repository (asked of GitHub once per login and run). */
  permission(login: string): Promise<string>;
  /** A login as the incident names people (the config's people, read backwards). */
  nameOf(login: string): string;
  /** Whether a comment is by the Action's own identity (ours.ts): only its markers count. */
  byUs(c: IssueComment): Promise<boolean>;
}

const ms = (iso: string) => Date.parse(iso);
const isOurs = (c: IssueComment) => repliesTo(c.body) !== undefined || mirrorOf(c.body) !== undefined;
const oneLine = (error: unknown) =>
  (error instanceof DocumentError ? error.describe() : (error as Error).message).split('\n')[0]!.trim();
const known = (error: unknown) => error instanceof UsageError || error instanceof CommandError || error instanceof DocumentError;

/** Kinds a /log cannot have written: an edit of such an entry's comment is not taken as a /log. */
const NOT_LOGGED: ReadonlySet<string> = new Set([...MILESTONE_KINDS, 'status', 'reopened', 'severity', 'role']);

export async function reconcile(input: ReconcileInput): Promise<Reconciled> {
  const { repo, incidentId: id, comments, issueUrl } = input;
  const out: Reconciled = { done: [], replies: [], changes: [] };
  const present = new Set(comments.map((c) => c.id));
  // Our latest answer to each comment (only our own count: anyone can type a marker).
  const answered = new Map<number, number>();
  for (const c of comments) {
    const to = repliesTo(c.body);
    if (to !== undefined && (await input.byUs(c))) answered.set(to, Math.max(answered.get(to) ?? 0, ms(c.createdAt)));
  }
  const isAnswered = (c: IssueComment) => (answered.get(c.id) ?? -1) >= ms(c.updatedAt);
  const reply = (c: IssueComment, text: string) => {
    out.replies.push({ commentId: c.id, login: c.login, text });
    answered.set(c.id, Number.MAX_SAFE_INTEGER);
  };
  const deps = (at: string): Deps => ({ ...input.deps, now: ms(at) });

  // The comments the file names (an entry's source, or a link someone logged): only they can have
  // entries, so the timeline is read only when one of them is asked about or is gone.
  const named = new Set(Array.from(readFileSync(input.path, 'utf8').matchAll(/#issuecomment-(\d+)/g), (m) => Number(m[1])));
  let byComment: Map<number, number[]> | undefined;
  // Read again after a change, when a later comment asks (the last command's change is never read back).
  const entriesOf = async (commentId: number) =>
    named.has(commentId) ? (byComment ??= entriesByComment(await readTimeline(repo, id), issueUrl)).get(commentId) : undefined;
  // Deleted comments first: their entries go (the highest numbers first, so the others keep theirs).
  if ([...named].some((commentId) => !present.has(commentId))) byComment = entriesByComment(await readTimeline(repo, id), issueUrl);
  const gone = [...(byComment ?? [])].filter(([commentId]) => !present.has(commentId)).flatMap(([commentId, ns]) => ns.map((n) => ({ commentId, n })));
  if (gone.length) {
    const { removeEntry } = await import('../../commands/remove.ts');
    for (const { commentId, n } of gone.sort((a, b) => b.n - a.n)) {
      await removeEntry({ id, n: String(n) }, input.deps);
      out.changes.push(`removed the entry of deleted comment ${commentId}`);
    }
    byComment = undefined;
  }

  const ordered = [...comments].sort((a, b) => ms(a.createdAt) - ms(b.createdAt) || a.id - b.id);
  for (const c of ordered) {
    if (isOurs(c)) continue;
    let cmd: IssueCommand | undefined;
    let problem: unknown;
    try {
      cmd = parseComment(c.body);
    } catch (error) {
      if (!known(error)) throw error;
      problem = error;
    }
    const mine = await entriesOf(c.id);
    if (mine) {
      if (!cmd && !problem) {
        // Edited into plain talk: as if deleted.
        const { removeEntry } = await import('../../commands/remove.ts');
        for (const n of [...mine].sort((a, b) => b - a)) await removeEntry({ id, n: String(n) }, input.deps);
        out.changes.push(`removed the entry of comment ${c.id} (no longer a command)`);
        byComment = undefined;
        continue;
      }
      if (c.updatedAt === c.createdAt) continue; // never edited: done when it was applied
      const timeline = await readTimeline(repo, id);
      const entry = timeline[mine[0]! - 1]!;
      if (cmd?.name === 'log' && mine.length === 1 && !NOT_LOGGED.has(entry.kind)) {
        if (!(await input.permission(c.login).then((role) => MAY.has(role)))) continue; // their entry stays as it was
        const snapshot = readFileSync(input.path, 'utf8');
        try {
          if (await amendLog(repo, id, mine[0]!, cmd, c, input.nameOf(c.login), sourceOf(issueUrl, c.id), deps)) {
            out.changes.push(`amended the entry of edited comment ${c.id}`);
            out.done.push(c.id);
          }
        } catch (error) {
          if (!known(error)) throw error;
          writeFileAtomic(input.path, snapshot);
          if (!isAnswered(c)) reply(c, `the edit was not applied: ${oneLine(error)}`);
        }
      } else if (!isAnswered(c)) {
        reply(c, `edits are applied to /log comments only; this comment's ${cmd ? `/${cmd.name}` : 'command'} stays as first recorded: post a new comment to change it`);
      }
      continue;
    }
    if (!cmd && !problem) continue; // plain talk
    if (isAnswered(c)) continue; // answered before (an error, a refusal): an edit asks again
    const role = await input.permission(c.login);
    if (!MAY.has(role)) {
      reply(c, `only people with write or triage access to this repository can write to the incident (yours: ${role}); nothing was recorded`);
      continue;
    }
    if (problem) {
      reply(c, `${oneLine(problem)}; nothing was recorded`);
      continue;
    }
    const snapshot = readFileSync(input.path, 'utf8');
    try {
      const author: Author = { name: input.nameOf(c.login), person: (typed) => (typed.startsWith('@') ? input.nameOf(typed.slice(1)) : typed.trim()) };
      const source = sourceOf(issueUrl, c.id);
      const applied = await applyCommand(id, cmd!, author, source, deps(c.createdAt));
      await tagEntries(deps(c.createdAt), id, applied.untagged, source);
      if (applied.unchanged) reply(c, applied.unchanged);
      else out.done.push(c.id);
      out.changes.push(`/${cmd!.name} by ${c.login} (comment ${c.id})`);
      for (const line of applied.forced) out.changes.push(line);
    } catch (error) {
      if (!known(error)) throw error;
      writeFileAtomic(input.path, snapshot); // changes nothing
      reply(c, `${oneLine(error)}; nothing was recorded`);
    }
    byComment = undefined;
  }
  return out;
}

/**
 * The /log entry of an edited comment, made to say what the comment says now (incident amend);
 * false when it already does. An entry whose new time puts it out of place moves to it (incident
 * remove, then log at that time), so the timeline stays in time order.
 */
async function amendLog(repo: Repo, id: string, n: number, cmd: Extract<IssueCommand, { name: 'log' }>, c: IssueComment, by: string, source: string, deps: (at: string) => Deps): Promise<boolean> {
  const { amend } = await import('../../commands/amend.ts');
  // Without a time the entry is at the comment's own time ('now' when it was written, as /log took it).
  const r = await amend({
    id, n: String(n), text: cmd.text, kind: cmd.kind ?? 'note', by, at: cmd.at ?? 'now', approx: cmd.approx === true, force: cmd.force,
  }, deps(cmd.at === undefined ? c.createdAt : c.updatedAt));
  if (!r.changed || r.entry.at === r.before.at) return r.changed;
  const timeline = await readTimeline(repo, id);
  const ms = (e: TimelineEntry | undefined) => Date.parse(String(e?.at));
  const at = ms(timeline[n - 1]);
  if (!(ms(timeline[n - 2]) > at) && !(ms(timeline[n]) < at)) return true; // still in its place
  const [{ removeEntry }, { log }] = await Promise.all([import('../../commands/remove.ts'), import('../../commands/log.ts')]);
  const entry = timeline[n - 1]!;
  await removeEntry({ id, n: String(n) }, deps(c.updatedAt));
  await log({ id, text: entry.text, kind: entry.kind, by: entry.by ?? by, at: entry.at, approx: entry.approx, force: cmd.force, source }, deps(c.updatedAt));
  return true;
}
