// `review` on a pull request: which incident files it changes (from the GitHub API, or from git
// when a base is given or the API cannot be reached), the review itself, and the one sticky
// comment, updated and never duplicated: best-effort, after everything else.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { withSep } from '../io/paths.ts';
import { UsageError } from '../core/util/errors.ts';
import { REVIEW_MARKER, review, type Review } from '../commands/review.ts';
import { openRepo } from '../io/repo.ts';
import { changedSince } from '../io/git-changed.ts';
import type { Deps } from '../commands/context.ts';
import type { GitHub } from '../github/types.ts';

export interface ActionReview extends Review {
  /** Why no comment is written (no token or no pull request): a notice. */
  commentSkipped?: string;
  /** The GitHub API could not be asked for the changed files: the one warning, already said how the review went on. */
  unreachable?: string;
  /** Posts or updates the sticky comment, best-effort: what went wrong, or undefined once it is written. */
  postComment?: () => Promise<CommentProblem | undefined>;
}

/** Why the sticky comment was not written: a notice (a read-only token) or a warning (the API failed). */
export interface CommentProblem {
  kind: 'notice' | 'warning';
  message: string;
}

/** Retries of a failed read: one, after a second. The comment is a courtesy; without a bound the default (3 retries, 1 + 4 + 9 s) held the whole step ~15 s. */
const RETRIES = 1;
/** A request with no answer after this long counts as the API being unreachable. */
const TIMEOUT_MS = 10_000;

/**
 * The review of what the pull request changes. Nothing here fails for GitHub's sake: when the API
 * cannot list the changed files they come from git (or, without the base commit in the checkout,
 * every incident file is reviewed), and the comment is left to postComment, which the caller runs
 * after the annotations and the job summary are written.
 */
export async function reviewPullRequest(inputs: { token: string; base: string }, deps: Deps): Promise<ActionReview> {
  const event = process.env.GITHUB_EVENT_PATH ? JSON.parse(readFileSync(process.env.GITHUB_EVENT_PATH, 'utf8')) : {};
  const pr = event.pull_request as { number: number; base?: { sha?: string } } | undefined;
  if (!pr && !inputs.base) throw new UsageError('Unexpected event for review, expected a pull_request event (or the base input)');
  const repo = await openRepo(deps.cwd, { configFile: deps.env.CASEFILE_CONFIG, incidentsDir: deps.env.CASEFILE_INCIDENTS_DIR });
  const github = pr && inputs.token ? await client(inputs.token, deps) : undefined;
  const inDir = withSep(repo.incidentsDir);
  const incidentFile = (p: string) => p.startsWith(inDir) && p.endsWith('.md') && !relative(inDir, p).includes(sep) && existsSync(p);

  let changed: string[];
  let unreachable: string | undefined;
  const gitBase = inputs.base || pr?.base?.sha || 'HEAD';
  if (inputs.base || !github) changed = gitChanged(repo.root, gitBase);
  else {
    try {
      changed = (await github.listPullRequestFiles(pr!.number)).filter((f) => f.status !== 'removed').map((f) => join(repo.root, f.path));
    } catch (error) {
      const fromGit = changedSince(repo.root, gitBase);
      changed = fromGit ?? readdirSync(repo.incidentsDir).map((name) => join(repo.incidentsDir, name));
      unreachable = `No pull request files from GitHub: ${oneLine(error)}; ${fromGit ? 'the changed files come from git' : 'every incident file was reviewed (the base commit is not in this checkout)'}, and no pull request comment was written; the review is in the annotations and the job summary`;
    }
  }
  const files = changed.filter(incidentFile).sort();

  // The base: what the branch merges into, whose public text is what is published now.
  const result: ActionReview = await review({ files, base: inputs.base || pr?.base?.sha }, deps);
  if (unreachable) result.unreachable = unreachable;
  else if (!github || !pr) result.commentSkipped = 'No pull request comment: no token or not a pull_request event';
  else result.postComment = () => stickyComment(github, pr.number, result.comment);
  return result;
}

/** The one sticky comment, updated and never duplicated; a failure is returned, never thrown. */
async function stickyComment(github: GitHub, pr: number, comment: string): Promise<CommentProblem | undefined> {
  try {
    const mine = (await github.listComments(pr)).find((c) => c.body.startsWith(REVIEW_MARKER));
    if (mine) await github.updateComment(mine.id, comment);
    else await github.createComment(pr, comment);
    return undefined;
  } catch (error) {
    const status = (error as { status?: number }).status;
    const kind = (error as { kind?: string }).kind;
    // Pull requests from forks get a read-only token: annotations and the summary still work.
    if (status === 403 || status === 404 || kind === 'not-found' || (kind === 'auth' && status !== 401)) {
      return { kind: 'notice', message: 'No pull request comment: the token cannot write to this pull request (a fork?); see the job summary' };
    }
    return { kind: 'warning', message: `No pull request comment: ${oneLine(error)}; the review is in the annotations and the job summary` };
  }
}

const oneLine = (error: unknown) => String((error as Error)?.message ?? error).split('\n')[0]!;

async function client(token: string, deps: Deps): Promise<GitHub> {
  const [owner, name] = (deps.env.GITHUB_REPOSITORY ?? '').split('/');
  if (!owner || !name) throw new UsageError('Missing GITHUB_REPOSITORY, expected owner/name (set by GitHub Actions)');
  const { createGitHub } = await import('../github/client.ts');
  return createGitHub({
    token, repo: { owner, name }, retries: RETRIES, timeoutMs: TIMEOUT_MS,
    apiUrl: deps.env.GITHUB_API_URL || undefined,
    timeScale: deps.env.CASEFILE_GITHUB_TIME_SCALE !== undefined ? Number(deps.env.CASEFILE_GITHUB_TIME_SCALE) : undefined,
  });
}

/** Files changed since the merge base with `base` (needs the history: checkout with fetch-depth: 0). */
function gitChanged(root: string, base: string): string[] {
  const changed = changedSince(root, base);
  if (!changed) throw new UsageError(`Unexpected base "${base}", expected a commit in this checkout (use actions/checkout with fetch-depth: 0)`);
  return changed;
}
