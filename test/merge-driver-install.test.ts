// The merge driver is always there: init and `merge-driver --install` write a command that runs
// the Casefile that installed them (or, once that one is gone, the repository's own or the one on
// PATH); a write command in a clone whose .gitattributes names the driver but whose git config
// lacks it installs it and says so once; --global installs it for the user. Real git, real merges.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { driverCommand } from '../src/io/merge-driver-setup.ts';
import { ok, world, type World } from './helpers/clones.ts';
import { snapshotCli } from './helpers/repo.ts';

const ID = '2026-03-01-checkout-fails';
const FILE = `incidents/${ID}.md`;

let bin: string;
before(() => {
  bin = snapshotCli();
});

describe('the merge driver command', () => {
  const worlds: World[] = [];
  after(() => worlds.forEach((w) => w.cleanup()));

  const cli = (w: World, cwd: string, args: string[], env: Record<string, string | undefined> = {}) =>
    spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', env: w.env(env) });

  /** origin with `init` and an incident; `one` pushed it, `two` is a fresh clone without any driver config. */
  function setup(name: string, extra: string[] = []): { w: World; one: string; two: string } {
    const w = world(name, extra);
    worlds.push(w);
    const one = w.clone('one');
    const init = ok(cli(w, one, ['init']));
    assert.match(init.stdout + init.stderr, /wrote git config merge\.casefile\.driver/);
    ok(cli(w, one, ['new', 'Checkout fails', '--severity', 'SEV-2', '--at', '13:50']));
    ok(w.git(one, 'add', '-A'));
    ok(w.git(one, 'commit', '-qm', 'declare'));
    ok(w.git(one, 'push', '-q', 'origin', 'HEAD:main'));
    return { w, one, two: w.clone('two') };
  }

  const driverOf = (w: World, dir: string, scope = '--local') => w.git(dir, 'config', scope, '--get', 'merge.casefile.driver').stdout.trim();

  /** one and two each log an entry at the same place of the timeline; two pulls. */
  function concurrentLogs(w: World, one: string, two: string, env: Record<string, string | undefined> = {}) {
    ok(cli(w, one, ['log', ID, 'from one'], { CASEFILE_NOW: '2026-03-01T14:10:00Z' }));
    ok(w.git(one, 'commit', '-qam', 'one'));
    ok(w.git(one, 'push', '-q', 'origin', 'HEAD:main'));
    ok(cli(w, two, ['log', ID, 'from two'], { CASEFILE_NOW: '2026-03-01T14:11:00Z', ...env }));
    ok(w.git(two, 'commit', '-qam', 'two'));
    return spawnSync('git', ['pull', '--no-rebase', '-q', 'origin', 'main'], { cwd: two, encoding: 'utf8', env: w.env(env) });
  }

  const merged = (dir: string) => {
    const text = fs.readFileSync(path.join(dir, FILE), 'utf8');
    assert.doesNotMatch(text, /^(<<<<<<<|=======|>>>>>>>)/m);
    assert.ok(text.includes('text: from one\n') && text.includes('text: from two\n'), text);
  };

  it('init writes a command that runs this very Casefile with this Node', () => {
    const { w, one } = setup('command');
    const command = driverOf(w, one);
    assert.equal(command, driverCommand(bin, process.execPath));
    assert.ok(command.includes(`'${bin}'`) && command.includes(`'${process.execPath}'`), command);
    assert.equal(fs.readFileSync(path.join(one, '.gitattributes'), 'utf8'), 'incidents/*.md merge=casefile\n');
  });

  it('a write command in a fresh clone installs the driver, says so once, stays a lane, and the pull merges', () => {
    const { w, one, two } = setup('auto');
    assert.equal(driverOf(w, two), '');
    const first = ok(cli(w, two, ['log', ID, 'first words'], { CASEFILE_DEBUG: '1' }));
    assert.match(first.stderr, /installed the merge driver for incident files in this clone \(git config merge\.casefile\.driver\)/);
    assert.doesNotMatch(first.stderr, /handed to the full CLI/);
    assert.equal(driverOf(w, two), driverCommand(bin, process.execPath));
    const second = ok(cli(w, two, ['thread', ID, 'open', 'Is it the deploy?', '--owner', 'bob']));
    assert.doesNotMatch(second.stderr, /merge driver/, 'said once');
    ok(w.git(two, 'commit', '-qam', 'first'));
    const pull = concurrentLogs(w, one, two);
    assert.equal(pull.status, 0, pull.stderr);
    merged(two);
  });

  it('a linked work tree (.git is a file) shares its repository\'s config: installed once for both', () => {
    const { w, two } = setup('worktree');
    const tree = path.join(w.root, 'tree');
    ok(w.git(two, 'worktree', 'add', '-q', tree));
    const first = ok(cli(w, tree, ['log', ID, 'from the linked tree']));
    assert.match(first.stderr, /installed the merge driver/);
    assert.equal(driverOf(w, two), driverCommand(bin, process.execPath), 'in the common config');
    assert.doesNotMatch(ok(cli(w, two, ['log', ID, 'from the main tree'])).stderr, /merge driver/);
    assert.doesNotMatch(ok(cli(w, tree, ['log', ID, 'again'])).stderr, /merge driver/);
  });

  it('merge_driver: warn says how to install it on every write and installs nothing; off says nothing', () => {
    const { w, one, two } = setup('warn');
    const config = path.join(two, '.incident.yml');
    fs.appendFileSync(config, '\nmerge_driver: warn\n');
    for (let i = 0; i < 2; i++) {
      const r = ok(cli(w, two, ['log', ID, `warned ${i}`]));
      assert.match(r.stderr, /this clone has no merge driver for incident files .*: incident merge-driver --install/);
    }
    assert.equal(driverOf(w, two), '');
    fs.writeFileSync(config, fs.readFileSync(config, 'utf8').replace('merge_driver: warn', 'merge_driver: off'));
    const r = ok(cli(w, two, ['log', ID, 'silent']));
    assert.doesNotMatch(r.stderr, /merge driver/);
    assert.equal(driverOf(w, two), '');
    fs.writeFileSync(config, fs.readFileSync(config, 'utf8').replace('merge_driver: off', 'merge_driver: sometimes'));
    const bad = cli(w, two, ['log', ID, 'refused']);
    assert.equal(bad.status, 1);
    assert.match(bad.stderr, /Unexpected value for `merge_driver`, expected one of auto, warn, off/);
    void one;
  });

  it('no .gitattributes naming the driver: writes leave git config alone', () => {
    const w = world('plain');
    worlds.push(w);
    const dir = w.clone('solo');
    ok(cli(w, dir, ['new', 'Checkout fails', '--severity', 'SEV-2', '--at', '13:50']));
    const r = ok(cli(w, dir, ['log', ID, 'no driver wanted']));
    assert.doesNotMatch(r.stderr, /merge driver/);
    assert.equal(driverOf(w, dir), '');
  });

  it('the npx command of before is brought up to date by the next write and by --install; a driver of your own is left alone', () => {
    const { w, two } = setup('upgrade');
    ok(w.git(two, 'config', 'merge.casefile.driver', 'npx --no-install incident merge-driver %O %A %B %P'));
    const r = ok(cli(w, two, ['log', ID, 'upgraded']));
    assert.match(r.stderr, /updated the merge driver for incident files in this clone/);
    assert.equal(driverOf(w, two), driverCommand(bin, process.execPath));

    ok(w.git(two, 'config', 'merge.casefile.driver', 'npx --no-install incident merge-driver %O %A %B %P'));
    assert.equal(ok(cli(w, two, ['merge-driver', '--install'])).stderr, 'wrote git config merge.casefile.driver\n'); // a confirmation: stderr
    assert.equal(driverOf(w, two), driverCommand(bin, process.execPath));
    assert.equal(ok(cli(w, two, ['merge-driver', '--install'])).stderr, 'merge driver already installed\n');

    const own = 'my-merger %O %A %B';
    ok(w.git(two, 'config', 'merge.casefile.driver', own));
    const write = ok(cli(w, two, ['log', ID, 'mine stays']));
    assert.doesNotMatch(write.stderr, /merge driver/);
    const install = ok(cli(w, two, ['merge-driver', '--install']));
    assert.match(install.stderr, /a merge driver of your own is configured \(my-merger %O %A %B\): left as it is/);
    assert.equal(driverOf(w, two), own);
  });

  it('--install --global installs it for the user: a fresh clone then merges without a driver of its own', () => {
    const { w, one, two } = setup('global');
    assert.equal(ok(cli(w, two, ['merge-driver', '--install', '--global'])).stderr, 'wrote git config --global merge.casefile.driver\n');
    assert.equal(driverOf(w, two, '--global'), driverCommand(bin, process.execPath));
    assert.match(fs.readFileSync(path.join(w.home, '.gitconfig'), 'utf8'), /\[merge "casefile"\]/);
    const r = ok(cli(w, two, ['log', ID, 'globally merged']));
    assert.doesNotMatch(r.stderr, /merge driver/, 'the user\'s driver counts');
    assert.equal(driverOf(w, two), '');
    ok(w.git(two, 'commit', '-qam', 'global'));
    const pull = concurrentLogs(w, one, two);
    assert.equal(pull.status, 0, pull.stderr);
    merged(two);
    assert.equal(cli(w, two, ['merge-driver', '--global']).status, 2);
  });

  it('when the Casefile that installed it is gone: the repository\'s node_modules/.bin/incident, else incident on PATH', () => {
    // A shim that runs the CLI and leaves a mark, standing for another install of Casefile.
    const shim = (dir: string, mark: string) => {
      fs.mkdirSync(dir, { recursive: true });
      const file = path.join(dir, 'incident');
      fs.writeFileSync(file, `#!/bin/sh\necho used >> '${mark}'\nexec '${process.execPath}' '${bin}' "$@"\n`, { mode: 0o755 });
    };
    const { w, one, two } = setup('fallback', []);
    const onPath = path.join(w.root, 'path-bin');
    shim(onPath, path.join(w.root, 'path-used'));
    const gone = driverCommand(path.join(w.root, 'uninstalled', 'bin', 'incident.cjs'), path.join(w.root, 'no-node'));
    ok(w.git(two, 'config', 'merge.casefile.driver', gone));
    const pathEnv = { PATH: [onPath, ...(process.env.PATH ?? '').split(path.delimiter)].join(path.delimiter) };
    const pull = concurrentLogs(w, one, two, pathEnv);
    assert.equal(pull.status, 0, pull.stderr);
    merged(two);
    assert.equal(fs.readFileSync(path.join(w.root, 'path-used'), 'utf8'), 'used\n', 'incident on PATH ran the merge');

    // The repository's own install comes first.
    shim(path.join(two, 'node_modules', '.bin'), path.join(w.root, 'local-used'));
    fs.writeFileSync(path.join(two, '.git', 'info', 'exclude'), 'node_modules/\n');
    ok(cli(w, one, ['log', ID, 'again from one'], { CASEFILE_NOW: '2026-03-01T14:20:00Z' }));
    ok(w.git(one, 'pull', '-q', '--no-rebase', 'origin', 'main'));
    ok(w.git(one, 'commit', '-qam', 'one again'));
    ok(w.git(one, 'push', '-q', 'origin', 'HEAD:main'));
    ok(cli(w, two, ['log', ID, 'again from two'], { CASEFILE_NOW: '2026-03-01T14:21:00Z' }));
    ok(w.git(two, 'commit', '-qam', 'two again'));
    const again = spawnSync('git', ['pull', '--no-rebase', '-q', 'origin', 'main'], { cwd: two, encoding: 'utf8', env: w.env(pathEnv) });
    assert.equal(again.status, 0, again.stderr);
    assert.equal(fs.readFileSync(path.join(w.root, 'local-used'), 'utf8'), 'used\n');
    assert.equal(fs.readFileSync(path.join(w.root, 'path-used'), 'utf8'), 'used\n', 'not PATH this time');
  });
});
