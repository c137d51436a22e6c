// Evidence through the real bundle: files saved under incidents/<id>/evidence/ with their
// SHA-256 in the frontmatter, command output captured without a shell, verify, and every refusal
// (outside the repository, symlinks out, too large, failing commands) leaving nothing behind.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { parse as parseYaml } from 'yaml';
import { makeRepo, snapshotCli, type RunResult, type TestRepo } from './helpers/repo.ts';

const ID = '2026-03-01-checkout-fails';
const FILE = `incidents/${ID}.md`;
const EVIDENCE = `incidents/${ID}/evidence`;

const fm = (text: string) => parseYaml(/^---\n([\s\S]*?)\n---\n/.exec(text)![1]!) as Record<string, any>;
const sha = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function ok(r: RunResult): RunResult {
  assert.equal(r.code, 0, `exit ${r.code}\n${r.stdout}\n${r.stderr}`);
  return r;
}

/** Exit 1 with one line on stderr, and neither the incident file nor the evidence folder changed. */
function refused(repo: TestRepo, args: string[], message: RegExp): void {
  const before = repo.read(FILE);
  const folder = fs.existsSync(path.join(repo.dir, EVIDENCE)) ? fs.readdirSync(path.join(repo.dir, EVIDENCE)) : undefined;
  const r = repo.run(args);
  assert.equal(r.code, 1, `exit ${r.code}\n${r.stdout}\n${r.stderr}`);
  assert.match(r.stderr, message);
  assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
  assert.equal(repo.read(FILE), before);
  const now = fs.existsSync(path.join(repo.dir, EVIDENCE)) ? fs.readdirSync(path.join(repo.dir, EVIDENCE)) : undefined;
  assert.deepEqual(now, folder, 'nothing left in the evidence folder');
}

