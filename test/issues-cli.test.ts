// `incident issues` through the real built CLI (a child process; GITHUB_API_URL points at the
// fake GitHub, itself in a child process since spawnSync blocks this one): exit codes, output,
// GitHub Enterprise settings, a kill -9 in the middle of a run, and the token never printed.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { after, before, describe, test } from 'node:test';
import { findMarker } from '../src/core/issue-sync/issue-sync-marker.ts';
import { incidentText, startFakeGitHubProcess, type FakeGitHub } from './helpers/fake-github.ts';
import { makeRepo, snapshotCli, type TestRepo } from './helpers/repo.ts';

const ID = '2026-03-01-checkout-fails';
const ITEMS = [
  { id: 'AI-1', title: 'Add a canary stage', owner: 'dave', due: '2026-02-20', status: 'open' },
  { id: 'AI-2', title: 'Write a rollback runbook', owner: 'nobody', due: '2026-04-01', status: 'open' },
];

let fake: FakeGitHub;
const repos: TestRepo[] = [];
before(async () => (fake = await startFakeGitHubProcess()));
after(async () => {
  await fake.close();
  for (const r of repos) r.cleanup();
});

function repoWith(files: Record<string, Record<string, unknown>[]>, origin = 'https://github.com/acme/incidents.git'): TestRepo {
  const repo = makeRepo();
  repos.push(repo);
  if (origin) spawnSync('git', ['remote', 'add', 'origin', origin], { cwd: repo.dir });
  for (const [id, items] of Object.entries(files)) repo.write(`incidents/${id}.md`, incidentText(id, items));
  return repo;
}

const env = (over: Record<string, string | undefined> = {}) => ({
  GITHUB_TOKEN: fake.token, GH_TOKEN: undefined, GITHUB_API_URL: fake.url, CASEFILE_GITHUB_TIME_SCALE: '0', CASEFILE_GITHUB_TIMEOUT_MS: '500', ...over,
});

