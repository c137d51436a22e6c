// The GitHub calls of IssueOps on a comment (run on every comment of every tracking issue: the hot
// path) straight over httpFetch, without Octokit. Octokit's request pipeline and its plugins
// (pagination, retry and throttling, the last two on Bottleneck) cost more CPU than the rest of
// the run: measured on Node 24, a permission and a comment list took 52 ms of CPU through
// client.ts against 36 ms over node:http alone (node -e 0: 22 ms). The rules are client.ts's:
// reads (and reactions, which GitHub keeps once) are retried on a dropped connection or a server
// error, 3 times (waits of 1, 4 and 9 s); a secondary rate limit is waited out (retry-after) and
// tried again, writes included (GitHub did nothing); the primary one is waited for once when it
// resets within 2 minutes; writes go one at a time, a second apart; a request with no answer
// after 30 s fails like a dropped connection; errors are client.ts's (toGitHubError).
import { describeRequest, toGitHubError } from './errors.ts';
import { hideSecrets } from './secrets.ts';
import { httpFetch } from './http-fetch.ts';
import type { ClientOptions } from './client.ts';
import type { GitHub, IssueComment } from './types.ts';

export type CommentCalls = Pick<GitHub, 'repo' | 'issueComments' | 'permission' | 'addReaction' | 'createComment' | 'viewer'>;

/** The full client's options (a type only: client.ts and Octokit are not loaded). */
export type CommentClientOptions = Omit<ClientOptions, 'userAgent'>;

const MAX_RATE_LIMIT_WAIT_S = 120;
const MAX_SECONDARY_RETRIES = 3;
const WRITE_SPACING_MS = 1000;

