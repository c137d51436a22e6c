// Casefile as a team adopts it: the packed tarball installed into an ops repository of their own,
// offline (`npm i --offline <tgz>`, a fresh npm cache, a registry address nobody answers), then the
// commands of an incident run there through npx. Installing casefile must install casefile alone:
// everything it runs is in dist/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureBuilt, ROOT } from './helpers/repo.ts';

interface Packed {
  filename: string;
  size: number;
  unpackedSize: number;
  files: { path: string }[];
}

// npm's install-time scripts: none of them may be in the published manifest (npm 11 lists a
// package with any of them, prepare included, as "install scripts not yet covered by allowScripts").
const INSTALL_SCRIPTS = ['preinstall', 'install', 'postinstall', 'prepare'];

test('the packed tarball installs offline into an ops repository, alone, and runs an incident there', () => {
  ensureBuilt();
  const tmp = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'casefile-install-')));
  try {
    // Nothing here may reach a network: a fresh cache, offline, and a registry that refuses.
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      npm_config_cache: path.join(tmp, 'npm-cache'),
      npm_config_offline: 'true',
      npm_config_registry: 'http://127.0.0.1:9/',
      npm_config_audit: 'false',
      npm_config_fund: 'false',
      npm_config_update_notifier: 'false',
      CASEFILE_NOW: '2026-03-01T14:05:00Z',
      GIT_AUTHOR_NAME: 'Alice Example',
      TZ: 'UTC',
      XDG_CACHE_HOME: path.join(tmp, 'cache'),
      CASEFILE_DEBUG: undefined,
    };
    const run = (cmd: string, args: string[], cwd: string, more: NodeJS.ProcessEnv = {}) => {
      const r = spawnSync(cmd, args, { cwd, env: { ...env, ...more }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
      if (r.error) throw r.error;
      return { code: r.status, stdout: r.stdout, stderr: r.stderr };
    };
    const ok = (r: { code: number | null; stdout: string; stderr: string }, what: string) => {
      assert.equal(r.code, 0, `${what}: exit ${r.code}\n${r.stderr}${r.stdout}`);
      return r;
    };

    // The tarball of what is built now (--ignore-scripts: prepack would rebuild the shared dist/).
    const pack = ok(run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', tmp], ROOT), 'npm pack');
    const packed = (JSON.parse(pack.stdout) as Packed[])[0]!;
    const files = packed.files.map((f) => f.path);
    const tops = [...new Set(files.map((f) => f.split('/')[0]))].sort();
    assert.deepEqual(tops, ['LICENSE', 'README.md', 'bin', 'dist', 'package.json', 'templates'], 'only what runs (and the templates people copy to override)');
    for (const f of ['bin/incident.cjs', 'dist/cli.js', 'dist/remark.js', 'dist/action.js', 'dist/THIRD-PARTY-NOTICES.txt', 'dist/lanes/log.cjs']) {
      assert.ok(files.includes(f), `${f} is in the tarball`);
    }
    assert.ok(!files.some((f) => f.endsWith('.ts') || f.endsWith('.map')), 'no sources');

    const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    assert.equal(manifest.private, undefined, 'publishable');
    assert.deepEqual(Object.keys(manifest.dependencies ?? {}), [], 'no runtime dependencies: dist/ bundles them');
    assert.deepEqual(INSTALL_SCRIPTS.filter((s) => manifest.scripts?.[s]), [], 'no script runs when a team installs it');
    assert.equal(manifest.license, 'MIT');
    assert.match(manifest.engines.node, /20\.16/);

    // The ops repository.
    const ops = path.join(tmp, 'ops');
    fs.mkdirSync(ops);
    ok(run('git', ['init', '-q'], ops), 'git init');
    ok(run('git', ['config', 'user.email', 'alice@example.com'], ops), 'git config');
    fs.writeFileSync(path.join(ops, 'package.json'), '{\n  "name": "ops",\n  "private": true\n}\n');
    ok(run('npm', ['install', '--save-dev', '--offline', path.join(tmp, packed.filename)], ops), 'npm i --offline <tgz>');
    const installed = fs.readdirSync(path.join(ops, 'node_modules')).filter((name) => !name.startsWith('.')).sort();
    assert.deepEqual(installed, ['casefile'], 'casefile installs alone');
    const lock = JSON.parse(fs.readFileSync(path.join(ops, 'package-lock.json'), 'utf8'));
    assert.deepEqual(Object.keys(lock.packages).filter((k) => k !== ''), ['node_modules/casefile']);

    const incident = (...args: string[]) => run('npx', ['--offline', 'incident', ...args], ops);
    assert.equal(ok(incident('--version'), 'incident --version').stdout.trim(), manifest.version);
    ok(incident('init'), 'incident init');
    // What init set up: node_modules/ stays out of git, and the config's schema line resolves.
    assert.doesNotMatch(ok(run('git', ['status', '--porcelain'], ops), 'git status').stdout, /node_modules/);
    assert.match(fs.readFileSync(path.join(ops, '.incident.yml'), 'utf8'), /^# yaml-language-server: \$schema=\.casefile\/config\.schema\.json\n/);
    assert.ok(fs.existsSync(path.join(ops, '.casefile', 'config.schema.json')));
    const created = ok(incident('new', 'Checkout fails for EU customers', '--severity', 'SEV-2', '--commander', 'alice', '--service', 'checkout', '--at', '13:50', '--public'), 'incident new');
    const file = created.stdout.trim();
    assert.equal(file, 'incidents/2026-03-01-checkout-fails-for-eu-customers.md');
    const id = path.basename(file, '.md');
    ok(incident('log', 'Error rate on /checkout at 40%'), 'incident log');
    ok(incident('log', id, 'Rolled back deploy 412', '--kind', 'action', '--at', '-5m'), 'incident log <id>');
    const text = fs.readFileSync(path.join(ops, file), 'utf8');
    assert.match(text, /Rolled back deploy 412/);
    const schema = /^# yaml-language-server: \$schema=(\S+)$/m.exec(text)?.[1];
    assert.equal(schema, '../.casefile/incident.schema.json');
    assert.ok(fs.existsSync(path.resolve(ops, 'incidents', schema!)));
    ok(incident('role', id, '--scribe', 'bob'), 'incident role');
    const validated = ok(incident('validate'), 'incident validate');
    assert.match(validated.stdout, /1 file checked, no problems/);
    const rendered = ok(incident('render', id), 'incident render');
    assert.match(rendered.stdout, /Checkout fails for EU customers/);
    assert.match(rendered.stdout, /Rolled back deploy 412/);
    ok(incident('publish'), 'incident publish');
    assert.match(fs.readFileSync(path.join(ops, 'site', 'index.html'), 'utf8'), /Checkout fails for EU customers/);
    assert.doesNotMatch(ok(run('git', ['status', '--porcelain'], ops), 'git status').stdout, /site\//);

    // remark with the .remarkrc init wrote loads casefile/remark from the installed package (its
    // exports): quiet on the valid incident, the validate message on a broken one.
    const remark = (...paths: string[]) => run(process.execPath, [path.join(ROOT, 'node_modules', 'remark-cli', 'cli.js'), '--no-stdout', '--no-color', '--frail', ...paths], ops);
    const clean = remark(file);
    assert.equal(clean.code, 0, clean.stderr);
    fs.writeFileSync(path.join(ops, file), text.replace(/^severity: SEV-2$/m, 'severity: SEV-9'));
    const broken = remark(file);
    assert.equal(broken.code, 1, broken.stderr);
    assert.match(broken.stderr, /Unexpected severity "SEV-9", expected one of SEV-1, SEV-2, SEV-3, SEV-4, SEV-5/);
    // Markdown that is not an incident (the ops repository's README) is none of its business.
    fs.writeFileSync(path.join(ops, 'README.md'), '# Ops\n\nRunbooks and incidents.\n');
    const readme = remark('README.md');
    assert.equal(readme.code, 0, readme.stderr);
    assert.doesNotMatch(readme.stderr, /casefile|frontmatter/);

    // Installed for everyone on a machine (npm i -g), offline too.
    const prefix = path.join(tmp, 'global');
    ok(run('npm', ['install', '--global', '--offline', '--prefix', prefix, path.join(tmp, packed.filename)], ops), 'npm i -g --offline <tgz>');
    assert.equal(ok(run(path.join(prefix, 'bin', 'incident'), ['--version'], ops), 'global incident --version').stdout.trim(), manifest.version);
    assert.match(ok(run(path.join(prefix, 'bin', 'incident'), ['show', id], ops), 'global incident show').stdout, /Rolled back deploy 412/);

    // The README's path for a new team, line by line, in a second ops repository: its sh blocks
    // under "Use it in your ops repository", from `npm i -D casefile` to a reviewed, published
    // post-mortem. Each `npx incident` line runs as written, a few minutes after the one before;
    // the other lines are the steps a person takes (the test takes them, or fails on one it does not know).
    const team = path.join(tmp, 'team-ops');
    fs.mkdirSync(team);
    ok(run('git', ['init', '-q'], team), 'git init');
    ok(run('git', ['config', 'user.email', 'alice@example.com'], team), 'git config');
    fs.writeFileSync(path.join(team, 'package.json'), '{\n  "name": "team-ops",\n  "private": true\n}\n');
    let clock = Date.parse('2026-03-01T14:05:00Z');
    const steps: string[] = [];
    for (const line of readmeLines()) {
      const [command, ...args] = shellWords(line);
      if (command === 'cd') continue; // the test is in the repository already
      if (command === 'npm' && args.join(' ') === 'i -D casefile') {
        ok(run('npm', ['install', '--save-dev', '--offline', path.join(tmp, packed.filename)], team), 'npm i -D casefile (the tarball)');
      } else if (command === 'npx' && args[0] === 'incident') {
        clock += 5 * 60_000;
        const r = run('npx', ['--offline', ...args], team, { CASEFILE_NOW: new Date(clock).toISOString() });
        ok(r, `README: ${line}`);
        steps.push(args.slice(1, args[1] === 'review' ? 4 : 2).join(' ').replace(/ \S+-\S+-\S+ /, ' '));
        if (args[1] === 'init') {
          ok(run('git', ['add', '.'], team), 'git add'); // "commit what it wrote"
          ok(run('git', ['commit', '-qm', 'casefile'], team), 'git commit');
        }
      } else if (/^# write the post-mortem in the body of (\S+)$/.test(line)) {
        const file = path.join(team, /(\S+)$/.exec(line)![1]!);
        // Every section's placeholder comment replaced by a sentence; no names in the public part.
        fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/<!--[\s\S]*?-->/g, 'Checkout failed for some customers in Europe until a change was rolled back.'));
      } else if (/^# open a pull request/.test(line)) {
        continue; // the Action's review: test/action.test.ts
      } else assert.fail(`a README line the test does not know how to take: ${line}`);
    }
    assert.deepEqual(steps, ['init', 'new', 'log', 'role', 'log', 'status', 'status', 'action', 'close', 'validate', 'review request', 'review approve', 'review publish', 'publish']);
    const published = fs.readFileSync(path.join(team, 'incidents', '2026-03-01-checkout-fails-for-eu-customers.md'), 'utf8');
    assert.match(published, /^  status: published$/m, 'a reviewed, published post-mortem');
    assert.match(published, /decision: approved\n\s+(?:[a-z]+: .*\n\s+)*?by: Pat Reviewer|by: Pat Reviewer\n\s+(?:[a-z]+: .*\n\s+)*?decision: approved/);
    assert.match(fs.readFileSync(path.join(team, 'site', 'index.html'), 'utf8'), /Checkout fails for EU customers/, 'on the public status page');
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
});

/** The lines of the sh blocks in the README's "Use it in your ops repository", comments after a command dropped. */
function readmeLines(): string[] {
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const section = /^## Use it in your ops repository\n([\s\S]*?)^## /m.exec(readme)![1]!;
  const lines = [...section.matchAll(/^```sh\n([\s\S]*?)^```$/gm)].flatMap((m) => m[1]!.split('\n'));
  return lines.map((l) => (l.startsWith('#') ? l : l.replace(/\s+#.*$/, '')).trim()).filter(Boolean);
}

/** A command line's words as sh reads them (double and single quotes, no expansions). */
function shellWords(line: string): string[] {
  return [...line.matchAll(/"((?:[^"\\]|\\.)*)"|'([^']*)'|(\S+)/g)].map((m) => m[1]?.replace(/\\(.)/g, '$1') ?? m[2] ?? m[3]!);
}
