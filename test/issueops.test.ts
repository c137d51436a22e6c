// IssueOps end to end: the built Action (dist/action.js) on issues and issue_comment events, against
// a GitHub-compatible server on 127.0.0.1 (the real Octokit client over real HTTP) and a real bare git
// remote it pushes to. What the remote's main branch holds is what counts.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, snapshotCli } from './helpers/repo.ts';
import { makeWorld, shuffled, type World } from './helpers/issueops-world.ts';
import { BOT_LOGIN } from './helpers/issueops-github.ts';

const NAMES: Record<string, string> = { alice: 'Alice Example', bob: 'Bob Builder', carol: 'carol' };
const berlin = (iso: string) => {
  // The incident's zone (Europe/Berlin, +01:00 in March) as the stored `at` writes it.
  const d = new Date(Date.parse(iso) + 3_600_000).toISOString().replace(/\.\d{3}Z$/, '');
  return `${d}+01:00`;
};
const sourced = (world: World) => (world.incident().timeline as Record<string, any>[]).filter((e) => e.source);
const commentUrl = (id: number) => `https://github.com/acme/incidents/issues/1#issuecomment-${id}`;

async function declare(world: World): Promise<string> {
  const { payload } = await world.github.openIssue({ title: 'Checkout fails for EU customers', labels: ['incident', 'SEV-2'], login: 'alice', body: 'Customers in the EU see 500s.' });
  const r = await world.action('issues', payload);
  assert.equal(r.code, 0, r.stdout + r.stderr);
  return r.outputs.incident!;
}