describe('incident issues (built CLI)', () => {
  test('no token: one clear line, exit 2, nothing written, no request made', async () => {
    const repo = repoWith({ [ID]: ITEMS });
    const before = repo.read(`incidents/${ID}.md`);
    await fake.resetLog();
    const r = repo.run(['issues', '--all'], { env: env({ GITHUB_TOKEN: undefined }) });
    assert.equal(r.code, 2);
    assert.equal(r.stdout, '');
    assert.equal(r.stderr, 'incident: No GitHub token: set GITHUB_TOKEN (or GH_TOKEN) to a token that can read and write issues in acme/incidents\n');
    assert.equal(repo.read(`incidents/${ID}.md`), before);
    assert.deepEqual((await fake.state()).log, []);
  });

  test('usage errors: no ids and no --all, both, an unknown id, a bad --repo', () => {
    const repo = repoWith({ [ID]: ITEMS });
    const cases: [string[], RegExp][] = [
      [['issues'], /Missing incident ids, expected one or more ids, or --all/],
      [['issues', ID, '--all'], /Unexpected incident ids with --all/],
      [['issues', 'nope'], /Unknown incident "nope"/],
      [['issues', '--all', '--repo', 'just-a-name'], /Unexpected --repo "just-a-name", expected owner\/name/],
    ];
    for (const [args, message] of cases) {
      const r = repo.run(args, { env: env() });
      assert.equal(r.code, 2, args.join(' '));
      assert.match(r.stderr, message);
    }
  });

  test('creates, prints what changed and a summary, exit 0; the second run changes nothing', async () => {
    const repo = repoWith({ [ID]: ITEMS });
    const r = repo.run(['issues', ID], { env: env() });
    assert.equal(r.code, 0, r.stderr);
    const n = (await fake.state()).issues.filter((i) => findMarker(i.body)?.startsWith(`${ID}/`)).map((i) => i.number);
    assert.equal(n.length, 2);
    assert.match(r.stdout, new RegExp(`incidents/${ID}\\.md: AI-1 -> #${n[0]} created https://github\\.com/acme/incidents/issues/${n[0]}`));
    assert.match(r.stdout, /AI-2 note: could not assign nobody \(GitHub refused the assignee\); created unassigned/);
    assert.match(r.stdout, /incident +item +action +issue +status +detail/);
    assert.match(r.stdout, /overdue \(1\):\n {2}2026-03-01-checkout-fails {2}AI-1 {2}due 2026-02-20 {2}dave/);
    assert.match(r.stdout, /acme\/incidents: 2 created, 0 adopted, 0 updated, 0 unchanged$/m);
    assert.match(r.stderr, /incident issues: listing issues labelled action-item in acme\/incidents: page 1\nincident issues: creating issue 1\/2/);
    assert.match(repo.read(`incidents/${ID}.md`), new RegExp(`issue: https://github.com/acme/incidents/issues/${n[1]}`));

    await fake.resetLog();
    const again = repo.run(['issues', ID, '--json'], { env: env() });
    assert.equal(again.code, 0);
    const result = JSON.parse(again.stdout);
    assert.deepEqual(result.counts, { create: 0, adopt: 0, update: 0, nothing: 2, failed: 0 });
    assert.equal(result.repo, 'acme/incidents');
    assert.deepEqual((await fake.state()).log.filter((l) => l.method !== 'GET'), []);
  });

  test('--dry-run --json: the plan, nothing written', async () => {
    const repo = repoWith({ '2026-03-02-other': ITEMS });
    const before = repo.read('incidents/2026-03-02-other.md');
    await fake.resetLog();
    const r = repo.run(['issues', '--all', '--dry-run', '--json'], { env: env() });
    assert.equal(r.code, 0, r.stderr);
    const plan = JSON.parse(r.stdout);
    assert.equal(plan.dryRun, true);
    assert.deepEqual(plan.items.map((i: { action: string }) => i.action), ['create', 'create']);
    assert.deepEqual(plan.items[0].create, { title: 'Add a canary stage', labels: ['incident', 'action-item', 'SEV-2'], assignee: 'dave' });
    assert.equal(repo.read('incidents/2026-03-02-other.md'), before);
    assert.deepEqual((await fake.state()).log.filter((l) => l.method !== 'GET'), []);
  });

  test('GitHub Enterprise: github.repo and github.api_url from .incident.yml, no origin remote needed', async () => {
    const ghe = await startFakeGitHubProcess({ owner: 'ops', name: 'post-mortems', prefix: '/api/v3' });
    try {
      const repo = repoWith({ [ID]: ITEMS.slice(0, 1) }, '');
      repo.write('.incident.yml', `github:\n  repo: ops/post-mortems\n  api_url: ${ghe.url}\n`);
      const r = repo.run(['issues', '--all'], { env: env({ GITHUB_API_URL: undefined, GITHUB_TOKEN: undefined, GH_TOKEN: ghe.token }) });
      assert.equal(r.code, 0, r.stderr);
      const { issues, log } = await ghe.state();
      assert.equal(issues.length, 1);
      assert.ok(log.every((l) => l.path.startsWith('/repos/ops/post-mortems/')));
      assert.ok(!issues[0]!.body!.includes('/blob/'), 'no origin remote: no link to the file, its path only');
      assert.match(issues[0]!.body!, /`incidents\/2026-03-01-checkout-fails\.md`/);
      // --repo wins over the config.
      const other = repo.run(['issues', '--all', '--repo', 'ops/elsewhere'], { env: env({ GITHUB_API_URL: undefined, GITHUB_TOKEN: ghe.token }) });
      assert.equal(other.code, 0, other.stderr);
      assert.match(other.stdout, /ops\/elsewhere: 0 created/);
    } finally {
      await ghe.close();
    }
  });

  test('an item that fails makes the exit code 1; GitHub unreachable stops the run with exit 1', async () => {
    const repo = repoWith({ '2026-03-03-fails': ITEMS.slice(0, 1) });
    await fake.inject({ method: 'POST', path: '/issues$', kind: 'status', status: 500 });
    const r = repo.run(['issues', '2026-03-03-fails'], { env: env() });
    assert.equal(r.code, 1);
    assert.match(r.stdout, /AI-1 failed: GitHub failed on POST \/repos\/acme\/incidents\/issues \(500 Server Error\); no issue was made, run again/);
    const down = repo.run(['issues', '2026-03-03-fails'], { env: env({ GITHUB_API_URL: 'http://127.0.0.1:9' }) });
    assert.equal(down.code, 1);
    assert.match(down.stderr, /^incident: Could not reach GitHub for GET \/repos\/acme\/incidents\/issues: /m);
    const ok = repo.run(['issues', '2026-03-03-fails'], { env: env() });
    assert.equal(ok.code, 0, ok.stderr);
  });
});

