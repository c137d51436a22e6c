// The test helpers themselves: a stale dist/ is rebuilt before a test runs the built CLI.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { distIsStale } from './helpers/repo.ts';

test('distIsStale: missing dist/, a source newer than the oldest built file, then fresh again', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'casefile-stale-'));
  try {
    const at = (rel: string, seconds: number) => {
      const file = path.join(root, rel);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      if (!fs.existsSync(file)) fs.writeFileSync(file, '');
      fs.utimesSync(file, seconds, seconds);
    };
    at('src/core/a.ts', 1000);
    at('templates/t.md', 1000);
    assert.equal(distIsStale(root), true, 'no dist/');
    at('dist/cli.js', 2000);
    at('dist/lanes/log.cjs', 2000);
    assert.equal(distIsStale(root), false, 'built after every source');
    for (const source of ['src/core/deep/b.ts', 'templates/t.md', 'scripts/build.mjs', 'package.json']) {
      at(source, 3000);
      assert.equal(distIsStale(root), true, `${source} changed after the build`);
      at(source, 1000);
    }
    at('dist/lanes/log.cjs', 500); // a build cut short: one file older than the sources
    assert.equal(distIsStale(root), true, 'oldest built file counts');
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
});
