// Issue 19's "done when": two real clones of a bare origin, with Casefile installed (a) as a
// devDependency from the packed tarball (npm i --offline), (b) globally into a prefix of its own,
// (c) run from a clone of Casefile as node .../bin/incident.cjs. Both clones declare the same
// incident and work on it at once (logs, threads, action items, evidence, roles, a milestone each);
// `git pull` merges it with no conflict, nothing lost or doubled, no id moved. Then each side amends
// and removes things while the other works on: after the pulls, whatever one side amended or
// removed stays so, on both clones. Only clone one ever runs `incident init`: clone two gets the
// merge driver from its first write command.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { frontmatter, ok, world, type Ran, type World } from './helpers/clones.ts';
import { ensureBuilt, ROOT, snapshotCli } from './helpers/repo.ts';

const ID = '2026-03-01-checkout-fails';
const FILE = `incidents/${ID}.md`;

interface Install {
  name: string;
  /** Sets up one clone (or the world, once) so that `run` works there. */
  prepare(w: World, dir: string, first: boolean): void;
  run(w: World, dir: string, args: string[], now: string): Ran;
}

let tarball: string;
let clone: string;
after(() => fs.rmSync(clone, { recursive: true, force: true }));
before(() => {
  ensureBuilt();
  // A clone of Casefile, built: its bin and dist (a snapshot, so a rebuild elsewhere cannot pull them away).
  const bin = snapshotCli();
  clone = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'casefile-clone-')));
  for (const part of ['bin', 'dist']) fs.cpSync(path.join(path.dirname(path.dirname(bin)), part), path.join(clone, part), { recursive: true });
  fs.copyFileSync(path.join(ROOT, 'package.json'), path.join(clone, 'package.json'));
  const packed = spawnSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', clone], {
    cwd: ROOT, encoding: 'utf8', env: { ...process.env, npm_config_offline: 'true', npm_config_update_notifier: 'false' },
  });
  assert.equal(packed.status, 0, packed.stderr);
  tarball = path.join(clone, (JSON.parse(packed.stdout) as { filename: string }[])[0]!.filename);
});

const INSTALLS: Install[] = [
  {
    name: 'a devDependency from the packed tarball',
    prepare(w, dir, first) {
      if (first) {
        fs.writeFileSync(path.join(dir, 'package.json'), '{\n  "name": "ops",\n  "private": true\n}\n');
        fs.copyFileSync(tarball, path.join(w.root, 'casefile.tgz'));
        ok(spawnSync('npm', ['install', '--save-dev', '--offline', '../casefile.tgz'], { cwd: dir, encoding: 'utf8', env: w.env() }), 'npm i --offline');
      } else ok(spawnSync('npm', ['ci', '--offline'], { cwd: dir, encoding: 'utf8', env: w.env() }), 'npm ci --offline');
    },
    run: (w, dir, args, now) => spawnSync(path.join(dir, 'node_modules', '.bin', 'incident'), args, { cwd: dir, encoding: 'utf8', env: w.env({ CASEFILE_NOW: now }) }),
  },
  {
    name: 'a global install into a prefix of its own',
    prepare(w, _dir, first) {
      if (first) ok(spawnSync('npm', ['install', '--global', '--offline', '--prefix', path.join(w.root, 'prefix'), tarball], { encoding: 'utf8', env: w.env() }), 'npm i -g');
    },
    run: (w, dir, args, now) => spawnSync('incident', args, { cwd: dir, encoding: 'utf8', env: w.env({ CASEFILE_NOW: now }) }),
  },
  {
    name: 'a clone of Casefile run as node .../bin/incident.cjs',
    prepare() {},
    run: (w, dir, args, now) => spawnSync(process.execPath, [path.join(clone, 'bin', 'incident.cjs'), ...args], { cwd: dir, encoding: 'utf8', env: w.env({ CASEFILE_NOW: now }) }),
  },
];

