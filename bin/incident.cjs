#!/usr/bin/env node
// CommonJS on purpose: a lane (src/cli/lane.ts) then starts without Node's ESM loader. Lanes are
// the commands built to dist/lanes/<command>.cjs; every other command, help, and whatever a lane
// hands over run in the full CLI, dist/cli.js.
'use strict';
const { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } = require('node:fs');
const { dirname, join } = require('node:path');

const argv = process.argv.slice(2);
const command = argv[0] ?? '';
const lanePath = join(__dirname, '..', 'dist', 'lanes', `${command}.cjs`);
// Help and the version are commander's, wherever they stand on the line.
const FULL_CLI_FLAGS = ['-h', '--help', '-V', '--version'];
const isLane = /^[a-z-]+$/.test(command) && !argv.some((a) => FULL_CLI_FLAGS.includes(a)) && existsSync(lanePath);

/** Code caches kept per user: every lane of a few installs (each file is 50 to 250 KB). */
const MAX_CODE_CACHES = 40;

/**
 * A lane, compiled with V8's code cache when there is one: the bytecode of every function an
 * earlier run compiled, so a run compiles (almost) nothing. The cache is per user, per Node
 * version and per build of the lane (its size and mtime); V8 itself rejects one it cannot use,
 * and a run without one writes it once the lane has done the command (not after a hand-over).
 * Kept on Node 24 too, instead of module.enableCompileCache: Node's cache is made when a module
 * is compiled, so it holds only the eagerly compiled top level (48 KB for the severity lane, against
 * 139 KB made after the command ran), and `incident severity` took 48.2 ms of CPU with it against
 * 44.1 ms with this one (Node 24.21, median of 20 interleaved runs; `node -e 0`: 26.1 ms).
 */
function loadLane(file) {
  const vm = require('node:vm');
  const { createRequire, wrap } = require('node:module');
  const stat = statSync(file);
  const home = process.env.XDG_CACHE_HOME || join(require('node:os').homedir(), '.cache');
  // Named by the lane's path too: installs of two versions (two repositories) keep one each.
  const lane = `${command}-${hash(file)}`;
  const cacheFile = join(home, 'casefile', 'v8', `${lane}-${stat.size}-${Math.round(stat.mtimeMs)}-${process.version}-${process.arch}.bin`);
  let cachedData;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    // none yet
  }
  const script = new vm.Script(wrap(readFileSync(file, 'utf8')), { filename: file, cachedData });
  const module = { exports: {} };
  script.runInThisContext().call(module.exports, module.exports, createRequire(file), module, file, dirname(file));
  const saveCache = () => {
    if (cachedData && !script.cachedDataRejected) return;
    try {
      mkdirSync(dirname(cacheFile), { recursive: true, mode: 0o700 });
      const tmp = `${cacheFile}.${process.pid}.tmp`;
      writeFileSync(tmp, script.createCachedData(), { mode: 0o600 });
      renameSync(tmp, cacheFile);
      pruneCodeCaches(dirname(cacheFile), cacheFile, lane);
    } catch {
      // a cache is only a cache: a read-only home just goes without
    }
  };
  return { main: module.exports.main, saveCache };
}

/**
 * The caches of this lane's earlier builds are of no more use; of the others (other lanes, other
 * installs, maybe long gone) the newest MAX_CODE_CACHES are kept.
 */
function pruneCodeCaches(dir, kept, lane) {
  const others = readdirSync(dir).filter((name) => name.endsWith('.bin') && join(dir, name) !== kept);
  const remove = (name) => rmSync(join(dir, name), { force: true });
  others.filter((name) => name.startsWith(`${lane}-`)).forEach(remove);
  const rest = others.filter((name) => !name.startsWith(`${lane}-`));
  const age = new Map(rest.map((name) => [name, statSync(join(dir, name)).mtimeMs]));
  rest.sort((a, b) => age.get(b) - age.get(a)).slice(MAX_CODE_CACHES - 1).forEach(remove);
}

/** FNV-1a of a string, in base 36: a short, stable tag for a path. */
function hash(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

const full = () => import('../dist/cli.js').then((cli) => cli.main(argv));
const run = () => {
  if (!isLane) return full();
  const lane = loadLane(lanePath);
  return lane.main(argv).then((code) => {
    if (code === undefined) return full();
    lane.saveCache(); // after a whole command: the functions it ran are compiled
    return code;
  });
};
run().then((code) => {
  process.exitCode = code;
});
