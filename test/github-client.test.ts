// The GitHub client against the fake server: typed errors, which requests are retried (reads)
// and which never are (creates), rate-limit waits, timeouts; plus remote URLs, settings and secrets.
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import { DEFAULT_CONFIG } from '../src/core/config/config.ts';
import { UsageError } from '../src/core/util/errors.ts';
import { createGitHub } from '../src/github/client.ts';
import { AuthError, NotFoundError, RateLimitError, ServerError, ValidationError, toGitHubError } from '../src/github/errors.ts';
import { parseRemoteUrl, parseRepoName } from '../src/github/remote.ts';
import { hideSecrets, redactError } from '../src/github/secrets.ts';
import { resolveSettings } from '../src/github/settings.ts';
import { startFakeGitHub, type FakeGitHub } from './helpers/fake-github.ts';

describe('client against the fake server', () => {
  let fake: FakeGitHub;
  const logs: string[] = [];
  const client = (over: Partial<Parameters<typeof createGitHub>[0]> = {}) => createGitHub({
    token: fake.token, repo: { owner: fake.owner, name: fake.name }, apiUrl: fake.url, timeScale: 0, log: (l) => logs.push(l), ...over,
  });
  const requests = async (method: string, path: RegExp) => (await fake.state()).log.filter((r) => r.method === method && path.test(r.path));

  before(async () => (fake = await startFakeGitHub()));
  after(() => fake.close());
  beforeEach(async () => {
    await fake.clearFaults();
    await fake.resetLog();
    logs.length = 0;
  });

  test('lists all pages of a label, skipping pull requests', async () => {
    for (let i = 0; i < 5; i++) await fake.seedIssue({ title: `I${i}`, labels: ['action-item'] });
    await fake.seedIssue({ title: 'a PR', labels: ['action-item'], pull_request: true });
    await fake.seedIssue({ title: 'other', labels: ['bug'] });
    const pages: number[] = [];
    const issues = await client().listIssues({ labels: 'action-item', state: 'all', perPage: 2 }, (p) => pages.push(p));
    assert.deepEqual(pages, [1, 2, 3]);
    assert.deepEqual(issues.map((i) => i.title).sort(), ['I0', 'I1', 'I2', 'I3', 'I4']);
    assert.equal((await requests('GET', /\/issues$/)).length, 3);
  });

  test('a bad token is an AuthError (401), not retried', async () => {
    await assert.rejects(client({ token: 'ghp_wrongwrongwrongwrongwrongwrongwrong00' }).getIssue(1), AuthError);
    assert.equal((await requests('GET', /\/issues\/1$/)).length, 1);
  });

  test('an unknown repository is a NotFoundError', async () => {
    await assert.rejects(client({ repo: { owner: 'acme', name: 'nope' } }).listIssues({}), NotFoundError);
  });

  test('a 500 on a read is retried, then succeeds', async () => {
    await fake.inject({ method: 'GET', path: '/labels$', kind: 'status', status: 500, times: 2 });
    assert.ok(Array.isArray(await client().listLabels()));
    assert.equal((await requests('GET', /\/labels$/)).length, 3);
  });

  test('a read that keeps failing ends as a ServerError after 3 retries', async () => {
    await fake.inject({ method: 'GET', path: '/labels$', kind: 'status', status: 502, times: 10 });
    await assert.rejects(client().listLabels(), (e: unknown) => e instanceof ServerError && e.status === 502);
    assert.equal((await requests('GET', /\/labels$/)).length, 4);
  });

  test('a dropped connection on a read is retried', async () => {
    await fake.inject({ method: 'GET', path: '/labels$', kind: 'drop' });
    assert.ok(Array.isArray(await client().listLabels()));
    assert.equal((await requests('GET', /\/labels$/)).length, 2);
  });

  test('a create is never retried on a 502, even though the issue was made', async () => {
    await fake.inject({ method: 'POST', path: '/issues$', kind: 'after', status: 502 });
    await assert.rejects(client().createIssue({ title: 'Once' }), (e: unknown) => e instanceof ServerError && e.status === 502);
    assert.equal((await requests('POST', /\/issues$/)).length, 1);
    assert.equal((await fake.state()).issues.filter((i) => i.title === 'Once').length, 1);
  });

  test('a create is never retried after a dropped connection', async () => {
    await fake.inject({ method: 'POST', path: '/issues$', kind: 'drop-after' });
    await assert.rejects(client().createIssue({ title: 'Dropped' }), ServerError);
    assert.equal((await requests('POST', /\/issues$/)).length, 1);
  });

  test('a create that gets no answer times out as a ServerError, not retried', async () => {
    await fake.inject({ method: 'POST', path: '/issues$', kind: 'hang-after' });
    await assert.rejects(client({ timeoutMs: 200 }).createIssue({ title: 'Slow' }), (e: unknown) => e instanceof ServerError && /no answer within 0.2s/.test(e.message));
    assert.equal((await requests('POST', /\/issues$/)).length, 1);
  });

  test('a secondary rate limit (403, retry-after) waits and tries again, creates included', async () => {
    await fake.inject({
      method: 'POST', path: '/issues$', kind: 'status', status: 403, headers: { 'retry-after': '7' },
      body: { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.' },
    });
    const started = Date.now();
    const issue = await client().createIssue({ title: 'After the limit' });
    assert.equal(issue.title, 'After the limit');
    assert.ok(Date.now() - started < 2000, 'with timeScale 0 the wait is instant');
    assert.equal((await requests('POST', /\/issues$/)).length, 2);
    assert.ok(logs.some((l) => /secondary rate limit on POST \/repos\/acme\/incidents\/issues: waiting 7s/.test(l)), logs.join('\n'));
  });

  test('a secondary rate limit that does not lift ends as a RateLimitError', async () => {
    await fake.inject({
      method: 'GET', path: '/labels$', kind: 'status', status: 403, times: 10, headers: { 'retry-after': '1' },
      body: { message: 'You have exceeded a secondary rate limit.' },
    });
    await assert.rejects(client().listLabels(), RateLimitError);
    assert.equal((await requests('GET', /\/labels$/)).length, 4);
  });

  test('the primary rate limit far away is not waited for: RateLimitError with the reset time', async () => {
    const reset = Math.floor(Date.now() / 1000) + 3600;
    await fake.inject({
      method: 'GET', path: '/labels$', kind: 'status', status: 403,
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(reset) }, body: { message: 'API rate limit exceeded for user ID 1.' },
    });
    await assert.rejects(client().listLabels(), (e: unknown) => e instanceof RateLimitError && e.resetAt === reset * 1000 && /resets at/.test(e.message));
  });

  test('an assignee GitHub refuses is a 422 ValidationError about assignees', async () => {
    await assert.rejects(client().createIssue({ title: 'x', assignees: ['mallory'] }), (e: unknown) => e instanceof ValidationError && e.concerns('assignees'));
  });

  test('lastComment reads one page of one comment: the last', async () => {
    const issue = await fake.seedIssue({ title: 'c', comments: ['first', 'second', 'the why'] });
    assert.equal(await client().lastComment(issue.number, 3), 'the why');
    assert.equal(await client().lastComment(issue.number, 0), undefined);
  });
});

