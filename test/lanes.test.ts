// The lanes (src/cli/lane.ts): the commands bin/incident.cjs runs from dist/lanes/<command>.cjs.
// A lane must behave exactly like the full CLI, hand over whatever it left out, and never do a
// side effect twice when it hands over.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { makeRepo, ROOT, type RunResult, type TestRepo } from './helpers/repo.ts';

const ID = '2026-03-01-checkout-fails';
const FILE = `incidents/${ID}.md`;
const HANDED_OVER = /handed to the full CLI/;

function ok(r: RunResult): RunResult {
  assert.equal(r.code, 0, `exit ${r.code}\n${r.stdout}\n${r.stderr}`);
  return r;
}

const clock = (time: string) => ({ CASEFILE_NOW: `2026-03-01T${time}:00+01:00` });

/** The same responder session, through the lanes or through the full CLI. */
function respond(repo: TestRepo, full: boolean): void {
  const run = (time: string, args: string[]) => {
    const r = ok(repo.run(args, { env: { ...clock(time), CASEFILE_DEBUG: '1' }, full }));
    assert.doesNotMatch(r.stderr, HANDED_OVER, args.join(' '));
    return r.stdout;
  };
  run('14:00', ['new', 'Checkout fails', '--severity', 'SEV-2', '--timezone', 'Europe/Berlin', '--at', '13:50', '--commander', 'alice', '--public']);
  run('14:02', ['log', ID, 'Error rate on /checkout at 40%', '--kind', 'detected', '--at', '13:55']);
  const thread = /Thread ([a-z0-9]{5}) /.exec(run('14:05', ['thread', ID, 'open', 'Is deploy 412 the cause?', '--owner', 'dave']))![1]!;
  run('14:06', ['thread', ID, 'update', thread, 'Errors began 2 minutes after the deploy', '--by', 'dave']);
  repo.write('lb-errors.txt', '502 x 1200\n');
  run('14:07', ['evidence', ID, 'add', 'lb-errors.txt', '--note', 'load balancer', '--by', 'erin']);
  run('14:08', ['log', ID, 'Rolled back deploy 412', '--kind', 'mitigated', '--by', 'bob', '--at', '-1m']);
  run('14:09', ['thread', ID, 'close', thread, 'Yes: the deploy', '--json']);
  // The write commands after the incident are lanes too.
  run('14:10', ['severity', ID, 'SEV-1', '--by', 'alice']);
  run('14:11', ['role', ID, '--scribe', 'carol', '--sme', 'dave,erin']);
  run('14:12', ['amend', ID, '2', '--text', 'Error rate on /checkout at 41%', '--approx']);
  const item = /AI-[a-z0-9]{5}/.exec(run('14:13', ['action', ID, 'add', 'Add a canary for "checkout: pay"', '--owner', 'bob', '--due', '2026-03-15']))![0];
  run('14:14', ['action', ID, item, '--status', 'in-progress']);
  run('14:15', ['impact', ID, '--summary', 'EU checkout failed for 18 minutes', '--figure', 'Orders lost=1200']);
  run('14:16', ['status', ID, 'recovered']);
  run('14:17', ['remove', ID, '3', '--json']);
}

