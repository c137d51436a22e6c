// IssueOps: the Action on an issue event. `issues` (opened or labelled with the configured label):
// a new incident tied to the issue. `issue_comment` (created, edited, deleted) on a tracking issue:
// the incident brought in line with the issue's comments (comments.ts), committed to the default
// branch as the bot and pushed; when the branch moved on meanwhile, again from its new tip. Then 👍
// on each comment done, and one reply per comment refused or failed. `push`: mirror (mirror.ts).
import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { CommandError, UsageError } from '../../core/util/errors.ts';
import { incidentOfIssue, replyMarker, repliesTo, mirrorOf, type IssueRef } from '../../core/issueops/markers.ts';
import { inlineMarkdown } from '../../core/render/escape.ts';
import type { Deps } from '../../commands/context.ts';
import type { GitHub } from '../../github/types.ts';
import { createCommentClient, type CommentCalls } from '../../github/comment-client.ts';
import { incidentPath, openRepo, type Repo } from '../../io/repo.ts';
import { clock, openGit, type Spent } from './git.ts';
import { COMMAND_NAMES } from './parse.ts';
import { byUs } from './ours.ts';

/** Pushes refused because the branch moved on before we give up (each a fresh start from its tip). */
export const MAX_ATTEMPTS = 5;

export interface IssueOpsResult {
  /** What happened, one line each (the Action prints them). */
  lines: string[];
  incident?: string;
  /** The branch a commit was pushed to, if any. */
  pushed?: string;
  /** When the push landed, in ms of git.ts's `clock()`. */
  pushedAt?: number;
  /** The Action's own CPU time (user + system, this process only: not git's) when the push landed, in ms. */
  cpuAtPush?: number;
  /** Warnings: a reaction or reply GitHub refused (the commit landed anyway). */
  warnings: string[];
  /** Time spent waiting for git (ms), its runs and the waits: the Action's own time is the rest. */
  git: Spent;
}

interface Payload {
  action?: string;
  issue?: { number: number; title: string; body?: string | null; html_url: string; pull_request?: unknown; labels?: { name: string }[]; user?: { login: string }; created_at?: string; updated_at?: string };
  comment?: { id: number; body?: string | null; user?: { login: string; type?: string } };
  changes?: { body?: { from?: string } };
  label?: { name: string };
  sender?: { login: string };
  repository?: { default_branch?: string; full_name?: string; name?: string; owner?: { login: string } };
}

const COMMAND = new RegExp(`^\\s*/(?:${COMMAND_NAMES.join('|')})(?:\\s|$)`);
const isCommand = (body: string | null | undefined) => COMMAND.test(body ?? '');

export async function issueOps(token: string, deps: Deps, log: (line: string) => void): Promise<IssueOpsResult> {
  const name = deps.env.GITHUB_EVENT_NAME ?? '';
  const path = deps.env.GITHUB_EVENT_PATH;
  if (!path || !existsSync(path)) throw new UsageError('Missing GITHUB_EVENT_PATH, expected the event payload (set by GitHub Actions)');
  const payload = JSON.parse(readFileSync(path, 'utf8')) as Payload;
  const result: IssueOpsResult = { lines: [], warnings: [], git: { ms: 0, runs: 0, waits: [] } };
  // Its checkout never merges (a push refused starts again from the new tip): no merge driver to install.
  deps = { ...deps, env: { ...deps.env, CASEFILE_MERGE_DRIVER: 'off' } };
  if (name === 'issue_comment') await onComment(payload, token, deps, result, log);
  else if (name === 'issues') await (await import('./issue-event.ts')).onIssue(payload, token, deps, result, log);
  else if (name === 'push') await (await import('./mirror.ts')).onPush(payload, token, deps, result);
  else throw new UsageError(`Unexpected event "${name}" for issueops, expected issue_comment, issues or push`);
  return result;
}

