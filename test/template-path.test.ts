// templates.ts names a file in the templates directory without path.join for a plain file name
// (it says why): the same path join gives, for every spelling of `templates_dir` and name.
import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { templatePath } from '../src/io/templates.ts';
import type { Repo } from '../src/io/repo.ts';

test('templatePath is path.join(root, templates_dir, name) for every templates_dir and name', () => {
  const dirs = ['templates', 'templates/', './templates', 'docs/templates', '../shared/templates', '/srv/templates', '/srv/templates/', '', '.', './', 'a//b', 'x/../y'];
  const names = ['postmortem.md.hbs', '_facts.md.hbs', 'a.b', '.hidden', '', '.', '..', 'sub/x.hbs', '../x.hbs', 'a\\b'];
  for (const root of ['/repo', '/repo/', '/']) {
    for (const dir of dirs) {
      const repo = { root, config: { templates_dir: dir } } as unknown as Repo;
      for (const name of names) assert.equal(templatePath(repo, name), path.join(root, dir, name), JSON.stringify([root, dir, name]));
      // The directory is remembered by the setting: another setting of the same repository is joined anew.
      (repo.config as { templates_dir: string }).templates_dir = `${dir}/more`;
      assert.equal(templatePath(repo, 'x.hbs'), path.join(root, `${dir}/more`, 'x.hbs'));
    }
  }
});
