// How a pull request moves the headline figures of the last 90 days, in the Action's job summary:
// the real bundle (dist/action.js) on a real git repository whose branch changes incident files.
// Expected figures by hand: times to resolve 1h, 2h, 3h (nearest rank: p50 = 2nd = 2h, p90 = 3rd
// = 3h); the branch makes the third 5h, adds a fourth incident of 4h (p50 = 2nd of 1,2,4,5 = 2h,
// p90 = 4th = 5h) and an open action item due before today (overdue 0 -> 1). The incidents are 10
// days old (the Action reads the real clock), so every SEV-2 post-mortem (due 5 business days after
// the resolution) is overdue: 3 -> 4.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { formatDelta, insightsDelta } from '../src/commands/insights-delta.ts';
import { ensureBuilt, ROOT } from './helpers/repo.ts';

const DAY = 86_400_000;
const date = (daysAgo: number) => new Date(Date.now() - daysAgo * DAY).toISOString().slice(0, 10);
const D = date(10);
const ID = (name: string, day = D) => `${day}-${name}`;

function incident(id: string, hours: number, items = '', day = D): string {
  const end = `${day}T${String(8 + hours).padStart(2, '0')}:00:00Z`;
  return `---
id: ${id}
title: Incident ${id}
kind: incident
severity: SEV-2
status: resolved
timezone: UTC
timeline:
  - at: ${day}T08:00:00Z
    kind: started
    text: Errors start
  - at: ${end}
    kind: mitigated
    text: Rolled back
  - at: ${end}
    kind: resolved
    text: Resolved
${items}---

# Incident ${id}
`;
}

describe('the Action review: insights of the last 90 days, before and after the pull request', () => {
  let dir: string;
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8' });
  const write = (rel: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  };

  before(() => {
    ensureBuilt();
    dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'casefile-delta-')));
    git('init', '-q', '-b', 'main');
    git('config', 'user.name', 'Test');
    git('config', 'user.email', 'test@example.com');
    for (const [name, hours] of [['a', 1], ['b', 2], ['c', 3]] as const) write(`incidents/${ID(name)}.md`, incident(ID(name), hours));
    write(`incidents/${ID('old', date(200))}.md`, incident(ID('old', date(200)), 9, '', date(200))); // before the 90 days
    git('add', '.');
    git('commit', '-qm', 'incidents');
    git('checkout', '-qb', 'post-mortems');
    write(`incidents/${ID('c')}.md`, incident(ID('c'), 5));
    write(`incidents/${ID('d', date(9))}.md`, incident(ID('d', date(9)), 4, '', date(9)));
    write(`incidents/${ID('a')}.md`, incident(ID('a'), 1, `action_items:\n  - id: AI-1\n    title: Add an alert\n    owner: alice\n    due: ${date(5)}\n    status: open\n`));
    git('add', '.');
    git('commit', '-qm', 'changes');
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('computes the figures before and after', async () => {
    const delta = await insightsDelta('main', { cwd: dir, now: Date.now(), env: {} });
    assert.equal(delta.since, date(90));
    assert.equal(delta.changed, 3);
    assert.deepEqual(delta.figures, [
      { label: 'incidents', before: '3', after: '4' },
      { label: 'p50 time to resolve', before: '2h', after: '2h' },
      { label: 'p90 time to resolve', before: '3h', after: '5h' },
      { label: 'p90 time to mitigate', before: '3h', after: '5h' },
      { label: 'open action items', before: '0', after: '1' },
      { label: 'overdue action items', before: '0', after: '1' },
      { label: 'overdue post-mortems', before: '3', after: '4' },
    ]);
    assert.match(formatDelta(delta), /^- p90 time to resolve 3h -> 5h$/m);
    assert.match(formatDelta(delta), /^Unchanged: p50 time to resolve 2h\.$/m);
  });

  it('says so when the base is not in the checkout', async () => {
    const delta = await insightsDelta('no-such-branch', { cwd: dir, now: Date.now(), env: {} });
    assert.equal(delta.figures, undefined);
    assert.match(formatDelta(delta), /base of this pull request is not in the checkout/);
  });

  it('is in the job summary of the built Action', () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'casefile-delta-run-'));
    const summary = path.join(tmp, 'summary');
    const output = path.join(tmp, 'output');
    fs.writeFileSync(summary, '');
    fs.writeFileSync(output, '');
    fs.writeFileSync(path.join(tmp, 'event.json'), '{}');
    const r = spawnSync(process.execPath, [path.join(ROOT, 'dist', 'action.js')], {
      cwd: dir, encoding: 'utf8',
      env: {
        PATH: process.env.PATH, HOME: process.env.HOME, GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: dir, GITHUB_REPOSITORY: 'acme/incidents',
        GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: path.join(tmp, 'event.json'), GITHUB_STEP_SUMMARY: summary, GITHUB_OUTPUT: output,
        INPUT_COMMAND: 'review', INPUT_BASE: 'main',
      },
    });
    const text = fs.readFileSync(summary, 'utf8');
    fs.rmSync(tmp, { recursive: true });
    assert.match(text, /## Casefile: insights of the last 90 days/, r.stderr + r.stdout);
    assert.match(text, /^- p90 time to resolve 3h -> 5h$/m);
    assert.match(text, /^- overdue action items 0 -> 1$/m);
  });
});
