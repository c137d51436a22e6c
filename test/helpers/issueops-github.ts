// A GitHub-compatible server on 127.0.0.1 for the IssueOps tests: issues with bodies and labels,
// comments with authors and times (created, edited, deleted), collaborator permissions, reactions,
// and a virtual clock that stamps every comment (so tests say when things happen). Real HTTP for
// the real Octokit client. Runs in the test process, or as a child (`node --import tsx <this file>
// '<options json>'` prints `listening <port>`) for scripts that block their event loop.
// Tests drive it over HTTP too: /__fake/* routes, no token needed.
import http from 'node:http';
import type { Socket } from 'node:net';
import { pathToFileURL } from 'node:url';

export interface FakeComment {
  id: number;
  issue: number;
  body: string;
  login: string;
  type: 'User' | 'Bot';
  created_at: string;
  updated_at: string;
}

export interface FakeIssue {
  number: number;
  title: string;
  body: string | null;
  labels: string[];
  login: string;
  created_at: string;
  updated_at: string;
}

export interface FakeState {
  issues: FakeIssue[];
  comments: FakeComment[];
  reactions: { commentId: number; content: string; login: string }[];
  log: { method: string; path: string; status: number }[];
  now: string;
}

export interface IssueOpsOptions {
  owner?: string;
  name?: string;
  token?: string;
  /** login -> role_name (admin, maintain, write, triage, read); anyone else is unknown (404). */
  roles?: Record<string, string>;
  /** Comment ids start here (GitHub's are large numbers). */
  firstCommentId?: number;
  /** The virtual clock's start. */
  now?: string;
  /**
   * Who the token acts for: by default GitHub Actions' app (its comments a Bot's, and GET /user
   * refused, as for GITHUB_TOKEN); a User for a personal access token.
   */
  tokenUser?: { login: string; type: 'User' | 'Bot' };
}

export const BOT_LOGIN = 'github-actions[bot]';
const DEFAULTS = { owner: 'acme', name: 'incidents', token: 'ghs_FAKEtoken000000000000000000000000000002' };

class Server {
  readonly o: Required<IssueOpsOptions>;
  issues: FakeIssue[] = [];
  comments: FakeComment[] = [];
  reactions: FakeState['reactions'] = [];
  log: FakeState['log'] = [];
  nextId: number;
  clock: number;
  base = '';
  private sockets = new Set<Socket>();
  private server = Object.assign(http.createServer((req, res) => void this.handle(req, res)), { keepAliveTimeout: 0 });

  constructor(options: IssueOpsOptions) {
    this.o = {
      owner: options.owner ?? DEFAULTS.owner, name: options.name ?? DEFAULTS.name, token: options.token ?? DEFAULTS.token,
      roles: options.roles ?? {}, firstCommentId: options.firstCommentId ?? 1_000_001, now: options.now ?? '2026-03-01T10:00:00Z',
      tokenUser: options.tokenUser ?? { login: BOT_LOGIN, type: 'Bot' },
    };
    this.nextId = this.o.firstCommentId;
    this.clock = Date.parse(this.o.now);
    this.server.on('connection', (s) => {
      this.sockets.add(s);
      s.on('close', () => this.sockets.delete(s));
    });
  }

