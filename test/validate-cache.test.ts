// The validation cache (src/io/validate-cache.ts) through the real bundle: what it skips, what it
// must never skip, and how it survives damage, moves and racing edits.
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ValidateCache } from '../src/io/validate-cache.ts';
import { makeRepo, ROOT, type TestRepo } from './helpers/repo.ts';

const EXAMPLE = 'incidents/2017-01-06-db2kafka-outage-from-oom-kills.md';
const exampleText = () => fs.readFileSync(path.join(ROOT, EXAMPLE), 'utf8');
const NOW = { CASEFILE_NOW: '2026-03-10T12:00:00Z' };
const CACHE = path.join('.git', 'casefile', 'validate-cache.txt');

/** A repository with the example, validated once, its files' times set to an hour ago (past the racy window). */
function validated(): TestRepo {
  const repo = makeRepo();
  repo.write(EXAMPLE, exampleText());
  ageAll(repo);
  assert.equal(repo.run(['validate'], { env: NOW }).code, 0);
  return repo;
}

function ageAll(repo: TestRepo): void {
  const hourAgo = new Date(Date.now() - 3600_000);
  fs.utimesSync(path.join(repo.dir, EXAMPLE), hourAgo, hourAgo);
  fs.utimesSync(path.join(repo.dir, 'incidents'), hourAgo, hourAgo);
}

/**
 * Replaces a file's findings in the cache, the way a later run would (an appended entry): a cache
 * hit then reports the planted finding.
 */
function plant(repo: TestRepo, rel = EXAMPLE): void {
  const file = path.join(repo.dir, CACHE);
  const key = fs.readFileSync(file, 'utf8').split('\n', 1)[0]!.split('\t')[1]!;
  const entry = ValidateCache.open(file, key).get(rel);
  assert.ok(entry, `no cache entry for ${rel}`);
  const planted = { ...entry, rel, errors: 0, warnings: 1, printed: `${rel}:1:1 warning planted finding  planted\n` };
  fs.appendFileSync(file, `P\t${JSON.stringify(planted)}\n`);
}

const validate = (repo: TestRepo, ...args: string[]) => repo.run(['validate', ...args], { env: NOW });

