// The example IssueOps workflow users copy: valid for GitHub (action-validator, as CI checks every
// workflow), and least privilege: nothing at the top, contents and issues write for the one job, a
// concurrency group per incident that never cancels, and no pull request code.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { ROOT } from './helpers/repo.ts';

const FILE = path.join(ROOT, 'docs', 'workflows', 'casefile-issueops.yml');

describe('docs/workflows/casefile-issueops.yml', () => {
  const workflow = parse(fs.readFileSync(FILE, 'utf8'));

  it('is a valid workflow (@action-validator/cli)', () => {
    const r = spawnSync(process.execPath, [path.join(ROOT, 'node_modules', '@action-validator', 'cli', 'cli.mjs'), FILE], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stdout + r.stderr);
  });

  it('runs on the issue events IssueOps handles, never on pull request code', () => {
    assert.deepEqual(workflow.on.issues, { types: ['opened', 'labeled'] });
    assert.deepEqual(workflow.on.issue_comment, { types: ['created', 'edited', 'deleted'] });
    assert.ok(!('pull_request_target' in workflow.on));
    const job = workflow.jobs.issueops;
    assert.match(job.if, /!github\.event\.issue\.pull_request/);
    const checkout = job.steps.find((s: { uses?: string }) => s.uses?.startsWith('actions/checkout@'));
    assert.ok(checkout && !checkout.with?.ref, 'the default branch, as the event gives it');
    const step = job.steps.find((s: { uses?: string }) => s.uses?.startsWith('casefile/casefile@'));
    assert.equal(step.with.command, 'issueops');
  });

  it('asks for least privilege: nothing at the top, contents and issues write for its one job', () => {
    assert.deepEqual(workflow.permissions, {});
    assert.deepEqual(Object.keys(workflow.jobs), ['issueops']);
    assert.deepEqual(workflow.jobs.issueops.permissions, { contents: 'write', issues: 'write' });
  });

  it('runs one at a time per incident (its issue) and never cancels a run', () => {
    assert.match(workflow.concurrency.group, /\$\{\{ github\.event\.issue\.number \|\| github\.ref \}\}/);
    assert.equal(workflow.concurrency['cancel-in-progress'], false);
  });
});
