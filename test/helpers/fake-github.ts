// A small, stateful GitHub-compatible server on 127.0.0.1 for the issues tests: issues with
// numbers, labels, state and state_reason, pagination with Link headers, assignees that can be
// refused (422), a request log, and faults injected on matching requests (a 502 after the issue
// was made, a secondary rate limit, 500s, a dropped connection, no answer at all).
// It runs in the test process (startFakeGitHub) or, for tests that run the built CLI with
// spawnSync (which blocks the test's event loop), in a child process (startFakeGitHubProcess).
// Tests drive both the same way, over HTTP: /__fake/* routes, no token needed.
import { spawn } from 'node:child_process';
import http from 'node:http';
import type { Socket } from 'node:net';
import { fileURLToPath, pathToFileURL } from 'node:url';

export interface FakeIssue {
  number: number;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  state_reason: string | null;
  labels: string[];
  assignees: string[];
  comments: string[];
  pull_request?: boolean;
  /** For pull requests: the files it changes. */
  files?: { filename: string; status: string }[];
  created_at: string;
}

export interface FakeLabel {
  name: string;
  color: string;
  description: string | null;
}

export type FaultKind =
  | 'status' // answer with `status` (and headers/body) without doing anything
  | 'after' // do the request, then answer with `status` instead (a 502 after the issue was made)
  | 'drop' // close the connection without doing anything
  | 'drop-after' // do the request, then close the connection without an answer
  | 'hang' // never answer
  | 'hang-after' // do the request, then never answer (a client killed or timed out while waiting)
  | 'echo-auth'; // a 500 whose message repeats the Authorization header (a leaky proxy)

export interface Fault {
  method?: string;
  /** A regular expression (source) tested against the path, without the query. */
  path?: string;
  /** Let this many matching requests through first. */
  skip?: number;
  /** How many matching requests get the fault (default 1). */
  times?: number;
  kind: FaultKind;
  status?: number;
  headers?: Record<string, string>;
  body?: unknown;
}

export interface LoggedRequest {
  method: string;
  path: string;
  query: string;
  status: number | 'dropped' | 'hung';
}

export interface FakeOptions {
  owner?: string;
  name?: string;
  token?: string;
  /** Logins that can be assigned; any other assignee gets a 422. */
  assignable?: string[];
  /** Drop labels on create, as GitHub does for users without push access. */
  dropLabels?: boolean;
  /** Serve under a path, as GitHub Enterprise does (/api/v3). */
  prefix?: string;
  /** Refuse every write with 403, like the read-only token of a pull request from a fork. */
  readOnly?: boolean;
}

export interface FakeState {
  issues: FakeIssue[];
  labels: FakeLabel[];
  log: LoggedRequest[];
}

/** What tests hold: the API URL and control calls (all over HTTP). */
export interface FakeGitHub {
  url: string;
  owner: string;
  name: string;
  token: string;
  state(): Promise<FakeState>;
  inject(...faults: Fault[]): Promise<void>;
  clearFaults(): Promise<void>;
  resetLog(): Promise<void>;
  seedIssue(issue: Partial<FakeIssue> & { title: string }): Promise<FakeIssue>;
  updateIssue(number: number, patch: Partial<FakeIssue>): Promise<FakeIssue>;
  addComment(number: number, body: string): Promise<void>;
  close(): Promise<void>;
}

const DEFAULTS = { owner: 'acme', name: 'incidents', token: 'ghp_FAKEtoken000000000000000000000000000001' };

class Server {
  readonly o: Required<Omit<FakeOptions, 'assignable'>> & { assignable: Set<string> };
  issues: FakeIssue[] = [];
  labels: FakeLabel[] = [];
  log: LoggedRequest[] = [];
  faults: (Fault & { seen: number; used: number })[] = [];
  base = '';
  private sockets = new Set<Socket>();
  // keepAliveTimeout 0: idle sockets stay open until close(). With Node's 5 s default the server
  // closed an idle socket while a client's event loop was blocked (waiting for the issues lock);
  // the client's next request went out on that dead socket and failed (the flaky two-runs test).
  private server = Object.assign(http.createServer((req, res) => void this.handle(req, res)), { keepAliveTimeout: 0 });