describe('the validation cache', () => {
  it('skips unchanged files, compares the bytes of touched ones, re-checks changed ones', () => {
    const repo = validated();
    plant(repo);
    assert.match(validate(repo).stdout, /planted finding/);
    // Same bytes, new mtime: still a hit.
    const file = path.join(repo.dir, EXAMPLE);
    fs.utimesSync(file, new Date(), new Date(Date.now() - 60_000));
    assert.match(validate(repo).stdout, /planted finding/);
    // Changed bytes: re-checked, the planted finding is gone.
    fs.appendFileSync(file, '\nOne more line.\n');
    assert.equal(validate(repo).stdout, '1 file checked, no problems\n');
    repo.cleanup();
  });

  it('--no-cache ignores it', () => {
    const repo = validated();
    plant(repo);
    assert.equal(validate(repo, '--no-cache').stdout, '1 file checked, no problems\n');
    repo.cleanup();
  });

  it('a warm run appends lines; a run with nothing new writes nothing', () => {
    const repo = validated();
    const file = path.join(repo.dir, CACHE);
    const before = fs.readFileSync(file, 'utf8');
    validate(repo);
    assert.equal(fs.readFileSync(file, 'utf8'), before);
    fs.appendFileSync(path.join(repo.dir, EXAMPLE), '\nOne more line.\n');
    validate(repo);
    const after = fs.readFileSync(file, 'utf8');
    assert.ok(after.startsWith(before), 'appended, not rewritten');
    assert.equal(after.slice(before.length).split('\n').filter((l) => l.startsWith('P\t')).length, 1);
    repo.cleanup();
  });

  it('an in-place edit of the same size that sets the mtime back is re-checked (its ctime moved)', () => {
    const repo = makeRepo();
    const file = path.join(repo.dir, EXAMPLE);
    const clean = exampleText();
    repo.write(EXAMPLE, clean);
    ageAll(repo);
    const tick = new Date(Math.floor(Date.now() / 1000) * 1000 - 3600_000); // a whole second: set again, the same to the nanosecond
    fs.utimesSync(file, tick, tick);
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 2200); // past the racy window: the cache trusts the stat
    assert.equal(validate(repo).code, 0);
    const broken = clean.replace(/^severity: SEV-2$/m, 'severity: SEV-9');
    const fd = fs.openSync(file, 'r+');
    fs.writeSync(fd, broken, 0, 'utf8');
    fs.closeSync(fd);
    fs.utimesSync(file, tick, tick); // an editor, `cp -p` or `rsync -t` keeping the mtime
    assert.equal(fs.statSync(file).mtimeMs, tick.getTime());
    assert.equal(fs.statSync(file).size, Buffer.byteLength(clean));
    assert.match(validate(repo).stdout, /SEV-9/);
    repo.cleanup();
  });

  it('a file changed again within the same clock tick, same size, is still re-checked', () => {
    const repo = makeRepo();
    const file = path.join(repo.dir, EXAMPLE);
    const clean = exampleText();
    repo.write(EXAMPLE, clean);
    // A whole second, so that setting it again gives the very same mtime.
    const tick = new Date(Math.floor(Date.now() / 1000) * 1000);
    fs.utimesSync(file, tick, tick);
    assert.equal(validate(repo).code, 0);
    // Same length, same mtime, different bytes: a broken severity.
    const broken = clean.replace(/^severity: SEV-2$/m, 'severity: SEV-9');
    assert.notEqual(broken, clean);
    assert.equal(broken.length, clean.length);
    fs.writeFileSync(file, broken);
    fs.utimesSync(file, tick, tick);
    assert.equal(fs.statSync(file).mtimeMs, tick.getTime());
    assert.match(validate(repo).stdout, /SEV-9/);
    repo.cleanup();
  });

  it("due dates pass at midnight in the incident's own time zone", () => {
    const repo = makeRepo();
    // Closed, its post-mortem still in review, due on March 1 in Tokyo.
    const text = exampleText()
      .replace(/^timezone: .*$/m, 'timezone: Asia/Tokyo')
      .replace(/^postmortem:\n  owner: David\n  meeting: 2017-01-11\n  status: published$/m, 'postmortem:\n  owner: David\n  due: 2026-03-01\n  status: in-review');
    assert.match(text, /due: 2026-03-01\n  status: in-review/);
    repo.write(EXAMPLE, text);
    ageAll(repo);
    const at = (iso: string) => repo.run(['validate'], { env: { CASEFILE_NOW: iso } }).stdout;
    assert.doesNotMatch(at('2026-03-01T10:00:00Z'), /after its due date/); // 19:00 on Mar 1 in Tokyo
    assert.match(at('2026-03-01T16:00:00Z'), /after its due date 2026-03-01/); // 01:00 on Mar 2 there, still Mar 1 in UTC
    repo.cleanup();
  });

  it('new, removed and renamed files are seen, however old their times', () => {
    const repo = validated();
    const copy = 'incidents/2017-01-07-copy.md';
    repo.write(copy, exampleText().replace(/^id: .*$/m, 'id: 2017-01-07-copy'));
    ageAll(repo);
    fs.utimesSync(path.join(repo.dir, copy), new Date(Date.now() - 3600_000), new Date(Date.now() - 3600_000));
    assert.equal(validate(repo).stdout, '2 files checked, no problems\n');
    const renamed = 'incidents/2017-01-08-renamed.md';
    fs.renameSync(path.join(repo.dir, copy), path.join(repo.dir, renamed));
    ageAll(repo);
    const r = validate(repo, '--format', 'json');
    assert.equal(JSON.parse(r.stdout).files, 2);
    assert.match(r.stdout, /renamed\.md/);
    fs.rmSync(path.join(repo.dir, renamed));
    ageAll(repo);
    assert.equal(validate(repo).stdout, '1 file checked, no problems\n');
    repo.cleanup();
  });

  it('keeps the listing of `incidents_dir: incidents/` as of `incidents`', () => {
    const repo = makeRepo();
    repo.write('.incident.yml', 'incidents_dir: incidents/\n');
    repo.write(EXAMPLE, exampleText());
    ageAll(repo);
    assert.equal(validate(repo).code, 0);
    assert.match(fs.readFileSync(path.join(repo.dir, CACHE), 'utf8'), /^\{"dir":"incidents","mtimeMs":\d+(\.\d+)?,"count":1\}$/m);
    repo.cleanup();
  });

  it('a damaged cache is an empty cache (cut short, garbled, another version) or reports as a clean one', () => {
    const repo = validated();
    const file = path.join(repo.dir, CACHE);
    const good = fs.readFileSync(file);
    const text = good.toString('latin1'); // a character a byte: its binary columns survive replace()
    // One file: its binary columns after the five text lines, at a multiple of 8 bytes: float64
    // size, mtime, ctime, then offsets 0 and the end of its lines; int32 its zone, errors, warnings.
    let textEnd = 0;
    for (let k = 0; k < 5; k++) textEnd = text.indexOf('\n', textEnd) + 1;
    const binaryAt = Math.ceil(textEnd / 8) * 8;
    const patched = (at: number, write: (b: Buffer) => void) => {
      const b = Buffer.from(good);
      write(b.subarray(binaryAt + at));
      return b;
    };
    const le = os.endianness() === 'LE';
    const damaged = [
      good.subarray(0, -20),
      Buffer.from(text.replace('"count":', '"count"'), 'latin1'),
      Buffer.from(text.replace(/\n[0-9a-f]{16}\n/, '\nx\n'), 'latin1'),
      Buffer.from(text.replace('cache 8', 'cache 7'), 'latin1'),
      patched(32, (b) => (le ? b.writeDoubleLE(5) : b.writeDoubleBE(5))), // the findings' end past their line break
      patched(32, (b) => (le ? b.writeDoubleLE(-1) : b.writeDoubleBE(-1))), // offsets going back: nothing sliced
      patched(40, (b) => (le ? b.writeInt32LE(7) : b.writeInt32BE(7))), // a zone that is not there: the file checked again
      Buffer.from('\u0000\u0001'),
      Buffer.alloc(0),
    ];
    for (const bytes of damaged) {
      assert.ok(!bytes.equals(good));
      fs.writeFileSync(file, bytes);
      const r = validate(repo);
      assert.equal(r.stdout, '1 file checked, no problems\n', JSON.stringify(bytes.toString('latin1', 0, 80)));
      assert.equal(r.stderr, '');
    }
    repo.cleanup();
  });

  it('an incidents directory outside the root, its paths as long as the cached ones, is stat-ed itself', () => {
    const repo = validated();
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 2200);
    assert.equal(validate(repo).code, 0); // now past the racy window: the cache trusts the file's stat
    // A sibling of the root with a name as long: its incidents/<name> ends like the cache's own files.
    const sibling = repo.dir.slice(0, -1) + (repo.dir.endsWith('z') ? 'y' : 'z');
    const other = path.join(sibling, EXAMPLE);
    try {
      fs.mkdirSync(path.dirname(other), { recursive: true });
      fs.writeFileSync(other, exampleText().replace(/^severity: SEV-2$/m, 'severity: SEV-9')); // the same size
      const { atime, mtime } = fs.statSync(path.join(repo.dir, EXAMPLE));
      fs.utimesSync(other, atime, mtime);
      assert.match(repo.run(['validate'], { env: { ...NOW, CASEFILE_INCIDENTS_DIR: path.dirname(other) } }).stdout, /SEV-9/);
    } finally {
      fs.rmSync(sibling, { recursive: true, force: true });
      repo.cleanup();
    }
  });

  it('names files from where the user stands, whoever wrote the cache', () => {
    const repo = validated();
    plant(repo);
    fs.mkdirSync(path.join(repo.dir, 'docs'));
    assert.match(repo.run(['validate'], { env: NOW, cwd: 'docs' }).stdout, /^\.\.\/incidents\/2017-01-06-db2kafka-outage-from-oom-kills\.md:1:1 warning planted finding/);
    assert.match(repo.run(['validate'], { env: NOW, cwd: 'incidents' }).stdout, /^2017-01-06-db2kafka-outage-from-oom-kills\.md:1:1 warning planted finding/);
    repo.cleanup();
  });
});

