// What the build writes: the builtins' facade (scripts/build.mjs) reads each export it lists when
// a chunk loads, so a deprecated getter among them warns on every run of a newer Node (DEP0176 on
// Node 24 for fs.F_OK and its kin).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { ensureBuilt, ROOT } from './helpers/repo.ts';

test('the bundle reads no deprecated fs export (F_OK, R_OK, W_OK, X_OK)', () => {
  ensureBuilt();
  const dist = path.join(ROOT, 'dist');
  const files = fs.readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => /\.c?js$/.test(f));
  assert.ok(files.length > 0);
  const reading = files.filter((f) => /\bm\.[RWXF]_OK\b/.test(fs.readFileSync(path.join(dist, f), 'utf8')));
  assert.deepEqual(reading, []);
});