  constructor(options: FakeOptions) {
    this.o = {
      owner: options.owner ?? DEFAULTS.owner, name: options.name ?? DEFAULTS.name, token: options.token ?? DEFAULTS.token,
      dropLabels: options.dropLabels ?? false, prefix: options.prefix ?? '', readOnly: options.readOnly ?? false,
      assignable: new Set((options.assignable ?? ['alice', 'dave']).map((l) => l.toLowerCase())),
    };
    this.server.on('connection', (s) => {
      this.sockets.add(s);
      s.on('close', () => this.sockets.delete(s));
    });
  }

  async listen(): Promise<number> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    const port = (this.server.address() as { port: number }).port;
    this.base = `http://127.0.0.1:${port}${this.o.prefix}`;
    return port;
  }

  async close(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const raw = await readBody(req);
    if (url.pathname.startsWith('/__fake/')) return this.control(req.method ?? 'GET', url.pathname, raw, res);
    const method = req.method ?? 'GET';
    const path = url.pathname.startsWith(this.o.prefix) ? url.pathname.slice(this.o.prefix.length) : url.pathname;
    const entry: LoggedRequest = { method, path, query: url.search.slice(1), status: 0 };
    this.log.push(entry);
    const fault = this.takeFault(method, path);
    const respond = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      entry.status = status;
      send(res, status, body, headers);
    };
    if (fault?.kind === 'hang') {
      entry.status = 'hung';
      return;
    }
    if (fault?.kind === 'drop') {
      entry.status = 'dropped';
      req.socket.destroy();
      return;
    }
    if (fault?.kind === 'status') return respond(fault.status ?? 500, fault.body ?? { message: 'Server Error' }, fault.headers);
    if (fault?.kind === 'echo-auth') return respond(500, { message: `upstream failed for ${req.headers.authorization}` });
    const auth = String(req.headers.authorization ?? '');
    if (auth !== `token ${this.o.token}` && auth !== `bearer ${this.o.token}` && auth !== `Bearer ${this.o.token}`) {
      return respond(401, { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest' });
    }
    let answer: { status: number; body: unknown; headers?: Record<string, string> };
    try {
      answer = this.route(method, path, url.searchParams, raw ? JSON.parse(raw) : {});
    } catch (error) {
      answer = { status: 400, body: { message: `Problems parsing JSON: ${(error as Error).message}` } };
    }
    if (fault?.kind === 'hang-after') {
      entry.status = 'hung';
      return;
    }
    if (fault?.kind === 'drop-after') {
      entry.status = 'dropped';
      req.socket.destroy();
      return;
    }
    if (fault?.kind === 'after') return respond(fault.status ?? 502, fault.body ?? { message: 'Server Error' }, fault.headers);
    respond(answer.status, answer.body, answer.headers);
  }

  private takeFault(method: string, path: string): Fault | undefined {
    for (const f of this.faults) {
      if (f.method && f.method.toUpperCase() !== method) continue;
      if (f.path && !new RegExp(f.path).test(path)) continue;
      if (f.used >= (f.times ?? 1)) continue;
      f.seen++;
      if (f.seen <= (f.skip ?? 0)) continue;
      f.used++;
      return f;
    }
    return undefined;
  }

  private route(method: string, path: string, q: URLSearchParams, body: Record<string, unknown>): { status: number; body: unknown; headers?: Record<string, string> } {
    const m = /^\/repos\/([^/]+)\/([^/]+)(\/.*)?$/.exec(path);
    if (!m || m[1]!.toLowerCase() !== this.o.owner.toLowerCase() || m[2]!.toLowerCase() !== this.o.name.toLowerCase()) {
      return { status: 404, body: { message: 'Not Found' } };
    }
    const rest = m[3] ?? '';
    const repoPath = `/repos/${this.o.owner}/${this.o.name}`;
    let n: RegExpExecArray | null;
    if (this.o.readOnly && method !== 'GET') return { status: 403, body: { message: 'Resource not accessible by integration' } };
    if ((n = /^\/pulls\/(\d+)\/files$/.exec(rest)) && method === 'GET') {
      const pull = this.issues.find((i) => i.number === Number(n![1]) && i.pull_request);
      if (!pull) return { status: 404, body: { message: 'Not Found' } };
      return this.page((pull.files ?? []).map((f) => ({ ...f, sha: '0'.repeat(40), additions: 1, deletions: 0, changes: 1 })), q, `${repoPath}/pulls/${pull.number}/files`);
    }
    if ((n = /^\/issues\/(\d+)\/comments$/.exec(rest)) && method === 'POST') {
      const issue = this.issues.find((i) => i.number === Number(n![1]));
      if (!issue) return { status: 404, body: { message: 'Not Found' } };
      issue.comments.push(String(body.body ?? ''));
      return { status: 201, body: { id: commentId(issue.number, issue.comments.length - 1), body: body.body, user: { login: 'casefile-bot' } } };
    }
    if ((n = /^\/issues\/comments\/(\d+)$/.exec(rest)) && method === 'PATCH') {
      const id = Number(n[1]);
      const issue = this.issues.find((i) => i.number === Math.floor(id / 1000));
      if (!issue || issue.comments[(id % 1000) - 1] === undefined) return { status: 404, body: { message: 'Not Found' } };
      issue.comments[(id % 1000) - 1] = String(body.body ?? '');
      return { status: 200, body: { id, body: body.body, user: { login: 'casefile-bot' } } };
    }
    if (rest === '/issues' && method === 'GET') {
      const labels = (q.get('labels') ?? '').split(',').map((l) => l.trim().toLowerCase()).filter(Boolean);
      const state = q.get('state') ?? 'open';
      let list = this.issues.filter((i) => (state === 'all' || i.state === state) && labels.every((l) => i.labels.some((x) => x.toLowerCase() === l)));
      const asc = q.get('direction') === 'asc';
      list = [...list].sort((a, b) => (asc ? a.number - b.number : b.number - a.number));
      return this.page(list.map((i) => this.issueJson(i)), q, `${repoPath}/issues`);
    }
    if (rest === '/issues' && method === 'POST') return this.createIssue(body);
    if ((n = /^\/issues\/(\d+)$/.exec(rest)) && method === 'GET') {
      const issue = this.issues.find((i) => i.number === Number(n![1]));
      return issue ? { status: 200, body: this.issueJson(issue) } : { status: 404, body: { message: 'Not Found' } };
    }
    if ((n = /^\/issues\/(\d+)\/labels$/.exec(rest)) && method === 'POST') {
      const issue = this.issues.find((i) => i.number === Number(n![1]));
      if (!issue) return { status: 404, body: { message: 'Not Found' } };
      for (const label of (body.labels as string[]) ?? []) this.addLabel(issue, label);
      return { status: 200, body: issue.labels.map((l) => this.labelJson(l)) };
    }
    if ((n = /^\/issues\/(\d+)\/comments$/.exec(rest)) && method === 'GET') {
      const issue = this.issues.find((i) => i.number === Number(n![1]));
      if (!issue) return { status: 404, body: { message: 'Not Found' } };
      return this.page(issue.comments.map((c, i) => ({ id: commentId(issue.number, i), body: c, user: { login: 'alice' } })), q, `${repoPath}/issues/${issue.number}/comments`);
    }
    if (rest === '/labels' && method === 'GET') return this.page(this.labels.map((l) => this.labelJson(l.name)), q, `${repoPath}/labels`);
    if (rest === '/labels' && method === 'POST') {
      const name = String(body.name ?? '');
      if (this.labels.some((l) => l.name.toLowerCase() === name.toLowerCase())) {
        return { status: 422, body: { message: 'Validation Failed', errors: [{ resource: 'Label', code: 'already_exists', field: 'name' }] } };
      }
      this.labels.push({ name, color: String(body.color ?? 'ededed'), description: (body.description as string) ?? null });
      return { status: 201, body: this.labelJson(name) };
    }
    if ((n = /^\/labels\/([^/]+)$/.exec(rest)) && method === 'GET') {
      const name = decodeURIComponent(n[1]!);
      return this.labels.some((l) => l.name.toLowerCase() === name.toLowerCase())
        ? { status: 200, body: this.labelJson(name) } : { status: 404, body: { message: 'Not Found' } };
    }
    return { status: 404, body: { message: 'Not Found' } };
  }

  private createIssue(body: Record<string, unknown>) {
    if (typeof body.title !== 'string' || !body.title) {
      return { status: 422, body: { message: 'Validation Failed', errors: [{ resource: 'Issue', code: 'missing_field', field: 'title' }] } };
    }
    const assignees = (body.assignees as string[] | undefined) ?? [];
    const refused = assignees.filter((a) => !this.o.assignable.has(a.toLowerCase()));
    if (refused.length) {
      return {
        status: 422,
        body: { message: 'Validation Failed', errors: refused.map((value) => ({ value, resource: 'Issue', field: 'assignees', code: 'invalid' })) },
      };
    }
    const issue = this.add({ title: body.title, body: (body.body as string) ?? null, assignees });
    if (!this.o.dropLabels) for (const label of (body.labels as string[]) ?? []) this.addLabel(issue, label);
    return { status: 201, body: this.issueJson(issue) };
  }

  add(partial: Partial<FakeIssue> & { title: string }): FakeIssue {
    const number = Math.max(0, ...this.issues.map((i) => i.number)) + 1;
    const issue: FakeIssue = {
      number, body: null, state: 'open', state_reason: null, labels: [], assignees: [], comments: [],
      created_at: new Date(Date.UTC(2026, 0, 1) + number * 1000).toISOString(), ...partial,
    };
    this.issues.push(issue);
    return issue;
  }

  private addLabel(issue: FakeIssue, name: string) {
    // GitHub makes a label that does not exist yet when an issue is given it (with push access).
    if (!this.labels.some((l) => l.name.toLowerCase() === name.toLowerCase())) this.labels.push({ name, color: 'ededed', description: null });
    if (!issue.labels.some((l) => l.toLowerCase() === name.toLowerCase())) issue.labels.push(name);
  }

  private labelJson(name: string) {
    const label = this.labels.find((l) => l.name.toLowerCase() === name.toLowerCase()) ?? { name, color: 'ededed', description: null };
    return { id: 1000 + this.labels.indexOf(label), name: label.name, color: label.color, description: label.description, default: false };
  }

  private issueJson(i: FakeIssue) {
    const api = `${this.base}/repos/${this.o.owner}/${this.o.name}/issues/${i.number}`;
    return {
      id: 5000 + i.number, number: i.number, title: i.title, body: i.body, state: i.state, state_reason: i.state_reason,
      url: api, html_url: `https://github.com/${this.o.owner}/${this.o.name}/${i.pull_request ? 'pull' : 'issues'}/${i.number}`,
      labels: i.labels.map((l) => this.labelJson(l)), assignees: i.assignees.map((login) => ({ login })),
      assignee: i.assignees[0] ? { login: i.assignees[0] } : null, comments: i.comments.length,
      user: { login: 'casefile-bot' }, created_at: i.created_at, updated_at: i.created_at,
      closed_at: i.state === 'closed' ? i.created_at : null,
      ...(i.pull_request ? { pull_request: { url: `${this.base}/repos/${this.o.owner}/${this.o.name}/pulls/${i.number}` } } : {}),
    };
  }

  /** One page of a list, with GitHub's Link header (absolute URLs, next/last/first/prev). */
  private page(all: unknown[], q: URLSearchParams, path: string) {
    const perPage = Math.min(100, Math.max(1, Number(q.get('per_page') ?? 30)));
    const page = Math.max(1, Number(q.get('page') ?? 1));
    const last = Math.max(1, Math.ceil(all.length / perPage));
    const link = (p: number, rel: string) => {
      const params = new URLSearchParams(q);
      params.set('page', String(p));
      return `<${this.base}${path}?${params}>; rel="${rel}"`;
    };
    const links = [
      ...(page > 1 ? [link(page - 1, 'prev')] : []),
      ...(page < last ? [link(page + 1, 'next'), link(last, 'last')] : []),
      ...(page > 1 ? [link(1, 'first')] : []),
    ];
    const headers: Record<string, string> = links.length ? { link: links.join(', ') } : {};
    return { status: 200, body: all.slice((page - 1) * perPage, page * perPage), headers };
  }

  private control(method: string, path: string, raw: string, res: http.ServerResponse) {
    const body = raw ? JSON.parse(raw) : {};
    let n: RegExpExecArray | null;
    if (path === '/__fake/state') return send(res, 200, { issues: this.issues, labels: this.labels, log: this.log });
    if (path === '/__fake/faults' && method === 'POST') {
      this.faults.push(...(body as Fault[]).map((f) => ({ ...f, seen: 0, used: 0 })));
      return send(res, 204, '');
    }
    if (path === '/__fake/faults' && method === 'DELETE') {
      this.faults = [];
      return send(res, 204, '');
    }
    if (path === '/__fake/log' && method === 'DELETE') {
      this.log = [];
      return send(res, 204, '');
    }
    if (path === '/__fake/issues' && method === 'POST') return send(res, 201, this.add(body));
    if ((n = /^\/__fake\/issues\/(\d+)$/.exec(path)) && method === 'PATCH') {
      const issue = this.issues.find((i) => i.number === Number(n![1]));
      if (!issue) return send(res, 404, { message: 'no such issue' });
      return send(res, 200, Object.assign(issue, body));
    }
    if ((n = /^\/__fake\/issues\/(\d+)\/comments$/.exec(path)) && method === 'POST') {
      this.issues.find((i) => i.number === Number(n![1]))?.comments.push(String(body.body));
      return send(res, 204, '');
    }
    send(res, 404, { message: 'unknown control route' });
  }
}

