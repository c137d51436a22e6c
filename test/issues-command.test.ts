// `incident issues` (the command function, in this process) against the stateful fake GitHub:
// exactly once under every fault we can inject, back-sync, dry runs, and request counts.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, beforeEach, describe, test } from 'node:test';
import { parseIncidentText } from '../src/core/document/document.ts';
import { findMarker, markerFor } from '../src/core/issue-sync/issue-sync-marker.ts';
import { issues, type IssuesResult } from '../src/commands/issues.ts';
import { formatChanges, formatSummary } from '../src/commands/issues-format.ts';
import { AuthError } from '../src/github/errors.ts';
import { incidentText, startFakeGitHub, type Fault, type FakeGitHub } from './helpers/fake-github.ts';

let fake: FakeGitHub;
let dir: string;
const NOW = Date.parse('2026-03-10T12:00:00Z');
const progress: string[] = [];

before(async () => (fake = await startFakeGitHub()));
after(() => fake.close());
// Each test's repository goes when the next one is made, the last one after the file.
const removeDir = () => { if (dir) fs.rmSync(dir, { recursive: true, force: true }); };
after(removeDir);

/** A fresh repository (git, origin on GitHub) and a fresh fake GitHub state for each test. */
async function setup(files: Record<string, Record<string, unknown>[]>, options: { fake?: FakeGitHub } = {}) {
  if (options.fake === undefined) {
    await fake.close();
    fake = await startFakeGitHub();
  }
  removeDir();
  dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'casefile-issues-')));
  execFileSync('git', ['init', '-q'], { cwd: dir });
  execFileSync('git', ['remote', 'add', 'origin', 'git@github.com:acme/incidents.git'], { cwd: dir });
  fs.mkdirSync(path.join(dir, 'incidents'));
  for (const [id, items] of Object.entries(files)) fs.writeFileSync(path.join(dir, 'incidents', `${id}.md`), incidentText(id, items));
}

function run(options: { ids?: string[]; dryRun?: boolean; env?: Record<string, string> } = {}): Promise<IssuesResult> {
  const env = { GITHUB_TOKEN: fake.token, GITHUB_API_URL: fake.url, CASEFILE_GITHUB_TIME_SCALE: '0', CASEFILE_GITHUB_TIMEOUT_MS: '300', ...options.env };
  return issues({ ids: options.ids ?? [], all: !options.ids, dryRun: options.dryRun }, { cwd: dir, now: NOW, env }, { progress: (l) => progress.push(l) });
}

const read = (id: string) => fs.readFileSync(path.join(dir, 'incidents', `${id}.md`), 'utf8');
const items = (id: string) => parseIncidentText(read(id)).data.action_items as Record<string, string>[];
const writes = async () => (await fake.state()).log.filter((r) => r.method !== 'GET');

/**
 * The invariant: every item that should have an issue has exactly one issue carrying its marker,
 * and the file points at that issue. Zero duplicates.
 */
async function assertConverged(ids: string[]) {
  const byKey = await assertNoDuplicates();
  for (const id of ids) {
    for (const item of items(id)) {
      const numbers = byKey.get(`${id}/${item.id}`);
      if (!numbers) {
        assert.ok(item.status === 'done' || item.status === 'wont-do', `${id}/${item.id} has no issue`);
        continue;
      }
      assert.equal(item.issue, `https://github.com/acme/incidents/issues/${numbers[0]}`, `${id}/${item.id} points at its issue`);
    }
  }
}

async function assertNoDuplicates(): Promise<Map<string, number[]>> {
  const byKey = new Map<string, number[]>();
  for (const issue of (await fake.state()).issues) {
    const key = findMarker(issue.body);
    if (key) byKey.set(key, [...(byKey.get(key) ?? []), issue.number]);
  }
  for (const [key, numbers] of byKey) assert.equal(numbers.length, 1, `duplicates for ${key}: #${numbers.join(', #')}`);
  return byKey;
}

const three = () => ({
  '2026-03-01-db': [
    { id: 'AI-1', title: 'Add a canary stage', owner: 'dave', due: '2026-03-05', status: 'open' },
    { id: 'AI-2', title: 'Write a failover runbook', owner: 'Bob Example', due: '2026-04-01', status: 'open', issue: null },
    { id: 'AI-3', title: 'Alert on replication lag', owner: 'alice', due: '2026-04-01', status: 'in-progress' },
    { id: 'AI-4', title: 'Upgrade the kernel', due: '2026-01-01', status: 'done' },
  ],
});