async function onComment(payload: Payload, token: string, deps: Deps, result: IssueOpsResult, log: (line: string) => void): Promise<void> {
  const { issue, comment, action } = payload;
  if (!issue || !comment) throw new UsageError('Unexpected issue_comment payload, expected its issue and comment');
  if (issue.pull_request) return void result.lines.push('A pull request comment: nothing to do');
  // Plain talk costs nothing: no request, no git (a deletion or edit of a command still counts).
  const ours = repliesTo(comment.body ?? '') !== undefined || mirrorOf(comment.body ?? '') !== undefined;
  const matters = isCommand(comment.body) || (action === 'edited' && isCommand(payload.changes?.body?.from));
  if (ours || !matters) return void result.lines.push(`Comment ${comment.id} holds no command: nothing to do`);

  const repo = await openRepo(deps.cwd, { configFile: deps.env.CASEFILE_CONFIG || undefined, incidentsDir: deps.env.CASEFILE_INCIDENTS_DIR || undefined });
  const ref = issueRef(payload, issue.number);
  const github = commentClient(token, ref, deps);
  const git = openGit(repo.root);
  const branch = defaultBranch(payload);
  const fromUs = byUs(github);
  const permissions = new Map<string, Promise<string>>();
  const permission = (login: string) => permissions.get(login) ?? (permissions.set(login, github.permission(login)), permissions.get(login)!);
  try {
    // GitHub and git at once: the comments, the commenter's role and the branch's tip.
    const asked = permission(comment.user?.login ?? '');
    asked.catch(() => {}); // awaited where it is used; unused, its failure must not end the process
    const fetching = git.fetch(branch);
    const comments = await github.issueComments(issue.number);
    const fetched = await fetching.wait(); // only now is the Action waiting for git
    let done: number[] = [];
    let replies: { commentId: number; login: string; text: string }[] = [];
    for (let attempt = 1; ; attempt++) {
      if (!(attempt === 1 ? fetched : await git.fetch(branch).wait())) throw new CommandError(`Unexpected default branch "${branch}": the remote has no such branch`);
      const id = incidentOfIssue(issue.body) ?? (await import('../../commands/new-issue.ts')).incidentOfIssueRef(repo, ref);
      if (!id) return void result.lines.push(`Issue #${issue.number} tracks no incident (no casefile-incident marker): nothing to do`);
      result.incident = id;
      const file = incidentPath(repo, id);
      if (!existsSync(file)) throw new CommandError(`Issue #${issue.number} tracks incident ${id}, but ${relative(repo.root, file)} is not on ${branch}`);
      const rel = relative(repo.root, file);
      const before = readFileSync(file, 'utf8'); // as the tip has it: what a change is measured against
      const { reconcile } = await import('./comments.ts');
      const r = await reconcile({ repo, incidentId: id, path: file, issueUrl: issue.html_url, comments, deps, permission, nameOf: nameOf(repo), byUs: fromUs });
      done = r.done;
      replies = r.replies;
      if (readFileSync(file, 'utf8') === before) {
        result.lines.push(r.changes.length ? `${rel}: already up to date` : `${rel}: nothing to change`);
        break;
      }
      if (git.commitAndPush([rel], commitMessage(id, issue.number, r.changes), branch)) {
        result.pushedAt = clock();
        const cpu = process.cpuUsage();
        result.cpuAtPush = (cpu.user + cpu.system) / 1000;
        result.pushed = branch;
        result.lines.push(...r.changes.map((c) => `${rel}: ${c}`), `pushed to ${branch}`);
        break;
      }
      if (attempt >= MAX_ATTEMPTS) throw new CommandError(`Could not push to ${branch}: it moved on ${MAX_ATTEMPTS} times while this ran; run the job again`);
      log(`${branch} moved on while this ran (a concurrent commit): starting again from its new tip (attempt ${attempt + 1} of ${MAX_ATTEMPTS})`);
    }
    await answer(github, issue.number, done, replies, result);
  } finally {
    result.git = { ...git.spent };
  }
}

/** 👍 on what was done; the replies, each once. GitHub refusing these does not undo the commit: a warning. */
async function answer(github: CommentCalls, issue: number, done: number[], replies: { commentId: number; login: string; text: string }[], result: IssueOpsResult) {
  for (const id of done) {
    try {
      await github.addReaction(id, '+1');
    } catch (error) {
      result.warnings.push(`Could not react to comment ${id}: ${(error as Error).message}`);
    }
  }
  for (const r of replies) {
    try {
      // The text can hold what the comment said (`Unexpected role "@team"`): as text, pinging nobody.
      await github.createComment(issue, `@${r.login} ${inlineMarkdown(r.text)}\n\n${replyMarker(r.commentId)}`);
      result.lines.push(`replied to comment ${r.commentId}: ${r.text}`);
    } catch (error) {
      result.warnings.push(`Could not reply to comment ${r.commentId} (${r.text}): ${(error as Error).message}`);
    }
  }
}

export function commitMessage(id: string, issue: number, changes: string[]): string {
  const head = `incident ${id}: ${changes.length === 1 ? changes[0] : `${changes.length} changes`} from issue #${issue}`;
  return changes.length > 1 ? `${head}\n\n${changes.map((c) => `- ${c}`).join('\n')}\n` : head;
}

/** GitHub logins as the incident names people: the config's `people` (name: login) read backwards. */
export function nameOf(repo: Repo): (login: string) => string {
  const names = new Map(Object.entries(repo.config.people).map(([name, login]) => [login.replace(/^@/, '').toLowerCase(), name]));
  return (login) => names.get(login.toLowerCase()) ?? login;
}

export function defaultBranch(payload: Payload): string {
  const branch = payload.repository?.default_branch;
  if (!branch) throw new UsageError('Unexpected payload without repository.default_branch, expected a GitHub event');
  return branch;
}

export function issueRef(payload: Payload, number: number): IssueRef {
  const [owner, name] = (payload.repository?.full_name ?? '').split('/');
  if (!owner || !name) throw new UsageError('Unexpected payload without repository.full_name, expected a GitHub event');
  return { owner, name, number };
}

/** The calls a comment needs, without Octokit (src/github/comment-client.ts says why). */
function commentClient(token: string, ref: IssueRef, deps: Deps): CommentCalls {
  if (!token) throw new UsageError('Missing token, expected a token with contents: write and issues: write (the token input)');
  return createCommentClient({
    token, repo: { owner: ref.owner, name: ref.name },
    apiUrl: deps.env.GITHUB_API_URL || undefined,
    timeScale: deps.env.CASEFILE_GITHUB_TIME_SCALE !== undefined ? Number(deps.env.CASEFILE_GITHUB_TIME_SCALE) : undefined,
  });
}

export async function client(token: string, ref: IssueRef, deps: Deps): Promise<GitHub> {
  if (!token) throw new UsageError('Missing token, expected a token with contents: write and issues: write (the token input)');
  const { createGitHub } = await import('../../github/client.ts');
  return createGitHub({
    token, repo: { owner: ref.owner, name: ref.name },
    apiUrl: deps.env.GITHUB_API_URL || undefined,
    timeScale: deps.env.CASEFILE_GITHUB_TIME_SCALE !== undefined ? Number(deps.env.CASEFILE_GITHUB_TIME_SCALE) : undefined,
  });
}

export type { Payload };
