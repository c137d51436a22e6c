// The example workflow for the internal site users copy: valid for GitHub (action-validator), read
// only, the site cache (where `incident site` keeps it: .git/casefile) restored and saved, and the
// site uploaded as an artifact, never to the public Pages site.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { ROOT } from './helpers/repo.ts';

const FILE = path.join(ROOT, 'docs', 'workflows', 'casefile-site.yml');

describe('docs/workflows/casefile-site.yml', () => {
  const workflow = parse(fs.readFileSync(FILE, 'utf8'));
  const steps: { id?: string; uses?: string; with?: Record<string, string> }[] = workflow.jobs.site.steps;
  const step = (action: string) => steps.findIndex((s) => s.uses?.startsWith(`${action}@`));

  it('is a valid workflow (@action-validator/cli)', () => {
    const r = spawnSync(process.execPath, [path.join(ROOT, 'node_modules', '@action-validator', 'cli', 'cli.mjs'), FILE], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stdout + r.stderr);
  });

  it('reads only, and uploads the site as an artifact (never to Pages)', () => {
    assert.deepEqual(workflow.permissions, { contents: 'read' });
    assert.ok(step('actions/upload-artifact') > step('casefile/casefile'));
    assert.equal(step('actions/deploy-pages'), -1);
    assert.equal(steps[step('actions/upload-artifact')]!.with!.path, '${{ steps.site.outputs.site-dir }}');
  });

  it('restores the site cache from where `incident site` keeps it, after the checkout and before the build', () => {
    const cache = steps[step('actions/cache')]!;
    assert.equal(cache.with!.path, '.git/casefile');
    assert.match(cache.with!['restore-keys']!, /^casefile-$/);
    assert.ok(cache.with!.key!.startsWith('casefile-'));
    assert.ok(step('actions/checkout') < step('actions/cache') && step('actions/cache') < step('casefile/casefile'));
    const site = steps[step('casefile/casefile')]!;
    assert.equal(site.id, 'site');
    assert.equal(site.with!.command, 'site');
  });
});