describe('IssueOps: an issue labelled incident', () => {
  let world: World;
  before(async () => (world = await makeWorld()));
  after(async () => world.close());

  it('becomes an incident tied to it by a marker in each, declared when the issue was opened, at its SEV label; the same event again makes nothing', async () => {
    const { payload } = await world.github.openIssue({ title: 'Checkout fails for EU customers', labels: ['incident', 'SEV-2'], login: 'alice', body: 'Customers in the EU see 500s.' });
    const first = await world.action('issues', payload);
    assert.equal(first.code, 0, first.stdout + first.stderr);
    const id = first.outputs.incident!;
    assert.equal(id, '2026-03-01-checkout-fails-for-eu-customers');
    assert.equal(first.outputs.pushed, 'true');
    const file = world.remoteFile(`incidents/${id}.md`)!;
    assert.match(file, /^<!-- casefile-issue: acme\/incidents#1 -->$/m);
    const incident = world.incident();
    assert.equal(incident.severity, 'SEV-2');
    assert.deepEqual(incident.timeline, [{ at: '2026-03-01T11:00:00+01:00', kind: 'declared', by: 'Alice Example', text: 'Declared SEV-2: Checkout fails for EU customers' }]);
    const issue = (await world.github.state()).issues[0]!;
    assert.equal(issue.body, `Customers in the EU see 500s.\n\n<!-- casefile-incident: ${id} -->`);
    assert.equal(world.git(world.dir, '--git-dir', world.remote, 'log', '-1', '--format=%an <%ae>|%s', 'main').trim(),
      `github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>|incident ${id}: declared from issue #1`);

    // Re-delivered (the payload still without the marker), and the labelled event of the same opening.
    const head = world.head();
    const again = await world.action('issues', payload);
    assert.equal(again.code, 0, again.stdout + again.stderr);
    const labelled = await world.action('issues', { ...payload, action: 'labeled', label: { name: 'incident' } });
    assert.equal(labelled.code, 0, labelled.stdout + labelled.stderr);
    assert.equal(world.head(), head, 'no second incident, no commit');
    assert.equal(world.incidentFile(), `incidents/${id}.md`);
  });

  it('an issue without the label, or opened by someone without write or triage access, makes no incident', async () => {
    const head = world.head();
    const plain = await world.github.openIssue({ title: 'Typo in the docs', labels: ['docs'], login: 'alice' });
    assert.equal((await world.action('issues', plain.payload)).code, 0);
    const outsider = await world.github.openIssue({ title: 'Everything is down!!', labels: ['incident'], login: 'mallory' });
    const r = await world.action('issues', outsider.payload);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    await world.action('issues', outsider.payload);
    assert.equal(world.head(), head);
    const replies = (await world.github.state()).comments.filter((c) => c.issue === outsider.issue.number);
    assert.equal(replies.length, 1, 'answered once, though delivered twice');
    assert.match(replies[0]!.body, /^@mallory only people with write or triage access .* \(yours: read\); no incident was made$/);
  });
});

describe('IssueOps: commands in the comments of the tracking issue', () => {
  let world: World;
  let id: string;
  before(async () => {
    world = await makeWorld();
    id = await declare(world);
  });
  after(async () => world.close());

  it('50 comments from 3 users, delivered twice and out of order, with edits and deletions: each entry once, in time order, with its author', async () => {
    const gh = world.github;
    const users = ['alice', 'bob', 'carol'];
    const special: Record<number, string> = {
      2: '/status started 10:50',
      4: '/status detected 10:55',
      9: '/severity SEV-1',
      12: '/role commander @alice',
      15: '/role scribe @carol',
      18: 'Looking at the dashboards now',
      21: '/thread open Why do EU requests time out? --owner @bob',
      24: '/action add Add a canary stage to the checkout deploy --owner @bob --due 2026-03-20',
      27: '/log 11:20 Rolled back the 11:05 deploy',
      30: '/update We have found the cause and are rolling back.',
      33: 'thanks!',
      40: '/status mitigated',
    };
    type Op = { kind: 'comment'; i: number } | { kind: 'edit'; i: number; body: string } | { kind: 'delete'; i: number };
    const edits: Record<number, string> = {
      5: '/log Restarted the primary database (edited)',
      11: '/log 11:09 Paged the database team',
      27: '/log 11:21 Rolled back the 11:05 deploy (it was 11:21)',
      36: 'never mind, wrong incident', // a /log no more: its entry goes
      44: '/log Error rate back under 1% (edited twice)',
    };
    const deletions = [7, 16, 33, 38, 45, 47]; // 33 is plain talk
    const ops: Op[] = [];
    for (let i = 0; i < 50; i++) {
      ops.push({ kind: 'comment', i });
      if (edits[i - 3] !== undefined) ops.push({ kind: 'edit', i: i - 3, body: edits[i - 3]! });
      if (deletions.includes(i - 5)) ops.push({ kind: 'delete', i: i - 5 });
    }
    ops.push({ kind: 'edit', i: 44, body: '/log Error rate back under 1% (edited once)' }, { kind: 'edit', i: 44, body: edits[44]! });
    for (const i of deletions.filter((d) => d >= 45)) ops.push({ kind: 'delete', i });

    const ids: number[] = [];
    const created: string[] = [];
    const pending: { event: string; payload: unknown }[] = [];
    const deliver = async (batch: typeof pending) => {
      for (const d of batch) {
        const r = await world.action(d.event, d.payload);
        assert.equal(r.code, 0, `${JSON.stringify((d.payload as any).comment?.body)}: ${r.stdout}${r.stderr}`);
      }
    };
    let round = 0;
    for (const op of ops) {
      await gh.clock({ seconds: 60 });
      let payload: unknown;
      if (op.kind === 'comment') {
        const body = special[op.i] ?? `/log Entry ${op.i}: ${['checked the logs', 'restarted a pod', 'watched the error rate'][op.i % 3]}`;
        const made = await gh.comment(1, users[op.i % 3]!, body);
        ids[op.i] = made.comment.id;
        created[op.i] = made.comment.created_at;
        payload = made.payload;
      } else if (op.kind === 'edit') payload = (await gh.edit(ids[op.i]!, op.body)).payload;
      else payload = (await gh.remove(ids[op.i]!)).payload;
      // Each event twice, delivered late and out of order: some now, the rest at the end.
      pending.push({ event: 'issue_comment', payload }, { event: 'issue_comment', payload });
      if (++round % 7 === 0) {
        const now = shuffled(pending.splice(0, pending.length), round);
        const later = now.splice(0, Math.floor(now.length / 3));
        pending.push(...later);
        await deliver(now);
      }
    }
    await deliver(shuffled(pending, 4242));

    const state = await gh.state();
    const present = new Map(state.comments.filter((c) => c.type === 'User').map((c) => [c.id, c]));
    const entries = sourced(world);
    // Exactly once: one entry for each command comment there is, none for deleted ones or plain talk.
    const bySource = new Map<string, number>();
    for (const e of entries) bySource.set(e.source, (bySource.get(e.source) ?? 0) + 1);
    for (const [source, n] of bySource) assert.equal(n, 1, `${source} has ${n} entries`);
    const commands = [...present.values()].filter((c) => c.body.startsWith('/'));
    assert.deepEqual([...bySource.keys()].sort(), commands.map((c) => commentUrl(c.id)).sort());
    assert.equal(commands.length, 42, 'the 50, less 6 deleted, 1 plain talk left and 1 /log edited into talk');
    // In time order (the file's order), each at its comment's time unless it said one, by its author.
    const all = world.incident().timeline as Record<string, any>[];
    const times = all.map((e) => Date.parse(e.at));
    assert.deepEqual(times, [...times].sort((a, b) => a - b), 'the timeline is in time order');
    for (const e of entries) {
      const c = present.get(Number(/(\d+)$/.exec(e.source)![1]))!;
      assert.equal(e.by, NAMES[c.login], `${c.body}: by ${e.by}`);
      const i = ids.indexOf(c.id);
      if (c.body.startsWith('/log ') && !/^\/log \d/.test(c.body)) {
        assert.equal(e.text, c.body.slice(5));
        assert.equal(e.at, berlin(created[i]!), c.body);
      }
    }
    const textOf = (i: number) => entries.find((e) => e.source === commentUrl(ids[i]!));
    assert.equal(textOf(5)?.text, 'Restarted the primary database (edited)');
    assert.deepEqual([textOf(11)?.at, textOf(11)?.text], ['2026-03-01T11:09:00+01:00', 'Paged the database team']);
    assert.deepEqual([textOf(27)?.at, textOf(27)?.text], ['2026-03-01T11:21:00+01:00', 'Rolled back the 11:05 deploy (it was 11:21)']);
    assert.equal(textOf(44)?.text, 'Error rate back under 1% (edited twice)');
    assert.equal(textOf(36), undefined, 'edited into plain talk: its entry is gone');
    assert.deepEqual([textOf(2)?.kind, textOf(2)?.at], ['started', '2026-03-01T10:50:00+01:00']);
    assert.deepEqual([textOf(4)?.kind, textOf(4)?.at], ['detected', '2026-03-01T10:55:00+01:00']);
    assert.equal(textOf(40)?.kind, 'mitigated');

    // The commands' own effects, each once.
    const incident = world.incident();
    assert.equal(incident.severity, 'SEV-1');
    assert.equal(incident.status, 'monitoring');
    assert.equal(incident.roles.incident_commander, 'Alice Example');
    assert.equal(incident.roles.scribe, 'carol');
    assert.equal(incident.threads.length, 1);
    assert.deepEqual([incident.threads[0].question, incident.threads[0].owner], ['Why do EU requests time out?', 'Bob Builder']);
    assert.equal(incident.action_items.length, 1);
    assert.deepEqual([incident.action_items[0].title, incident.action_items[0].owner, incident.action_items[0].due], ['Add a canary stage to the checkout deploy', 'Bob Builder', '2026-03-20']);
    assert.equal(incident.updates.length, 1);
    assert.equal(incident.updates[0].text, 'We have found the cause and are rolling back.');

    // 👍 on every command comment there is; no replies (every command was fine and allowed).
    const liked = new Set(state.reactions.filter((r) => r.content === '+1').map((r) => r.commentId));
    for (const c of commands) assert.ok(liked.has(c.id), `no 👍 on ${c.body}`);
    assert.deepEqual(state.comments.filter((c) => c.login === BOT_LOGIN).map((c) => c.body), []);
  });

  it('a comment from someone without write or triage access changes nothing, and is answered once', async () => {
    const head = world.head();
    await world.github.clock({ seconds: 60 });
    const { comment, payload } = await world.github.comment(1, 'mallory', '/severity SEV-5');
    for (let k = 0; k < 2; k++) {
      const r = await world.action('issue_comment', payload);
      assert.equal(r.code, 0, r.stdout + r.stderr);
    }
    assert.equal(world.head(), head, 'no commit');
    const answers = (await world.github.state()).comments.filter((c) => c.login === BOT_LOGIN);
    assert.deepEqual(answers.map((c) => c.body), [
      `@mallory only people with write or triage access to this repository can write to the incident (yours: read); nothing was recorded\n\n<!-- casefile-reply: ${comment.id} -->`,
    ]);
  });

  it('a command that fails is answered with its one-line error and changes nothing; fixing the comment runs it', async () => {
    const head = world.head();
    await world.github.clock({ seconds: 60 });
    const { comment, payload } = await world.github.comment(1, 'bob', '/status mitigatd');
    assert.equal((await world.action('issue_comment', payload)).code, 0);
    assert.equal((await world.action('issue_comment', payload)).code, 0);
    assert.equal(world.head(), head);
    const answers = (await world.github.state()).comments.filter((c) => c.body.endsWith(`<!-- casefile-reply: ${comment.id} -->`));
    assert.equal(answers.length, 1);
    assert.match(answers[0]!.body, /^@bob Unexpected status "mitigatd", expected one of .*; nothing was recorded\n/);
    await world.github.clock({ seconds: 60 });
    const fixed = await world.github.edit(comment.id, '/status recovered');
    const r = await world.action('issue_comment', fixed.payload);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    const entry = sourced(world).find((e) => e.source === commentUrl(comment.id));
    assert.deepEqual([entry?.kind, entry?.by], ['recovered', 'Bob Builder']);
  });

  it('another command edited after it ran is not run again (answered once); deleted, its entry goes and its change stays', async () => {
    await world.github.clock({ seconds: 60 });
    const { comment, payload } = await world.github.comment(1, 'carol', '/severity SEV-4');
    assert.equal((await world.action('issue_comment', payload)).code, 0);
    assert.equal(world.incident().severity, 'SEV-4');
    await world.github.clock({ seconds: 60 });
    const edited = await world.github.edit(comment.id, '/severity SEV-5');
    const head = world.head();
    for (let k = 0; k < 2; k++) assert.equal((await world.action('issue_comment', edited.payload)).code, 0);
    assert.equal(world.head(), head);
    assert.equal(world.incident().severity, 'SEV-4');
    const answers = (await world.github.state()).comments.filter((c) => c.body.endsWith(`<!-- casefile-reply: ${comment.id} -->`));
    assert.deepEqual(answers.map((c) => c.body.split('\n')[0]), [
      '@carol edits are applied to /log comments only; this comment\'s /severity stays as first recorded: post a new comment to change it',
    ]);
    const gone = await world.github.remove(comment.id);
    assert.equal((await world.action('issue_comment', gone.payload)).code, 0);
    assert.equal(sourced(world).filter((e) => e.source === commentUrl(comment.id)).length, 0);
    assert.equal(world.incident().severity, 'SEV-4', 'as incident remove leaves it');
  });

  it('an error that quotes the comment pings nobody', async () => {
    await world.github.clock({ seconds: 60 });
    const { comment, payload } = await world.github.comment(1, 'alice', '/role @everyone @alice');
    assert.equal((await world.action('issue_comment', payload)).code, 0);
    const answer = (await world.github.state()).comments.find((c) => c.body.endsWith(`<!-- casefile-reply: ${comment.id} -->`))!;
    assert.match(answer.body, /^@alice Unexpected role "@\u200Beveryone", expected \/role \\<commander/);
  });

  it('a default branch the remote lacks is a one-line error, and nothing is pushed', async () => {
    const head = world.head();
    await world.github.clock({ seconds: 60 });
    const { payload } = await world.github.comment(1, 'alice', '/log Checked the trunk');
    const r = await world.action('issue_comment', { ...payload, repository: { ...(payload as any).repository, default_branch: 'trunk' } });
    assert.equal(r.code, 1);
    assert.match(r.stdout, /^::error::Unexpected default branch "trunk": the remote has no such branch$/m);
    assert.equal(world.head(), head);
  });

  it('plain talk costs nothing: no request to GitHub, no git', async () => {
    const head = world.head();
    await world.github.clock({ seconds: 60 });
    const before = (await world.github.state()).log.length;
    const { payload } = await world.github.comment(1, 'alice', 'Is anyone looking at the EU load balancer?');
    const r = await world.action('issue_comment', payload);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /holds no command: nothing to do/);
    assert.match(r.stdout, /^git: 0 runs/m);
    assert.equal((await world.github.state()).log.length, before);
    assert.equal(world.head(), head);
  });
});

