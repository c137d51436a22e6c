// Which GitHub repository a git remote URL names, in every form git accepts for GitHub:
// https (with or without credentials), ssh://, scp-like git@host:owner/name, git://.
import type { RepoRef } from './types.ts';

export interface RemoteRepo extends RepoRef {
  /** The repository's web address (https://host/owner/name), for links to files. */
  webUrl: string;
}

const OWNER = /^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$/;
const NAME = /^[A-Za-z0-9._-]+$/;

/** `owner/name` -> the pair; undefined when it is not that shape. */
export function parseRepoName(text: string): RepoRef | undefined {
  const m = /^([^/\s]+)\/([^/\s]+?)(?:\.git)?$/.exec(text.trim());
  if (!m || !OWNER.test(m[1]!) || !NAME.test(m[2]!) || m[2] === '.' || m[2] === '..') return undefined;
  return { owner: m[1]!, name: m[2]! };
}

export function parseRemoteUrl(url: string): RemoteRepo | undefined {
  const text = url.trim();
  let host: string;
  let path: string;
  const scp = /^(?:[^@/\s]+@)?([^:/\s]+):(?!\/\/)(.+)$/.exec(text);
  if (!text.includes('://') && scp) {
    host = scp[1]!;
    path = scp[2]!;
  } else {
    let parsed: URL;
    try {
      parsed = new URL(text);
    } catch {
      return undefined;
    }
    if (!['https:', 'http:', 'ssh:', 'git:', 'git+ssh:'].includes(parsed.protocol)) return undefined;
    // Only https keeps its port on the web; an ssh port is not the web server's. Credentials are dropped.
    host = parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.host : parsed.hostname;
    path = decodeURIComponent(parsed.pathname);
  }
  const parts = path.replace(/\/+$/, '').split('/').filter(Boolean);
  if (parts.length < 2) return undefined;
  const repo = parseRepoName(`${parts[parts.length - 2]}/${parts[parts.length - 1]}`);
  if (!repo) return undefined;
  return { ...repo, webUrl: `https://${host}/${repo.owner}/${repo.name}` };
}
