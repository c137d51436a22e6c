// `incident new "<title>" --issue <n>`: a new incident tied to its tracking issue on GitHub, by a
// hidden marker in each (the issue's body names the incident, the incident's body the issue), so
// the Action can write the issue's /log, /status... comments to it (IssueOps).
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { CommandError, UsageError } from '../core/util/errors.ts';
import { incidentOfIssue, issueOfIncident, withIncidentMarker, type IssueRef } from '../core/issueops/markers.ts';
import { listIncidentFiles, type Repo } from '../io/repo.ts';
import type { GitHub } from '../github/types.ts';
import { context, type Deps } from './context.ts';
import { newIncident, type NewOptions, type NewResult } from './new.ts';

export async function newIncidentForIssue(options: NewOptions & { issueNumber: string; repo?: string }, deps: Deps): Promise<NewResult & { issue: string }> {
  const number = Number(options.issueNumber.replace(/^#/, ''));
  if (!Number.isInteger(number) || number < 1) throw new UsageError(`Unexpected --issue "${options.issueNumber}", expected an issue number such as 12`);
  const ctx = await context(deps);
  const [{ resolveSettings }, { createGitHub }] = await Promise.all([import('../github/settings.ts'), import('../github/client.ts')]);
  const settings = resolveSettings({ repoOption: options.repo, config: ctx.repo.config, env: deps.env, root: ctx.repo.root });
  const github = createGitHub({ token: settings.token, repo: settings.repo, apiUrl: settings.apiUrl, log: deps.warn });
  const ref: IssueRef = { owner: settings.repo.owner, name: settings.repo.name, number };
  const issue = await github.getIssue(number);
  if (/\/pull\/\d+$/.test(issue.htmlUrl)) throw new UsageError(`Unexpected --issue ${number}: it is a pull request, expected an issue`);
  const tracked = incidentOfIssue(issue.body);
  if (tracked) throw new UsageError(`Issue #${number} already tracks incident ${tracked}`);
  const existing = incidentOfIssueRef(ctx.repo, ref);
  if (existing) throw new UsageError(`Issue #${number} is already named by incident ${existing}; link it again with the Action, or edit the issue's body`);
  const result = await newIncident({ ...options, issue: ref }, deps);
  await linkIssue(github, number, result.id, result.file);
  return { ...result, issue: issue.htmlUrl };
}

/** Adds the incident's marker to the issue's body (read fresh: someone may have just edited it). */
export async function linkIssue(github: GitHub, number: number, incidentId: string, file: string): Promise<void> {
  try {
    const issue = await github.getIssue(number);
    const body = withIncidentMarker(issue.body, incidentId);
    if (body !== issue.body) await github.updateIssueBody(number, body);
  } catch (error) {
    throw new CommandError(`${file} names issue #${number}, but the issue could not be linked back: ${(error as Error).message}`);
  }
}

/** The incident whose body names this issue (a scan: only for issues not yet linked back). */
export function incidentOfIssueRef(repo: Repo, ref: IssueRef): string | undefined {
  const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
  for (const path of listIncidentFiles(repo)) {
    const found = issueOfIncident(readFileSync(path, 'utf8'));
    if (found && found.number === ref.number && same(found.owner, ref.owner) && same(found.name, ref.name)) {
      return basename(path, '.md');
    }
  }
  return undefined;
}
