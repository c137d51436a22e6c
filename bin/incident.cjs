#!/usr/bin/env node
// CommonJS on purpose: a lane (src/cli/lane.ts) then starts without Node's ESM loader. Lanes are
// the commands built to dist/lanes/<command>.cjs; every other command, help, and whatever a lane
// hands over run in the full CLI, dist/cli.js.
'use strict';
const { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } = require('node:fs');
const { dirname, join, sep } = require('node:path');

const argv = process.argv.slice(2);
const command = argv[0] ?? '';
// Paths by hand where they need no normalizing: path.join's helpers, hot after a few dozen calls,
// were compiled by Maglev on every run.
const lanePath = `${dirname(__dirname)}${sep}dist${sep}lanes${sep}${command}.cjs`;
// Help and the version are commander's, wherever they stand on the line.
const FULL_CLI_FLAGS = ['-h', '--help', '-V', '--version'];
const isLane = /^[a-z-]+$/.test(command) && !argv.some((a) => FULL_CLI_FLAGS.includes(a)) && existsSync(lanePath);

/**
 * Code caches kept per user: every lane (17) of a few installs, each on two Node versions (a file
 * is 50 to 700 KB). Pruned by age, so too few would make installs or Node versions used in turn
 * evict each other's caches and every run compile its lane cold. (When a run on one Node version
 * removed the other's cache, `incident severity` run on Node 20 and 24 in turn took 48.7 ms of
 * CPU on Node 24 against 39.1.)
 */
const MAX_CODE_CACHES = 100;

/**
 * The options whose value picks a way through a lane (a template, a view, a kind of entry): the
 * values of the others (`--by alice`, `--owner dave`, `--commander bob`) are people and text, and a
 * cache of their own for each (every new name compiled cold once, and one of MAX_CODE_CACHES taken)
 * would hold the same code. An option missing here costs only some compiling, never a wrong answer.
 */
const ROUTE_VALUES = new Set(['--audience', '-a', '--format', '-f', '--template', '-t', '--kind', '-k', '--status']);

/**
 * The way a command line goes through its lane, as far as the line tells: the options given, and
 * the values of those in ROUTE_VALUES that are a lowercase word (`--audience public`, `--format md`).
 * Each way has a code cache of its own: a cache holds what the run that wrote it compiled, and one
 * written by `render <id>` left `render <id> --audience public` to compile its template, view and
 * leak check on every run (43.0 ms of CPU against 38.9 with its own cache; and 45.4 against 41.6
 * the other way round; Node 24.21, medians of 25 interleaved runs).
 */
function routeOf(args) {
  const route = [];
  const word = (value) => value !== undefined && /^[a-z][a-z-]{0,15}$/.test(value);
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--') break;
    if (!arg.startsWith('-')) continue;
    const eq = arg.indexOf('=');
    const name = eq === -1 ? arg : arg.slice(0, eq);
    const value = eq === -1 ? args[i + 1] : arg.slice(eq + 1);
    route.push(ROUTE_VALUES.has(name) && word(value) ? `${name} ${value}` : name);
  }
  return route.join(' ');
}

/**
 * A lane, compiled with V8's code cache when there is one: the bytecode of every function an
 * earlier run compiled, so a run compiles (almost) nothing. The cache is per user, per Node
 * version, per build of the lane (its size and mtime) and per route (routeOf); V8 itself rejects one it cannot use,
 * and a run without one writes it once the lane has done the command (not after a hand-over).
 * Kept on Node 24 too, instead of module.enableCompileCache: Node's cache is made when a module
 * is compiled, so it holds only the eagerly compiled top level (48 KB for the severity lane, against
 * 139 KB made after the command ran), and `incident severity` took 48.2 ms of CPU with it against
 * 44.1 ms with this one (Node 24.21, median of 20 interleaved runs; `node -e 0`: 26.1 ms).
 */
function loadLane(file) {
  const scripts = [];
  const route = routeOf(argv.slice(1)); // one for the lane and each of its parts
  // A lane requires builtins and its parts (scripts/build.mjs, LANE_PARTS), which load as it does.
  const req = (id) => process.getBuiltinModule(id) ?? runScript(`${dirname(file)}${sep}${id.slice(2).split('/').join(sep)}`, route, req, scripts);
  const lane = runScript(file, route, req, scripts);
  // A lane may say that this run did not compile what its usual run does (validate: no file
  // checked in this thread); its code cache then waits for a run that did.
  const ready = () => typeof lane.codeCacheReady !== 'function' || lane.codeCacheReady();
  return { main: lane.main, saveCache: (code) => scripts.forEach((script) => script.saveCache(code)), ready };
}

