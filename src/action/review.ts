// `review` on a pull request: which incident files it changes (from the GitHub API, or from git
// when a base is given), the review itself, and the one sticky comment, updated and never duplicated.
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { UsageError } from '../core/util/errors.ts';
import { REVIEW_MARKER, review, type Review } from '../commands/review.ts';
import { openRepo } from '../io/repo.ts';
import { changedSince } from '../io/git-changed.ts';
import type { Deps } from '../commands/context.ts';
import type { GitHub } from '../github/types.ts';

export interface ActionReview extends Review {
  /** Why no comment was written (a read-only token, no pull request). */
  commentSkipped?: string;
}

export async function reviewPullRequest(inputs: { token: string; base: string }, deps: Deps): Promise<ActionReview> {
  const event = process.env.GITHUB_EVENT_PATH ? JSON.parse(readFileSync(process.env.GITHUB_EVENT_PATH, 'utf8')) : {};
  const pr = event.pull_request as { number: number; base?: { sha?: string } } | undefined;
  if (!pr && !inputs.base) throw new UsageError('Unexpected event for review, expected a pull_request event (or the base input)');
  const repo = await openRepo(deps.cwd, { configFile: deps.env.CASEFILE_CONFIG, incidentsDir: deps.env.CASEFILE_INCIDENTS_DIR });
  const github = pr && inputs.token ? await client(inputs.token, deps) : undefined;

  const changed = inputs.base || !github
    ? gitChanged(repo.root, inputs.base || pr?.base?.sha || 'HEAD')
    : (await github.listPullRequestFiles(pr!.number)).filter((f) => f.status !== 'removed').map((f) => join(repo.root, f.path));
  const inDir = repo.incidentsDir.endsWith(sep) ? repo.incidentsDir : repo.incidentsDir + sep;
  const files = changed.filter((p) => p.startsWith(inDir) && p.endsWith('.md') && !relative(inDir, p).includes(sep) && existsSync(p));

  // The base: what the branch merges into, whose public text is what is published now.
  const result: ActionReview = await review({ files, base: inputs.base || pr?.base?.sha }, deps);
  if (!github || !pr) {
    result.commentSkipped = 'No pull request comment: no token or not a pull_request event';
    return result;
  }
  try {
    const mine = (await github.listComments(pr.number)).find((c) => c.body.startsWith(REVIEW_MARKER));
    if (mine) await github.updateComment(mine.id, result.comment);
    else await github.createComment(pr.number, result.comment);
  } catch (error) {
    const status = (error as { status?: number }).status;
    const kind = (error as { kind?: string }).kind;
    if (status !== 403 && status !== 404 && kind !== 'auth' && kind !== 'not-found') throw error;
    // Pull requests from forks get a read-only token: annotations and the summary still work.
    result.commentSkipped = 'No pull request comment: the token cannot write to this pull request (a fork?); see the job summary';
  }
  return result;
}

async function client(token: string, deps: Deps): Promise<GitHub> {
  const [owner, name] = (deps.env.GITHUB_REPOSITORY ?? '').split('/');
  if (!owner || !name) throw new UsageError('Missing GITHUB_REPOSITORY, expected owner/name (set by GitHub Actions)');
  const { createGitHub } = await import('../github/client.ts');
  return createGitHub({
    token, repo: { owner, name },
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