describe('incident evidence', () => {
  let repo: TestRepo;
  before(() => {
    repo = makeRepo();
    ok(repo.run(['new', 'Checkout fails', '--timezone', 'Europe/Berlin', '--at', '13:50']));
  });
  after(() => repo.cleanup());

  it('add saves a copy named by capture time, records its hash, size, time, who and source, and logs an entry', () => {
    repo.write('notes/top.txt', 'load average: 42\n');
    const r = ok(repo.run(['evidence', ID, 'add', 'notes/top.txt', '--note', 'top on db-1']));
    const saved = `${ID}/evidence/20260301T140500Z-top.txt`;
    assert.equal(repo.read(`incidents/${saved}`), 'load average: 42\n');
    const data = fm(repo.read(FILE));
    assert.deepEqual(data.evidence, [{
      file: saved, sha256: sha('load average: 42\n'), size: 17, at: '2026-03-01T15:05:00+01:00', by: 'Alice Example',
      source: 'notes/top.txt', note: 'top on db-1',
    }]);
    const last = data.timeline.at(-1);
    assert.equal(last.kind, 'evidence');
    assert.equal(last.text, `Evidence: notes/top.txt saved as ${saved} (17 B). top on db-1`);
    assert.equal(r.stdout, `${FILE}: 2026-03-01T15:05:00+01:00 evidence ${last.text}\n`);
    // The same name again gets a suffix; nothing is overwritten.
    ok(repo.run(['evidence', ID, 'add', 'notes/top.txt']));
    assert.ok(fs.existsSync(path.join(repo.dir, EVIDENCE, '20260301T140500Z-top-2.txt')));
  });

  it('run captures stdout and stderr apart, with the exit code, and no shell unless asked', () => {
    const r = ok(repo.run(['evidence', ID, 'run', '--', 'node', '-e', 'console.log("out $HOME;|"); console.error("err")']));
    const data = fm(repo.read(FILE));
    const [out, err] = data.evidence.slice(-2);
    assert.equal(repo.read(`incidents/${out.file}`), 'out $HOME;|\n', 'no shell: $HOME and ; are plain text');
    assert.equal(repo.read(`incidents/${err.file}`), 'err\n');
    assert.deepEqual([out.stream, err.stream, out.exit_code, out.command], ['stdout', 'stderr', 0, `node -e 'console.log("out $HOME;|"); console.error("err")'`]);
    assert.match(out.file, /20260301T140500Z-node\.stdout\.txt$/);
    assert.equal(r.stdout.trim().split('\n').length, 1, 'one timeline entry for the run');
    ok(repo.run(['evidence', ID, 'run', '--shell', '--', 'echo piped | tr a-z A-Z']));
    const piped = fm(repo.read(FILE)).evidence.at(-1);
    assert.equal(repo.read(`incidents/${piped.file}`), 'PIPED\n');
    assert.equal(piped.shell, true);
  });

  it('a failing, missing or slow command records nothing (exit 1), unless --allow-failure', () => {
    refused(repo, ['evidence', ID, 'run', '--', 'node', '-e', 'console.error("boom"); process.exit(3)'], /`node -e .*` exited with 3: boom; nothing was recorded/);
    refused(repo, ['evidence', ID, 'run', '--', 'no-such-command-xyz'], /Could not run "no-such-command-xyz": command not found/);
    refused(repo, ['evidence', ID, 'run', '--timeout', '0.5', '--', 'node', '-e', 'setTimeout(() => {}, 10000)'], /timed out after 0\.5s/);
    ok(repo.run(['evidence', ID, 'run', '--allow-failure', '--', 'node', '-e', 'console.log("partial"); process.exit(2)']));
    assert.equal(fm(repo.read(FILE)).evidence.at(-1).exit_code, 2);
  });

  it('Ctrl-C stops the command too (it is in its own process group), records nothing, exits 130', async () => {
    const before = repo.read(FILE);
    const pidFile = path.join(repo.dir, 'sleeper.pid');
    const child = spawn(process.execPath, [snapshotCli(), 'evidence', ID, 'run', '--shell', '--', `echo $$ > ${pidFile}; exec sleep 30`], { cwd: repo.dir });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    for (let i = 0; i < 200 && !(fs.existsSync(pidFile) && fs.readFileSync(pidFile, 'utf8').endsWith('\n')); i++) await sleep(25);
    const sleeper = Number(fs.readFileSync(pidFile, 'utf8'));
    child.kill('SIGINT'); // what the terminal sends its foreground group: Casefile's, not the command's
    assert.equal(await exited, 130);
    assert.match(stderr, /^incident: stopped by SIGINT: the command was stopped and nothing was recorded\n$/);
    const alive = () => {
      try {
        process.kill(sleeper, 0);
        return true;
      } catch {
        return false;
      }
    };
    for (let i = 0; i < 80 && alive(); i++) await sleep(25);
    assert.equal(alive(), false, 'the command is not left running');
    assert.equal(repo.read(FILE), before);
    fs.rmSync(pidFile);
  });

  it('refuses missing files, directories, paths outside the repository and symlinks out of it, writing nothing', () => {
    repo.write('ok.txt', 'fine\n');
    refused(repo, ['evidence', ID, 'add', 'ok.txt', 'missing.txt'], /^incident: No such file: missing\.txt\n$/);
    refused(repo, ['evidence', ID, 'add', 'notes'], /notes is not a regular file \(a directory/);
    const outside = fs.mkdtempSync(path.join(path.dirname(repo.dir), 'casefile-outside-'));
    try {
      fs.writeFileSync(path.join(outside, 'secret.txt'), 'secret\n');
      refused(repo, ['evidence', ID, 'add', path.join(outside, 'secret.txt')], /is outside the repository/);
      refused(repo, ['evidence', ID, 'add', '../' + path.basename(outside) + '/secret.txt'], /is outside the repository/);
      fs.symlinkSync(path.join(outside, 'secret.txt'), path.join(repo.dir, 'link.txt'));
      refused(repo, ['evidence', ID, 'add', 'link.txt'], /link\.txt is a symlink to .*secret\.txt, outside the repository/);
      // An evidence folder that is a link out of the repository is never written through.
      const other = '2026-03-01-other';
      repo.write(`incidents/${other}.md`, repo.read(FILE).replace(`id: ${ID}`, `id: ${other}`));
      fs.symlinkSync(outside, path.join(repo.dir, 'incidents', other));
      const out = repo.run(['evidence', other, 'add', 'ok.txt']);
      assert.equal(out.code, 1);
      assert.match(out.stderr, /incidents\/2026-03-01-other\/evidence leads outside the repository/);
      assert.deepEqual(fs.readdirSync(outside), ['secret.txt'], 'nothing created outside');
      fs.symlinkSync(path.join(repo.dir, 'ok.txt'), path.join(repo.dir, 'inside-link.txt'));
      ok(repo.run(['evidence', ID, 'add', 'inside-link.txt']));
      assert.equal(fm(repo.read(FILE)).evidence.at(-1).source, 'ok.txt');
    } finally {
      fs.rmSync(outside, { recursive: true, force: true });
    }
  });

  it('refuses to add to a malformed evidence list, before saving anything', () => {
    const id = '2026-03-01-malformed';
    repo.write(`incidents/${id}.md`, `---\nid: ${id}\ntitle: M\nkind: incident\nseverity: SEV-3\nstatus: investigating\ntimezone: UTC\nevidence: a list it is not\n---\n`);
    const r = repo.run(['evidence', id, 'add', 'ok.txt']);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /Unexpected `evidence` value, expected a list/);
    assert.equal(fs.existsSync(path.join(repo.dir, 'incidents', id)), false, 'no evidence folder');
  });

  it('refuses a file over evidence_max_bytes with advice (Git LFS or a link)', () => {
    repo.write('.incident.yml', 'evidence_max_bytes: 10\n');
    try {
      repo.write('big.bin', Buffer.alloc(11));
      refused(repo, ['evidence', ID, 'add', 'big.bin'], /big\.bin is 11 B, over evidence_max_bytes \(10 B\).*Git LFS.*incident log/);
      refused(repo, ['evidence', ID, 'run', '--', 'node', '-e', 'console.log("x".repeat(100))'], /over evidence_max_bytes/);
    } finally {
      fs.rmSync(path.join(repo.dir, '.incident.yml'));
    }
  });

  it('verify re-hashes every file: changed or missing ones fail (exit 1), unrecorded ones warn', () => {
    const clean = ok(repo.run(['evidence', ID, 'verify']));
    const count = fm(repo.read(FILE)).evidence.length;
    assert.equal(clean.stdout, `${FILE}: ${count} evidence files: ${count} ok\n`);
    const [first, second] = fm(repo.read(FILE)).evidence;
    fs.appendFileSync(path.join(repo.dir, 'incidents', first.file), 'tampered\n');
    fs.rmSync(path.join(repo.dir, 'incidents', second.file));
    repo.write(`${EVIDENCE}/stray.txt`, 'not recorded\n');
    const r = repo.run(['evidence', ID, 'verify']);
    assert.equal(r.code, 1);
    assert.match(r.stdout, new RegExp(`${first.file}: changed \\(sha256 [0-9a-f]{12}\\.\\.\\., recorded ${first.sha256.slice(0, 12)}`));
    assert.match(r.stdout, new RegExp(`${second.file}: missing`));
    assert.match(r.stdout, /stray\.txt: unrecorded/);
    assert.match(r.stdout, new RegExp(`${count} evidence files: ${count - 2} ok, 2 changed, missing or outside the repository`));
    const json = JSON.parse(repo.run(['evidence', ID, 'verify', '--json']).stdout);
    assert.equal(json.ok, false);
  });
});