describe('a warm run reports what a cold run does', () => {
  it('in every format, from the root and from below, with duplicate ids and odd messages', () => {
    const repo = makeRepo();
    const text = exampleText();
    repo.write(EXAMPLE, text);
    repo.write('incidents/2017-01-06-copy.md', text); // the same id twice
    repo.write('incidents/2017-01-07-other-name.md', text.replace(/^id: .*$/m, 'id: 2017-01-07-not-its-name'));
    // A title with a line break and non-ASCII text, quoted in a message; a file that is fine.
    const odd = text.replace(/^id: .*$/m, 'id: 2017-01-08-odd').replace('title: Fix the crash when no log entries are viewable', 'title: "The crash\\nfixé"');
    assert.notEqual(odd, text);
    repo.write('incidents/2017-01-08-odd.md', odd);
    repo.write('incidents/2017-01-09-café.md', text.replace(/^id: .*$/m, 'id: 2017-01-09-café')); // a name beyond ASCII
    fs.mkdirSync(path.join(repo.dir, 'docs'));
    const runs = [['pretty'], ['json'], ['github'], ['pretty', '--quiet']].flatMap((f) => [{ args: ['--format', ...f], cwd: undefined }, { args: ['--format', ...f], cwd: 'docs' }]);
    const all = (cache: string[]) => runs.map(({ args, cwd }) => repo.run(['validate', ...args, ...cache], { env: NOW, cwd }).stdout);
    const cold = all(['--no-cache']);
    assert.match(cold[0]!, /unique-id/);
    assert.match(cold[0]!, /title "The crash\\nfixé"/, 'the line break quoted, on one line');
    assert.match(cold[1]!, /2017-01-07-not-its-name/);
    ageAll(repo);
    for (const f of ['2017-01-06-copy', '2017-01-07-other-name', '2017-01-08-odd', '2017-01-09-café']) {
      fs.utimesSync(path.join(repo.dir, 'incidents', `${f}.md`), new Date(Date.now() - 3600_000), new Date(Date.now() - 3600_000));
    }
    repo.run(['validate'], { env: NOW }); // writes the cache
    assert.deepEqual(all([]), cold, 'every file held in the cache');
    // A file outside the incidents directory, validated by its path, joins the cache.
    repo.write('drafts/2017-01-10-draft.md', text.replace(/^id: .*$/m, 'id: 2017-01-10-draft'));
    assert.equal(repo.run(['validate', 'drafts/2017-01-10-draft.md'], { env: NOW }).stdout, '1 file checked, no problems\n');
    assert.match(fs.readFileSync(path.join(repo.dir, CACHE), 'utf8'), /^drafts\/2017-01-10-draft\.md\t/m);
    assert.deepEqual(all([]), cold, 'the incidents directory, as before');
    fs.appendFileSync(path.join(repo.dir, 'incidents/2017-01-06-copy.md'), '\n'); // one file re-checked, its duplicate held
    assert.deepEqual(all([]), cold, 'one file re-checked');
    repo.cleanup();
  });
});

