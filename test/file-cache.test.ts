// The line-per-file cache (src/io/file-cache.ts) on a real file: appends, rewrites, and runs that
// overlap with another key.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FileCache } from '../src/io/file-cache.ts';

const old = { size: 10, mtimeMs: Date.now() - 3600_000 };

function tempFile(): string {
  return path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'casefile-cache-')), 'cache.txt');
}

describe('FileCache', () => {
  it('appends what changed to a cache it read, and reads the last line for a file', () => {
    const file = tempFile();
    const first = FileCache.open(file, 'h1');
    first.set('a.md', old, 'one');
    first.save();
    const written = fs.readFileSync(file, 'utf8');
    const second = FileCache.open(file, 'h1');
    assert.equal(second.get('a.md')?.data, 'one');
    second.set('a.md', old, 'two');
    second.save();
    const after = fs.readFileSync(file, 'utf8');
    assert.ok(after.startsWith(written) && after.length > written.length, 'appended');
    assert.equal(FileCache.open(file, 'h1').get('a.md')?.data, 'two');
  });

  it('never appends to a cache another run rewrote for another key', () => {
    const file = tempFile();
    const seed = FileCache.open(file, 'old-key');
    seed.set('a.md', old, 'seed');
    seed.save();
    const slow = FileCache.open(file, 'old-key'); // a run that started before the config changed
    const fresh = FileCache.open(file, 'new-key');
    assert.equal(fresh.get('a.md'), undefined);
    fresh.set('a.md', old, 'fresh');
    fresh.save();
    slow.set('b.md', old, 'stale'); // learnt under the old config
    slow.save();
    const now = FileCache.open(file, 'new-key');
    assert.equal(now.get('b.md'), undefined, 'an old-key line read under the new key');
    assert.equal(FileCache.open(file, 'old-key').get('b.md')?.data, 'stale'); // rewritten whole, with its own key
  });

  it('does not trust an mtime from within the last two seconds', () => {
    const file = tempFile();
    const cache = FileCache.open(file, 'h');
    cache.set('a.md', { size: 1, mtimeMs: Date.now() }, 'x');
    cache.save();
    assert.equal(FileCache.open(file, 'h').get('a.md')?.mtimeMs, -1);
  });
});