/** Comment ids encode their issue and place, so an update can find them: issue 7's 2nd comment is 7002. */
const commentId = (issue: number, index: number) => issue * 1000 + index + 1;

function send(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  if (res.destroyed) return;
  const text = status === 204 ? '' : JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'x-ratelimit-remaining': '4999', ...headers });
  res.end(text);
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (text += chunk));
    req.on('end', () => resolve(text));
    req.on('error', reject);
  });
}

/** The control client: the same for a server in this process or in a child. */
function client(origin: string, base: string, o: { owner: string; name: string; token: string }, close: () => Promise<void>): FakeGitHub {
  const call = async (method: string, path: string, body?: unknown) => {
    const res = await fetch(`${origin}/__fake/${path}`, { method, body: body === undefined ? undefined : JSON.stringify(body) });
    if (!res.ok) throw new Error(`fake GitHub: ${method} ${path}: ${res.status} ${await res.text()}`);
    return res.status === 204 ? undefined : res.json();
  };
  return {
    url: base, ...o,
    state: () => call('GET', 'state') as Promise<FakeState>,
    inject: async (...faults) => void (await call('POST', 'faults', faults)),
    clearFaults: async () => void (await call('DELETE', 'faults')),
    resetLog: async () => void (await call('DELETE', 'log')),
    seedIssue: (issue) => call('POST', 'issues', issue) as Promise<FakeIssue>,
    updateIssue: (number, patch) => call('PATCH', `issues/${number}`, patch) as Promise<FakeIssue>,
    addComment: async (number, body) => void (await call('POST', `issues/${number}/comments`, { body })),
    close,
  };
}

