// The full CLI's compile cache (bin/incident.cjs): Node's own, on the Node versions that have one
// (>= 22.1), in the user's cache directory beside the lanes' code caches; none on Node 20.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, it } from 'node:test';
import { incidentText } from '../scripts/corpus.mjs';
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

describe('incident site', () => {
  // The builder thread and the page workers (from 200 files) find the cache in their environment:
  // enableCompileCache in the main thread does not reach them.
  it(`${hasCompileCache ? 'keeps the modules its worker threads load in the compile cache too' : 'keeps no compile cache on this Node'} (${process.version})`, () => {
    const repo = makeRepo();
    for (let i = 0; i < 210; i++) {
      const text = incidentText(i, { n: 210, seed: 3 });
      repo.write(`incidents/${/^id: (\S+)$/m.exec(text)![1]}.md`, text);
    }
    const cached = (threads: string) => {
      const home = fs.mkdtempSync(path.join(repo.dir, `cache-home-${threads}-`));
      const r = repo.run(['site', '--no-cache', '--out', `site-${threads}`, '--threads', threads], { env: { XDG_CACHE_HOME: home } });
      assert.equal(r.code, 0, r.stderr);
      return filesUnder(path.join(home, 'casefile', 'node-compile-cache')).sort();
    };
    const alone = cached('1'); // every module loaded in the main thread
    const threaded = cached('2');
    if (hasCompileCache) assert.deepEqual(threaded, alone, 'the modules loaded only by the worker threads are cached too');
    else assert.deepEqual(threaded, []);
    repo.cleanup();
  });
});