describe('the validation cache across the full CLI and the lane', () => {
  it('a cold run on threads, from the lane, writes what a warm run reads: the same findings', () => {
    const repo = makeRepo();
    const text = exampleText();
    for (let i = 0; i < 240; i++) {
      const id = `2026-01-${String((i % 28) + 1).padStart(2, '0')}-copy-${i}`;
      // Every third one with a finding: a severity the config does not know.
      const body = text.replace(/^id: .*$/m, `id: ${id}`);
      repo.write(`incidents/${id}.md`, i % 3 === 0 ? body.replace(/^severity: .*$/m, 'severity: SEV-9') : body);
    }
    const env = { ...NOW, CASEFILE_DEBUG: '1' };
    // (--threads 2: by default, fewer than 3,000 files are checked on this thread, src/io/threads.ts)
    const cold = repo.run(['validate', '--format', 'json', '--threads', '2'], { env });
    assert.equal(cold.stderr, '', 'the lane starts the worker threads itself: no hand-over');
    const uncached = repo.run(['validate', '--format', 'json', '--no-cache', '--threads', '2'], { env });
    assert.equal(uncached.stderr, '');
    assert.equal(uncached.stdout, cold.stdout);
    const warm = repo.run(['validate', '--format', 'json'], { env });
    assert.equal(warm.stderr, '');
    assert.equal(warm.stdout, cold.stdout);
    const found = JSON.parse(warm.stdout);
    assert.equal(found.files, 240);
    assert.equal(new Set(found.diagnostics.map((d: { file: string }) => d.file)).size, 80);
    // One file fixed: the lane re-checks it alone.
    const fixed = 'incidents/2026-01-01-copy-0.md';
    repo.write(fixed, repo.read(fixed).replace('severity: SEV-9', 'severity: SEV-2'));
    const after = JSON.parse(repo.run(['validate', '--format', 'json'], { env }).stdout);
    assert.equal(new Set(after.diagnostics.map((d: { file: string }) => d.file)).size, 79);
    assert.ok(!after.diagnostics.some((d: { file: string }) => d.file === fixed));
    repo.cleanup();
  });
});