describe('lanes', () => {
  let lane: TestRepo;
  let full: TestRepo;
  before(() => {
    lane = makeRepo();
    full = makeRepo();
    respond(lane, false);
    respond(full, true);
  });
  after(() => {
    lane.cleanup();
    full.cleanup();
  });

  it('write the same bytes as the full CLI', () => {
    assert.equal(lane.read(FILE), full.read(FILE));
    const evidence = (repo: TestRepo) => fs.readdirSync(path.join(repo.dir, 'incidents', ID, 'evidence')).sort();
    assert.deepEqual(evidence(lane), evidence(full));
    assert.equal(evidence(lane).length, 1);
  });

  const reads = [
    ['show', ID], ['show', ID, '--json'], ['render', ID], ['render', ID, '--audience', 'public'], ['render', ID, '-f', 'html', '--template', 'status-update'],
    ['report', ID], ['report', ID, '--since', '14:06', '--json'], ['status-update', ID], ['status-update', ID, '-a', 'internal'],
    ['thread', ID], ['thread', ID, 'list', '--json'], ['evidence', ID], ['evidence', ID, 'verify'],
    ['validate'], ['validate', '--format', 'github'], ['validate', '--quiet', 'incidents'],
    ['show'], ['report', ID, 'extra'], ['log', ID, 'x', '--bogus'], ['render', 'no-such-incident'], ['thread', ID, 'close', '7', 'x'],
  ];
  for (const args of reads) {
    it(`incident ${args.join(' ')}: the same output and exit code, without a hand-over`, () => {
      const env = { ...clock('14:30'), CASEFILE_DEBUG: '1' };
      const viaLane = lane.run(args, { env });
      const viaFull = lane.run(args, { env, full: true });
      // (validate: a public incident not yet in the cache is rendered for the public-leak rule by the
      // lane's part, dist/lanes/parts/public-check.cjs: no hand-over either)
      assert.doesNotMatch(viaLane.stderr, HANDED_OVER);
      assert.equal(viaLane.stdout, viaFull.stdout);
      assert.equal(viaLane.code, viaFull.code);
      if (viaLane.code === 0) assert.equal(viaLane.stderr, '');
      else {
        assert.ok(viaLane.code === 1 || viaLane.code === 2, `exit ${viaLane.code}`);
        assert.match(viaLane.stderr, /^incident: /);
        assert.doesNotMatch(viaLane.stderr, /\n\s+at /); // no stack trace
      }
    });
  }

  it('hand what only the full CLI does to it: validate --changed, and --version anywhere', () => {
    const env = { CASEFILE_DEBUG: '1' };
    const changed = lane.run(['validate', '--changed'], { env });
    assert.match(changed.stderr, /^incident: validate: handed to the full CLI \(needs --changed\)\n/);
    const full = lane.run(['validate', '--changed'], { env, full: true });
    assert.deepEqual([changed.code, changed.stdout], [full.code, full.stdout]);
    const version = ok(lane.run(['show', ID, '--version'], { env }));
    assert.match(version.stdout, /^\d+\.\d+\.\d+\n$/);
  });

  it('are each a command of the full CLI', () => {
    const lanes = fs.readdirSync(path.join(ROOT, 'dist', 'lanes')).filter((f) => f.endsWith('.cjs')).map((f) => f.replace(/\.cjs$/, ''));
    assert.deepEqual(lanes.sort(), [
      'action', 'amend', 'evidence', 'impact', 'log', 'remove', 'render', 'reopen', 'report', 'review', 'role', 'severity', 'show',
      'status', 'status-update', 'thread', 'validate',
    ]);
    for (const name of lanes) assert.match(ok(lane.run([name, '--help'])).stdout, new RegExp(`^Usage: incident ${name} `));
  });
});