export async function startFakeGitHub(options: FakeOptions = {}): Promise<FakeGitHub> {
  const server = new Server(options);
  const port = await server.listen();
  return client(`http://127.0.0.1:${port}`, server.base, server.o, () => server.close());
}

/** The same server in a child process, for tests that block on spawnSync (the built CLI). */
export async function startFakeGitHubProcess(options: FakeOptions = {}): Promise<FakeGitHub> {
  const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), JSON.stringify(options)], {
    cwd: fileURLToPath(new URL('../..', import.meta.url)), stdio: ['ignore', 'pipe', 'inherit'],
  });
  process.on('exit', () => child.kill());
  const port = await new Promise<number>((resolve, reject) => {
    let out = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      out += chunk;
      const m = /listening (\d+)/.exec(out);
      if (m) resolve(Number(m[1]));
    });
    child.on('exit', (code) => reject(new Error(`fake GitHub exited with ${code}`)));
  });
  child.stdout.removeAllListeners('data');
  child.removeAllListeners('exit');
  const o = { owner: options.owner ?? DEFAULTS.owner, name: options.name ?? DEFAULTS.name, token: options.token ?? DEFAULTS.token };
  return client(`http://127.0.0.1:${port}`, `http://127.0.0.1:${port}${options.prefix ?? ''}`, o, async () => {
    child.kill();
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const server = new Server(JSON.parse(process.argv[2] ?? '{}') as FakeOptions);
  const port = await server.listen();
  process.stdout.write(`listening ${port}\n`);
}

/** An incident file with these action items (for the issues tests). */
export function incidentText(id: string, items: Record<string, unknown>[], severity = 'SEV-2'): string {
  const lines = items.map((item) => '  - ' + Object.entries(item).map(([k, v]) => `${k}: ${v === null ? '' : v}`.trimEnd()).join('\n    '));
  return `---
id: ${id}
title: Incident ${id}
kind: incident
severity: ${severity}
status: closed
timezone: UTC
action_items:
${lines.join('\n')}
---
## Summary

Body of ${id}.
`;
}