describe('IssueOps: pushing to a branch that moves', () => {
  let world: World;
  let id: string;
  before(async () => {
    world = await makeWorld();
    id = await declare(world);
  });
  after(async () => world.close());

  it('a commit that lands between the fetch and the push: the Action starts again from the new tip, and both land', async () => {
    // A responder pushes from their clone just as the Action pushes (git runs this hook first).
    const racer = world.clone('racer');
    const cli = snapshotCli();
    const hook = path.join(world.workspace, '.git', 'hooks', 'pre-push');
    const once = path.join(world.dir, 'raced');
    fs.writeFileSync(hook, `#!/bin/sh
unset GIT_DIR GIT_WORK_TREE GIT_INDEX_FILE
[ -e "${once}" ] && exit 0
touch "${once}"
cd "${racer}" && git pull -q && CASEFILE_NOW=2026-03-01T10:30:00Z "${process.execPath}" "${cli}" log ${id} "Failed over to the standby (from a clone)" --by Dave >/dev/null &&
  git -c user.name=Dave -c user.email=dave@example.com commit -qam "log from a clone" && git push -q origin HEAD:main
`, { mode: 0o755 });
    await world.github.clock({ seconds: 40 * 60 });
    const { comment, payload } = await world.github.comment(1, 'alice', '/log Restarted the primary');
    const r = await world.action('issue_comment', payload);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.ok(fs.existsSync(once), 'the hook ran');
    assert.match(r.stdout, /main moved on while this ran \(a concurrent commit\): starting again from its new tip \(attempt 2 of 5\)/);
    const log = world.git(world.dir, '--git-dir', world.remote, 'log', '--format=%s', 'main').split('\n');
    assert.deepEqual(log.slice(0, 2), [`incident ${id}: /log by alice (comment ${comment.id}) from issue #1`, 'log from a clone']);
    const texts = (world.incident().timeline as Record<string, any>[]).map((e) => `${e.by}: ${e.text}`);
    assert.deepEqual(texts.slice(1), ['Dave: Failed over to the standby (from a clone)', 'Alice Example: Restarted the primary']);
  });

  it('three runners at once on three comments: every push lands or finds its work done, each entry once', async () => {
    const texts = ['Paged the network team', 'Drained eu-west-1', 'Opened a ticket with the CDN'];
    const payloads = [];
    for (const [k, text] of texts.entries()) {
      await world.github.clock({ seconds: 60 });
      payloads.push((await world.github.comment(1, ['alice', 'bob', 'carol'][k]!, `/log ${text}`)).payload);
    }
    const runners = texts.map((_, k) => world.clone(`runner-${k}`));
    const runs = await Promise.all(payloads.map((p, k) => world.action('issue_comment', p, { workspace: runners[k] })));
    for (const r of runs) assert.equal(r.code, 0, r.stdout + r.stderr);
    const logged = (world.incident().timeline as Record<string, any>[]).map((e) => e.text);
    for (const text of texts) assert.equal(logged.filter((t) => t === text).length, 1, text);
  });
});

