// The GitHub interface, backed by Octokit with the throttling and retry plugins. Reads are retried
// on server errors; creating an issue never is (a retried create can make a second issue: the
// caller reconciles by the issue's hidden marker instead).
// @octokit/core with pagination, not @octokit/rest: its table of every endpoint method (unused:
// requests name their routes) took ~35 ms to load, more than the rest of a short Action run.
import { Octokit } from '@octokit/core';
import { paginateRest } from '@octokit/plugin-paginate-rest';
import { throttling } from '@octokit/plugin-throttling';
import { retry } from '@octokit/plugin-retry';
import Bottleneck from 'bottleneck/light.js';
import { describeRequest, toGitHubError } from './errors.ts';
import { hideSecrets } from './secrets.ts';
import { httpFetch } from './http-fetch.ts';
import type { GitHub, Issue, IssueComment, Label, ListIssuesQuery, NewIssue, RepoRef } from './types.ts';

export interface ClientOptions {
  token: string;
  repo: RepoRef;
  /** https://api.github.com unless GitHub Enterprise (https://ghe.example.com/api/v3). */
  apiUrl?: string;
  /** Where waits and retries are reported (stderr); lines are already free of secrets. */
  log?: (line: string) => void;
  /** Multiplies every wait (write spacing, retry-after, backoff): 1 for real use, 0 in tests. */
  timeScale?: number;
  /** A request with no answer after this long fails like a dropped connection (default 30 s). */
  timeoutMs?: number;
  /** How many times a failed read is retried (default 3: waits of 1, 4 and 9 s, times timeScale). */
  retries?: number;
  userAgent?: string;
}

const CasefileOctokit = Octokit.plugin(paginateRest, throttling, retry);
/** Waiting longer than this for the primary rate limit to reset is worse than stopping with a clear message. */
const MAX_RATE_LIMIT_WAIT_S = 120;
const MAX_SECONDARY_RETRIES = 3;

export function createGitHub(options: ClientOptions): GitHub {
  const scale = options.timeScale ?? 1;
  const log = (line: string) => options.log?.(hideSecrets(line, [options.token]));
  const { owner, name: repo } = options.repo;
  const octokit = new CasefileOctokit({
    auth: options.token,
    baseUrl: (options.apiUrl ?? 'https://api.github.com').replace(/\/+$/, ''),
    userAgent: options.userAgent ?? 'casefile',
    // Octokit logs every failed request as an error; ours are reported once, as typed errors, by the caller.
    log: { debug: () => {}, info: () => {}, warn: (m: string) => log(m), error: () => {} },
    request: { fetch: fetchWithTimeout(options.timeoutMs ?? 30_000) },
    throttle: {
      // GitHub asks for writes one at a time, spaced out; issue creation notifies people, so more so.
      write: new Bottleneck.Group({ maxConcurrent: 1, minTime: 1000 * scale }),
      notifications: new Bottleneck.Group({ maxConcurrent: 1, minTime: 3000 * scale }),
      retryAfterBaseValue: 1000 * scale,
      onSecondaryRateLimit: (after: number, o: Route, _k: unknown, count: number) => {
        if (count >= MAX_SECONDARY_RETRIES) return false;
        log(`GitHub secondary rate limit on ${route(o)}: waiting ${after}s`);
        return true;
      },
      onRateLimit: (after: number, o: Route, _k: unknown, count: number) => {
        if (count >= 1 || after > MAX_RATE_LIMIT_WAIT_S) return false;
        log(`GitHub rate limit reached on ${route(o)}: waiting ${after}s for the reset`);
        return true;
      },
    },
    retry: { retryAfterBaseValue: 1000 * scale, ...(options.retries !== undefined && { retries: options.retries }) },
  });

  const call = async <T>(fn: () => Promise<T>): Promise<T> => {
    try {
      return await fn();
    } catch (error) {
      throw isHttpError(error) ? toGitHubError(error) : error;
    }
  };
  const base = { owner, repo };

  return {
    repo: options.repo,
    listIssues: (query: ListIssuesQuery, onPage?: (page: number) => void) => call(async () => {
      const params = defined({
        ...base, labels: query.labels, state: query.state, sort: query.sort, direction: query.direction, per_page: query.perPage,
      });
      const issues: Issue[] = [];
      let page = 0;
      for await (const response of octokit.paginate.iterator('GET /repos/{owner}/{repo}/issues', params)) {
        page++; // not inside onPage?.(): an optional call skips evaluating its arguments
        onPage?.(page);
        for (const raw of response.data) if (!raw.pull_request) issues.push(toIssue(raw));
        if (query.maxPages && page >= query.maxPages) break;
      }
      return issues;
    }),
    getIssue: (number: number) => call(async () =>
      toIssue((await octokit.request('GET /repos/{owner}/{repo}/issues/{issue_number}', { ...base, issue_number: number })).data)),
    createIssue: (issue: NewIssue) => call(async () => toIssue((await octokit.request('POST /repos/{owner}/{repo}/issues', {
      ...base, ...defined({ title: issue.title, body: issue.body, labels: issue.labels, assignees: issue.assignees }),
      request: { retries: 0 }, // see the header comment: never retry a create blindly
    })).data)),
    addLabels: (number: number, labels: string[]) => call(async () => {
      const { data } = await octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/labels', { ...base, issue_number: number, labels });
      return data.map((l) => l.name);
    }),
    listLabels: (query: { perPage?: number } = {}) => call(async () => {
      const labels = await octokit.paginate('GET /repos/{owner}/{repo}/labels', defined({ ...base, per_page: query.perPage }));
      return labels.map(toLabel);
    }),
    getLabel: (name: string) => call(async () => toLabel((await octokit.request('GET /repos/{owner}/{repo}/labels/{name}', { ...base, name })).data)),
    createLabel: (label: { name: string; color: string; description?: string }) => call(async () =>
      toLabel((await octokit.request('POST /repos/{owner}/{repo}/labels', { ...base, ...defined(label) })).data)),
    lastComment: (number: number, count: number) => call(async () => {
      if (count < 1) return undefined;
      // One request: with one comment per page, page `count` holds the last one.
      const { data } = await octokit.request('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', {
        ...base, issue_number: number, per_page: 1, page: count,
      });
      return data[0]?.body ?? undefined;
    }),
    listPullRequestFiles: (number: number) => call(async () => {
      const files = await octokit.paginate('GET /repos/{owner}/{repo}/pulls/{pull_number}/files', { ...base, pull_number: number, per_page: 100 });
      return files.map((f) => ({ path: f.filename, status: f.status }));
    }),
    listComments: (number: number) => call(async () => {
      const comments = await octokit.paginate('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', { ...base, issue_number: number, per_page: 100 });
      return comments.map((c) => ({ id: Number(c.id), body: c.body ?? '' }));
    }),
    createComment: (number: number, body: string) => call(async () => {
      const { data } = await octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
        ...base, issue_number: number, body, request: { retries: 0 }, // like issues: a retried create can duplicate
      });
      return { id: Number(data.id) };
    }),
    updateComment: (id: number, body: string) => call(async () => {
      const { data } = await octokit.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', { ...base, comment_id: id, body });
      return { id: Number(data.id) };
    }),
    issueComments: (number: number) => call(async () => {
      const comments = await octokit.paginate('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', { ...base, issue_number: number, per_page: 100 });
      return comments.map((c): IssueComment => ({
        id: Number(c.id), body: c.body ?? '', login: c.user?.login ?? '', userType: c.user?.type ?? 'User',
        createdAt: c.created_at, updatedAt: c.updated_at, htmlUrl: c.html_url,
      }));
    }),
    deleteComment: (id: number) => call(async () => {
      await octokit.request('DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}', { ...base, comment_id: id });
    }),
    addReaction: (commentId: number, content: '+1' | 'eyes' | 'confused') => call(async () => {
      await octokit.request('POST /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions', { ...base, comment_id: commentId, content });
    }),
    permission: (login: string) => call(async () => {
      try {
        const { data } = await octokit.request('GET /repos/{owner}/{repo}/collaborators/{username}/permission', { ...base, username: login });
        // role_name tells triage and maintain apart (permission says read and write for them).
        return (data as { role_name?: string }).role_name || data.permission || 'none';
      } catch (error) {
        if ((error as { status?: number }).status === 404) return 'none'; // not a user GitHub knows
        throw error;
      }
    }),
    updateIssueBody: (number: number, body: string) => call(async () => {
      await octokit.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', { ...base, issue_number: number, body });
    }),
    viewer: () => call(async () => {
      try {
        return (await octokit.request('GET /user')).data.login;
      } catch (error) {
        if ((error as { status?: number }).status === 403) return undefined; // "Resource not accessible by integration"
        throw error;
      }
    }),
  };
}