describe('remote URLs', () => {
  const cases: [string, string | undefined, string?][] = [
    ['https://github.com/acme/incidents.git', 'acme/incidents', 'https://github.com/acme/incidents'],
    ['https://github.com/acme/incidents', 'acme/incidents', 'https://github.com/acme/incidents'],
    ['https://x-access-token:ghs_abc@github.com/acme/incidents.git/', 'acme/incidents', 'https://github.com/acme/incidents'],
    ['git@github.com:acme/incidents.git', 'acme/incidents', 'https://github.com/acme/incidents'],
    ['github.com:acme/incidents', 'acme/incidents', 'https://github.com/acme/incidents'],
    ['ssh://git@github.com/acme/incidents.git', 'acme/incidents', 'https://github.com/acme/incidents'],
    ['ssh://git@ghe.example.com:2222/ops/post-mortems.git', 'ops/post-mortems', 'https://ghe.example.com/ops/post-mortems'],
    ['https://ghe.example.com:8443/ops/post-mortems.git', 'ops/post-mortems', 'https://ghe.example.com:8443/ops/post-mortems'],
    ['git://github.com/acme/incidents.git', 'acme/incidents', 'https://github.com/acme/incidents'],
    ['/srv/git/incidents.git', undefined],
    ['file:///srv/git/acme/incidents.git', undefined],
    ['https://github.com/acme', undefined],
  ];
  for (const [url, repo, web] of cases) {
    test(url, () => {
      const parsed = parseRemoteUrl(url);
      assert.equal(parsed ? `${parsed.owner}/${parsed.name}` : undefined, repo);
      if (web) assert.equal(parsed?.webUrl, web);
    });
  }
  test('owner/name', () => {
    assert.deepEqual(parseRepoName('acme/incidents'), { owner: 'acme', name: 'incidents' });
    assert.equal(parseRepoName('acme'), undefined);
    assert.equal(parseRepoName('a/b/c'), undefined);
    assert.equal(parseRepoName('-acme/x'), undefined);
  });
});

