// The GitHub calls of IssueOps on a comment (src/github/comment-client.ts, without Octokit) against
// the fake server: the same rules as the Octokit client (github-client.test.ts): every page read,
// reads retried and creates never, rate limits waited out, errors typed, the token never shown.
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import { createCommentClient } from '../src/github/comment-client.ts';
import { AuthError, RateLimitError, ServerError } from '../src/github/errors.ts';
import { startFakeGitHub, type FakeGitHub } from './helpers/fake-github.ts';

describe('IssueOps comment calls against the fake server', () => {
  let fake: FakeGitHub;
  const logs: string[] = [];
  const client = (over: Partial<Parameters<typeof createCommentClient>[0]> = {}) => createCommentClient({
    token: fake.token, repo: { owner: fake.owner, name: fake.name }, apiUrl: fake.url, timeScale: 0, log: (l) => logs.push(l), ...over,
  });
  const requests = async (method: string, path: RegExp) => (await fake.state()).log.filter((r) => r.method === method && path.test(r.path));
  let issue: number;

  before(async () => {
    fake = await startFakeGitHub();
    issue = (await fake.seedIssue({ title: 'Checkout fails', comments: Array.from({ length: 230 }, (_, i) => `comment ${i}`) })).number;
  });
  after(() => fake.close());
  beforeEach(async () => {
    await fake.clearFaults();
    await fake.resetLog();
    logs.length = 0;
  });

  test('reads every page of the comments, in order', async () => {
    const comments = await client().issueComments(issue);
    assert.deepEqual(comments.map((c) => c.body), Array.from({ length: 230 }, (_, i) => `comment ${i}`));
    assert.equal((await requests('GET', /\/comments$/)).length, 3);
  });

  test('a 500 or a dropped connection on a read is retried, then succeeds', async () => {
    await fake.inject({ method: 'GET', path: '/comments$', kind: 'status', status: 500, times: 2 }, { method: 'GET', path: '/comments$', kind: 'drop', skip: 2 });
    assert.equal((await client().issueComments(issue)).length, 230);
    assert.equal((await requests('GET', /\/comments$/)).length, 6, 'two 500s, a drop, then three pages');
  });

  test('a read that keeps failing ends as a ServerError after 3 retries', async () => {
    await fake.inject({ method: 'GET', path: '/comments$', kind: 'status', status: 502, times: 10 });
    await assert.rejects(client().issueComments(issue), (e: unknown) => e instanceof ServerError && e.status === 502 && /GET \/repos\/acme\/incidents\/issues\/\d+\/comments/.test(e.message));
    assert.equal((await requests('GET', /\/comments$/)).length, 4);
  });

  test('a reply is never retried on a 502 (it was posted) nor after a dropped connection', async () => {
    await fake.inject({ method: 'POST', path: '/comments$', kind: 'after', status: 502 });
    await assert.rejects(client().createComment(issue, 'once'), (e: unknown) => e instanceof ServerError && e.status === 502);
    await fake.inject({ method: 'POST', path: '/comments$', kind: 'drop-after' });
    await assert.rejects(client().createComment(issue, 'dropped'), (e: unknown) => e instanceof ServerError && /Could not reach GitHub/.test(e.message));
    assert.equal((await requests('POST', /\/comments$/)).length, 2);
  });

  test('a reply that gets no answer times out as a ServerError, not retried', async () => {
    await fake.inject({ method: 'POST', path: '/comments$', kind: 'hang-after' });
    await assert.rejects(client({ timeoutMs: 200 }).createComment(issue, 'slow'), (e: unknown) => e instanceof ServerError && /no answer within 0.2s/.test(e.message));
    assert.equal((await requests('POST', /\/comments$/)).length, 1);
  });

  test('a secondary rate limit (403, retry-after) is waited out and the reply posted; one that does not lift is a RateLimitError', async () => {
    await fake.inject({
      method: 'POST', path: '/comments$', kind: 'status', status: 403, headers: { 'retry-after': '7' },
      body: { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.' },
    });
    assert.ok((await client().createComment(issue, 'after the limit')).id > 0);
    assert.equal((await requests('POST', /\/comments$/)).length, 2);
    assert.ok(logs.some((l) => /secondary rate limit on POST \/repos\/acme\/incidents\/issues\/\d+\/comments: waiting 7s/.test(l)), logs.join('\n'));
    await fake.inject({ method: 'GET', path: '/comments$', kind: 'status', status: 429, times: 10, headers: { 'retry-after': '1' }, body: { message: 'You have exceeded a secondary rate limit.' } });
    await assert.rejects(client().issueComments(issue), RateLimitError);
  });

  test('a bad token is an AuthError, not retried, and never shown', async () => {
    const token = 'ghp_wrongwrongwrongwrongwrongwrongwrong00';
    await assert.rejects(client({ token }).issueComments(issue), (e: unknown) => e instanceof AuthError && !String((e as Error).message).includes(token));
    assert.equal((await requests('GET', /\/comments$/)).length, 1);
  });
});
