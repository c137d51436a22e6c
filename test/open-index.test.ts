// `incident log "<text>"` without an id keeps an index of which files are open
// (.git/casefile/open-incidents.txt, src/io/open-index.ts). Whatever happens to the files, its answer
// must be the one reading every file gives: after each way a user changes them, the CLI's answer
// is checked against the statuses read here with the yaml package.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { makeRepo, type TestRepo } from './helpers/repo.ts';

const OPEN = ['investigating', 'identified', 'monitoring'];
const INDEX = '.git/casefile/open-incidents.txt';
const DAY = '2026-03-';
const HOUR_AGO = Math.floor(Date.now() / 1000) - 3600;

function git(cwd: string, ...args: string[]): string {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8' });
  assert.equal(r.status, 0, `git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

/** The open incidents, read from every file as yaml reads it (the full scan). */
function openByYaml(dir: string): string[] {
  const incidents = path.join(dir, 'incidents');
  return fs
    .readdirSync(incidents)
    .filter((name) => name.endsWith('.md') && !name.startsWith('.'))
    .sort()
    .map((name) => name.slice(0, -3))
    .filter((id) => {
      const text = fs.readFileSync(path.join(incidents, `${id}.md`), 'utf8');
      const status = (parse(text.split(/^---$/m)[1]!) as { status?: string }).status;
      return OPEN.includes(status ?? '');
    });
}

/** `incident log` without an id; its answer: the file it logged to, none, or the open ones it names. */
function answer(repo: TestRepo): string[] {
  const r = repo.run(['log', 'probe']);
  if (r.code === 0) return [/^incidents\/(.+)\.md: /.exec(r.stdout)![1]!];
  if (/No open incident/.test(r.stderr)) return [];
  const named = /\d+ incidents are open \(([^)]*)\)/.exec(r.stderr);
  assert.ok(named, `exit ${r.code}: ${r.stderr}`);
  return named[1]!.split(', ');
}

function agrees(repo: TestRepo, after: string): void {
  assert.deepEqual(answer(repo), openByYaml(repo.dir), `after ${after}`);
}

const file = (repo: TestRepo, id: string) => path.join(repo.dir, 'incidents', `${id}.md`);

/** Sets an incident's status by rewriting its file in place (an editor saving), keeping its size. */
function editInPlace(repo: TestRepo, id: string, status: string): void {
  const before = fs.readFileSync(file(repo, id), 'utf8');
  const old = /^status: (\w+)$/m.exec(before)![1]!;
  let after = before.replace(/^status: \w+$/m, `status: ${status}`);
  // The same size: the title gives or takes the difference.
  const diff = after.length - before.length;
  after = after.replace(/^title: (.*)$/m, (_, t: string) => `title: ${diff > 0 ? t.slice(0, t.length - diff) : t + 'x'.repeat(-diff)}`);
  assert.equal(Buffer.byteLength(after), Buffer.byteLength(before), `${old} -> ${status}`);
  const fd = fs.openSync(file(repo, id), 'r+'); // in place: the same inode, the directory untouched
  fs.writeSync(fd, after, 0, 'utf8');
  fs.closeSync(fd);
}

/** Ten incidents, the third open, committed; every time more than the racy window (2 s) old. */
function tenIncidents(): { repo: TestRepo; ids: string[] } {
  const repo = makeRepo();
  assert.equal(repo.run(['init']).code, 0);
  assert.equal(repo.run(['new', 'Checkout fails', '--timezone', 'UTC', '--at', '2026-03-01T10:00Z']).code, 0);
  const [first] = fs.readdirSync(path.join(repo.dir, 'incidents')).filter((n) => n.endsWith('.md'));
  const template = fs.readFileSync(path.join(repo.dir, 'incidents', first!), 'utf8');
  fs.rmSync(path.join(repo.dir, 'incidents', first!));
  const ids: string[] = [];
  for (let i = 1; i <= 10; i++) {
    const id = `${DAY}${String(i).padStart(2, '0')}-incident-${i}`;
    ids.push(id);
    const status = i === 3 ? 'investigating' : i % 2 ? 'closed' : 'resolved';
    fs.writeFileSync(file(repo, id), template.replace(/^id: .*$/m, `id: ${id}`).replace(/^status: \w+$/m, `status: ${status}`));
    fs.utimesSync(file(repo, id), HOUR_AGO, HOUR_AGO); // whole seconds: an mtime set back is then the same to the nanosecond
  }
  git(repo.dir, 'add', '-A');
  git(repo.dir, 'commit', '-qm', 'ten incidents');
  return { repo, ids };
}

/** Waits out the racy window, so that what the index stores next is trusted. */
function settle(): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 2200);
}

describe('the index of open incidents answers as reading every file does', () => {
  it('after every way a user changes the files', () => {
    const { repo, ids } = tenIncidents();
    try {
      settle();
      agrees(repo, 'the first run (no index yet)');
      assert.ok(fs.existsSync(path.join(repo.dir, INDEX)), 'the index is written');
      agrees(repo, 'no change');

      // An editor saving a closed incident in place as open: same size, same inode, the mtime set
      // back (an editor or `cp -p` keeping it): only the ctime moved.
      const mtimeMs = fs.statSync(file(repo, ids[0]!)).mtimeMs;
      editInPlace(repo, ids[0]!, 'identified');
      fs.utimesSync(file(repo, ids[0]!), HOUR_AGO, HOUR_AGO);
      assert.equal(fs.statSync(file(repo, ids[0]!)).mtimeMs, mtimeMs);
      agrees(repo, 'an in-place save with the mtime kept');
      editInPlace(repo, ids[0]!, 'closed');
      agrees(repo, 'an in-place save back to closed');

      fs.utimesSync(file(repo, ids[1]!), new Date(), new Date());
      agrees(repo, 'touch');

      // A status changed, its mtime a day ahead (a clock skewed ahead), then a year back.
      editInPlace(repo, ids[4]!, 'monitoring');
      fs.utimesSync(file(repo, ids[4]!), new Date(Date.now() + 86400_000), new Date(Date.now() + 86400_000));
      agrees(repo, 'a change with an mtime in the future');
      editInPlace(repo, ids[4]!, 'resolved');
      fs.utimesSync(file(repo, ids[4]!), new Date('2025-01-01'), new Date('2025-01-01'));
      agrees(repo, 'a change with an mtime a year back');

      fs.renameSync(file(repo, ids[2]!), file(repo, `${DAY}20-renamed`));
      agrees(repo, 'a rename');
      fs.copyFileSync(file(repo, ids[5]!), path.join(repo.dir, 'resolved.tmp'));
      fs.renameSync(path.join(repo.dir, 'resolved.tmp'), file(repo, `${DAY}20-renamed`));
      agrees(repo, 'a closed file renamed over the open one');

      fs.writeFileSync(file(repo, `${DAY}21-by-hand`), fs.readFileSync(file(repo, ids[6]!), 'utf8').replace(/^status: \w+$/m, 'status: investigating'));
      agrees(repo, 'a new file by hand');
      fs.rmSync(file(repo, `${DAY}21-by-hand`));
      agrees(repo, 'a delete');

      // git: a checkout of the committed files, then a pull of a clone's change.
      git(repo.dir, 'checkout', '--', 'incidents');
      git(repo.dir, 'clean', '-fdq', 'incidents');
      agrees(repo, 'git checkout');
      const remote = fs.mkdtempSync(path.join(os.tmpdir(), 'casefile-remote-'));
      try {
        git(remote, 'init', '-q', '--bare');
        git(repo.dir, 'remote', 'add', 'origin', remote);
        git(repo.dir, 'push', '-q', 'origin', 'HEAD:main');
        git(repo.dir, 'branch', '-q', '--set-upstream-to=origin/main');
        const clone = fs.mkdtempSync(path.join(os.tmpdir(), 'casefile-clone-'));
        git(clone, 'clone', '-q', '-b', 'main', remote, '.');
        git(clone, 'config', 'user.name', 'Other');
        git(clone, 'config', 'user.email', 'other@example.com');
        const other = path.join(clone, 'incidents', `${ids[7]}.md`);
        fs.writeFileSync(other, fs.readFileSync(other, 'utf8').replace(/^status: \w+$/m, 'status: monitoring'));
        git(clone, 'commit', '-qam', 'reopened');
        git(clone, 'push', '-q', 'origin', 'HEAD:main');
        fs.rmSync(clone, { recursive: true, force: true });
        settle(); // the pull must not find the files racy (then they would be read anyway)
        agrees(repo, 'settling');
        git(repo.dir, 'pull', '-q', '--no-rebase');
        agrees(repo, 'git pull');
      } finally {
        fs.rmSync(remote, { recursive: true, force: true });
      }
    } finally {
      repo.cleanup();
    }
  });

  it('from wherever it runs: the root, the incidents directory, elsewhere, a relative CASEFILE_INCIDENTS_DIR', () => {
    const { repo, ids } = tenIncidents();
    try {
      // Decoys: the same names, unchanged, where a path taken relative to the wrong directory would land.
      for (const decoys of ['docs/incidents', 'incidents/incidents']) {
        fs.mkdirSync(path.join(repo.dir, decoys), { recursive: true });
        for (const id of ids) fs.copyFileSync(file(repo, id), path.join(repo.dir, decoys, `${id}.md`));
      }
      settle();
      const from = (cwd: string | undefined, env: Record<string, string> = {}): string[] => {
        const r = repo.run(['log', 'probe'], { cwd, env });
        if (r.code === 0) return [/^(?:.*\/)?([^/]+)\.md: /.exec(r.stdout)![1]!];
        const named = /\d+ incidents are open \(([^)]*)\)/.exec(r.stderr);
        assert.ok(named, `exit ${r.code}: ${r.stderr}`);
        return named[1]!.split(', ');
      };
      const places: [string | undefined, Record<string, string>][] = [
        [undefined, {}], ['incidents', {}], ['docs', {}], ['docs', { CASEFILE_INCIDENTS_DIR: '../incidents' }], [undefined, { CASEFILE_INCIDENTS_DIR: './incidents/' }],
      ];
      for (const [k, [cwd, env]] of places.entries()) {
        const where = `from ${cwd ?? 'the root'} ${JSON.stringify(env)}`;
        assert.deepEqual(from(cwd, env), [ids[2]], where);
        // An in-place save of another file as open, its mtime set back: only its ctime moves, the directory is untouched.
        const other = ids[5 + k]!;
        const dirMtime = fs.statSync(path.join(repo.dir, 'incidents')).mtimeMs;
        editInPlace(repo, other, 'monitoring');
        fs.utimesSync(file(repo, other), HOUR_AGO, HOUR_AGO);
        assert.equal(fs.statSync(path.join(repo.dir, 'incidents')).mtimeMs, dirMtime);
        assert.deepEqual(from(cwd, env), [ids[2]!, other].sort(), `${where}: an in-place save`);
        editInPlace(repo, other, k % 2 ? 'closed' : 'resolved');
        fs.utimesSync(file(repo, other), HOUR_AGO, HOUR_AGO);
      }
    } finally {
      repo.cleanup();
    }
  });

  it('is what answers when nothing changed (so the checks above test it)', () => {
    const { repo, ids } = tenIncidents();
    try {
      settle();
      assert.deepEqual(answer(repo), [ids[2]]);
      // Mark the first (closed) incident open in the index itself: after four lines, 5 float64s per id, `open` last.
      const indexPath = path.join(repo.dir, INDEX);
      const bytes = fs.readFileSync(indexPath);
      let at = 0;
      for (let n = 0; n < 4; n++) at = bytes.indexOf(10, at) + 1;
      at = Math.ceil(at / 8) * 8;
      assert.equal(bytes.length - at, ids.length * 5 * 8);
      const le = os.endianness() === 'LE'; // the index is in this machine's byte order
      assert.equal(le ? bytes.readDoubleLE(at + 4 * 8) : bytes.readDoubleBE(at + 4 * 8), 0);
      if (le) bytes.writeDoubleLE(1, at + 4 * 8);
      else bytes.writeDoubleBE(1, at + 4 * 8);
      fs.writeFileSync(indexPath, bytes);
      assert.deepEqual(answer(repo), [ids[0], ids[2]].sort());
    } finally {
      repo.cleanup();
    }
  });

  it('names the open incidents in the order of their ids, not of their files (`x-b.md` sorts before `x.md`)', () => {
    const { repo, ids } = tenIncidents();
    try {
      const open = [`${DAY}30`, `${DAY}30-b`];
      for (const id of open) fs.writeFileSync(file(repo, id), fs.readFileSync(file(repo, ids[2]!), 'utf8').replace(/^id: .*$/m, `id: ${id}`));
      const expected = [ids[2]!, ...open];
      assert.deepEqual(answer(repo), expected, 'no index yet');
      assert.deepEqual(answer(repo), expected, 'from the index, the directory unchanged');
      fs.writeFileSync(path.join(repo.dir, 'incidents', '.lock'), '');
      fs.rmSync(path.join(repo.dir, 'incidents', '.lock'));
      assert.deepEqual(answer(repo), expected, 'from the index, the directory listed again');
    } finally {
      repo.cleanup();
    }
  });

  // Two incidents open: `incident log` then writes nothing, and the directory stays as listed, so
  // later runs take its ids from the index's line (a write would have the next run list it).
  const twoOpen = () => {
    const { repo, ids } = tenIncidents();
    editInPlace(repo, ids[5]!, 'monitoring');
    return { repo, ids, open: [ids[2]!, ids[5]!] };
  };

  it('with a name in the directory that holds a tab or a line break', () => {
    const { repo, ids, open } = twoOpen();
    try {
      fs.writeFileSync(path.join(repo.dir, 'incidents', 'notes\twith a tab.txt'), '');
      fs.writeFileSync(path.join(repo.dir, 'incidents', 'notes\nwith a line break.txt'), '');
      settle();
      assert.deepEqual(answer(repo), open, 'no index yet');
      assert.match(fs.readFileSync(path.join(repo.dir, INDEX), 'latin1'), /"names":-1/, 'the names are not kept');
      assert.deepEqual(answer(repo), open, 'the directory unchanged: its ids from the index');
      editInPlace(repo, ids[0]!, 'identified');
      assert.deepEqual(answer(repo), [ids[0]!, ...open], 'an in-place save');
      fs.writeFileSync(path.join(repo.dir, 'incidents', '.lock'), '');
      fs.rmSync(path.join(repo.dir, 'incidents', '.lock'));
      assert.deepEqual(answer(repo), [ids[0]!, ...open], 'the directory listed again');
    } finally {
      repo.cleanup();
    }
  });

  it('goes without an index whose ids and entries disagree', () => {
    const { repo, ids, open } = twoOpen();
    try {
      settle();
      assert.deepEqual(answer(repo), open, 'the first run');
      const indexPath = path.join(repo.dir, INDEX);
      const good = fs.readFileSync(indexPath);
      const lines = good.toString('latin1').split('\n');
      assert.match(lines[1]!, /"dir":\[/, 'the directory is known by its stat');
      const binaryAt = Math.ceil((lines.slice(0, 4).join('\n').length + 1) / 8) * 8;
      const withIds = (idsLine: string[]) => {
        // The same entries after the line of ids, padded again to a multiple of 8.
        const head = `${lines.slice(0, 3).join('\n')}\n${idsLine.join('\t')}\n`;
        const pad = ' '.repeat(Math.ceil(head.length / 8) * 8 - head.length);
        fs.writeFileSync(indexPath, Buffer.concat([Buffer.from(head + pad, 'latin1'), good.subarray(binaryAt)]));
      };
      // The first incident's entry marked open: the index is what answers while it holds.
      const planted = Buffer.from(good);
      if (os.endianness() === 'LE') planted.writeDoubleLE(1, binaryAt + 4 * 8);
      else planted.writeDoubleBE(1, binaryAt + 4 * 8);
      fs.writeFileSync(indexPath, planted);
      assert.deepEqual(answer(repo), [ids[0]!, ...open], 'the planted entry');
      const idsLine = lines[3]!.split('\t');
      withIds(idsLine.slice(1));
      assert.deepEqual(answer(repo), open, 'an id fewer');
      withIds([...idsLine, `${DAY}31-extra`]);
      assert.deepEqual(answer(repo), open, 'an id more');
      withIds(idsLine.map((id) => (id === ids[2] ? `${DAY}03-incident-x` : id)));
      assert.deepEqual(answer(repo), open, 'another id for the open one, with no file');
    } finally {
      repo.cleanup();
    }
  });

  it('goes without an index it cannot read', () => {
    const { repo, ids } = tenIncidents();
    try {
      fs.mkdirSync(path.join(repo.dir, '.git/casefile'), { recursive: true });
      fs.writeFileSync(path.join(repo.dir, INDEX), 'casefile open-incidents 2\tnot this key\n');
      assert.deepEqual(answer(repo), [ids[2]]);
      fs.writeFileSync(path.join(repo.dir, INDEX), Buffer.alloc(100, 10));
      assert.deepEqual(answer(repo), [ids[2]]);
    } finally {
      repo.cleanup();
    }
  });
});

describe('the index file', () => {
  it('keeps the directory’s names only when no name holds a tab or a line break (they could join to another listing’s line)', async () => {
    const { readOpenIndex, writeOpenIndex, newStats } = await import('../src/io/open-index.ts');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'casefile-open-index-'));
    try {
      const file = path.join(dir, 'index.txt');
      const write = (names: string[]) => writeOpenIndex(file, 'k', { dir: [1, 2, 3], names: names.join('\t'), nameCount: names.length, ids: 'a\tb', count: 2, stats: newStats(2) });
      write(['a.md', '.gitignore', 'b.md']);
      assert.deepEqual([readOpenIndex(file, 'k')?.names, readOpenIndex(file, 'k')?.nameCount], ['a.md\t.gitignore\tb.md', 3]);
      write(['a.md', 'x\ty.md', 'b.md']);
      assert.deepEqual([readOpenIndex(file, 'k')?.names, readOpenIndex(file, 'k')?.nameCount], ['', -1]);
      write(['a.md', 'x\ny.md', 'b.md']);
      assert.equal(readOpenIndex(file, 'k')?.nameCount, -1);
      assert.equal(readOpenIndex(file, 'other key'), undefined);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