/** A lane's file (or a part's) run as its module, its cache named by `route` (routeOf): the module's exports; its saveCache joins `scripts`. */
function runScript(file, route, req, scripts) {
  const vm = require('node:vm');
  const stat = statSync(file);
  const home = cacheHome();
  // Named by the lane's path too (installs of two versions, two repositories, keep one each), and by the route.
  const lane = `${file.slice(file.lastIndexOf(sep) + 1, -'.cjs'.length)}-${hash(route ? `${file}\n${route}` : file)}`;
  const node = `-${process.version}-${process.arch}`;
  const base = `${home}${sep}casefile${sep}v8${sep}${lane}-${stat.size}-${Math.round(stat.mtimeMs)}${node}`;
  // A run that failed (a usage error: only the arguments were parsed) leaves a partial cache, used
  // until a run that succeeds writes the whole one: a cache V8 takes is never written again, and a
  // partial one kept `incident amend` at 42.6 ms of CPU against 38.1 (Node 24.21, medians of 21
  // interleaved runs).
  const cacheFile = `${base}.bin`;
  const partialFile = `${base}.partial.bin`;
  let cachedData;
  let partial = false;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    try {
      cachedData = readFileSync(partialFile);
      partial = true;
    } catch {
      // none yet
    }
  }
  const source = readFileSync(file, 'utf8');
  // The lane's source is already the module's function (scripts/build.mjs, LANE_HEAD): run as a
  // script, it is that function. Wrapped here, the source was copied once more (564 KB for render).
  const script = new vm.Script(source, { filename: file, cachedData });
  const module = { exports: {} };
  script.runInThisContext().call(module.exports, module.exports, req, module, file, dirname(file));
  const saveCache = (code) => {
    const whole = code === 0;
    if (cachedData && !script.cachedDataRejected && (partial ? !whole : true)) return;
    const target = whole ? cacheFile : partialFile;
    try {
      mkdirSync(dirname(target), { recursive: true, mode: 0o700 });
      const tmp = `${target}.${process.pid}.tmp`;
      writeFileSync(tmp, script.createCachedData(), { mode: 0o600 });
      renameSync(tmp, target);
      pruneCodeCaches(dirname(target), target, lane, node);
    } catch {
      // a cache is only a cache: a read-only home just goes without
    }
  };
  scripts.push({ saveCache });
  return module.exports;
}

/**
 * The caches of this lane's earlier builds on this Node (and its partial cache, once the whole
 * one is written) are of no more use; of the others (other lanes, other Node versions, other
 * installs, maybe long gone) the newest MAX_CODE_CACHES are kept, and no temp file an hour old.
 */
function pruneCodeCaches(dir, kept, lane, node) {
  const names = readdirSync(dir);
  const others = names.filter((name) => name.endsWith('.bin') && join(dir, name) !== kept);
  const remove = (name) => rmSync(join(dir, name), { force: true });
  // A run killed while writing its cache leaves its temp file: gone once surely no one writes it.
  const hourAgo = Date.now() - 3600_000;
  names.filter((name) => name.endsWith('.tmp') && statSync(join(dir, name), { throwIfNoEntry: false })?.mtimeMs < hourAgo).forEach(remove);
  const mine = (name) => name.startsWith(`${lane}-`) && (name.endsWith(`${node}.bin`) || name.endsWith(`${node}.partial.bin`));
  others.filter(mine).forEach(remove);
  const rest = others.filter((name) => !mine(name));
  const age = new Map(rest.map((name) => [name, statSync(join(dir, name)).mtimeMs]));
  rest.sort((a, b) => age.get(b) - age.get(a)).slice(MAX_CODE_CACHES - 1).forEach(remove);
}

/** The user's cache directory (HOME is what os.homedir() gives first: node:os is loaded only without it). */
function cacheHome() {
  return process.env.XDG_CACHE_HOME || `${process.env.HOME || require('node:os').homedir()}${sep}.cache`;
}

/**
 * The full CLI is ESM chunks (dist/cli.js and dist/chunks/): on Node >= 22.1 Node's own compile
 * cache keeps their compiled code (`incident --version`, Node 24.21: 55.3 -> 50.9 ms of CPU,
 * medians of 10 interleaved runs). Node 20 has no such cache. (Worker threads, validate's and the
 * site's, are given the same directory by the same rule: src/io/worker-env.ts.)
 */
function useCompileCache() {
  const { enableCompileCache } = require('node:module');
  if (!enableCompileCache || process.env.NODE_DISABLE_COMPILE_CACHE) return;
  enableCompileCache(process.env.NODE_COMPILE_CACHE || `${cacheHome()}${sep}casefile${sep}node-compile-cache`);
}

/** FNV-1a of a string, in base 36: a short, stable tag for a path. */
function hash(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

const full = () => {
  useCompileCache();
  return import('../dist/cli.js').then((cli) => cli.main(argv));
};
const run = () => {
  if (!isLane) return full();
  const lane = loadLane(lanePath);
  return lane.main(argv).then((code) => {
    if (code === undefined) return full();
    if (lane.ready()) lane.saveCache(code); // after a whole command: the functions it ran are compiled
    return code;
  });
};
run().then((code) => {
  process.exitCode = code;
});
