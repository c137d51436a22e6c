// Evidence is recorded with its SHA-256, made in JavaScript for small files and by node:crypto for
// larger ones: the same digest either way, on both sides of the line and at the block edges.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { sha256 } from '../src/io/evidence-files.ts';

test('sha256 is node:crypto\'s SHA-256 at every size', () => {
  for (const size of [0, 1, 55, 56, 63, 64, 65, 119, 120, 1000, 4095, 4096, 4097, 100_000]) {
    for (const data of [randomBytes(size), Buffer.alloc(size, 'a')]) {
      assert.equal(sha256(data), createHash('sha256').update(data).digest('hex'), `${size} bytes`);
    }
  }
});
