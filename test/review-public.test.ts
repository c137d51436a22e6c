// The pull-request review of a public incident: validate's public-leak findings, and the sticky
// comment's exact public text with its diff against what the base branch publishes.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { after, before, describe, it } from 'node:test';
import { review } from '../src/commands/review.ts';
import { incidentText } from './helpers/browser.ts';
import { makeRepo, type TestRepo } from './helpers/repo.ts';

const NOW = Date.parse('2026-03-01T14:05:00Z');
const ID = '2026-02-01-checkout';
const FILE = `incidents/${ID}.md`;

describe('review of a changed public incident', () => {
  let repo: TestRepo;
  const git = (...args: string[]) => {
    const r = spawnSync('git', args, { cwd: repo.dir, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
  };
  const run = (files = [FILE]) => review({ files: files.map((f) => `${repo.dir}/${f}`), base: 'main' }, { cwd: repo.dir, now: NOW, env: {} });

  before(() => {
    repo = makeRepo();
    repo.write(FILE, incidentText({ id: ID, started: '2026-02-01T10:00:00Z', summary: 'Some customers could not check out for 20 minutes.' }));
    git('add', '.');
    git('commit', '-qm', 'published');
    git('branch', '-M', 'main');
    git('checkout', '-qb', 'edit');
  });
  after(() => repo.cleanup());

  it('shows the exact public text and its diff against the published one', async () => {
    repo.write(FILE, incidentText({ id: ID, started: '2026-02-01T10:00:00Z', summary: 'Some customers could not check out for 25 minutes.' }));
    const r = await run();
    assert.deepEqual(r.diagnostics.filter((d) => d.ruleId === 'public-leak'), []);
    assert.match(r.comment, /: the leak check passed\. The public text:\n\n```markdown\n[\s\S]*for 25 minutes\.[\s\S]*\n```\n/);
    assert.doesNotMatch(r.comment, /<(?!!--)/, 'plain Markdown: no HTML but the marker');
    assert.match(r.comment, /Changes against the published text:\n\n```diff\n[\s\S]*^-Some customers could not check out for 20 minutes\.$\n^\+Some customers could not check out for 25 minutes\.$/m);
  });

  it('says when nothing changed, and when the incident was not public on the base', async () => {
    repo.write(FILE, incidentText({ id: ID, started: '2026-02-01T10:00:00Z', summary: 'Some customers could not check out for 20 minutes.' }));
    assert.match((await run()).comment, /No change to the published text\./);
    repo.write(`incidents/${ID}-new.md`, incidentText({ id: `${ID}-new`, started: '2026-02-01T10:00:00Z' }));
    assert.match((await run([`incidents/${ID}-new.md`])).comment, /Not published on the base branch: all of this text is new\./);
  });

  it('fails the review on a leak, at the source line, before anything is published', async () => {
    repo.write(FILE, incidentText({ id: ID, started: '2026-02-01T10:00:00Z', summary: 'Alice Example paged oncall-team@corp.example.com.' }));
    const r = await run();
    const leaks = r.diagnostics.filter((d) => d.ruleId === 'public-leak');
    const line = repo.read(FILE).split('\n').findIndex((l) => l.startsWith('Alice Example paged')) + 1;
    assert.deepEqual(leaks.map((d) => [d.line, d.column, d.severity, d.message.replace(/ in public output.*/, '')]), [
      [line, 1, 'error', 'Unexpected name "Alice Example"'],
      [line, 21, 'error', 'Unexpected email address "oncall-team@corp.example.com"'],
    ]);
    assert.match(r.comment, /\*\*the leak check or the public preview failed:\*\*/);
    assert.match(r.summary, /\(\[public-leak\]\(https:\/\/\S+\/docs\/rules\/public-leak\.md\)\)/);
  });
});
