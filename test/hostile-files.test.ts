// Hostile and unusual files and file systems through the built CLI: never an internal error, never
// raw errno text, never a write that replaces a symlink or a read-only file, no temp file left
// behind when a write fails. Each case is one line on stderr that says what to do.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fsErrorText, shownPath } from '../src/io/fs-errors.ts';
import { makeRepo, snapshotCli, type RunResult, type TestRepo } from './helpers/repo.ts';

const ID = '2026-03-01-x';
const FILE = `incidents/${ID}.md`;
const good = (timeline = ['  - at: 2026-03-01T13:00:00Z', '    kind: started', '    text: Impact started']) => [
  '---', `id: ${ID}`, 'title: X', 'kind: incident', 'severity: SEV-2', 'status: investigating', 'timezone: UTC',
  'timeline:', ...timeline, '---', '', '## Summary', '', 'Body.', '',
].join('\n');

/** Exit 0, or exit 1 with at most one line on stderr; never an internal error or a stack trace. */
function clear(r: RunResult, what: string): void {
  const said = `${what}: exit ${r.code}\nstderr: ${r.stderr}`;
  assert.doesNotMatch(r.stderr + r.stdout, /internal error|\n\s+at |ENOTDIR:|EEXIST:|EISDIR:|ENOSPC:|EFBIG:/, said);
  assert.ok(r.code === 0 || r.code === 1, said);
  // validate reports findings on stdout (exit 1, nothing on stderr); a refusal is one line on stderr.
  if (r.code !== 0 && r.stderr) assert.equal(r.stderr.split('\n').length, 2, said);
}

function refused(r: RunResult, message: RegExp, what: string): void {
  clear(r, what);
  assert.equal(r.code, 1, `${what}: ${r.stderr}`);
  assert.match(r.stderr, message, what);
}

const incidentsDir = (repo: TestRepo) => fs.readdirSync(path.join(repo.dir, 'incidents')).sort();