describe('kill -9 in the middle of a run', () => {
  test('issues made before the kill are adopted by the next run: zero duplicates', async () => {
    const files = Object.fromEntries(['a', 'b'].map((x) => [`2026-03-04-crash-${x}`, [1, 2, 3].map((i) => ({ id: `AI-${i}`, title: `Fix ${x}${i}`, status: 'open' }))]));
    const repo = repoWith(files);
    await fake.clearFaults();
    // The 4th create is made but never answered: the process is killed while it waits.
    await fake.inject({ method: 'POST', path: '/issues$', kind: 'hang-after', skip: 3 });
    const tsx = import.meta.resolve('tsx');
    const loader = new URL('./helpers/text-loader.mjs', import.meta.url).href;
    const main = new URL('../src/cli/main.ts', import.meta.url).href;
    const child = spawn(process.execPath, [
      '--import', tsx, '--import', loader, '--input-type=module',
      '-e', `import { main } from ${JSON.stringify(main)}; process.exitCode = await main(process.argv.slice(1));`, 'issues', '--all',
    ], { cwd: repo.dir, env: { ...process.env, ...env({ CASEFILE_GITHUB_TIMEOUT_MS: '60000' }) } as NodeJS.ProcessEnv, stdio: 'ignore' });
    const exited = new Promise((resolve) => child.on('exit', resolve));
    for (let i = 0; i < 200; i++) {
      if ((await fake.state()).log.some((l) => l.status === 'hung')) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    child.kill('SIGKILL');
    await exited;
    const made = (await fake.state()).issues.filter((i) => findMarker(i.body)?.startsWith('2026-03-04-crash-'));
    assert.equal(made.length, 4, 'three answered creates and the one in flight');
    assert.ok(repo.read('incidents/2026-03-04-crash-a.md').includes('issue: '), 'the first file was written before the kill');
    assert.ok(!repo.read('incidents/2026-03-04-crash-b.md').includes('issue: '), 'the second file was not');

    const r = repo.run(['issues', '--all'], { env: env() });
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /acme\/incidents: 2 created, 1 adopted, 0 updated, 3 unchanged/);
    const all = (await fake.state()).issues.filter((i) => findMarker(i.body)?.startsWith('2026-03-04-crash-'));
    const keys = all.map((i) => findMarker(i.body));
    assert.equal(new Set(keys).size, keys.length, 'no duplicates');
    assert.equal(all.length, 6);
    for (const x of ['a', 'b']) {
      const text = repo.read(`incidents/2026-03-04-crash-${x}.md`);
      for (const issue of all.filter((i) => findMarker(i.body)!.startsWith(`2026-03-04-crash-${x}/`))) {
        assert.ok(text.includes(`issue: https://github.com/acme/incidents/issues/${issue.number}\n`), `${x}: #${issue.number}`);
      }
    }
  });
});

describe('the token never appears in any output', () => {
  test('errors (echoed by a leaky server, a 401, a bad --repo), progress, waits, results, JSON', async () => {
    const token = fake.token;
    const repo = repoWith({ '2026-03-05-secret': ITEMS });
    const outputs: string[] = [];
    const runIt = (args: string[], over: Record<string, string | undefined> = {}) => {
      const r = repo.run(args, { env: env({ CASEFILE_DEBUG: '1', ...over }) });
      outputs.push(`${r.stdout}${r.stderr}`); // not the arguments: one of them is the token
      return r;
    };
    await fake.clearFaults();
    await fake.inject({ method: 'GET', path: '/issues$', kind: 'echo-auth', times: 4 });
    assert.equal(runIt(['issues', '--all']).code, 1);
    assert.equal(runIt(['issues', '--all'], { GITHUB_TOKEN: undefined, GH_TOKEN: 'ghp_wrongButSecret0000000000000000000000' }).code, 1);
    assert.equal(runIt(['issues', '--all', '--repo', token]).code, 2);
    await fake.inject({
      method: 'POST', path: '/issues$', kind: 'status', status: 403, headers: { 'retry-after': '1' },
      body: { message: `You have exceeded a secondary rate limit (${token})` },
    });
    assert.equal(runIt(['issues', '--all']).code, 0);
    assert.equal(runIt(['issues', '--all', '--json']).code, 0);
    assert.equal(runIt(['issues', '--all', '--dry-run']).code, 0);
    const all = outputs.join('\n');
    assert.match(all, /upstream failed for token \[secure\]/, 'the leaky message is shown, masked');
    assert.match(all, /Unexpected --repo "\[secure\]"/);
    assert.match(all, /GitHub rejected the token .*401 Bad credentials/);
    for (const secret of [token, 'ghp_wrongButSecret0000000000000000000000', token.slice(4)]) {
      assert.ok(!all.includes(secret), `found a secret in:\n${all}`);
    }
  });
});

describe('two runs at once in one clone', () => {
  test('make each issue once: the second waits for the first, then finds its links', async () => {
    const files = Object.fromEntries(['a', 'b'].map((x) => [`2026-03-06-both-${x}`, [1, 2, 3].map((i) => ({ id: `AI-${i}`, title: `Fix ${x}${i}`, status: 'open' }))]));
    const repo = repoWith(files);
    await fake.clearFaults();
    const bin = snapshotCli();
    const runs = [0, 1].map(() => new Promise<{ code: number | null; out: string }>((resolve) => {
      const child = spawn(process.execPath, [bin, 'issues', '--all'], { cwd: repo.dir, env: { ...process.env, ...env() } as NodeJS.ProcessEnv });
      let out = '';
      child.stdout.on('data', (d) => (out += d));
      child.stderr.on('data', (d) => (out += d));
      child.on('exit', (code) => resolve({ code, out }));
    }));
    const done = await Promise.all(runs);
    for (const r of done) assert.equal(r.code, 0, r.out);
    const made = (await fake.state()).issues.filter((i) => findMarker(i.body)?.startsWith('2026-03-06-both-'));
    assert.equal(made.length, 6, 'six items, six issues');
    assert.deepEqual(done.map((r) => /6 created/.test(r.out)).sort(), [false, true], done.map((r) => r.out).join('\n'));
    for (const x of ['a', 'b']) assert.equal(repo.read(`incidents/2026-03-06-both-${x}.md`).split('issue: https://github.com/acme/incidents/issues/').length, 4);
  });
});