describe('IssueOps: incident new --issue, and the mirror of entries written in git', () => {
  let world: World;
  before(async () => (world = await makeWorld({ config: 'timezone: Europe/Berlin\nissueops:\n  mirror: true\n' })));
  after(async () => world.close());

  /** The built CLI in a clone, against the server (execFile: the server runs in this process). */
  const cli = (cwd: string, args: string[]) => new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    const env = {
      PATH: process.env.PATH, HOME: process.env.HOME, GITHUB_TOKEN: world.github.token, GITHUB_API_URL: world.github.url,
      CASEFILE_NOW: '2026-03-01T10:05:00Z', GIT_AUTHOR_NAME: 'Dave', TZ: 'UTC',
    };
    execFile(process.execPath, [snapshotCli(), ...args], { cwd, env, encoding: 'utf8' }, (error, stdout, stderr) =>
      resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr }));
  });

  it('incident new --issue links the new incident and the issue by a marker in each; an issue that tracks one already is refused', async () => {
    const clone = world.clone('responder');
    const { issue } = await world.github.openIssue({ title: 'Search is slow', body: 'p99 at 4 s', login: 'alice' });
    const r = await cli(clone, ['new', 'Search is slow', '--issue', String(issue.number), '--repo', 'acme/incidents']);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout.trim(), 'incidents/2026-03-01-search-is-slow.md');
    assert.match(fs.readFileSync(path.join(clone, r.stdout.trim()), 'utf8'), /^<!-- casefile-issue: acme\/incidents#1 -->$/m);
    assert.equal((await world.github.state()).issues[0]!.body, 'p99 at 4 s\n\n<!-- casefile-incident: 2026-03-01-search-is-slow -->');
    const again = await cli(clone, ['new', 'Search is slow again', '--issue', '1', '--repo', 'acme/incidents']);
    assert.equal(again.code, 2);
    assert.equal(again.stderr.trim(), 'incident: Issue #1 already tracks incident 2026-03-01-search-is-slow');
    assert.equal(fs.readdirSync(path.join(clone, 'incidents')).filter((f) => f.endsWith('.md')).length, 1);
    world.git(clone, 'add', 'incidents');
    world.git(clone, '-c', 'user.name=Dave', '-c', 'user.email=dave@example.com', 'commit', '-qm', 'Search is slow');
    world.git(clone, 'push', '-q', 'origin', 'HEAD:main');
  });

  it('a push that changes a tracked incident posts each entry written in git to its issue once, and replaces the comment of an entry amended since', async () => {
    const clone = path.join(world.dir, 'responder');
    const file = 'incidents/2026-03-01-search-is-slow.md';
    const payload = {
      ref: 'refs/heads/main', commits: [{ modified: [file] }],
      repository: { full_name: 'acme/incidents', name: 'incidents', owner: { login: 'acme' }, default_branch: 'main' },
    };
    const mirrored = async () => {
      world.git(world.workspace, 'pull', '-q');
      const r = await world.action('push', payload);
      assert.equal(r.code, 0, r.stdout + r.stderr);
      return (await world.github.state()).comments.filter((c) => c.login === BOT_LOGIN).map((c) => c.body);
    };
    const push = async (commitMessage: string) => {
      world.git(clone, '-c', 'user.name=Dave', '-c', 'user.email=dave@example.com', 'commit', '-qam', commitMessage);
      world.git(clone, 'push', '-q', 'origin', 'HEAD:main');
      return mirrored();
    };
    assert.equal((await cli(clone, ['log', '2026-03-01-search-is-slow', 'Added a replica to the search cluster'])).code, 0);
    const first = await push('log');
    assert.deepEqual(first.map((b) => b.split('\n')[0]), [
      '**2026-03-01 11:05 +01:00** declared · Dave: Declared SEV-3: Search is slow',
      '**2026-03-01 11:05 +01:00** · Dave: Added a replica to the search cluster',
    ]);
    assert.ok(first.every((b) => /\n\n<!-- casefile-mirror: [0-9a-f]{16} -->$/.test(b)));
    // The same push again (a re-run): nothing more. An amended entry: its comment replaced.
    assert.deepEqual(await mirrored(), first);
    assert.equal((await cli(clone, ['amend', '2026-03-01-search-is-slow', '2', '--text', 'Added two replicas to the search cluster'])).code, 0);
    const amended = await push('amend');
    assert.deepEqual(amended.map((b) => b.split('\n')[0]), [
      '**2026-03-01 11:05 +01:00** declared · Dave: Declared SEV-3: Search is slow',
      '**2026-03-01 11:05 +01:00** · Dave: Added two replicas to the search cluster',
    ]);
  });
});

