// What `incident init` sets up beside .incident.yml in an ops repository that already has files of
// its own: lines are added to them, never taken away; a file it cannot read safely is left with a note.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { withGitignoreEntries, withRecommendedExtensions, REMARKRC } from '../src/core/config/setup.ts';
import { makeRepo } from './helpers/repo.ts';

describe('the .gitignore lines', () => {
  it('are appended when missing, in any spelling, keeping the line endings', () => {
    assert.equal(withGitignoreEntries(undefined), "# Casefile: npm's install and the site incident publish writes\nnode_modules/\n/site/\n");
    assert.equal(withGitignoreEntries('node_modules\r\n.env\r\n'), "node_modules\r\n.env\r\n\r\n# Casefile: npm's install and the site incident publish writes\r\n/site/\r\n");
    assert.equal(withGitignoreEntries('dist'), "dist\n\n# Casefile: npm's install and the site incident publish writes\nnode_modules/\n/site/\n");
    assert.equal(withGitignoreEntries('/node_modules/\nsite/\n'), undefined);
  });
});

describe('.vscode/extensions.json', () => {
  it('gains the recommendations it lacks; one with comments is left alone', () => {
    assert.deepEqual(JSON.parse(withRecommendedExtensions(undefined).text!), { recommendations: ['unifiedjs.vscode-remark', 'redhat.vscode-yaml'] });
    const merged = JSON.parse(withRecommendedExtensions('{"recommendations": ["dbaeumer.vscode-eslint", "RedHat.vscode-yaml"], "unwantedRecommendations": []}').text!);
    assert.deepEqual(merged, { recommendations: ['dbaeumer.vscode-eslint', 'RedHat.vscode-yaml', 'unifiedjs.vscode-remark'], unwantedRecommendations: [] });
    assert.deepEqual(withRecommendedExtensions('{"recommendations": ["unifiedjs.vscode-remark", "redhat.vscode-yaml"]}'), {});
    assert.deepEqual(withRecommendedExtensions('{\n  // ours\n  "recommendations": []\n}'), { unreadable: true });
  });
});

describe('incident init in a repository with files of its own', () => {
  it('extends them, leaves a remark config of its own with a note, and keeps node_modules/ and site/ out of git status', () => {
    const repo = makeRepo();
    try {
      repo.write('.gitignore', 'node_modules\n.env\n');
      repo.write('.vscode/extensions.json', '{\n  // the team\'s\n  "recommendations": ["dbaeumer.vscode-eslint"]\n}\n');
      repo.write('.remarkrc.yml', 'plugins:\n  - remark-lint\n');
      const r = repo.run(['init']);
      assert.equal(r.code, 0, r.stderr);
      assert.equal(repo.read('.gitignore'), "node_modules\n.env\n\n# Casefile: npm's install and the site incident publish writes\n/site/\n");
      assert.match(repo.read('.vscode/extensions.json'), /the team's/);
      assert.match(r.stderr, /\.vscode\/extensions\.json is not plain JSON: recommend unifiedjs\.vscode-remark and redhat\.vscode-yaml/);
      assert.match(r.stderr, /\.remarkrc\.yml exists: add "casefile\/remark" to its plugins/);
      assert.ok(!fs.existsSync(path.join(repo.dir, '.remarkrc')));
      repo.write('node_modules/casefile/package.json', '{}');
      repo.write('site/index.html', '<!doctype html>');
      const status = spawnSync('git', ['status', '--porcelain', '--untracked-files=all'], { cwd: repo.dir, encoding: 'utf8' }).stdout;
      assert.doesNotMatch(status, /node_modules|site\//, status);
      assert.match(status, /\.casefile\/incident\.schema\.json/);
    } finally {
      repo.cleanup();
    }
  });

  it('writes .remarkrc naming casefile/remark where there is no remark config', () => {
    const repo = makeRepo();
    try {
      assert.equal(repo.run(['init']).code, 0);
      assert.equal(repo.read('.remarkrc'), REMARKRC);
      assert.deepEqual(JSON.parse(repo.read('.remarkrc')), { plugins: ['casefile/remark'] });
    } finally {
      repo.cleanup();
    }
  });
});