describe('settings', () => {
  const config = (github: { repo?: string; api_url?: string } = {}) => ({ ...DEFAULT_CONFIG, github });
  const root = '/nonexistent-no-git';

  test('--repo wins, then github.repo; the API URL from GITHUB_API_URL, then github.api_url', () => {
    const s = resolveSettings({ repoOption: 'a/b', config: config({ repo: 'c/d', api_url: 'https://ghe.example.com/api/v3/' }), env: { GH_TOKEN: 't0ken-value' }, root });
    assert.deepEqual(s.repo, { owner: 'a', name: 'b' });
    assert.equal(s.apiUrl, 'https://ghe.example.com/api/v3');
    assert.equal(s.token, 't0ken-value');
    const t = resolveSettings({ config: config({ repo: 'c/d' }), env: { GITHUB_TOKEN: 'x1234567', GITHUB_API_URL: 'http://127.0.0.1:9/api' }, root });
    assert.deepEqual(t.repo, { owner: 'c', name: 'd' });
    assert.equal(t.apiUrl, 'http://127.0.0.1:9/api');
    assert.equal(resolveSettings({ config: config({ repo: 'c/d' }), env: { GITHUB_TOKEN: 'x' }, root }).apiUrl, 'https://api.github.com');
  });

  test('usage errors: no token, no repository, a malformed repository or API URL', () => {
    assert.throws(() => resolveSettings({ config: config({ repo: 'c/d' }), env: {}, root }), (e: unknown) => e instanceof UsageError && /No GitHub token: set GITHUB_TOKEN \(or GH_TOKEN\)/.test(e.message));
    assert.throws(() => resolveSettings({ config: config(), env: { GITHUB_TOKEN: 'x' }, root }), /No GitHub repository: pass --repo/);
    assert.throws(() => resolveSettings({ repoOption: 'nope', config: config(), env: { GITHUB_TOKEN: 'x' }, root }), /Unexpected --repo "nope", expected owner\/name/);
    assert.throws(() => resolveSettings({ config: config({ repo: 'c/d' }), env: { GITHUB_TOKEN: 'x', GITHUB_API_URL: 'ftp://x' }, root }), /Unexpected GITHUB_API_URL/);
  });
});

describe('secrets', () => {
  const token = 'ghp_R3alLookingT0kenValue000000000000000';
  test('hideSecrets masks given values, URL-encoded forms and anything shaped like a GitHub token', () => {
    assert.equal(hideSecrets(`auth token ${token} failed`, [token]), 'auth token [secure] failed');
    assert.equal(hideSecrets('x my secret/value+1 y', ['my secret/value+1']), 'x [secure] y');
    assert.equal(hideSecrets(`u=${encodeURIComponent('p@ss w/rd!')}`, ['p@ss w/rd!']), 'u=[secure]');
    assert.equal(hideSecrets('remote https://x:github_pat_11ABCDEFG0123456789_abcdefghijklmnop@github.com', []), 'remote https://x:[secure]@github.com');
    assert.equal(hideSecrets('ghs_0123456789abcdefghij0123456789', []), '[secure]');
    assert.equal(hideSecrets('nothing here', [undefined, '', 'abc']), 'nothing here', 'short values are not masked');
  });

  test('redactError cleans the message and the stack, keeping the error type', () => {
    const error = redactError(new UsageError(`bad ${token}`), [token]);
    assert.ok(error instanceof UsageError);
    assert.equal(error.message, 'bad [secure]');
    assert.ok(!error.stack?.includes(token));
  });

  test('toGitHubError never repeats the request URL query or headers', () => {
    const e = toGitHubError({ status: 500, message: 'x', request: { method: 'GET', url: `https://api.github.com/repos/a/b/issues?access_token=${token}` }, response: { headers: {}, data: { message: 'boom' } } });
    assert.equal(e.message, 'GitHub failed on GET /repos/a/b/issues (500 boom)');
  });
});