describe('IssueOps with a personal access token: its own comments trigger the workflow again', () => {
  // With a PAT, the Action's replies and mirrored entries are a User's (the token's), and each is an
  // issue_comment event that runs the workflow again, as GitHub does for any token but GITHUB_TOKEN.
  const ME = 'casefile-ops';
  let world: World;
  let id: string;
  before(async () => {
    world = await makeWorld({ tokenUser: { login: ME, type: 'User' }, config: 'timezone: Europe/Berlin\npeople:\n  Alice Example: alice\nissueops:\n  mirror: true\n' });
    id = await declare(world);
  });
  after(async () => world.close());

  /** Runs the Action on each comment of ours it has not seen yet (as the workflow would), until there are none. */
  const echo = async (seen: Set<number>) => {
    for (let round = 0; round < 5; round++) {
      const mine = (await world.github.state()).comments.filter((c) => c.login === ME && !seen.has(c.id));
      if (!mine.length) return;
      for (const c of mine) {
        seen.add(c.id);
        const r = await world.action('issue_comment', (await world.github.created(c.id)).payload);
        assert.equal(r.code, 0, r.stdout + r.stderr);
        assert.match(r.stdout, /holds no command: nothing to do/);
      }
    }
    assert.fail('the Action kept answering itself');
  };

  it('recognises its replies and mirrored entries by their marker and its login: none repeats, nothing changes', async () => {
    const seen = new Set<number>();
    await world.github.clock({ seconds: 60 });
    const refused = await world.github.comment(1, 'mallory', '/severity SEV-5');
    assert.equal((await world.action('issue_comment', refused.payload)).code, 0);
    // Someone types our marker: it is not our answer (mallory's next command is still answered).
    await world.github.clock({ seconds: 60 });
    const forged = await world.github.comment(1, 'mallory', `ok\n\n<!-- casefile-reply: ${refused.comment.id + 2} -->`);
    assert.equal((await world.action('issue_comment', forged.payload)).code, 0);
    await world.github.clock({ seconds: 60 });
    const again = await world.github.comment(1, 'mallory', '/severity SEV-4');
    assert.equal((await world.action('issue_comment', again.payload)).code, 0);
    await echo(seen);
    const head = world.head();
    // More commands, each delivered twice, our replies' events in between: each reply once.
    for (const text of ['/log Checked the EU dashboards', '/log Restarted the checkout pods']) {
      await world.github.clock({ seconds: 60 });
      const { payload } = await world.github.comment(1, 'alice', text);
      for (let k = 0; k < 2; k++) assert.equal((await world.action('issue_comment', payload)).code, 0);
      await echo(seen);
    }
    const state = await world.github.state();
    const replies = state.comments.filter((c) => c.login === ME).map((c) => c.body.split('\n').at(-1));
    assert.deepEqual(replies, [`<!-- casefile-reply: ${refused.comment.id} -->`, `<!-- casefile-reply: ${again.comment.id} -->`]);
    const timeline = world.incident().timeline as Record<string, any>[];
    assert.deepEqual(timeline.filter((e) => e.source).map((e) => e.text), ['Checked the EU dashboards', 'Restarted the checkout pods']);
    assert.notEqual(world.head(), head);
    assert.equal(world.incident().severity, 'SEV-2');

    // The mirror, run twice on the same push: each entry posted once, and their events change nothing.
    const clone = world.clone('responder');
    const file = world.incidentFile();
    const env = { ...process.env, CASEFILE_NOW: '2026-03-01T10:30:00Z', TZ: 'UTC' };
    execFileSync(process.execPath, [snapshotCli(), 'log', id, 'Failed over to the standby', '--by', 'Dave'], { cwd: clone, env });
    world.git(clone, '-c', 'user.name=Dave', '-c', 'user.email=dave@example.com', 'commit', '-qam', 'log');
    world.git(clone, 'push', '-q', 'origin', 'HEAD:main');
    const push = {
      ref: 'refs/heads/main', commits: [{ modified: [file] }],
      repository: { full_name: 'acme/incidents', name: 'incidents', owner: { login: 'acme' }, default_branch: 'main' },
    };
    const runner = world.clone('runner'); // a push event's checkout: the pushed commit
    for (let k = 0; k < 2; k++) {
      const r = await world.action('push', push, { workspace: runner });
      assert.equal(r.code, 0, r.stdout + r.stderr);
    }
    await echo(seen);
    const mirrored = (await world.github.state()).comments.filter((c) => c.login === ME && c.body.includes('casefile-mirror'));
    assert.deepEqual(mirrored.map((c) => c.body.split('\n')[0]!.replace(/^\*\*[^*]+\*\*/, '')), [
      ' declared · Alice Example: Declared SEV-2: Checkout fails for EU customers',
      ' · Dave: Failed over to the standby',
    ]);
  });
});

