// Stats by the shortest name (src/io/short-stat.ts): relative to the working directory only when
// that names the same file, and failing exactly as the absolute path fails.
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { shortStat, statPrefix } from '../src/io/short-stat.ts';

const cwd = process.cwd();
const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'casefile-short-stat-'));
after(() => fs.rmSync(temp, { recursive: true, force: true }));

describe('statPrefix', () => {
  it('is empty for the working directory, relative below it, absolute elsewhere', () => {
    assert.equal(statPrefix(cwd), '');
    assert.equal(statPrefix(cwd + path.sep), '');
    assert.equal(statPrefix(path.join(cwd, 'incidents')), `incidents${path.sep}`);
    assert.equal(statPrefix(path.join(cwd, 'a', 'b')), `a${path.sep}b${path.sep}`);
    assert.equal(statPrefix(temp), temp + path.sep);
    // A sibling whose name starts with the working directory's is not below it.
    assert.equal(statPrefix(`${cwd}-other`), `${cwd}-other${path.sep}`);
    assert.equal(statPrefix(path.dirname(cwd)), path.dirname(cwd) + path.sep);
  });
});

describe('shortStat', () => {
  const full = temp + path.sep;
  const relative = path.relative(cwd, temp) + path.sep; // the same directory, named from here
  fs.writeFileSync(path.join(temp, 'a.md'), 'x');

  it('gives the file’s stat, by either name', () => {
    const st = fs.statSync(path.join(temp, 'a.md'));
    for (const prefix of [full, relative]) {
      const got = shortStat(prefix, full, 'a.md');
      assert.ok(got);
      assert.deepEqual([got.ino, got.size, got.mtimeMs, got.ctimeMs], [st.ino, st.size, st.mtimeMs, st.ctimeMs]);
    }
  });

  it('gives undefined for a file that is not there', () => {
    assert.equal(shortStat(relative, full, 'gone.md'), undefined);
  });

  it('throws any other error as the absolute path does', () => {
    // a.md is a file, so a.md/x fails with ENOTDIR, named by its absolute path.
    assert.throws(() => shortStat(relative, full, 'a.md/x'), (error: NodeJS.ErrnoException) => {
      assert.equal(error.code, 'ENOTDIR');
      assert.equal(error.path, path.join(temp, 'a.md', 'x'));
      return true;
    });
  });
});