/** The frontmatter item of a list whose `key` line is `  - <key>: <value>`, lines and all, taken out (as a person would, in an editor). */
function withoutItem(text: string, key: string, value: string): string {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => l === `  - ${key}: ${value}`);
  assert.ok(start > 0, `${key}: ${value} in the file`);
  let end = start + 1;
  while (end < lines.length && lines[end]!.startsWith('    ')) end++;
  return [...lines.slice(0, start), ...lines.slice(end)].join('\n');
}

for (const install of INSTALLS) {
  describe(`two clones, Casefile installed as ${install.name}`, () => {
    let w: World;
    let one: string;
    let two: string;
    before(() => {
      // The global install's bin directory is on PATH (in the clones and for git alike).
      w = world('clones', (root) => [path.join(root, 'prefix', 'bin')]);
    });
    after(() => w.cleanup());

    const cli = (dir: string, now: string, ...args: string[]) => ok(install.run(w, dir, args, `2026-03-01T${now}:00Z`), `incident ${args.join(' ')}`);
    const read = (dir: string) => fs.readFileSync(path.join(dir, FILE), 'utf8');
    const data = (dir: string) => frontmatter(read(dir));
    const commitAll = (dir: string, message: string) => {
      ok(w.git(dir, 'add', '-A'));
      ok(w.git(dir, 'commit', '-qm', message));
    };
    const pull = (dir: string) => {
      const r = w.git(dir, 'pull', '--no-rebase', 'origin', 'main');
      assert.equal(r.status, 0, `git pull: ${r.stdout}\n${r.stderr}`);
      assert.doesNotMatch(r.stdout + r.stderr, /CONFLICT/);
      assert.doesNotMatch(read(dir), /^(<<<<<<<|=======|>>>>>>>)/m, 'no conflict markers');
      return r;
    };
    const idOf = (r: Ran, re: RegExp) => re.exec(r.stdout)?.[1] ?? assert.fail(`no id in ${r.stdout}`);

    const ids = { threadOne: '', threadTwo: '', itemOne: '', itemTwo: '' };

    it('both declare the same incident and work on it at once: git pull merges everything, once, no id moved', async () => {
      one = w.clone('one');
      install.prepare(w, one, true);
      const init = cli(one, '13:59', 'init');
      assert.match(init.stdout + init.stderr, /wrote git config merge\.casefile\.driver/);
      commitAll(one, 'casefile');
      ok(w.git(one, 'push', '-q', 'origin', 'HEAD:main'));
      two = w.clone('two');
      install.prepare(w, two, false);
      assert.equal(w.git(two, 'config', '--get', 'merge.casefile.driver').stdout, '', 'clone two has no driver yet');

      // The same incident, declared in both clones a minute apart.
      cli(one, '14:00', 'new', 'Checkout fails', '--severity', 'SEV-2', '--timezone', 'UTC', '--at', '13:50');
      const declared = cli(two, '14:01', 'new', 'Checkout fails', '--severity', 'SEV-2', '--timezone', 'UTC', '--at', '13:50');
      assert.match(declared.stderr, /installed the merge driver for incident files in this clone/);

      for (const [dir, who, base] of [[one, 'one', 2], [two, 'two', 3]] as const) {
        for (let i = 1; i <= 3; i++) cli(dir, `14:0${base + i}`, 'log', ID, `${who} saw ${i}`);
        const t = cli(dir, '14:07', 'thread', ID, 'open', `Is it ${who}'s deploy?`, '--owner', who);
        ids[who === 'one' ? 'threadOne' : 'threadTwo'] = idOf(t, /Thread ([a-z0-9]{5}) /);
        const a = cli(dir, '14:08', 'action', ID, 'add', `Add a check for ${who}'s deploys`, '--owner', who, '--due', '2026-03-20');
        ids[who === 'one' ? 'itemOne' : 'itemTwo'] = idOf(a, /(AI-[a-z0-9]{5})/);
        fs.writeFileSync(path.join(dir, `${who}.log`), `${who}: 502 x 1200\n`);
        cli(dir, '14:09', 'evidence', ID, 'add', `${who}.log`);
        fs.rmSync(path.join(dir, `${who}.log`));
        cli(dir, '14:10', 'role', ID, who === 'one' ? '--scribe' : '--comms', who === 'one' ? 'carol' : 'dave');
        cli(dir, who === 'one' ? '14:12' : '14:13', 'status', ID, 'mitigated', '-m', `${who}: error rate back to normal`);
      }
      commitAll(one, 'one');
      ok(w.git(one, 'push', '-q', 'origin', 'HEAD:main'));
      commitAll(two, 'two');
      pull(two);
      ok(w.git(two, 'push', '-q', 'origin', 'HEAD:main'));
      ok(w.git(one, 'pull', '-q', '--ff-only', 'origin', 'main'));
      assert.equal(read(one), read(two), 'both clones have the same file');

      const d = await data(two);
      const texts = (d.timeline as { kind: string; text: string }[]).map((e) => e.text);
      for (const who of ['one', 'two']) for (let i = 1; i <= 3; i++) assert.equal(texts.filter((t) => t === `${who} saw ${i}`).length, 1, `${who} saw ${i}`);
      const kinds = (kind: string) => (d.timeline as { kind: string }[]).filter((e) => e.kind === kind).length;
      assert.deepEqual([kinds('started'), kinds('declared'), kinds('mitigated')], [1, 1, 1], 'each milestone once');
      const declaredEntry = (d.timeline as { kind: string; at: string }[]).find((e) => e.kind === 'declared')!;
      assert.equal(declaredEntry.at, '2026-03-01T14:00:00Z', 'the earlier declared counts');
      assert.ok(texts.some((t) => /^declared recorded twice \(two clones\); the earlier one, at 2026-03-01T14:00:00Z, counts: /.test(t)), 'the later declared is a note');
      assert.ok(texts.includes('mitigated recorded twice (two clones); the earlier one, at 2026-03-01T14:12:00Z, counts: two: error rate back to normal'));
      assert.deepEqual(d.threads.map((t: { id: string }) => t.id).sort(), [ids.threadOne, ids.threadTwo].sort(), 'thread ids as each clone made them');
      assert.deepEqual(d.action_items.map((a: { id: string }) => a.id).sort(), [ids.itemOne, ids.itemTwo].sort(), 'action item ids as each clone made them');
      assert.equal(d.evidence.length, 2);
      for (const e of d.evidence as { file: string }[]) assert.ok(fs.existsSync(path.join(two, 'incidents', e.file)), e.file);
      assert.deepEqual([d.roles.scribe, d.roles.communications_liaison], ['carol', 'dave']);
      const valid = install.run(w, two, ['validate', FILE], '2026-03-01T14:20:00Z');
      assert.doesNotMatch(valid.stdout + valid.stderr, / error /, 'a valid record');
      // The references people typed still work on both clones.
      cli(one, '14:14', 'thread', ID, 'update', ids.threadTwo, 'one looked at two\'s deploy too');
      cli(two, '14:14', 'action', ID, ids.itemOne.toLowerCase(), '--status', 'in-progress');
      ok(w.git(one, 'checkout', '-q', '--', '.'));
      ok(w.git(two, 'checkout', '-q', '--', '.'));
    });

    it('what one side amends or removes stays amended or removed after the pulls, on either side of the pull', async () => {
      const entryNumber = async (dir: string, text: string) => String((await data(dir)).timeline.findIndex((e: { text: string }) => e.text === text) + 1);
      // One: amends a log of its own, removes two's action item and (by hand) two's thread; pushes.
      cli(one, '14:20', 'amend', ID, await entryNumber(one, 'one saw 1'), '--text', 'one saw 1 (checked: 502s only)');
      cli(one, '14:21', 'action', ID, 'remove', ids.itemTwo);
      fs.writeFileSync(path.join(one, FILE), withoutItem(read(one), 'id', ids.threadTwo));
      cli(one, '14:22', 'log', ID, 'one after the fact');
      // Time and text at once (as an edited /log does): one entry amended, never a removal and an addition.
      cli(one, '14:23', 'amend', ID, await entryNumber(one, 'one saw 3'), '--at', '14:02', '--text', 'one saw 3 (a 502 storm)');
      cli(one, '14:23', 'amend', ID, await entryNumber(one, 'two saw 1'), '--at', '14:03', '--text', 'two saw 1, the first 502s');
      cli(one, '14:24', 'remove', ID, await entryNumber(one, 'two saw 2'));
      commitAll(one, 'one amends and removes');
      ok(w.git(one, 'push', '-q', 'origin', 'HEAD:main'));
      // Two, meanwhile: removes one's log 2, amends its own log 3 and (by hand) one's evidence
      // entry; updates the thread one removed and closes one's item.
      cli(two, '14:20', 'remove', ID, await entryNumber(two, 'one saw 2'));
      cli(two, '14:21', 'amend', ID, await entryNumber(two, 'two saw 3'), '--at', '14:05');
      const evidenceOfOne = (await data(two)).evidence.find((e: { file: string }) => e.file.endsWith('-one.log')).file as string;
      fs.writeFileSync(path.join(two, FILE), withoutItem(read(two), 'file', evidenceOfOne));
      fs.rmSync(path.join(two, 'incidents', evidenceOfOne));
      cli(two, '14:22', 'thread', ID, 'update', ids.threadTwo, 'two found the cause');
      cli(two, '14:23', 'action', ID, ids.itemOne, '--status', 'done');
      cli(two, '14:24', 'remove', ID, await entryNumber(two, 'one saw 3')); // one amended it meanwhile
      cli(two, '14:24', 'amend', ID, await entryNumber(two, 'two saw 1'), '--approx'); // so did one, time and text
      commitAll(two, 'two amends and removes');
      const merge = pull(two);
      assert.match(merge.stderr, /incident merge-driver: .*thread .*: removed on one side, changed on the other: it stays removed/);
      assert.match(merge.stderr, /timeline entry 2026-03-01T14:02:00Z note: removed on one side, amended on the other: it stays removed/);
      ok(w.git(two, 'push', '-q', 'origin', 'HEAD:main'));
      ok(w.git(one, 'pull', '-q', '--ff-only', 'origin', 'main'));
      assert.equal(read(one), read(two), 'both clones have the same file');

      const d = await data(one);
      const texts = (d.timeline as { text: string }[]).map((e) => e.text);
      assert.ok(texts.includes('one saw 1 (checked: 502s only)') && !texts.includes('one saw 1'), 'amended by one (theirs, for the clone that pulled)');
      assert.ok(!texts.includes('one saw 2'), 'removed by two (ours)');
      assert.equal((d.timeline as { text: string; at: string }[]).find((e) => e.text === 'two saw 3')!.at, '2026-03-01T14:05:00Z', 'amended by two');
      assert.equal(texts.filter((t) => t === 'two saw 3').length, 1);
      assert.ok(texts.includes('one after the fact'));
      assert.ok(!texts.some((t) => t.startsWith('one saw 3')), 'removed by two, though one amended its time and text');
      assert.ok(!texts.includes('two saw 2'), 'removed by one (theirs)');
      const first = (d.timeline as { text: string; at: string; by?: string; approx?: boolean }[]).filter((e) => e.text.startsWith('two saw 1'));
      assert.deepEqual(first, [{ at: '2026-03-01T14:03:00Z', kind: 'note', by: first[0]?.by, text: 'two saw 1, the first 502s', approx: true }], 'both amendments, one entry');
      assert.deepEqual(d.threads.map((t: { id: string }) => t.id), [ids.threadOne], 'the thread one removed stays removed, though two updated it');
      assert.deepEqual(d.action_items.map((a: { id: string; status: string }) => `${a.id} ${a.status}`), [`${ids.itemOne} done`], 'two\'s item stays removed; one\'s is done');
      assert.deepEqual(d.evidence.map((e: { file: string }) => e.file).filter((f: string) => f === evidenceOfOne), [], 'the evidence entry two removed stays removed');
      assert.equal(d.evidence.length, 1);
      assert.equal((await data(two)).timeline.length, d.timeline.length);
    });
  });
}
