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

// One character outside ASCII (a `≈` in a regular expression, which esbuild leaves as it is) made
// V8 hold the whole file as a two-byte string: every byte read twice over and twice the young
// generation (`incident status-update` 0.7 ms of CPU more on Node 24.21, medians of 25
// interleaved runs). Such characters go in the source as escapes.
test('every file the bundle runs is ASCII', () => {
  ensureBuilt();
  const dist = path.join(ROOT, 'dist');
  const files = fs.readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => /\.c?js$/.test(f));
  assert.ok(files.some((f) => f.startsWith(`lanes${path.sep}`)), 'the lanes are built');
  const outside = files.filter((f) => /[^\x00-\x7f]/.test(fs.readFileSync(path.join(dist, f), 'latin1'))).map((f) => {
    const text = fs.readFileSync(path.join(dist, f), 'utf8');
    const at = text.search(/[^\x00-\x7f]/);
    return `${f}: ${JSON.stringify(text.slice(Math.max(0, at - 40), at + 10))}`;
  });
  assert.deepEqual(outside, []);
});