type Route = { method: string; url: string } & Record<string, unknown>;
/** "POST /repos/acme/x/issues": the handlers get the route template (`{owner}`) and its parameters. */
const route = (o: Route) => describeRequest({ method: o.method, url: o.url.replace(/\{(\w+)\}/g, (_, k: string) => encodeURIComponent(String(o[k] ?? k))) });

interface RawIssue {
  number: number;
  title: string;
  body?: string | null;
  state: string;
  state_reason?: string | null;
  html_url: string;
  labels?: (string | { name?: string })[];
  assignees?: { login: string }[] | null;
  comments?: number;
}

function toIssue(raw: RawIssue): Issue {
  return {
    number: raw.number,
    title: raw.title,
    body: raw.body ?? '',
    state: raw.state === 'closed' ? 'closed' : 'open',
    stateReason: raw.state_reason ?? null,
    htmlUrl: raw.html_url,
    labels: (raw.labels ?? []).map((l) => (typeof l === 'string' ? l : l.name ?? '')).filter(Boolean),
    assignees: (raw.assignees ?? []).map((a) => a.login),
    comments: raw.comments ?? 0,
  };
}

const toLabel = (raw: { name: string; color: string; description?: string | null }): Label =>
  ({ name: raw.name, color: raw.color, description: raw.description ?? null });

/** Drops undefined values, so requests carry only what was asked (recorded fixtures match bodies exactly). */
function defined<T extends Record<string, unknown>>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** Octokit's RequestError (with a status) or an abort: anything else is our own bug and passes through. */
const isHttpError = (error: unknown) =>
  error instanceof Error && (typeof (error as { status?: unknown }).status === 'number' || error.name === 'AbortError');

/**
 * fetch (ours over node:http: httpFetch) with a deadline; a missed deadline looks like a dropped
 * connection (so reads are retried, creates are not).
 */
function fetchWithTimeout(ms: number): typeof fetch {
  return (async (input: string | URL, init?: RequestInit) => {
    const deadline = AbortSignal.timeout(ms);
    const signal = init?.signal ? AbortSignal.any([init.signal, deadline]) : deadline;
    try {
      return await httpFetch(input, { ...(init as Parameters<typeof httpFetch>[1]), signal });
    } catch (error) {
      if (deadline.aborted) throw new TypeError('fetch failed', { cause: new Error(`no answer within ${ms / 1000}s`) });
      throw error;
    }
  }) as unknown as typeof fetch;
}
