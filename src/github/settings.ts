// Where the issues go and with what token: --repo, else the config's github.repo, else the
// origin remote; the API from GITHUB_API_URL, else the config's github.api_url (GitHub Enterprise).
import { execFileSync } from 'node:child_process';
import { UsageError } from '../core/util/errors.ts';
import type { Config } from '../core/config/config.ts';
import { parseRemoteUrl, parseRepoName, type RemoteRepo } from './remote.ts';
import type { RepoRef } from './types.ts';

export interface GitHubSettings {
  token: string;
  repo: RepoRef;
  apiUrl: string;
  /** Where this repository's files are on the web (from origin), for links from issues back to incidents. */
  filesWebUrl?: string;
}

export interface SettingsInput {
  repoOption?: string;
  config: Config;
  env: NodeJS.ProcessEnv;
  /** The git work tree, to read the origin remote. */
  root: string;
}

export function resolveSettings(input: SettingsInput): GitHubSettings {
  const origin = originRemote(input.root);
  const repo = resolveRepo(input, origin);
  const token = (input.env.GITHUB_TOKEN || input.env.GH_TOKEN || '').trim();
  if (!token) {
    throw new UsageError(`No GitHub token: set GITHUB_TOKEN (or GH_TOKEN) to a token that can read and write issues in ${repo.owner}/${repo.name}`);
  }
  return { token, repo, apiUrl: resolveApiUrl(input), filesWebUrl: origin?.webUrl };
}

function resolveRepo(input: SettingsInput, origin: RemoteRepo | undefined): RepoRef {
  if (input.repoOption !== undefined) {
    const repo = parseRepoName(input.repoOption) ?? parseRemoteUrl(input.repoOption);
    if (!repo) throw new UsageError(`Unexpected --repo "${input.repoOption}", expected owner/name`);
    return { owner: repo.owner, name: repo.name };
  }
  const configured = input.config.github.repo;
  if (configured !== undefined) {
    const repo = parseRepoName(configured);
    if (!repo) throw new UsageError(`Unexpected github.repo "${configured}" in .incident.yml, expected owner/name`);
    return repo;
  }
  // In GitHub Actions, the repository the workflow runs in.
  const running = input.env.GITHUB_ACTIONS === 'true' ? parseRepoName(input.env.GITHUB_REPOSITORY ?? '') : undefined;
  if (running) return running;
  if (origin) return { owner: origin.owner, name: origin.name };
  throw new UsageError('No GitHub repository: pass --repo owner/name, set github.repo in .incident.yml, or add an origin remote on GitHub');
}

function resolveApiUrl(input: SettingsInput): string {
  const fromEnv = input.env.GITHUB_API_URL?.trim();
  const value = fromEnv || input.config.github.api_url || 'https://api.github.com';
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
    const where = fromEnv ? 'GITHUB_API_URL' : 'github.api_url in .incident.yml';
    throw new UsageError(`Unexpected ${where} "${value}", expected a URL like https://github.example.com/api/v3`);
  }
  return value.replace(/\/+$/, '');
}

/** The origin remote as a GitHub repository; undefined without git, without origin, or for other hosts' URL shapes. */
function originRemote(root: string): RemoteRepo | undefined {
  try {
    const url = execFileSync('git', ['config', '--get', 'remote.origin.url'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    return parseRemoteUrl(url);
  } catch {
    return undefined;
  }
}
