// Contract tests: our GitHub client (the real Octokit, real HTTP) against responses GitHub really
// sent, recorded in @octokit/fixtures and served by @octokit/fixtures-server on 127.0.0.1.
// Each scenario checks the exact requests too: a request that differs from the recording gets a 404.
import assert from 'node:assert/strict';
import http from 'node:http';
import { after, before, test } from 'node:test';
import { createGitHub } from '../src/github/client.ts';
import { ValidationError } from '../src/github/errors.ts';

// The fixtures were recorded with this token (it is a placeholder, not a secret).
const TOKEN = '0000000000000000000000000000000000000001';
let server: http.Server;
let origin: string;

before(async () => {
  // Untyped JavaScript packages, loaded only by this test (express comes with the fixtures server).
  const express = (await import('express' as string)).default as () => http.RequestListener & { use(m: unknown): void };
  const fixtures = (await import('@octokit/fixtures-server' as string)).default as (o: object) => unknown;
  const app = express();
  server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  // fixturesUrl must be this server: recorded URLs (Link headers, html_url) are rewritten to it.
  app.use(fixtures({ fixturesUrl: origin, logLevel: 'silent' }));
});

after(async () => {
  server.closeAllConnections();
  server.close();
  // The fixtures server keeps each scenario for a minute on a timer; let the test process end now.
  const cachimo = (await import('cachimo' as string)) as { clear(): number };
  cachimo.clear();
});

/** Loads a scenario; returns a client whose API URL serves it. */
async function scenario(name: string, repo: string) {
  const res = await fetch(`${origin}/fixtures`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ scenario: name }) });
  assert.equal(res.status, 201);
  const { url } = (await res.json()) as { url: string };
  return createGitHub({ token: TOKEN, repo: { owner: 'octokit-fixture-org', name: repo }, apiUrl: url, timeScale: 0 });
}

test('paginate-issues: follows the Link header through every page', async () => {
  const gh = await scenario('paginate-issues', 'paginate-issues');
  const pages: number[] = [];
  const issues = await gh.listIssues({ perPage: 3 }, (page) => pages.push(page));
  assert.deepEqual(pages, [1, 2, 3, 4, 5]);
  assert.deepEqual(issues.map((i) => i.number), [13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1]);
  assert.equal(issues[0]!.title, 'Test issue 13');
  assert.equal(issues[0]!.state, 'open');
  assert.match(issues[0]!.htmlUrl, /\/octokit-fixture-org\/paginate-issues\/issues\/13$/);
});

test('paginate-issues: maxPages stops after the first page (the reconcile look at the newest issues)', async () => {
  const gh = await scenario('paginate-issues', 'paginate-issues');
  const issues = await gh.listIssues({ perPage: 3, maxPages: 1 });
  assert.deepEqual(issues.map((i) => i.number), [13, 12, 11]);
});

test('add-labels-to-issue: creates an issue (body exactly as recorded) and adds labels', async () => {
  const gh = await scenario('add-labels-to-issue', 'add-labels-to-issue');
  const issue = await gh.createIssue({ title: 'Issue without a label' });
  assert.equal(issue.number, 1);
  assert.equal(issue.title, 'Issue without a label');
  assert.deepEqual(issue.labels, []);
  assert.deepEqual(await gh.addLabels(1, ['Foo', 'bAr', 'baZ']), ['Foo', 'bAr', 'baZ']);
});

test('labels: lists, creates and reads labels', async () => {
  const gh = await scenario('labels', 'labels');
  const labels = await gh.listLabels();
  assert.ok(labels.some((l) => l.name === 'bug' && l.color === 'd73a4a'));
  const made = await gh.createLabel({ name: 'test-label', color: '663399' });
  assert.deepEqual(made, { name: 'test-label', color: '663399', description: null });
  assert.equal((await gh.getLabel('test-label')).name, 'test-label');
});

test('errors: a recorded 422 becomes a ValidationError naming the field', async () => {
  const gh = await scenario('errors', 'errors');
  await assert.rejects(gh.createLabel({ name: 'foo', color: 'invalid' }), (error: unknown) => {
    assert.ok(error instanceof ValidationError);
    assert.equal(error.status, 422);
    assert.deepEqual(error.errors, [{ resource: 'Label', code: 'invalid', field: 'color' }]);
    assert.ok(error.concerns('color'));
    assert.match(error.message, /422 Validation Failed: color invalid/);
    return true;
  });
});