describe('a lane keeps', () => {
  it('the long way of Markdown out (a document the fast path steps aside from): the same bytes as the full CLI, without a hand-over', () => {
    const repo = makeRepo();
    try {
      ok(repo.run(['new', 'Checkout fails', '--timezone', 'Europe/Berlin', '--at', '13:50'], { env: clock('14:00') }));
      // A nested list and emphasis: micromark's tree and the serializer write them (markdown-out-lazy.ts).
      repo.write(FILE, repo.read(FILE).replace(/^## Summary\n/m, '## Summary\n\n1. first\n   - nested *emphasis*\n2. second\n\n'));
      for (const args of [['render', ID], ['report', ID, '--plain'], ['status-update', ID, '-a', 'internal']]) {
        const env = { ...clock('14:30'), CASEFILE_DEBUG: '1' };
        const viaLane = ok(repo.run(args, { env }));
        assert.equal(viaLane.stderr, '', args.join(' '));
        assert.equal(viaLane.stdout, ok(repo.run(args, { env, full: true })).stdout, args.join(' '));
      }
      assert.match(ok(repo.run(['render', ID])).stdout, /^1\. first\n {3}- nested _emphasis_$/m);
    } finally {
      repo.cleanup();
    }
  });
});

describe('a lane hands over', () => {
  let repo: TestRepo;
  before(() => {
    repo = makeRepo();
    ok(repo.run(['new', 'Checkout fails', '--timezone', 'Europe/Berlin', '--at', '13:50'], { env: clock('14:00') }));
    // A YAML tag: the simple reader steps aside, so the lanes need the `yaml` package.
    repo.write(FILE, repo.read(FILE).replace(/^severity: (.*)$/m, 'severity: !!str $1'));
  });
  after(() => repo.cleanup());

  it('an unusual file to the full CLI, which writes the entry once', () => {
    const r = ok(repo.run(['log', ID, 'Restarted the primary'], { env: { ...clock('14:10'), CASEFILE_DEBUG: '1' } }));
    assert.match(r.stderr, /^incident: log: handed to the full CLI \(needs .*document\.ts\)\n$/);
    assert.equal(r.stdout, `incidents/${ID}.md: 2026-03-01T14:10:00+01:00 note Restarted the primary\n`);
    assert.equal(repo.read(FILE).split('Restarted the primary').length, 2);
    assert.match(repo.read(FILE), /^severity: !!str SEV-/m);
    assert.match(ok(repo.run(['show', ID])).stdout, /Restarted the primary/);
  });

  it("a repository's own template to the full CLI, which compiles it", () => {
    repo.write('templates/coordinator-report.md.hbs', 'Report on {{title}}\n');
    try {
      const r = ok(repo.run(['report', ID], { env: { CASEFILE_DEBUG: '1' } }));
      assert.match(r.stderr, HANDED_OVER);
      assert.equal(r.stdout, 'Report on Checkout fails\n');
    } finally {
      fs.rmSync(path.join(repo.dir, 'templates'), { recursive: true });
    }
  });

  it('never `evidence run`: the command runs once, even when recording it needs the full CLI', () => {
    repo.write('count.sh', 'echo run >> runs.txt; echo captured\n');
    const r = ok(repo.run(['evidence', ID, 'run', '--', 'sh', 'count.sh'], { env: { ...clock('14:20'), CASEFILE_DEBUG: '1' } }));
    assert.equal(r.stderr, 'incident: evidence: handed to the full CLI (needs evidence run)\n'); // before running anything
    assert.equal(repo.read('runs.txt'), 'run\n');
    assert.match(repo.read(FILE), /command: sh count\.sh/);
  });
});

describe("a lane's code cache", () => {
  it('is written after a whole command, used after, and a damaged one is replaced', () => {
    const repo = makeRepo();
    const home = fs.mkdtempSync(path.join(repo.dir, 'cache-home-'));
    const env = { XDG_CACHE_HOME: home, CASEFILE_DEBUG: '1' };
    const v8 = path.join(home, 'casefile', 'v8');
    const caches = () => (fs.existsSync(v8) ? fs.readdirSync(v8) : []);
    ok(repo.run(['new', 'Checkout fails', '--timezone', 'Europe/Berlin', '--at', '13:50'], { env: { ...env, ...clock('14:00') } }));
    assert.deepEqual(caches(), [], 'new is not a lane');
    // A hand-over (an unusual file) writes none: the lane ran only part of a command.
    const plain = repo.read(FILE);
    repo.write(FILE, plain.replace(/^severity: (.*)$/m, 'severity: !!str $1'));
    assert.match(ok(repo.run(['show', ID], { env })).stderr, HANDED_OVER);
    assert.deepEqual(caches(), []);
    repo.write(FILE, plain);
    const first = ok(repo.run(['show', ID], { env })).stdout;
    const [cache] = caches();
    assert.match(cache!, /^show-[0-9a-z]+-\d+-\d+-v\d+\.\d+\.\d+-\w+\.bin$/);
    const written = fs.statSync(path.join(v8, cache!)).mtimeMs;
    assert.equal(ok(repo.run(['show', ID], { env })).stdout, first);
    assert.equal(fs.statSync(path.join(v8, cache!)).mtimeMs, written, 'used, not written again');
    // Garbage for a cache: V8 rejects it, the command runs as ever and the cache is written anew.
    // Writing prunes: this lane's other builds on this Node, and the oldest of the rest beyond 100
    // files; this lane's cache for another Node version stays (the two are used in turn).
    fs.writeFileSync(path.join(v8, cache!), 'not a code cache');
    const earlierBuild = cache!.replace(/-\d+-v/, '-1-v');
    const otherNode = cache!.replace(/-v\d+\.\d+\.\d+-/, '-v0.0.1-');
    const strangers = Array.from({ length: 105 }, (_, i) => `log-other${i}-1-1-v20.0.0-x64.bin`);
    for (const [i, name] of [earlierBuild, otherNode, ...strangers].entries()) {
      fs.writeFileSync(path.join(v8, name), 'x');
      fs.utimesSync(path.join(v8, name), new Date(), new Date(Date.now() - (i + 1) * 60_000));
    }
    // Temp files of runs killed while writing: removed once an hour old (one may be being written).
    const [oldTemp, newTemp] = [`${cache}.1.tmp`, `${cache}.2.tmp`];
    for (const name of [oldTemp, newTemp]) fs.writeFileSync(path.join(v8, name), '');
    fs.utimesSync(path.join(v8, oldTemp), new Date(), new Date(Date.now() - 2 * 3600_000));
    assert.equal(ok(repo.run(['show', ID], { env })).stdout, first);
    assert.ok(fs.statSync(path.join(v8, cache!)).size > 1000);
    assert.ok(!caches().includes(oldTemp) && caches().includes(newTemp));
    const left = caches().filter((name) => name.endsWith('.bin'));
    assert.equal(left.length, 100);
    assert.ok(left.includes(cache!) && !left.includes(earlierBuild));
    assert.ok(left.includes(otherNode), "another Node version's cache is kept");
    assert.ok(left.includes(strangers[0]!) && !left.includes(strangers[104]!), 'the newest kept');
    repo.cleanup();
  });

  it('of the render lane is used, not written again', () => {
    const repo = makeRepo();
    const home = fs.mkdtempSync(path.join(repo.dir, 'cache-home-'));
    const env = { XDG_CACHE_HOME: home };
    const v8 = path.join(home, 'casefile', 'v8');
    ok(repo.run(['new', 'Checkout fails', '--timezone', 'Europe/Berlin', '--at', '13:50'], { env: { ...env, ...clock('14:00') } }));
    const first = ok(repo.run(['render', ID], { env })).stdout;
    const [cache] = fs.readdirSync(v8);
    assert.match(cache!, /^render-/);
    const written = fs.statSync(path.join(v8, cache!)).mtimeMs;
    assert.equal(ok(repo.run(['render', ID], { env })).stdout, first);
    assert.deepEqual(fs.readdirSync(v8), [cache], 'V8 took the cache it wrote');
    assert.equal(fs.statSync(path.join(v8, cache!)).mtimeMs, written, 'used, not written again');
    repo.cleanup();
  });

  it('of the validate lane waits for a run that checked a file in its own thread', () => {
    const repo = makeRepo();
    const env = (home: string) => ({ XDG_CACHE_HOME: home, ...clock('14:00') });
    const homes = [0, 1].map(() => fs.mkdtempSync(path.join(repo.dir, 'cache-home-')));
    const caches = (home: string) => (fs.existsSync(path.join(home, 'casefile', 'v8')) ? fs.readdirSync(path.join(home, 'casefile', 'v8')) : []);
    ok(repo.run(['new', 'Checkout fails', '--timezone', 'Europe/Berlin', '--at', '13:50'], { env: env(homes[0]!) }));
    ok(repo.run(['validate'], { env: env(homes[0]!) })); // checks the file: a cache
    assert.equal(caches(homes[0]!).filter((f) => f.startsWith('validate-')).length, 1);
    // Nothing changed: nothing checked, so no cache (it would lack the rules for good).
    ok(repo.run(['validate'], { env: env(homes[1]!) }));
    assert.deepEqual(caches(homes[1]!), []);
    fs.appendFileSync(path.join(repo.dir, FILE), '\nOne more line.\n');
    ok(repo.run(['validate'], { env: env(homes[1]!) }));
    assert.equal(caches(homes[1]!).filter((f) => f.startsWith('validate-')).length, 1);
    repo.cleanup();
  });

  it('is one for each route, the options a command line gives (and their values that are words)', () => {
    const repo = makeRepo();
    const home = fs.mkdtempSync(path.join(repo.dir, 'cache-home-'));
    const env = { XDG_CACHE_HOME: home };
    const v8 = path.join(home, 'casefile', 'v8');
    const caches = () => fs.readdirSync(v8).sort();
    const mtimes = () => caches().map((name) => fs.statSync(path.join(v8, name)).mtimeMs);
    ok(repo.run(['new', 'Checkout fails', '--timezone', 'Europe/Berlin', '--at', '13:50', '--public'], { env: { ...env, ...clock('14:00') } }));
    const internal = ok(repo.run(['render', ID], { env })).stdout;
    assert.equal(caches().length, 1);
    const pub = ok(repo.run(['render', ID, '--audience', 'public'], { env })).stdout;
    assert.equal(caches().length, 2, 'the public route writes its own');
    assert.ok(caches().every((name) => /^render-[0-9a-z]+-\d+-\d+-v\d+\.\d+\.\d+-\w+\.bin$/.test(name)), caches().join(', '));
    const written = mtimes();
    assert.equal(ok(repo.run(['render', ID, '--audience=public'], { env })).stdout, pub, 'the same route, written another way');
    assert.equal(ok(repo.run(['render', ID], { env })).stdout, internal);
    assert.equal(caches().length, 2);
    assert.deepEqual(mtimes(), written, 'each used, not written again');
    repo.cleanup();
  });

  it('is shared by command lines that differ only in a person or a text (--by alice, --by bob)', () => {
    const repo = makeRepo();
    const home = fs.mkdtempSync(path.join(repo.dir, 'cache-home-'));
    const env = { XDG_CACHE_HOME: home };
    const v8 = path.join(home, 'casefile', 'v8');
    const caches = () => fs.readdirSync(v8).filter((f) => f.startsWith('log-')).sort();
    ok(repo.run(['new', 'Checkout fails', '--timezone', 'Europe/Berlin', '--at', '13:50'], { env: { ...env, ...clock('14:00') } }));
    ok(repo.run(['log', ID, 'Paged', '--by', 'alice'], { env: { ...env, ...clock('14:01') } }));
    const one = caches();
    assert.equal(one.length, 1);
    const written = fs.statSync(path.join(v8, one[0]!)).mtimeMs;
    ok(repo.run(['log', ID, 'Looking', '--by', 'bob'], { env: { ...env, ...clock('14:02') } }));
    assert.deepEqual(caches(), one, 'the same route: no cache of its own for bob');
    assert.equal(fs.statSync(path.join(v8, one[0]!)).mtimeMs, written, 'used, not written again');
    // A value that picks the way through the lane still has its own.
    ok(repo.run(['log', ID, 'Restarted', '--by', 'bob', '--kind', 'action'], { env: { ...env, ...clock('14:03') } }));
    assert.equal(caches().length, 2);
    repo.cleanup();
  });

  it("of a lane's part (the Markdown tree, dist/lanes/parts/) is written when a run loads the part, and used after", () => {
    const repo = makeRepo();
    const home = fs.mkdtempSync(path.join(repo.dir, 'cache-home-'));
    const env = { XDG_CACHE_HOME: home, CASEFILE_DEBUG: '1' };
    const v8 = path.join(home, 'casefile', 'v8');
    ok(repo.run(['new', 'Checkout fails', '--timezone', 'Europe/Berlin', '--at', '13:50'], { env: { ...env, ...clock('14:00') } }));
    // A nested list: the fast path steps aside, the part writes it.
    repo.write(FILE, repo.read(FILE).replace(/^## Summary\n/m, '## Summary\n\n1. first\n   - nested *emphasis*\n2. second\n\n'));
    const first = ok(repo.run(['render', ID], { env }));
    assert.equal(first.stderr, '');
    const caches = fs.readdirSync(v8).sort();
    assert.equal(caches.length, 2, caches.join(', '));
    assert.match(caches[0]!, /^markdown-tree-[0-9a-z]+-\d+-\d+-v\d+\.\d+\.\d+-\w+\.bin$/);
    assert.match(caches[1]!, /^render-/);
    const written = caches.map((name) => fs.statSync(path.join(v8, name)).mtimeMs);
    assert.equal(ok(repo.run(['render', ID], { env })).stdout, first.stdout);
    assert.deepEqual(fs.readdirSync(v8).sort(), caches);
    assert.deepEqual(caches.map((name) => fs.statSync(path.join(v8, name)).mtimeMs), written, 'used, not written again');
    repo.cleanup();
  });

  it('after a run that failed is partial, and replaced by the whole one after a run that succeeds', () => {
    const repo = makeRepo();
    const home = fs.mkdtempSync(path.join(repo.dir, 'cache-home-'));
    const env = { XDG_CACHE_HOME: home };
    const v8 = path.join(home, 'casefile', 'v8');
    const caches = () => (fs.existsSync(v8) ? fs.readdirSync(v8) : []);
    ok(repo.run(['new', 'Checkout fails', '--timezone', 'Europe/Berlin', '--at', '13:50'], { env: { ...env, ...clock('14:00') } }));
    // A usage error ran only the argument parsing: its cache is partial. (No option: another
    // route, a command line with other options, has a cache of its own.)
    assert.equal(repo.run(['show'], { env }).code, 2);
    const [partial] = caches();
    assert.match(partial!, /^show-[0-9a-z]+-\d+-\d+-v\d+\.\d+\.\d+-\w+\.partial\.bin$/);
    const size = fs.statSync(path.join(v8, partial!)).size;
    // Another failure leaves it as it is; a whole command writes the whole cache in its place.
    assert.equal(repo.run(['show', 'no-such-incident'], { env }).code, 2);
    assert.deepEqual(caches(), [partial]);
    const first = ok(repo.run(['show', ID], { env })).stdout;
    const [whole] = caches();
    assert.deepEqual(caches(), [partial!.replace(/\.partial\.bin$/, '.bin')]);
    assert.ok(fs.statSync(path.join(v8, whole!)).size > size, 'the whole cache holds more functions');
    assert.equal(ok(repo.run(['show', ID], { env })).stdout, first);
    repo.cleanup();
  });
});