interface Answer {
  status: number;
  headers: Record<string, string>;
  data: unknown;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function createCommentClient(options: CommentClientOptions): CommentCalls {
  const scale = options.timeScale ?? 1;
  const retries = options.retries ?? 3;
  const timeoutMs = options.timeoutMs ?? 30_000;
  const log = (line: string) => options.log?.(hideSecrets(line, [options.token]));
  const base = (options.apiUrl ?? 'https://api.github.com').replace(/\/+$/, '');
  const repoPath = `/repos/${encodeURIComponent(options.repo.owner)}/${encodeURIComponent(options.repo.name)}`;
  const headers: Record<string, string> = {
    accept: 'application/vnd.github+json', authorization: `token ${options.token}`, 'user-agent': 'casefile', 'x-github-api-version': '2022-11-28',
  };
  let lastWrite = -Infinity;

  /** One call, retried as the rules say; `again`: a repeat does no harm (reads, reactions). */
  async function call(method: string, url: string, body?: unknown, again = method === 'GET'): Promise<Answer> {
    const what = describeRequest({ method, url });
    let secondary = 0;
    let primary = 0;
    for (let attempt = 0; ; attempt++) {
      if (method !== 'GET') {
        const wait = lastWrite + WRITE_SPACING_MS * scale - process.uptime() * 1000;
        if (wait > 0) await sleep(wait);
        lastWrite = process.uptime() * 1000;
      }
      let answer: Answer | undefined;
      let failure: Error | undefined;
      try {
        const res = await httpFetch(url, {
          method, body: body === undefined ? undefined : JSON.stringify(body), signal: AbortSignal.timeout(timeoutMs),
          headers: body === undefined ? headers : { ...headers, 'content-type': 'application/json; charset=utf-8' },
        });
        const text = await res.text();
        let data: unknown = text;
        try {
          data = text ? JSON.parse(text) : undefined;
        } catch {
          // not JSON (a proxy's error page): kept as text
        }
        answer = { status: res.status, headers: Object.fromEntries(res.headers), data };
      } catch (error) {
        failure = (error as Error).name === 'TimeoutError' || (error as Error).name === 'AbortError'
          ? new TypeError('fetch failed', { cause: new Error(`no answer within ${timeoutMs / 1000}s`) }) : (error as Error);
      }
      if (answer && answer.status < 400) return answer;
      const said = typeof (answer?.data as { message?: unknown })?.message === 'string' ? (answer!.data as { message: string }).message : '';
      const h = answer?.headers ?? {};
      // What GitHub says to do, in client.ts's order: a secondary limit, the primary one, a failure.
      let wait: number | undefined;
      if (answer && (answer.status === 403 || answer.status === 429) && h['x-ratelimit-remaining'] !== '0' && (h['retry-after'] !== undefined || /secondary rate limit/i.test(said))) {
        const after = Number(h['retry-after']) || 60;
        if (secondary++ < MAX_SECONDARY_RETRIES) {
          log(`GitHub secondary rate limit on ${what}: waiting ${after}s`);
          wait = after * 1000;
        }
      } else if (answer && (answer.status === 403 || answer.status === 429) && h['x-ratelimit-remaining'] === '0') {
        const after = Math.max(0, Number(h['x-ratelimit-reset']) - Date.now() / 1000);
        if (primary++ < 1 && Number.isFinite(after) && after <= MAX_RATE_LIMIT_WAIT_S) {
          log(`GitHub rate limit reached on ${what}: waiting ${Math.ceil(after)}s for the reset`);
          wait = after * 1000;
        }
      } else if (again && (!answer || answer.status >= 500) && attempt < retries) {
        wait = (attempt + 1) ** 2 * 1000;
      }
      if (wait === undefined) {
        throw toGitHubError(answer
          ? { status: answer.status, message: said || String(answer.data ?? ''), request: { method, url }, response: { headers: h, data: answer.data } }
          : { message: failure?.cause instanceof Error ? `${failure.message}: ${failure.cause.message}` : failure?.message, request: { method, url } }, what);
      }
      await sleep(wait * scale);
    }
  }

  /** Every page of a list (GitHub's Link header names the next). */
  async function all<T>(path: string): Promise<T[]> {
    const out: T[] = [];
    for (let url: string | undefined = `${base}${path}${path.includes('?') ? '&' : '?'}per_page=100`; url; ) {
      const answer = await call('GET', url);
      out.push(...(answer.data as T[]));
      url = /<([^>]+)>;\s*rel="next"/.exec(answer.headers.link ?? '')?.[1];
    }
    return out;
  }

  return {
    repo: options.repo,
    async issueComments(number) {
      const comments = await all<RawComment>(`${repoPath}/issues/${number}/comments`);
      return comments.map((c): IssueComment => ({
        id: Number(c.id), body: c.body ?? '', login: c.user?.login ?? '', userType: c.user?.type ?? 'User',
        createdAt: c.created_at, updatedAt: c.updated_at, htmlUrl: c.html_url,
      }));
    },
    async permission(login) {
      try {
        const { data } = await call('GET', `${base}${repoPath}/collaborators/${encodeURIComponent(login)}/permission`);
        // role_name tells triage and maintain apart (permission says read and write for them).
        const d = data as { role_name?: string; permission?: string };
        return d.role_name || d.permission || 'none';
      } catch (error) {
        if ((error as { status?: number }).status === 404) return 'none'; // not a user GitHub knows
        throw error;
      }
    },
    async addReaction(commentId, content) {
      await call('POST', `${base}${repoPath}/issues/comments/${commentId}/reactions`, { content }, true);
    },
    async createComment(number, body) {
      const { data } = await call('POST', `${base}${repoPath}/issues/${number}/comments`, { body });
      return { id: Number((data as { id: number }).id) };
    },
    async viewer() {
      try {
        return ((await call('GET', `${base}/user`)).data as { login: string }).login;
      } catch (error) {
        if ((error as { status?: number }).status === 403) return undefined; // "Resource not accessible by integration"
        throw error;
      }
    },
  };
}

interface RawComment {
  id: number;
  body?: string | null;
  user?: { login: string; type?: string } | null;
  created_at: string;
  updated_at: string;
  html_url: string;
}
