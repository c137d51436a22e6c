// The files a validation checks (src/commands/validate-files.ts): kept, or made from the cache's
// columns when asked for; both answer alike.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { filesOf, filesUnder } from '../src/commands/validate-files.ts';

describe('the files a validation checks', () => {
  const root = '/repo/';
  const rels = ['incidents/a.md', 'incidents/b-c.md', 'incidents/b.md', 'other/z.md'];
  const paths = rels.map((rel) => root + rel);

  it('made from the columns, answer as the paths kept', () => {
    for (const files of [filesOf(paths), filesUnder(root, rels)]) {
      assert.equal(files.length, 4);
      assert.deepEqual([0, 1, 2, 3].map((j) => files.at(j)), paths);
      assert.deepEqual(files.all(), paths);
      for (const [j, path] of paths.entries()) assert.equal(files.indexOf(path), j, path);
      for (const path of ['/repo/incidents/c.md', '/repo2/incidents/a.md', '/rep/incidents/a.md', 'incidents/a.md', '/repo/', '']) {
        assert.equal(files.indexOf(path), -1, path);
      }
    }
  });
});
