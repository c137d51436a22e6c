// `npm run bench [-- --files N --runs N]`: wall time and memory of the built CLI (bin/incident.js)
// on a generated repository of N incident files (default 10,000). A benchmark, not a test: it
// prints numbers and exits 0 whether or not a target is met.
//
// Machines are shared and noisy, so every time is also given as a ratio to `node -e 0` measured in
// the same run, the commands are interleaved (A, B, C, A, B, C...) so that a slow spell hits all of
// them alike, and we report medians.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CORPUS_VERSION, writeCorpus } from './corpus.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const benchDir = join(root, '.bench'); // gitignored
const node = process.execPath;

const arg = (name, fallback) => {
  const at = process.argv.indexOf(`--${name}`);
  const value = at === -1 ? fallback : Number(process.argv[at + 1]);
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} expects a positive integer`);
  return value;
};
const files = arg('files', 10_000);
const runs = arg('runs', 20);
const listRuns = Math.max(3, Math.round(runs / 4)); // `list` reads every file: fewer runs, same interleaving

if (!existsSync(join(root, 'dist', 'cli.js'))) {
  console.error('bench: no dist/cli.js; build first: node scripts/build.mjs');
  process.exit(1);
}
// Everything this run writes lives in its own directory, so two bench runs can share the machine.
const runDir = join(benchDir, `run-${process.pid}`);
process.on('exit', () => rmSync(runDir, { recursive: true, force: true }));
// Measure a snapshot of the bundle (it has its dependencies inlined), so that a rebuild during
// the run neither breaks it nor mixes two versions into one set of numbers.
const app = join(runDir, 'app');
for (const part of ['bin', 'dist', 'package.json']) cpSync(join(root, part), join(app, part), { recursive: true });
const bin = join(app, 'bin', 'incident.js');

// --- The corpus: generated once per corpus version and size, then copied, because `log` writes.
const corpus = join(benchDir, `${CORPUS_VERSION}-${files}-open1`);
if (!existsSync(corpus)) {
  console.log(`generating ${files} incident files in ${corpus} ...`);
  const tmp = join(runDir, 'corpus'); // then renamed into place: a cached corpus is always complete
  mkdirSync(tmp, { recursive: true });
  // .incident.yml makes the copy its own repository root (otherwise the CLI would walk up to ours).
  writeFileSync(join(tmp, '.incident.yml'), 'incidents_dir: incidents\n');
  writeFileSync(join(tmp, 'ids.json'), JSON.stringify(writeCorpus(tmp, files, { open: 1 })));
  try {
    renameSync(tmp, corpus);
  } catch (error) {
    if (!existsSync(corpus)) throw error; // else another run got there first
  }
}
const ids = JSON.parse(readFileSync(join(corpus, 'ids.json'), 'utf8'));
const work = join(runDir, 'work');
cpSync(corpus, work, { recursive: true });
// A closed incident from the middle; the newest file is the one open incident (`log` without an id).
const closedId = ids[Math.floor(ids.length / 2)];

// --- The commands. `ref` is what ratios are taken against.
const cases = [
  { name: 'node -e 0', args: ['-e', '0'], ref: true },
  { name: 'incident log <id> "text"', args: [bin, 'log', closedId, 'Restarted the primary'], ratio: 1.3 },
  { name: 'incident log "text" (no id)', args: [bin, 'log', 'Error rate back to normal'] },
  { name: 'incident show <id>', args: [bin, 'show', closedId] },
  { name: 'incident list', args: [bin, 'list'], ms: 2000, runs: listRuns },
  { name: 'incident list --json', args: [bin, 'list', '--json'], ms: 2000, runs: listRuns },
];

function run(args) {
  const start = process.hrtime.bigint();
  const child = spawnSync(node, args, { cwd: work, encoding: 'utf8', maxBuffer: 256 << 20 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (child.status !== 0) {
    throw new Error(`node ${args.join(' ')} exited ${child.status}:\n${child.stderr}`);
  }
  return { ms, child };
}

// A warm-up run of each (file cache, and a check that every command works here).
for (const c of cases) {
  run(c.args);
  c.samples = [];
}
const rounds = Math.max(...cases.map((c) => c.runs ?? runs));
console.log(`${files} files, ${runs} runs (${listRuns} for list), node ${process.version}\n`);
for (let r = 0; r < rounds; r++) {
  for (const c of cases) if (r < (c.runs ?? runs)) c.samples.push(run(c.args).ms);
  process.stdout.write(`\rround ${r + 1}/${rounds}`);
}
process.stdout.write('\n\n');

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

// --- Peak memory of `incident log <id>`: GNU time's max RSS of the real child when it exists; else
// the same code path in one process (bin/incident.js imported by a wrapper) reporting its own maxRSS.
const gnuTime = existsSync('/usr/bin/time') && spawnSync('/usr/bin/time', ['-f', '%M', 'true']).status === 0;
function maxRssKb(args) {
  if (gnuTime) {
    const { child } = checked('/usr/bin/time', ['-f', '%M', node, ...args]);
    return Number(child.stderr.trim().split('\n').pop());
  }
  const printRss = `process.on('exit', () => process.stderr.write('\\n' + process.resourceUsage().maxRSS + '\\n'));`;
  const wrapped = args[0] === bin
    ? ['--input-type=module', '-e', `process.argv.splice(1, 0, ${JSON.stringify(bin)});${printRss}await import(${JSON.stringify(bin)});`, ...args.slice(1)]
    : ['-e', printRss];
  const { child } = checked(node, wrapped);
  return Number(child.stderr.trim().split('\n').pop());
}
function checked(cmd, args) {
  const child = spawnSync(cmd, args, { cwd: work, encoding: 'utf8' });
  if (child.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${child.status}:\n${child.stderr}`);
  return { child };
}
const logArgs = cases[1].args;
const rssMb = median(Array.from({ length: 5 }, () => maxRssKb(logArgs))) / 1024;
const refRssMb = median(Array.from({ length: 5 }, () => maxRssKb(['-e', '0']))) / 1024;

