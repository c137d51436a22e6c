// The stat of validate's hot loop (src/io/fast-stat.ts): the numbers fs.statSync gives, its
// errors, and no deprecation warning where Node would print one.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { stamper } from '../src/io/fast-stat.ts';
import { makeRepo } from './helpers/repo.ts';

describe('stamper', () => {
  it("gives fs.statSync's size and mtimeMs, file after file", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'casefile-stat-'));
    const stamp = stamper();
    for (let i = 0; i < 20; i++) {
      const file = path.join(dir, `${i}.md`);
      fs.writeFileSync(file, 'x'.repeat(i * 37));
      fs.utimesSync(file, new Date(), new Date(Date.UTC(2020, 0, 1, 0, 0, i, i * 7) + 0.25));
      const { size, mtimeMs } = stamp(file);
      const expected = fs.statSync(file);
      assert.deepEqual({ size, mtimeMs }, { size: expected.size, mtimeMs: expected.mtimeMs }, file);
    }
    fs.rmSync(dir, { recursive: true });
  });

  it("throws fs.statSync's error for a missing file", () => {
    const missing = path.join(os.tmpdir(), 'casefile-no-such-file.md');
    const stamp = stamper();
    assert.throws(() => stamp(missing), (e: NodeJS.ErrnoException) => e.code === 'ENOENT' && e.message.includes(missing));
  });

  it('prints no deprecation warning, even under --pending-deprecation', () => {
    const repo = makeRepo();
    repo.write('incidents/2026-03-01-x.md', '---\nid: 2026-03-01-x\n---\n');
    for (const env of [{}, { NODE_OPTIONS: '--pending-deprecation' }, { NODE_PENDING_DEPRECATION: '1' }]) {
      const r = repo.run(['validate'], { env });
      assert.doesNotMatch(r.stderr, /Deprecation|DEP0/, JSON.stringify(env));
      assert.match(r.stdout, /in 1 file/);
    }
    repo.cleanup();
  });
});