describe('ValidateCache, on a real file', () => {
  const hourAgo = Date.now() - 3600_000;
  const entry = (printed = '', warnings = printed ? 1 : 0) => ({
    size: 10, mtimeMs: hourAgo, ctimeMs: hourAgo, hash: 'a'.repeat(16), named: true, zone: 'UTC', date: '2026-03-10', errors: 0, warnings, printed,
  });
  const today = () => '2026-03-10';
  const temps: string[] = [];
  after(() => temps.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));
  const tempFile = () => path.join(temps[temps.push(fs.mkdtempSync(path.join(os.tmpdir(), 'casefile-cache-'))) - 1]!, 'cache.txt');
  const line = (rel: string) => `${rel}:1:1 warning seen  r\n`;

  it('writes columns whole, then appends what changed; the newest entry wins', () => {
    const file = tempFile();
    const first = ValidateCache.open(file, 'k');
    for (const rel of ['b.md', 'a.md', 'c.md']) first.set(rel, entry(rel === 'c.md' ? '' : line(rel)));
    first.save();
    const written = fs.readFileSync(file, 'utf8');
    const second = ValidateCache.open(file, 'k');
    assert.deepEqual(second.rels, ['a.md', 'b.md', 'c.md']);
    assert.equal(second.printedOf(0, 3).toString(), line('a.md') + line('b.md'), 'the printed lines of a range, in one slice');
    assert.ok(second.holds(1, 10, hourAgo, hourAgo, today));
    assert.ok(!second.holds(1, 10, hourAgo + 1, hourAgo, today), 'another mtime');
    assert.ok(!second.holds(1, 10, hourAgo, hourAgo + 1, today), 'another ctime');
    assert.ok(!second.holds(1, 11, hourAgo, hourAgo, today), 'another size');
    assert.ok(!ValidateCache.open(file, 'k').holds(1, 10, hourAgo, hourAgo, () => '2026-03-11'), 'another day in its zone');
    second.set('b.md', entry('b.md:2:1 warning newer  r\n'));
    second.save();
    const after = fs.readFileSync(file, 'utf8');
    assert.ok(after.startsWith(written) && after.length > written.length, 'appended');
    const third = ValidateCache.open(file, 'k');
    assert.equal(third.get('b.md')?.printed, 'b.md:2:1 warning newer  r\n');
    assert.ok(!third.holds(1, 10, hourAgo, hourAgo, today), 'an appended entry is not the columns');
    assert.equal(third.get('a.md')?.printed, line('a.md'));
  });

  it('writes the file whole again when appended entries pile up, or files come and go', () => {
    const file = tempFile();
    const seed = ValidateCache.open(file, 'k');
    seed.set('a.md', entry());
    seed.save();
    for (let i = 0; i < 70; i++) {
      const run = ValidateCache.open(file, 'k');
      run.set('a.md', entry(line('a.md')));
      run.save();
    }
    assert.ok(fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.startsWith('P\t')).length <= 64);
    const adding = ValidateCache.open(file, 'k');
    adding.set('b.md', entry());
    adding.save();
    const text = fs.readFileSync(file, 'utf8');
    assert.ok(!text.includes('\nP\t'), 'a new file: written whole');
    assert.deepEqual(ValidateCache.open(file, 'k').rels, ['a.md', 'b.md']);
  });

  it('never appends to a cache another run rewrote for another key', () => {
    const file = tempFile();
    const seed = ValidateCache.open(file, 'old-key');
    seed.set('a.md', entry());
    seed.save();
    const slow = ValidateCache.open(file, 'old-key'); // a run that started before the config changed
    const fresh = ValidateCache.open(file, 'new-key');
    assert.equal(fresh.get('a.md'), undefined);
    fresh.set('a.md', entry());
    fresh.save();
    slow.set('a.md', entry(line('a.md'))); // learnt under the old config
    slow.save();
    assert.equal(ValidateCache.open(file, 'new-key').get('a.md'), undefined, 'an old-key entry read under the new key');
    assert.equal(ValidateCache.open(file, 'old-key').get('a.md')?.printed, line('a.md')); // rewritten whole, with its own key
  });

  it('does not trust an mtime or a ctime from within the last two seconds', () => {
    const file = tempFile();
    const cache = ValidateCache.open(file, 'k');
    cache.set('a.md', { ...entry(), mtimeMs: Date.now() });
    cache.set('b.md', { ...entry(), ctimeMs: Date.now() }); // an mtime set back just now
    cache.set('c.md', entry());
    cache.save();
    const read = ValidateCache.open(file, 'k');
    assert.deepEqual(['a.md', 'b.md', 'c.md'].map((rel) => read.get(rel)?.mtimeMs), [-1, -1, hourAgo]);
    assert.equal(read.get('c.md')?.ctimeMs, hourAgo);
  });

  it('counts the errors and warnings of a range of its columns', () => {
    const file = tempFile();
    const seed = ValidateCache.open(file, 'k');
    seed.set('a.md', { ...entry(), errors: 1, warnings: 2 });
    seed.set('b.md', { ...entry(), errors: 4, warnings: 8 });
    seed.set('c.md', { ...entry(), errors: 16, warnings: 32 });
    seed.save();
    const cache = ValidateCache.open(file, 'k');
    assert.deepEqual([cache.errorsIn(0, 3), cache.warningsIn(0, 3)], [21, 42]);
    assert.deepEqual([cache.errorsIn(1, 2), cache.warningsIn(1, 2)], [4, 8]);
    assert.deepEqual([cache.errorsIn(1, 3), cache.warningsIn(0, 2)], [20, 10]);
    assert.deepEqual([cache.errorsIn(2, 2), cache.warningsIn(2, 2)], [0, 0]);
  });

  it('takes a listing of the directory for its own list only when its incident files are exactly its columns, in order', () => {
    const file = tempFile();
    const seed = ValidateCache.open(file, 'k');
    for (const rel of ['incidents/a.md', 'incidents/b-c.md', 'incidents/d.md']) seed.set(rel, entry());
    seed.save();
    const cache = ValidateCache.open(file, 'k');
    // Other names around them (hidden files, a lock, a folder of evidence) are not incident files.
    assert.equal(cache.filesListed('incidents', ['.a.md.lock', 'a.md', 'b-c.md', 'b-c', 'd.md', 'notes.txt']), cache.rels);
    assert.equal(cache.filesListed('incidents', ['a.md', 'b-c.md', 'd.md', '.x.md.123.tmp']), cache.rels);
    const differs: [string, string[]][] = [
      ['one renamed, as long', ['a.md', 'b-x.md', 'd.md']],
      ['one more', ['a.md', 'b-c.md', 'd.md', 'e.md']],
      ['one fewer', ['a.md', 'd.md']],
      ['another order', ['b-c.md', 'a.md', 'd.md']],
      ['a name spanning two', ['a.md', 'b-c.md/d.md']],
      ['none', []],
    ];
    for (const [what, names] of differs) assert.equal(cache.filesListed('incidents', names), undefined, what);
    assert.equal(cache.filesListed('docs', ['a.md', 'b-c.md', 'd.md']), undefined, 'another directory');
    assert.equal(cache.filesListed('incidentx', ['a.md', 'b-c.md', 'd.md']), undefined, 'another directory, as long');
  });

  it('reads appended entries up to a garbled or cut-short one', () => {
    const file = tempFile();
    const seed = ValidateCache.open(file, 'k');
    seed.set('a.md', entry());
    seed.set('b.md', entry());
    seed.save();
    const good = (rel: string) => `P\t${JSON.stringify({ rel, ...entry(line(rel)) })}\n`;
    fs.appendFileSync(file, `${good('a.md')}P\t{"rel":"b.md",\n${good('b.md')}`);
    const cache = ValidateCache.open(file, 'k');
    assert.equal(cache.get('a.md')?.printed, line('a.md'));
    assert.equal(cache.get('b.md')?.printed, '', 'after the garbled line: not read');
  });
});
