// The full CLI's compile cache (bin/incident.cjs): Node's own, on the Node versions that have one
// (>= 22.1), in the user's cache directory beside the lanes' code caches; none on Node 20.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, it } from 'node:test';
import { makeRepo } from './helpers/repo.ts';

const hasCompileCache = typeof (createRequire(import.meta.url)('node:module') as { enableCompileCache?: unknown }).enableCompileCache === 'function';

const filesUnder = (dir: string): string[] =>
  fs.existsSync(dir) ? fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => e.name) : [];

describe('the full CLI', () => {
  it(`${hasCompileCache ? 'keeps its compiled chunks in Node\'s compile cache' : 'keeps no compile cache on this Node'} (${process.version}), unless told not to`, () => {
    const repo = makeRepo();
    const home = fs.mkdtempSync(path.join(repo.dir, 'cache-home-'));
    const cache = path.join(home, 'casefile', 'node-compile-cache');
    const list = (env: Record<string, string>) => {
      const r = repo.run(['list'], { env: { XDG_CACHE_HOME: home, ...env } });
      assert.equal(r.code, 0, r.stderr);
      assert.equal(r.stderr, '');
      return r.stdout;
    };
    const first = list({ NODE_DISABLE_COMPILE_CACHE: '1' });
    assert.deepEqual(filesUnder(cache), [], 'NODE_DISABLE_COMPILE_CACHE is obeyed');
    assert.equal(list({}), first);
    if (hasCompileCache) assert.ok(filesUnder(cache).length >= 2, 'the entry and its chunks are cached');
    else assert.deepEqual(filesUnder(cache), []);
    assert.equal(list({}), first, 'the same output from the cache');
    repo.cleanup();
  });
});