describe('IssueOps: the job summary', () => {
  let world: World;
  before(async () => (world = await makeWorld()));
  after(async () => world.close());

  it('is Markdown clean under markdownlint-cli2 default rules, whatever the issue and comment say', async () => {
    const title = '*Checkout* | <b>fails</b> for EU_customers # again, and a title long enough that a summary line must wrap';
    const opened = await world.github.openIssue({ title, labels: ['incident', 'SEV-2'], login: 'alice', body: 'x' });
    const declared = await world.action('issues', opened.payload);
    assert.equal(declared.code, 0, declared.stdout + declared.stderr);
    const { payload } = await world.github.comment(1, 'alice', '/log *not bold* | <b>not html</b> # not a heading');
    const logged = await world.action('issue_comment', payload);
    assert.equal(logged.code, 0, logged.stdout + logged.stderr);
    const dir = fs.mkdtempSync(path.join(world.dir, 'lint-'));
    for (const [name, run] of [['declared.md', declared], ['logged.md', logged]] as const) {
      assert.match(run.summary, /^# Casefile: IssueOps\n\n- /);
      fs.writeFileSync(path.join(dir, name), run.summary);
    }
    // markdownlint-cli2 exits non-zero on any finding (execFileSync throws with its report).
    const lint = execFileSync(process.execPath, [path.join(ROOT, 'node_modules', 'markdownlint-cli2', 'markdownlint-cli2-bin.mjs'), '*.md'], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    assert.match(lint, /Linting: 2 file/);
  });
});