// --- Report.
const ref = cases.find((c) => c.ref);
const results = cases.map((c) => {
  const ms = median(c.samples);
  // Each sample over the reference of its own round (both saw the same load), then the median.
  const ratio = median(c.samples.map((x, r) => x / ref.samples[r]));
  const target = c.ratio ? `<= ${c.ratio}x` : c.ms ? `<= ${c.ms} ms` : '';
  const ok = c.ratio ? ratio <= c.ratio : c.ms ? ms <= c.ms : undefined;
  return { name: c.name, medianMs: round(ms), minMs: round(Math.min(...c.samples)), ratio: round(ratio, 2), runs: c.samples.length, target, ok };
});
results.push({ name: 'max RSS, incident log <id>', medianMb: round(rssMb, 1), target: '< 80 MB', ok: rssMb < 80 },
  { name: 'max RSS, node -e 0', medianMb: round(refRssMb, 1), target: '', ok: undefined });

function round(x, digits = 1) {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

const rows = [['', 'median', 'min', 'ratio', 'target', ''], ...results.map((r) => [
  r.name,
  r.medianMs !== undefined ? `${r.medianMs.toFixed(1)} ms` : `${r.medianMb.toFixed(1)} MB`,
  r.minMs !== undefined ? `${r.minMs.toFixed(1)} ms` : '',
  r.ratio !== undefined ? `${r.ratio.toFixed(2)}x` : '',
  r.target,
  r.ok === undefined ? '' : r.ok ? 'ok' : 'OVER',
])];
const widths = rows[0].map((_, k) => Math.max(...rows.map((row) => row[k].length)));
for (const row of rows) {
  console.log(row.map((cell, k) => (k === 0 || k === 4 ? cell.padEnd(widths[k]) : cell.padStart(widths[k]))).join('  ').trimEnd());
}
console.log('\nratio: median over rounds of (time / `node -e 0` time in the same round)');
console.log(`max RSS by ${gnuTime ? '/usr/bin/time -f %M' : 'process.resourceUsage() in an in-process wrapper'}`);

const out = join(benchDir, 'results.json');
writeFileSync(out, JSON.stringify({
  date: new Date().toISOString(), node: process.version, platform: `${process.platform}-${process.arch}`,
  files, runs, listRuns, corpus: CORPUS_VERSION, results,
}, null, 2) + '\n');
console.log(`wrote ${out}`);
