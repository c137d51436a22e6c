// One error type per way GitHub can fail, so the command can decide: stop (auth, rate limit),
// skip one item (validation), or check what happened before trying again (server, network).
import { CommandError } from '../core/util/errors.ts';

export type GitHubErrorKind = 'auth' | 'not-found' | 'rate-limited' | 'validation' | 'server' | 'other';

/** Extends CommandError: the CLI's one top-level catch prints it as one line, exit 1. */
export class GitHubError extends CommandError {
  override name = 'GitHubError';
  constructor(message: string, readonly kind: GitHubErrorKind, readonly status?: number) {
    super(message);
  }
}

/** 401, or a 403 that is not a rate limit: the token is wrong or may not do this. */
export class AuthError extends GitHubError {
  override name = 'AuthError';
  constructor(message: string, status: number) {
    super(message, 'auth', status);
  }
}

export class NotFoundError extends GitHubError {
  override name = 'NotFoundError';
  constructor(message: string) {
    super(message, 'not-found', 404);
  }
}

/** The primary or secondary rate limit, when waiting was not worth it (or did not help). */
export class RateLimitError extends GitHubError {
  override name = 'RateLimitError';
  constructor(message: string, status: number, readonly resetAt?: number) {
    super(message, 'rate-limited', status);
  }
}

export interface FieldError {
  resource?: string;
  field?: string;
  code?: string;
  message?: string;
  value?: unknown;
}

/** 422: GitHub understood the request and refused its content (nothing was created). */
export class ValidationError extends GitHubError {
  override name = 'ValidationError';
  constructor(message: string, readonly errors: FieldError[]) {
    super(message, 'validation', 422);
  }
  /** True when GitHub refused because of this field (e.g. an assignee who cannot be assigned). */
  concerns(field: string): boolean {
    return this.errors.some((e) => e.field === field || (e.field === undefined && String(e.message ?? '').includes(field)));
  }
}

/** 5xx, a timeout or a dropped connection: the request may or may not have taken effect. */
export class ServerError extends GitHubError {
  override name = 'ServerError';
  constructor(message: string, status?: number) {
    super(message, 'server', status);
  }
}

interface RequestErrorLike {
  status?: number;
  message?: string;
  name?: string;
  request?: { method?: string; url?: string };
  response?: { headers?: Record<string, string | undefined>; data?: unknown };
}

/** Maps whatever Octokit threw to one of our errors; `what` names the call, e.g. "POST /repos/a/b/issues". */
export function toGitHubError(error: unknown, what?: string): GitHubError {
  if (error instanceof GitHubError) return error;
  const e = (error ?? {}) as RequestErrorLike;
  const call = what ?? describeRequest(e.request);
  const status = typeof e.status === 'number' ? e.status : undefined;
  const data = e.response?.data as { message?: unknown; errors?: unknown } | undefined;
  const said = typeof data?.message === 'string' ? data.message : firstLine(e.message ?? String(error));
  const headers = e.response?.headers ?? {};
  if (!e.response || status === undefined) {
    // No response at all: network trouble, a timeout or an abort (Octokit calls these 500).
    return new ServerError(`Could not reach GitHub for ${call}: ${firstLine(e.message ?? String(error))}`);
  }
  if (status === 401) return new AuthError(`GitHub rejected the token for ${call} (401 ${said}): check GITHUB_TOKEN or GH_TOKEN`, status);
  const rateLimited = status === 429 || (status === 403 && (headers['x-ratelimit-remaining'] === '0' || /rate limit/i.test(said)));
  if (rateLimited) {
    const reset = Number(headers['x-ratelimit-reset']);
    const resetAt = Number.isFinite(reset) && reset > 0 ? reset * 1000 : undefined;
    const when = resetAt ? `; it resets at ${new Date(resetAt).toISOString()}` : '';
    return new RateLimitError(`GitHub rate limit reached on ${call} (${status} ${said})${when}`, status, resetAt);
  }
  if (status === 403) return new AuthError(`GitHub refused ${call} (403 ${said}): the token needs read and write access to issues`, status);
  if (status === 404) return new NotFoundError(`GitHub found nothing at ${call} (404): check the repository name and that the token can see it`);
  if (status === 422) {
    const errors = Array.isArray(data?.errors) ? (data.errors as FieldError[]) : [];
    const detail = errors.map((x) => [x.field, x.code, x.message].filter(Boolean).join(' ')).filter(Boolean).join('; ');
    return new ValidationError(`GitHub did not accept ${call} (422 ${said}${detail ? `: ${detail}` : ''})`, errors);
  }
  if (status >= 500) return new ServerError(`GitHub failed on ${call} (${status} ${said})`, status);
  return new GitHubError(`GitHub answered ${call} with ${status} ${said}`, 'other', status);
}

/** "POST /repos/a/b/issues": the method and path, never the query (nor a host with credentials). */
export function describeRequest(request?: { method?: string; url?: string }): string {
  if (!request?.url) return 'a request';
  let path = request.url;
  try {
    path = new URL(request.url, 'http://github.invalid').pathname;
  } catch {
    path = request.url.split('?')[0] ?? request.url;
  }
  return `${request.method ?? 'GET'} ${path}`;
}

const firstLine = (text: string) => (text.split('\n')[0] ?? text).replace(/ - https:\/\/docs\.github\.com\S*$/, '').trim();