describe('hand-edited files that once gave an internal error', () => {
  let repo: TestRepo;
  before(() => (repo = makeRepo()));
  after(() => repo.cleanup());
  const cases: [string, string][] = [
    ['a timeline entry that is plain text', good(['  - at: 2026-03-01T13:00:00Z', '    kind: started', '    text: Impact started', '  - just text'])],
    ['a timeline entry left empty', good(['  - at: 2026-03-01T13:00:00Z', '    kind: started', '    text: Impact started', '  -'])],
    ['a numeric at', good(['  - at: 5', '    kind: started', '    text: Impact started'])],
  ];
  for (const [name, text] of cases) {
    it(`${name}: every command answers clearly`, () => {
      for (const args of [['show', ID], ['log', ID, 'hi'], ['status', ID, 'identified'], ['role', ID, '--sme', 'erin'], ['report', ID], ['render', ID], ['list'], ['validate']]) {
        repo.write(FILE, text);
        clear(repo.run(args), `${name}: ${args.join(' ')}`);
      }
    });
  }
  it('show lists a plain-text entry without failing', () => {
    repo.write(FILE, cases[0]![1]);
    const r = repo.run(['show', ID]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /Impact started/);
  });

  it('an action item whose title is a list: the lifecycle commands answer clearly', () => {
    const text = good().replace('---\n\n## Summary', 'action_items: [{ id: AI-1, title: [x], status: 5, owner: { a: 1 } }]\n---\n\n## Summary');
    for (const args of [['action', ID], ['action', ID, 'AI-1', '--status', 'done'], ['action', ID, 'add', 'Fix it'], ['action', ID, 'remove', 'AI-1'], ['show', ID]]) {
      repo.write(FILE, text);
      clear(repo.run(args), args.join(' '));
    }
  });

  it('an alias bomb in .incident.yml: one line at its place, for every command', () => {
    const bomb = ['a: &a [x,x,x,x,x,x,x,x,x]'];
    for (const [prev, name] of [...'abcdefgh'].map((c, i) => [c, 'bcdefghi'[i]!])) bomb.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`);
    repo.write(FILE, good());
    repo.write('.incident.yml', bomb.join('\n') + '\n');
    try {
      for (const args of [['list'], ['validate'], ['log', ID, 'hi'], ['show', ID], ['new', 'Another'], ['report', ID]]) {
        refused(repo.run(args), /^\.incident\.yml:2:8: Unexpected YAML alias "\*a"/, args.join(' '));
      }
    } finally {
      fs.rmSync(path.join(repo.dir, '.incident.yml'));
    }
  });
});

describe('file system trouble: one line that says what to do', () => {
  let repo: TestRepo;
  before(() => (repo = makeRepo()));
  after(() => repo.cleanup());

  it('the incidents "directory" is a file', () => {
    fs.rmSync(path.join(repo.dir, 'incidents'), { recursive: true, force: true });
    repo.write('incidents', 'not a directory\n');
    try {
      for (const args of [['list'], ['validate'], ['new', 'Checkout fails'], ['log', ID, 'hi'], ['show', ID]]) {
        refused(repo.run(args), /^incident: Unexpected file incidents, expected a directory \(\w+\); move the file away/, args.join(' '));
      }
    } finally {
      fs.rmSync(path.join(repo.dir, 'incidents'));
    }
  });

  it('the lock path is a directory: refused at once, not after the stale-lock wait', () => {
    repo.write(FILE, good());
    fs.mkdirSync(path.join(repo.dir, `${FILE}.lock`));
    try {
      const started = Date.now();
      refused(repo.run(['log', ID, 'hi']), new RegExp(`^incident: Unexpected directory ${FILE}\\.lock, expected a file`), 'log');
      assert.ok(Date.now() - started < 5000, `took ${Date.now() - started} ms`);
      assert.equal(repo.read(FILE), good());
    } finally {
      fs.rmdirSync(path.join(repo.dir, `${FILE}.lock`));
    }
  });

  it('a directory named like an incident file: the same one line from list, insights, validate and site, on threads too', () => {
    const many = makeRepo();
    try {
      // 230 files: with --threads 2, site renders on a builder thread and a page worker, validate on
      // workers, insights reads on a worker; by default all on this thread (src/io/threads.ts).
      for (let i = 0; i < 230; i++) many.write(`incidents/2026-01-${String((i % 28) + 1).padStart(2, '0')}-x${i}.md`, good().replace(`id: ${ID}`, `id: x${i}`));
      fs.mkdirSync(path.join(many.dir, 'incidents', '2026-01-15-x-dir.md'));
      const runs = [['list'], ['insights', '--no-cache'], ['validate', '--no-cache'], ['site', '--out', 'site', '--no-cache'], ['site', '--out', 'site', '--threads', '1']];
      for (const args of [...runs, ['insights', '--no-cache', '--threads', '2'], ['validate', '--no-cache', '--threads', '2'], ['site', '--out', 'site', '--no-cache', '--threads', '2']]) {
        refused(many.run(args), /^incident: Unexpected directory, expected a file \(EISDIR\); remove or rename the directory and run the command again\n$/, args.join(' '));
      }
      assert.deepEqual(fs.readdirSync(many.dir).filter((f) => f.startsWith('site') || f.startsWith('.site')), [], 'no site left half-made');
    } finally {
      many.cleanup();
    }
  });

  it('a symlink to a file outside the repository is refused, not replaced by a file', () => {
    const outside = fs.mkdtempSync(path.join(path.dirname(repo.dir), 'casefile-outside-'));
    const target = path.join(outside, 'target.md');
    fs.writeFileSync(target, good());
    fs.rmSync(path.join(repo.dir, FILE), { force: true });
    fs.symlinkSync(target, path.join(repo.dir, FILE));
    try {
      for (const args of [['log', ID, 'hi'], ['status', ID, 'identified'], ['role', ID, '--commander', 'bob']]) {
        refused(repo.run(args), new RegExp(`^incident: Unexpected symbolic link ${FILE} \\(to ${target.replace(/[.]/g, '\\.')}\\), expected a regular file`), args.join(' '));
        assert.ok(fs.lstatSync(path.join(repo.dir, FILE)).isSymbolicLink(), 'the link was replaced');
        assert.equal(fs.readFileSync(target, 'utf8'), good());
      }
      assert.equal(repo.run(['show', ID]).code, 0, 'reading through the link still works');
    } finally {
      fs.rmSync(path.join(repo.dir, FILE));
      fs.rmSync(outside, { recursive: true });
    }
  });

  it('a read-only (0444) file is refused, also for root, and keeps its bytes and mode', () => {
    repo.write(FILE, good());
    const file = path.join(repo.dir, FILE);
    fs.chmodSync(file, 0o444);
    try {
      for (const args of [['log', ID, 'hi'], ['status', ID, 'identified'], ['role', ID, '--sme', 'erin']]) {
        refused(repo.run(args), new RegExp(`^incident: Unexpected read-only file ${FILE} \\(mode 0444\\), expected a writable one; make it writable \\(chmod u\\+w`), args.join(' '));
        assert.equal(repo.read(FILE), good());
        assert.equal(fs.statSync(file).mode & 0o777, 0o444);
      }
      assert.deepEqual(incidentsDir(repo), [`${ID}.md`], 'a lock or temp file was left behind');
    } finally {
      fs.chmodSync(file, 0o644);
    }
  });

  // EACCES for real: root may write anything, so as root the CLI runs as nobody (uid 65534);
  // any other user meets the same read-only directory as itself.
  it('a directory the user may not write: one line naming it, nothing changed', () => {
    repo.write(FILE, good());
    const dir = path.join(repo.dir, 'incidents');
    const bin = snapshotCli();
    const asNobody = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    if (asNobody.uid !== undefined) {
      for (const d of [repo.dir, path.dirname(path.dirname(bin))]) fs.chmodSync(d, 0o755);
      spawnSync('chmod', ['-R', 'a+rX', path.dirname(path.dirname(bin))]);
    }
    fs.chmodSync(dir, 0o555);
    try {
      const r = spawnSync(process.execPath, [bin, 'log', ID, 'hi'], {
        ...asNobody, cwd: repo.dir, encoding: 'utf8', env: { ...process.env, CASEFILE_NOW: '2026-03-01T14:05:00Z', TZ: 'UTC', GIT_AUTHOR_NAME: 'A', HOME: repo.dir, CASEFILE_DEBUG: '' },
      });
      refused({ code: r.status, stdout: r.stdout, stderr: r.stderr }, /^incident: Permission denied: cannot create files in incidents \(EACCES\); check the directory's owner and mode \(ls -ld incidents\)/, 'log');
      assert.equal(repo.read(FILE), good());
      assert.deepEqual(incidentsDir(repo), [`${ID}.md`]);
    } finally {
      fs.chmodSync(dir, 0o755);
    }
  });

  // A write that fails half-way (a full disk; here the file size limit, which fails the same
  // write(2) with EFBIG on any Linux, root or not): one line, the file as it was, no temp file left.
  // -f 0 fails the lock's own temp file, -f 1 (1 KiB) the incident file's.
  for (const blocks of [0, 1]) {
    it(`a write that fails half-way (ulimit -f ${blocks}) leaves no temp file and says so in one line`, () => {
      repo.write(FILE, good() + 'x'.repeat(2000) + '\n');
      const before = repo.read(FILE);
      const r = spawnSync('bash', ['-c', `trap '' XFSZ; ulimit -f ${blocks}; exec "$@"`, 'bash', process.execPath, snapshotCli(), 'log', ID, 'hi'], {
        cwd: repo.dir, encoding: 'utf8', env: { ...process.env, CASEFILE_NOW: '2026-03-01T14:05:00Z', TZ: 'UTC', CASEFILE_DEBUG: '' },
      });
      refused({ code: r.status, stdout: r.stdout, stderr: r.stderr }, /^incident: File too large.*\(EFBIG, the file size limit: ulimit -f\); raise the limit/, 'log');
      assert.equal(repo.read(FILE), before);
      assert.deepEqual(incidentsDir(repo), [`${ID}.md`], 'a lock or temp file was left behind');
    });
  }
});

describe('errno errors in words', () => {
  it('a real ENOSPC (from /dev/full) says the disk is full and what to do', () => {
    let error: unknown;
    try {
      fs.writeFileSync('/dev/full', 'x');
    } catch (e) {
      error = e;
    }
    assert.equal((error as NodeJS.ErrnoException).code, 'ENOSPC');
    assert.equal(fsErrorText(error), 'No space left on the device (ENOSPC); free some space and run the command again');
    assert.equal(fsErrorText(Object.assign(error as object, { path: path.join(process.cwd(), 'incidents', 'a.md') })),
      'No space left on the device holding incidents/a.md (ENOSPC); free some space and run the command again');
  });

  it('each code gets its own words; what is not an errno error is left alone', () => {
    const e = (code: string, syscall: string, p?: string) => Object.assign(new Error(`${code}: x, ${syscall}`), { code, syscall, path: p });
    const cases: [Error, RegExp][] = [
      [e('EACCES', 'open', '/etc/x'), /^Permission denied: cannot open \/etc\/x \(EACCES\); check its owner and mode/],
      [e('EROFS', 'rename', '/mnt/x'), /^Read-only file system: cannot replace \/mnt\/x \(EROFS\)/],
      [e('EEXIST', 'mkdir', '/tmp/f'), /^Unexpected file \/tmp\/f, expected a directory \(EEXIST\)/],
      [e('EISDIR', 'unlink', '/tmp/d'), /^Unexpected directory \/tmp\/d, expected a file \(EISDIR\)/],
      [e('EMFILE', 'open'), /^Too many open files \(EMFILE\)/],
      [e('EWHATEVER', 'open', '/tmp/q'), /^Cannot open \/tmp\/q \(EWHATEVER: x\)$/],
    ];
    for (const [error, want] of cases) assert.match(fsErrorText(error) ?? '', want);
    assert.equal(fsErrorText(new Error('plain')), undefined);
    assert.equal(fsErrorText(Object.assign(new Error('x'), { code: 'ERR_SOMETHING' })), undefined);
    assert.equal(shownPath('/a/b/c', '/a'), 'b/c');
    assert.equal(shownPath('/x/y', '/a'), '/x/y');
  });
});
