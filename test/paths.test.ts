// childPath is path.join, built by hand when there is nothing to normalize.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { childPath } from '../src/io/paths.ts';

test('childPath gives what path.join gives', () => {
  const dirs = ['/', '/a', '/a/b', '/a/b/', '/a//b', '/a/./b', '/a/../b', '/a/.', '/a/..', '/.hidden', '/a/..b', '/a/b.', '/..a', 'rel', 'rel/x', '', '.', './a', '/a/b c/d'];
  const names = [['x'], ['.git', 'config'], ['.incident.yml'], ['..'], ['.'], ['a/b'], [''], ['x', ''], ['x', '..', 'y'], ['..x'], ['x.md']];
  for (const dir of dirs) for (const n of names) assert.equal(childPath(dir, ...n), join(dir, ...n), `${JSON.stringify(dir)} + ${JSON.stringify(n)}`);
});