  async listen(): Promise<number> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    const port = (this.server.address() as { port: number }).port;
    this.base = `http://127.0.0.1:${port}`;
    return port;
  }

  async close(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private iso = () => new Date(this.clock).toISOString().replace('.000Z', 'Z');
  private web = (path: string) => `https://github.com/${this.o.owner}/${this.o.name}${path}`;

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const raw = await readBody(req);
    const method = req.method ?? 'GET';
    if (url.pathname.startsWith('/__fake/')) return this.control(method, url.pathname, raw ? JSON.parse(raw) : {}, res);
    const auth = String(req.headers.authorization ?? '');
    let answer: { status: number; body: unknown; headers?: Record<string, string> };
    if (auth !== `token ${this.o.token}` && auth.toLowerCase() !== `bearer ${this.o.token}`.toLowerCase()) {
      answer = { status: 401, body: { message: 'Bad credentials' } };
    } else {
      try {
        answer = this.route(method, url.pathname, url.searchParams, raw ? JSON.parse(raw) : {});
      } catch (error) {
        answer = { status: 400, body: { message: `Problems parsing JSON: ${(error as Error).message}` } };
      }
    }
    this.log.push({ method, path: url.pathname, status: answer.status });
    send(res, answer.status, answer.body, answer.headers);
  }

  private route(method: string, path: string, q: URLSearchParams, body: Record<string, unknown>) {
    const me = this.o.tokenUser;
    if (path === '/user' && method === 'GET') {
      return me.type === 'Bot'
        ? { status: 403, body: { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest/users/users#get-the-authenticated-user' } }
        : { status: 200, body: { login: me.login, id: 4242, type: 'User' } };
    }
    const m = /^\/repos\/([^/]+)\/([^/]+)(\/.*)?$/.exec(path);
    if (!m || m[1]!.toLowerCase() !== this.o.owner.toLowerCase() || m[2]!.toLowerCase() !== this.o.name.toLowerCase()) return notFound();
    const rest = m[3] ?? '';
    let n: RegExpExecArray | null;
    if ((n = /^\/collaborators\/([^/]+)\/permission$/.exec(rest)) && method === 'GET') {
      const login = decodeURIComponent(n[1]!);
      const role = Object.entries(this.o.roles).find(([l]) => l.toLowerCase() === login.toLowerCase())?.[1];
      if (!role) return notFound();
      // GitHub's legacy `permission` folds triage into read and maintain into write.
      const permission = role === 'triage' ? 'read' : role === 'maintain' ? 'write' : role;
      return { status: 200, body: { permission, role_name: role, user: { login, type: 'User' } } };
    }
    if ((n = /^\/issues\/(\d+)$/.exec(rest))) {
      const issue = this.issues.find((i) => i.number === Number(n![1]));
      if (!issue) return notFound();
      if (method === 'PATCH') {
        if (typeof body.body === 'string') issue.body = body.body;
        if (typeof body.title === 'string') issue.title = body.title;
        issue.updated_at = this.iso();
      } else if (method !== 'GET') return notFound();
      return { status: 200, body: this.issueJson(issue) };
    }
    if ((n = /^\/issues\/(\d+)\/comments$/.exec(rest))) {
      const issue = this.issues.find((i) => i.number === Number(n![1]));
      if (!issue) return notFound();
      if (method === 'POST') return { status: 201, body: this.commentJson(this.addComment(issue.number, String(body.body ?? ''), me.login, me.type)) };
      if (method !== 'GET') return notFound();
      const all = this.comments.filter((c) => c.issue === issue.number).sort((a, b) => a.id - b.id).map((c) => this.commentJson(c));
      return this.page(all, q, `/repos/${this.o.owner}/${this.o.name}/issues/${issue.number}/comments`);
    }
    if ((n = /^\/issues\/comments\/(\d+)$/.exec(rest))) {
      const comment = this.comments.find((c) => c.id === Number(n![1]));
      if (!comment) return notFound();
      if (method === 'GET') return { status: 200, body: this.commentJson(comment) };
      if (method === 'PATCH') {
        comment.body = String(body.body ?? '');
        comment.updated_at = this.iso();
        return { status: 200, body: this.commentJson(comment) };
      }
      if (method === 'DELETE') {
        this.comments = this.comments.filter((c) => c !== comment);
        return { status: 204, body: '' };
      }
    }
    if ((n = /^\/issues\/comments\/(\d+)\/reactions$/.exec(rest)) && method === 'POST') {
      const id = Number(n[1]);
      if (!this.comments.some((c) => c.id === id)) return notFound();
      const content = String(body.content ?? '');
      const again = this.reactions.some((r) => r.commentId === id && r.content === content && r.login === me.login);
      if (!again) this.reactions.push({ commentId: id, content, login: me.login });
      return { status: again ? 200 : 201, body: { id: 1, content, user: { login: me.login, type: me.type } } };
    }
    return notFound();
  }

  addComment(issue: number, body: string, login: string, type: 'User' | 'Bot', at?: string): FakeComment {
    const when = at ?? this.iso();
    const comment: FakeComment = { id: this.nextId++, issue, body, login, type, created_at: when, updated_at: when };
    this.comments.push(comment);
    return comment;
  }

  private issueJson(i: FakeIssue) {
    return {
      id: 9000 + i.number, number: i.number, title: i.title, body: i.body, state: 'open', state_reason: null,
      html_url: this.web(`/issues/${i.number}`), url: `${this.base}/repos/${this.o.owner}/${this.o.name}/issues/${i.number}`,
      labels: i.labels.map((name, k) => ({ id: k + 1, name, color: 'ededed', description: null, default: false })),
      assignees: [], assignee: null, comments: this.comments.filter((c) => c.issue === i.number).length,
      user: { login: i.login, type: 'User' }, created_at: i.created_at, updated_at: i.updated_at, closed_at: null,
    };
  }

  private commentJson(c: FakeComment) {
    return {
      id: c.id, body: c.body, user: { login: c.login, type: c.type }, created_at: c.created_at, updated_at: c.updated_at,
      html_url: this.web(`/issues/${c.issue}#issuecomment-${c.id}`), issue_url: `${this.base}/repos/${this.o.owner}/${this.o.name}/issues/${c.issue}`,
      author_association: 'MEMBER',
    };
  }

  /** One page, with GitHub's Link header. */
  private page(all: unknown[], q: URLSearchParams, path: string) {
    const perPage = Math.min(100, Math.max(1, Number(q.get('per_page') ?? 30)));
    const page = Math.max(1, Number(q.get('page') ?? 1));
    const last = Math.max(1, Math.ceil(all.length / perPage));
    const link = (p: number, rel: string) => {
      const params = new URLSearchParams(q);
      params.set('page', String(p));
      return `<${this.base}${path}?${params}>; rel="${rel}"`;
    };
    const links = page < last ? [link(page + 1, 'next'), link(last, 'last')] : [];
    const headers: Record<string, string> = links.length ? { link: links.join(', ') } : {};
    return { status: 200, body: all.slice((page - 1) * perPage, page * perPage), headers };
  }

  /** What a webhook would carry for the comment now (the payload of issue_comment). */
  private payload(action: string, comment: FakeComment, extra: Record<string, unknown> = {}) {
    const issue = this.issues.find((i) => i.number === comment.issue)!;
    return {
      action, issue: this.issueJson(issue), comment: this.commentJson(comment), ...extra,
      repository: { full_name: `${this.o.owner}/${this.o.name}`, name: this.o.name, owner: { login: this.o.owner }, default_branch: 'main', html_url: this.web('') },
      sender: { login: comment.login, type: comment.type },
    };
  }

  private control(method: string, path: string, body: Record<string, any>, res: http.ServerResponse) {
    let n: RegExpExecArray | null;
    if (path === '/__fake/state') {
      return send(res, 200, { issues: this.issues, comments: this.comments, reactions: this.reactions, log: this.log, now: this.iso() } satisfies FakeState);
    }
    if (path === '/__fake/clock' && method === 'POST') {
      this.clock = body.at ? Date.parse(body.at) : this.clock + Number(body.seconds ?? 0) * 1000;
      return send(res, 200, { now: this.iso() });
    }
    if (path === '/__fake/log' && method === 'DELETE') {
      this.log = [];
      return send(res, 204, '');
    }
    if (path === '/__fake/issues' && method === 'POST') {
      const issue: FakeIssue = {
        number: Math.max(0, ...this.issues.map((i) => i.number)) + 1, title: body.title, body: body.body ?? null, labels: body.labels ?? [],
        login: body.login ?? 'alice', created_at: this.iso(), updated_at: this.iso(),
      };
      this.issues.push(issue);
      const payload = {
        action: 'opened', issue: this.issueJson(issue),
        repository: { full_name: `${this.o.owner}/${this.o.name}`, name: this.o.name, owner: { login: this.o.owner }, default_branch: 'main' },
        sender: { login: issue.login, type: 'User' },
      };
      return send(res, 201, { issue, payload });
    }
    if ((n = /^\/__fake\/issues\/(\d+)\/comments$/.exec(path)) && method === 'POST') {
      const c = this.addComment(Number(n[1]), body.body, body.login, body.type ?? 'User', body.at);
      return send(res, 201, { comment: c, payload: this.payload('created', c) });
    }
    if ((n = /^\/__fake\/comments\/(\d+)$/.exec(path)) && method === 'PATCH') {
      const c = this.comments.find((x) => x.id === Number(n![1]));
      if (!c) return send(res, 404, { message: 'no such comment' });
      const from = c.body;
      c.body = body.body;
      c.updated_at = this.iso();
      return send(res, 200, { comment: c, payload: this.payload('edited', c, { changes: { body: { from } } }) });
    }
    if ((n = /^\/__fake\/comments\/(\d+)\/created$/.exec(path)) && method === 'GET') {
      // The event a comment's creation sends (the Action's own, with a token whose comments trigger workflows).
      const c = this.comments.find((x) => x.id === Number(n![1]));
      if (!c) return send(res, 404, { message: 'no such comment' });
      return send(res, 200, { payload: this.payload('created', c) });
    }
    if ((n = /^\/__fake\/comments\/(\d+)$/.exec(path)) && method === 'DELETE') {
      const c = this.comments.find((x) => x.id === Number(n![1]));
      if (!c) return send(res, 404, { message: 'no such comment' });
      this.comments = this.comments.filter((x) => x !== c);
      return send(res, 200, { payload: this.payload('deleted', c) });
    }
    send(res, 404, { message: 'unknown control route' });
  }
}

const notFound = () => ({ status: 404, body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' } });

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

type Json = Record<string, any>;

/** What tests hold: the API URL, the token, and control calls (over HTTP). */
export interface IssueOpsGitHub {
  url: string;
  token: string;
  owner: string;
  name: string;
  state(): Promise<FakeState>;
  /** Sets the clock (`at`) or moves it on (`seconds`). */
  clock(to: { at?: string; seconds?: number }): Promise<string>;
  openIssue(issue: { title: string; body?: string; labels?: string[]; login?: string }): Promise<{ issue: FakeIssue; payload: Json }>;
  comment(issue: number, login: string, body: string, at?: string): Promise<{ comment: FakeComment; payload: Json }>;
  edit(id: number, body: string): Promise<{ comment: FakeComment; payload: Json }>;
  remove(id: number): Promise<{ payload: Json }>;
  /** The issue_comment event of a comment's creation. */
  created(id: number): Promise<{ payload: Json }>;
  close(): Promise<void>;
}

function controls(origin: string, o: { owner: string; name: string; token: string }, close: () => Promise<void>): IssueOpsGitHub {
  const call = async (method: string, path: string, body?: unknown): Promise<any> => {
    const res = await fetch(`${origin}/__fake/${path}`, { method, body: body === undefined ? undefined : JSON.stringify(body) });
    if (!res.ok) throw new Error(`fake GitHub: ${method} ${path}: ${res.status} ${await res.text()}`);
    return res.status === 204 ? undefined : res.json();
  };
  return {
    url: origin, ...o,
    state: () => call('GET', 'state'),
    clock: async (to) => (await call('POST', 'clock', to)).now,
    openIssue: (issue) => call('POST', 'issues', issue),
    comment: (issue, login, body, at) => call('POST', `issues/${issue}/comments`, { login, body, at }),
    edit: (id, body) => call('PATCH', `comments/${id}`, { body }),
    remove: (id) => call('DELETE', `comments/${id}`),
    created: (id) => call('GET', `comments/${id}/created`),
    close,
  };
}

export async function startIssueOpsGitHub(options: IssueOpsOptions = {}): Promise<IssueOpsGitHub> {
  const server = new Server(options);
  await server.listen();
  return controls(server.base, server.o, () => server.close());
}

/** The control client for a server started as a child process (listening on `port`). */
export function issueOpsGitHubAt(port: number, options: IssueOpsOptions = {}): IssueOpsGitHub {
  const o = { owner: options.owner ?? DEFAULTS.owner, name: options.name ?? DEFAULTS.name, token: options.token ?? DEFAULTS.token };
  return controls(`http://127.0.0.1:${port}`, o, async () => {});
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const server = new Server(JSON.parse(process.argv[2] ?? '{}') as IssueOpsOptions);
  const port = await server.listen();
  process.stdout.write(`listening ${port}\n`);
}