describe('creating issues', () => {
  beforeEach(() => void (progress.length = 0));

  test('each open item gets one issue, linked back with a minimal edit; a second run writes nothing', async () => {
    await setup(three());
    const before = read('2026-03-01-db');
    const first = await run();
    assert.deepEqual(first.counts, { create: 3, adopt: 0, update: 0, nothing: 1, failed: 0 });
    const { issues: made, labels } = await fake.state();
    assert.equal(made.length, 3);
    const one = made.find((i) => i.title === 'Add a canary stage')!;
    assert.deepEqual(one.labels, ['incident', 'action-item', 'SEV-2']);
    assert.deepEqual(one.assignees, ['dave']);
    assert.ok(one.body!.endsWith(markerFor('2026-03-01-db', 'AI-1')));
    assert.match(one.body!, /\[Incident 2026-03-01-db\]\(https:\/\/github\.com\/acme\/incidents\/blob\/HEAD\/incidents\/2026-03-01-db\.md\)/);
    assert.deepEqual(made.find((i) => i.title === 'Write a failover runbook')!.assignees, [], 'a name that is no login is not assigned');
    assert.deepEqual(labels.map((l) => l.name).sort(), ['SEV-2', 'action-item', 'incident']);
    // Only the issue lines changed.
    const expected = before
      .replace('    status: open\n  - id: AI-2', `    status: open\n    issue: https://github.com/acme/incidents/issues/${one.number}\n  - id: AI-2`)
      .replace('    issue:\n', `    issue: https://github.com/acme/incidents/issues/${made.find((i) => i.title.startsWith('Write'))!.number}\n`)
      .replace('    status: in-progress\n', `    status: in-progress\n    issue: https://github.com/acme/incidents/issues/${made.find((i) => i.title.startsWith('Alert'))!.number}\n`);
    assert.equal(read('2026-03-01-db'), expected);
    assert.deepEqual(first.overdue.map((o) => [o.item, o.issue]), [['AI-1', `https://github.com/acme/incidents/issues/${one.number}`]]);
    assert.ok(progress.some((l) => /creating issue 3\/3: 2026-03-01-db AI-3/.test(l)));

    await fake.resetLog();
    const second = await run();
    assert.deepEqual(second.counts, { create: 0, adopt: 0, update: 0, nothing: 4, failed: 0 });
    assert.deepEqual(await writes(), []);
    assert.deepEqual((await fake.state()).log.map((r) => `${r.method} ${r.path}`), ['GET /repos/acme/incidents/issues']);
    await assertConverged(['2026-03-01-db']);
  });

  test('--dry-run prints the plan and writes nothing, to GitHub or to the file', async () => {
    await setup(three());
    await fake.seedIssue({ title: 'from a crashed run', labels: ['action-item'], body: `x\n${markerFor('2026-03-01-db', 'AI-3')}` });
    const before = read('2026-03-01-db');
    const result = await run({ dryRun: true });
    assert.deepEqual(result.items.map((i) => [i.item, i.action]), [['AI-1', 'create'], ['AI-2', 'create'], ['AI-3', 'adopt'], ['AI-4', 'nothing']]);
    assert.equal(read('2026-03-01-db'), before);
    assert.deepEqual(await writes(), []);
    const text = formatSummary(result);
    assert.match(text, /AI-1 +create +labels incident, action-item, SEV-2; assign dave/);
    assert.match(text, /AI-3 +adopt +#1/);
    assert.match(text, /dry run for acme\/incidents, nothing written: would create 2, adopt 1, update 0, 1 unchanged/);
  });

  test('after a crash between creating and writing back, the next run adopts instead of creating again', async () => {
    await setup(three());
    for (const id of ['AI-1', 'AI-2']) {
      await fake.seedIssue({ title: id, labels: ['incident', 'action-item'], body: `made, then the run died\n\n${markerFor('2026-03-01-db', id)}` });
    }
    const result = await run();
    assert.deepEqual(result.items.map((i) => [i.item, i.action, i.issue?.number]), [['AI-1', 'adopt', 1], ['AI-2', 'adopt', 2], ['AI-3', 'create', 3], ['AI-4', 'nothing', undefined]]);
    assert.equal((await writes()).filter((r) => r.path.endsWith('/issues')).length, 1);
    assert.match(formatChanges(result).join('\n'), /AI-1 -> #1 adopted \(it carries this item's marker\)/);
    await assertConverged(['2026-03-01-db']);
  });

  test('a pull request carrying a marker is never adopted', async () => {
    await setup(three());
    await fake.seedIssue({ title: 'PR', labels: ['action-item'], pull_request: true, body: markerFor('2026-03-01-db', 'AI-1') });
    const result = await run();
    assert.equal(result.items[0]!.action, 'create');
    assert.equal(result.items[0]!.issue!.number, 2);
  });

  test('an assignee GitHub refuses (422): created unassigned, and said so', async () => {
    await setup({ '2026-03-02-x': [{ id: 'AI-1', title: 'Fix the thing', owner: 'mallory', status: 'open' }] });
    const result = await run();
    assert.equal(result.items[0]!.action, 'create');
    assert.match(result.items[0]!.note!, /could not assign mallory \(GitHub refused the assignee\); created unassigned/);
    const posts = (await writes()).filter((r) => r.path.endsWith('/issues'));
    assert.deepEqual(posts.map((r) => r.status), [422, 201]);
    await assertConverged(['2026-03-02-x']);
  });

  test('labels dropped by GitHub (no push access): one attempt to add them, then a warning', async () => {
    await fake.close();
    fake = await startFakeGitHub({ dropLabels: true });
    await setup({ '2026-03-02-x': [{ id: 'AI-1', title: 'Fix the thing', status: 'open' }] }, { fake });
    const result = await run();
    assert.equal(result.items[0]!.action, 'create');
    // The fake drops labels on create only, so adding them afterwards works: nothing to warn about.
    assert.deepEqual((await fake.state()).issues[0]!.labels, ['incident', 'action-item', 'SEV-2']);
    await fake.inject({ method: 'POST', path: '/issues/\\d+/labels$', kind: 'status', status: 403, body: { message: 'Must have push access' } });
    fs.writeFileSync(path.join(dir, 'incidents', '2026-03-03-y.md'), incidentText('2026-03-03-y', [{ id: 'AI-1', title: 'Fix more', status: 'open' }]));
    const again = await run({ ids: ['2026-03-03-y'] });
    assert.match(again.items[0]!.note!, /GitHub dropped the labels incident, action-item, SEV-2 on #2 .*token's user needs write access/);
    assert.equal(items('2026-03-03-y')[0]!.issue, 'https://github.com/acme/incidents/issues/2', 'still linked');
  });

  test('a bad token: AuthError, nothing written', async () => {
    await setup(three());
    const before = read('2026-03-01-db');
    await assert.rejects(run({ env: { GITHUB_TOKEN: 'ghp_notTheRightToken00000000000000000000' } }), AuthError);
    assert.equal(read('2026-03-01-db'), before);
  });
});

describe('faults: a rerun always converges, zero duplicates', () => {
  const faulty = async (...faults: Fault[]) => {
    await setup(three());
    await fake.inject(...faults);
  };

  test('502 after the issue was made: not retried, found by its marker and adopted in the same run', async () => {
    await faulty({ method: 'POST', path: '/issues$', kind: 'after', status: 502, skip: 1 });
    const result = await run();
    assert.equal(result.items[1]!.action, 'adopt');
    assert.match(result.items[1]!.note!, /no clear answer \(GitHub failed on POST \/repos\/acme\/incidents\/issues \(502 Server Error\)\), but #2 exists: adopted/);
    assert.equal((await fake.state()).issues.length, 3);
    assert.equal((await writes()).filter((r) => r.path.endsWith('/issues')).length, 3, 'three creates, no retry');
    await assertConverged(['2026-03-01-db']);
  });

  test('a connection dropped after the create: adopted the same way', async () => {
    await faulty({ method: 'POST', path: '/issues$', kind: 'drop-after' });
    const result = await run();
    assert.equal(result.items[0]!.action, 'adopt');
    await assertConverged(['2026-03-01-db']);
  });

  test('no answer at all (timeout) after the create: adopted', async () => {
    await faulty({ method: 'POST', path: '/issues$', kind: 'hang-after', skip: 2 });
    const result = await run();
    assert.equal(result.items[2]!.action, 'adopt');
    assert.match(result.items[2]!.note!, /no answer within 0.3s/);
    await assertConverged(['2026-03-01-db']);
  });

  test('500s that made nothing: the item fails, the rest go on, the rerun creates it', async () => {
    await faulty({ method: 'POST', path: '/issues$', kind: 'status', status: 500, skip: 1 });
    const first = await run();
    assert.deepEqual(first.items.map((i) => i.action), ['create', 'failed', 'create', 'nothing']);
    assert.match(first.items[1]!.error!, /500.*no issue was made, run again/);
    const second = await run();
    assert.deepEqual(second.items.map((i) => i.action), ['nothing', 'create', 'nothing', 'nothing']);
    await assertConverged(['2026-03-01-db']);
  });

  test('403 secondary rate limit with retry-after on a create: waited out, created once', async () => {
    await faulty({
      method: 'POST', path: '/issues$', kind: 'status', status: 403, headers: { 'retry-after': '30' },
      body: { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.' },
    });
    const result = await run();
    assert.equal(result.counts.create, 3);
    assert.ok(progress.some((l) => /secondary rate limit.*waiting 30s/.test(l)));
    await assertConverged(['2026-03-01-db']);
  });

  test('GitHub down after a 502 on create (the reconcile fails too): the run stops, keeps what it did, the rerun adopts', async () => {
    await faulty(
      { method: 'POST', path: '/issues$', kind: 'after', status: 502, skip: 1 },
      { method: 'GET', path: '/issues$', kind: 'status', status: 503, skip: 1, times: 10 },
    );
    const first = await run();
    assert.match(first.stopped!, /503/);
    assert.deepEqual(first.items.map((i) => i.action), ['create', 'failed', 'failed', 'nothing']);
    assert.ok(items('2026-03-01-db')[0]!.issue, 'the first issue was written back before stopping');
    await fake.clearFaults();
    const second = await run();
    assert.deepEqual(second.items.map((i) => i.action), ['nothing', 'adopt', 'create', 'nothing']);
    await assertConverged(['2026-03-01-db']);
  });

  test('a dropped connection while listing page 2: retried, nothing lost', async () => {
    await setup(three());
    for (let i = 0; i < 150; i++) await fake.seedIssue({ title: `old ${i}`, labels: ['action-item'] });
    await fake.inject({ method: 'GET', path: '/issues$', kind: 'drop', skip: 1 });
    const result = await run();
    assert.equal(result.counts.create, 3);
    assert.deepEqual((await fake.state()).log.filter((r) => r.method === 'GET' && r.path.endsWith('/issues')).map((r) => r.status), [200, 'dropped', 200]);
    await assertConverged(['2026-03-01-db']);
  });

  test('random faults on every kind of request, run after run: converges with zero duplicates', async () => {
    const kinds: Fault[] = [
      { kind: 'after', status: 502 }, { kind: 'drop-after' }, { kind: 'hang-after' }, { kind: 'status', status: 500 }, { kind: 'drop' },
      { kind: 'status', status: 403, headers: { 'retry-after': '1' }, body: { message: 'You have exceeded a secondary rate limit' } },
    ];
    let seed = 42;
    const random = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    const files: Record<string, Record<string, unknown>[]> = {};
    for (let f = 0; f < 4; f++) {
      files[`2026-02-0${f + 1}-chaos`] = Array.from({ length: 5 }, (_, i) => ({ id: `AI-${i + 1}`, title: `Fix thing ${f}.${i}`, owner: i % 2 ? 'dave' : 'nobody', status: 'open' }));
    }
    await setup(files);
    const stats = { stopped: 0, failed: 0, adopted: 0 };
    for (let runs = 0; runs < 8; runs++) {
      await fake.clearFaults();
      for (let i = 0; i < 4; i++) {
        const target = random(3) === 0 ? { method: 'GET', path: '/issues$' } : { method: 'POST', path: '/issues$' };
        await fake.inject({ ...target, ...kinds[random(kinds.length)]!, skip: random(8) });
      }
      const result = await run();
      stats.stopped += result.stopped ? 1 : 0;
      stats.failed += result.counts.failed;
      stats.adopted += result.counts.adopt;
      await assertNoDuplicates(); // at every point, not only at the end
    }
    assert.ok(stats.adopted > 0 && stats.failed > 0, `the faults did bite: ${JSON.stringify(stats)}`);
    await fake.clearFaults();
    const clean = await run();
    assert.equal(clean.counts.failed, 0);
    await assertConverged(Object.keys(files));
    assert.equal((await fake.state()).issues.length, 20);
  });
});

describe('back-sync', () => {
  test('closed as completed -> done, not planned -> wont-do with the reason, reopened -> open; printed', async () => {
    await setup(three());
    await run();
    await fake.updateIssue(1, { state: 'closed', state_reason: 'completed' });
    await fake.updateIssue(2, { state: 'closed', state_reason: 'not_planned' });
    await fake.addComment(2, 'Covered by the new   DR plan.');
    const result = await run();
    assert.deepEqual(result.items.map((i) => [i.item, i.action, i.status]), [['AI-1', 'update', 'done'], ['AI-2', 'update', 'wont-do'], ['AI-3', 'nothing', 'in-progress'], ['AI-4', 'nothing', 'done']]);
    const after = items('2026-03-01-db');
    assert.equal(after[0]!.status, 'done');
    assert.equal(after[1]!.status, 'wont-do');
    assert.equal(after[1]!.reason, 'closed as not planned on GitHub (#2): "Covered by the new DR plan."');
    assert.deepEqual(formatChanges(result), [
      'incidents/2026-03-01-db.md: AI-1 status open -> done (from #1)',
      'incidents/2026-03-01-db.md: AI-2 status open -> wont-do, reason "closed as not planned on GitHub (#2): \\"Covered by the new DR plan.\\"" (from #2)',
    ]);
    assert.deepEqual(result.overdue, [], 'AI-1 was overdue, and is done now');

    await fake.updateIssue(2, { state: 'open', state_reason: 'reopened' });
    const reopened = await run();
    assert.deepEqual(reopened.items.map((i) => i.action), ['nothing', 'update', 'nothing', 'nothing']);
    assert.equal(items('2026-03-01-db')[1]!.status, 'open');

    await fake.resetLog();
    await run();
    assert.deepEqual(await writes(), [], 'in step: no writes');
  });
});

describe('speed', () => {
  test('200 items over 40 incidents: one list call per page, one create per item; then no writes at all', async () => {
    const files: Record<string, Record<string, unknown>[]> = {};
    for (let f = 0; f < 40; f++) {
      const id = `2025-${String(1 + (f % 12)).padStart(2, '0')}-${String(1 + f).padStart(2, '0')}-incident-${f}`;
      files[id] = Array.from({ length: 5 }, (_, i) => ({ id: `AI-${i + 1}`, title: `Fix part ${i} of ${f}`, owner: 'dave', due: '2026-12-31', status: 'open' }));
    }
    await setup(files);
    const started = Date.now();
    const first = await run();
    const firstMs = Date.now() - started;
    assert.equal(first.counts.create, 200);
    const log1 = (await fake.state()).log;
    const count = (log: typeof log1, method: string, re: RegExp) => log.filter((r) => r.method === method && re.test(r.path)).length;
    const listCalls1 = count(log1, 'GET', /\/issues$/);
    const creates = count(log1, 'POST', /\/issues$/);
    const labelCalls = log1.filter((r) => /\/labels/.test(r.path)).length;
    assert.equal(listCalls1, 1, 'nothing labelled yet: one page');
    assert.equal(creates, 200, 'one create per new item');
    assert.equal(labelCalls, 4, 'one label listing and three label creates');
    assert.equal(log1.length, 1 + 200 + 4);

    await fake.resetLog();
    const started2 = Date.now();
    const second = await run();
    const secondMs = Date.now() - started2;
    assert.equal(second.counts.nothing, 200);
    const log2 = (await fake.state()).log;
    assert.equal(log2.filter((r) => r.method !== 'GET').length, 0, 'no write requests');
    assert.equal(count(log2, 'GET', /\/issues$/), 2, '200 issues at 100 per page: two pages');
    assert.equal(log2.length, 2);
    await assertConverged(Object.keys(files));
    process.stderr.write(`# requests: first run ${log1.length} (${listCalls1} list, ${creates} creates, ${labelCalls} label) in ${firstMs} ms; second run ${log2.length} (all GET) in ${secondMs} ms\n`);
  });
});
