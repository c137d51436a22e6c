// `npm run bench [-- --files N --runs N --only log,show,list,validate --validate-runs N --lint-runs N --node machine,24]`:
// wall time and memory of the built CLI (bin/incident.cjs) on a repository made by `incident init`
// (with people, redact terms and a severity of its own in its config) holding N generated incident
// files (default 10,000). A benchmark, not a test: it prints numbers and exits 0 whether or not a
// target is met.
//
//   --node           the Node versions to run every case on (default `machine,24`): `machine` is the
//                    Node running this script; `24` is the npm registry's `node@24` package, run
//                    through `npx -y node@24` (fetched into npm's cache on first use). Each version's
//                    ratios are to its own `node -e 0`, measured in the same rounds.
//
//   --only           a comma-separated subset of the parts (default: all of them):
//                      log       `incident log` with and without an id, and its max RSS; the floor under
//                                any exact scan (Node listing the files and asking each one's stat, nothing else)
//                      show      `incident show <id>`
//                      list      `incident list`, `incident list --json`, and `incident insights` (and
//                                --json, from its cache; --no-cache, cold) against `incident list` in
//                                the same rounds (target 1.5x), and insights' max RSS (< 300 MB) and list's
//                      validate  `incident validate`: cold (--no-cache) against markdownlint-cli2 on
//                                the same files (`incident publish`, and `incident site` warm from its cache,
//                                its first build without one, in CI with its cache restored, and cold with
//                                --no-cache, over its last site and into a new directory, against it too),
//                                max RSS of the cold runs (the site's: the highest run), and a warm re-run after
//                                one file changed (and after a write command, which changes the
//                                directory too) against `node -e 0` (slow: about a minute)
//                      render    `incident render <id>`, internal and public, and `incident status-update <id>`
//                      response  `incident thread`, `evidence add`, `report`
//                      long      `log <id>`, `show` and `render` of one incident with a long timeline (the
//                                closed incident with LONG_ENTRIES more notes, as a long outage's scribe
//                                leaves it): no target, to see what each entry costs
//                      write     the write commands after the incident: severity, amend, remove,
//                                action add, impact, review request and approve, role, status, reopen
//                                (each on a fresh copy of one closed incident's file)
//                      action    the GitHub Action reviewing a pull request of 3 incidents
//                      merge     the git merge driver on two 500-entry timelines
//                      writers   100 writers at once on one incident (log, role, thread, evidence
//                                add, each its own process): wall time until all are done (3 runs)
//                      import    `incident import pagerduty` of 1,000 incidents of 20 log entries each
//                                into a repository made by `incident init`, against a cold
//                                `incident validate --no-cache` of the files it wrote (target 2x),
//                                interleaved (--validate-runs rounds)
//                      threads   cold `validate`, `insights` and `site` of 1,000 and 2,500 of the corpus's files
//                                (what most teams have) with the default threads (src/io/threads.ts) against
//                                --threads <one per core>, interleaved (--validate-runs rounds): the default
//                                must be no slower (target <= 1.05x)
//                      issueops  the GitHub Action on one /log comment of a tracking issue (IssueOps)
//                                against a GitHub-compatible server on 127.0.0.1 and a bare git remote,
//                                to the pushed commit (and to its exit, after the 👍): git's own time (as the
//                                Action reports it) apart, its own time to the push against `node -e 0` (target 3x)
//   --validate-runs  cold `incident validate` runs (default 3)
//   --lint-runs      markdownlint-cli2 runs on each Node version (default 1, ~20-50 s each; 0 skips it and its ratio)
//   --cpu            yes: in every round, each command again for its CPU time (user and system, all its
//                    threads, its exit included: bash's `times`, to the millisecond), and a `cpu ratio`
//                    column: on a machine others share, wall time includes waiting for a core, CPU
//                    time much less so (default: no)
//
// Machines are shared and noisy, so every time is also given as a ratio to `node -e 0` measured in
// the same run, the commands are interleaved (A, B, C, A, B, C...) so that a slow spell hits all of
// them alike, and we report medians.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CORPUS_VERSION, writeCorpus } from './corpus.mjs';
import { issueOpsBench } from './bench-issueops.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const benchDir = join(root, '.bench'); // gitignored
const node = process.execPath;

const OPTIONS = ['files', 'runs', 'only', 'validate-runs', 'lint-runs', 'node', 'cpu'];
const usage = (message) => {
  console.error(`bench: ${message}`);
  process.exit(2);
};
const argv = process.argv.slice(2);
for (let k = 0; k < argv.length; k += 2) {
  if (!OPTIONS.includes(argv[k]?.replace(/^--/, '')) || !argv[k].startsWith('--') || argv[k + 1] === undefined) {
    usage(`unexpected argument "${argv[k]}", expected ${OPTIONS.map((o) => `--${o} <value>`).join(', ')}`);
  }
}
const option = (name) => {
  const at = argv.indexOf(`--${name}`);
  return at === -1 ? undefined : argv[at + 1];
};
const arg = (name, fallback, min = 1) => {
  const value = option(name) === undefined ? fallback : Number(option(name));
  if (!Number.isInteger(value) || value < min) usage(`--${name} expects an integer >= ${min}`);
  return value;
};
const files = arg('files', 10_000);
const runs = arg('runs', 20);
const listRuns = Math.max(3, Math.round(runs / 4)); // `list` reads every file: fewer runs, same interleaving
const validateRuns = arg('validate-runs', 3); // cold `incident validate`: each reads and checks every file
const lintRuns = arg('lint-runs', 1, 0); // markdownlint-cli2 takes ~30-50 s on 10,000 files
if (!['yes', 'no', undefined].includes(option('cpu'))) usage(`unexpected --cpu "${option('cpu')}", expected yes or no`);
const cpu = option('cpu') === 'yes';

const PARTS = ['log', 'show', 'list', 'validate', 'render', 'response', 'long', 'write', 'action', 'merge', 'writers', 'import', 'threads', 'issueops'];
const only = option('only')?.split(',').map((p) => p.trim()).filter(Boolean) ?? PARTS;
for (const part of only) {
  if (!PARTS.includes(part)) usage(`unexpected part "${part}" in --only, expected some of ${PARTS.join(',')}`);
}
const want = (part) => only.includes(part);

// The Node binaries to measure: this one, and Node 24 from the npm registry (what GitHub runs actions on).
const nodes = (option('node') ?? 'machine,24').split(',').map((v) => v.trim()).filter(Boolean).map((v) => {
  if (v === 'machine') return { label: `node ${process.version}`, bin: process.execPath };
  if (!/^\d+$/.test(v)) usage(`unexpected --node "${v}", expected machine or a major version like 24`);
  const found = spawnSync('npx', ['-y', `node@${v}`, '-p', 'process.version + " " + process.execPath'], { encoding: 'utf8' });
  const [version, bin] = found.stdout.trim().split(' ');
  if (found.status !== 0 || !bin || !existsSync(bin)) {
    console.error(`bench: could not get Node ${v} with npx -y node@${v}:\n${found.stderr}`);
    process.exit(1);
  }
  return { label: `node ${version}`, bin };
});

// The peer linter the cold validation is compared with (a devDependency, pinned to a Node 20 version).
const lintDir = join(root, 'node_modules', 'markdownlint-cli2');
let lintBin;
if (want('validate') && lintRuns > 0) {
  if (!existsSync(join(lintDir, 'package.json'))) {
    console.error('bench: markdownlint-cli2 is not installed (npm ci), or skip it with --lint-runs 0');
    process.exit(1);
  }
  const lintPkg = JSON.parse(readFileSync(join(lintDir, 'package.json'), 'utf8'));
  lintBin = join(lintDir, typeof lintPkg.bin === 'string' ? lintPkg.bin : lintPkg.bin['markdownlint-cli2']);
}

if (!existsSync(join(root, 'dist', 'cli.js'))) {
  console.error('bench: no dist/cli.js; build first: node scripts/build.mjs');
  process.exit(1);
}
// Everything this run writes lives in its own directory, so two bench runs can share the machine.
const runDir = join(benchDir, `run-${process.pid}`);
process.on('exit', () => rmSync(runDir, { recursive: true, force: true }));
// The code caches of the commands it measures in a cache directory of its own (bin/incident.cjs
// puts V8's caches under XDG_CACHE_HOME): the user's holds the newest 100, and on a machine where
// others build and test Casefile too (101 written in five minutes here, with five people at work)
// this run's were pruned mid-run, and the next round compiled its lane cold.
process.env.XDG_CACHE_HOME = join(runDir, 'cache');
// Measure a snapshot of the bundle (it has its dependencies inlined), so that a rebuild during
// the run neither breaks it nor mixes two versions into one set of numbers.
const app = join(runDir, 'app');
for (const part of ['bin', 'dist', 'package.json']) cpSync(join(root, part), join(app, part), { recursive: true });
const bin = join(app, 'bin', 'incident.cjs');

// --- The corpus: generated once per corpus version and size, then copied, because `log` writes.
// (The suffix names teamConfig()'s version: a corpus cached with another config is not reused.)
const corpus = join(benchDir, `${CORPUS_VERSION}-${files}-open1-init-names`);
if (!existsSync(corpus)) {
  console.log(`generating ${files} incident files in ${corpus} ...`);
  const tmp = join(runDir, 'corpus'); // then renamed into place: a cached corpus is always complete
  mkdirSync(tmp, { recursive: true });
  // The repository a user has: `incident init` (its .incident.yml also makes the copy its own root,
  // so the CLI does not walk up to ours), then what a team adds to the config it wrote.
  spawnSync('git', ['init', '-q'], { cwd: tmp });
  const init = spawnSync(node, [join(root, 'bin', 'incident.cjs'), 'init'], { cwd: tmp, encoding: 'utf8' });
  if (init.status !== 0) throw new Error(`incident init failed:\n${init.stderr}`);
  writeFileSync(join(tmp, '.incident.yml'), teamConfig(readFileSync(join(tmp, '.incident.yml'), 'utf8')));
  writeFileSync(join(tmp, 'ids.json'), JSON.stringify(writeCorpus(tmp, files, { open: 1 })));
  try {
    renameSync(tmp, corpus);
  } catch (error) {
    if (!existsSync(corpus)) throw error; // else another run got there first
  }
}
const ids = JSON.parse(readFileSync(join(corpus, 'ids.json'), 'utf8'));

/** The config `incident init` wrote, as a team makes it its own: people, redact terms, a severity of its own. */
function teamConfig(text) {
  const edited = text
    .replace(/^severities: \[/m, 'severities: [SEV-0, ')
    .replace(/^redact: \[\]$/m, 'redact:\n  - db-7.internal.acme\n  - Globex Corporation')
    .replace(/^# people:\n#   Alice Example: alice$/m, 'people:\n  Alice Example: alice\n  Ana María: ana\n  Carmen: carmen-gh');
  if (edited === text || !edited.includes('SEV-0') || !edited.includes('Globex') || !edited.includes('carmen-gh')) {
    throw new Error('bench: the config incident init writes has changed; update teamConfig() in scripts/bench.mjs');
  }
  return edited;
}
const work = join(runDir, 'work');
// Copies, never links: a corpus that is a symbolic link (one shared between worktrees) was copied
// as the link, and the commands then wrote to the shared corpus itself.
const copyCorpus = (to) => cpSync(corpus, to, { recursive: true, dereference: true });
if (['log', 'show', 'list', 'render', 'response'].some(want)) copyCorpus(work);
// A closed incident from the middle; the newest file is the one open incident (`log` without an id).
const closedId = ids[Math.floor(ids.length / 2)];
// Its text as the corpus has it, put back (not timed) before every run of a case that reads or
// writes it. `log <id>`, `thread` and `evidence add` each add to it, so it grew by three entries a
// round per Node version (6 KB to 35 KB over 16 rounds on two versions), and every case measured
// a file that depended on --runs and on the other parts in --only: render on Node 24 was 1.44x
// `node -e 0` on the corpus's file and 2.1x on the grown one (CPU, medians of 15 interleaved runs).
const closedFile = join(work, 'incidents', `${closedId}.md`);
const closedText = existsSync(closedFile) ? readFileSync(closedFile, 'utf8') : undefined;
const asInCorpus = () => writeFileSync(closedFile, closedText);

// The write commands each get the same file before every run (not timed): a closed incident whose
// post-mortem is a draft (review request), and a copy of it in review (review approve). In a copy
// of the repository's config with only that file (they never list the directory), so that what
// they leave (status, reopen: an open incident) does not change what the other parts measure.
const draft = /^postmortem:\r?\n(?:  .*\r?\n)*?  status: draft\r?$/m;
const writeId = want('write') ? ids.find((id) => id !== closedId && draft.test(readFileSync(join(corpus, 'incidents', `${id}.md`), 'utf8'))) : undefined;
if (want('write') && !writeId) throw new Error('bench: no closed incident with a draft post-mortem in the corpus');
const wwork = join(runDir, 'write');
if (want('write')) {
  mkdirSync(join(wwork, 'incidents'), { recursive: true });
  cpSync(join(corpus, '.incident.yml'), join(wwork, '.incident.yml'));
  cpSync(join(corpus, 'incidents', `${writeId}.md`), join(wwork, 'incidents', `${writeId}.md`));
}
const writeFile = writeId && join(wwork, 'incidents', `${writeId}.md`);
const writeText = writeFile && readFileSync(writeFile, 'utf8');
const inReviewText = writeText && writeText.replace(draft, (m) => m.replace('status: draft', 'status: in-review'));
const fresh = (text) => () => writeFileSync(writeFile, text);

// A long outage's file: the closed incident with LONG_ENTRIES more notes after its last entry, a
// minute apart (written here, as `incident log` writes them), alone in a repository of its own so
// that the other parts count the same files. Put back before every run, as the closed one is.
const LONG_ENTRIES = 300;
const lwork = join(runDir, 'long');
const longFile = join(lwork, 'incidents', `${closedId}.md`);
const longText = want('long') ? withNotes(readFileSync(join(corpus, 'incidents', `${closedId}.md`), 'utf8'), LONG_ENTRIES) : undefined;
if (want('long')) {
  mkdirSync(join(lwork, 'incidents'), { recursive: true });
  cpSync(join(corpus, '.incident.yml'), join(lwork, '.incident.yml'));
  writeFileSync(longFile, longText);
}
const asLong = () => writeFileSync(longFile, longText);

/** `text` with `n` notes after the last entry of its timeline (the block under `timeline:`, up to the next top-level key). */
function withNotes(text, n) {
  const start = text.indexOf('\ntimeline:\n') + '\ntimeline:\n'.length;
  const next = text.slice(start).search(/^\S/m);
  const end = start + next;
  const times = [...text.slice(start, end).matchAll(/^ {2}- at: (\S+)$/gm)].map((m) => Date.parse(m[1]));
  if (next < 0 || !times.length || times.some(Number.isNaN)) throw new Error(`bench: no timeline to add to in ${closedId}.md`);
  const last = Math.max(...times);
  const people = ['Alice', 'Uma', 'Jean-Luc', 'Kwame'];
  const notes = Array.from({ length: n }, (_, k) => [
    `  - at: ${new Date(last + (k + 1) * 60_000).toISOString().replace(/\.000Z$/, 'Z')}`,
    '    kind: note',
    `    by: ${people[k % people.length]}`,
    `    text: Checked the dashboards again (${k + 1}); error rate ${(k * 7) % 40}% and falling.`,
  ].join('\n')).join('\n');
  return `${text.slice(0, end)}${notes}\n${text.slice(end)}`;
}

// `validate` gets copies of its own: `log` writes to two files every round, and the warm re-run
// must find exactly one changed file. Its validation cache lives in .git/ or node_modules/.cache/
// of the repository (src/io/validate-cache.ts); an empty node_modules/ gives it a place without
// making the copy look like a git repository. Before each warm run, one file gets new bytes (a
// different comment each time, so no two runs see the same text) and a new mtime. The second
// copy is as after a write command, whose lock and temp file come and go: its directory's mtime
// changes too, so validation lists the directory instead of taking the cache's list.
const vwork = join(runDir, 'validate');
const vworkAfterWrite = join(runDir, 'validate-after-write');
const ciWork = join(runDir, 'site-ci');
const cacheFiles = [join(vwork, 'node_modules', '.cache', 'casefile', 'validate-cache.txt'), join(vwork, '.git', 'casefile', 'validate-cache.txt')];
function validateCopy(dir, { write = false } = {}) {
  copyCorpus(dir);
  mkdirSync(join(dir, 'node_modules'));
  const touched = join(dir, 'incidents', `${closedId}.md`);
  const original = readFileSync(touched, 'utf8');
  let touches = 0;
  return () => {
    writeFileSync(touched, `${original}\n<!-- bench: touched ${++touches} -->\n`);
    if (!write) return;
    const lock = join(dir, 'incidents', `.${closedId}.md.lock`);
    writeFileSync(lock, '');
    rmSync(lock);
  };
}
const touch = want('validate') ? validateCopy(vwork) : undefined;
const touchAfterWrite = want('validate') ? validateCopy(vworkAfterWrite, { write: true }) : undefined;

// The Action reviewing a pull request that touches 3 incidents: a git repository whose last
// commit changed 3 files, reviewed against its parent (the `base` input: no GitHub API needed).
const awork = join(runDir, 'action');
const actionBin = join(app, 'dist', 'action.js');
if (want('action')) {
  mkdirSync(join(awork, 'incidents'), { recursive: true });
  const git = (...a) => spawnSync('git', a, { cwd: awork, stdio: 'ignore' });
  git('init', '-q');
  git('-c', 'user.name=bench', '-c', 'user.email=bench@example.com', 'commit', '-q', '--allow-empty', '-m', 'base');
  for (const id of ids.slice(0, 3)) cpSync(join(corpus, 'incidents', `${id}.md`), join(awork, 'incidents', `${id}.md`));
  git('add', '.');
  git('-c', 'user.name=bench', '-c', 'user.email=bench@example.com', 'commit', '-q', '-m', 'three post-mortems');
  writeFileSync(join(awork, 'summary.md'), '');
  writeFileSync(join(awork, 'output'), '');
}
const actionEnv = {
  ...process.env, GITHUB_WORKSPACE: awork, INPUT_COMMAND: 'review', INPUT_BASE: 'HEAD~1', INPUT_TOKEN: '',
  GITHUB_STEP_SUMMARY: join(awork, 'summary.md'), GITHUB_OUTPUT: join(awork, 'output'),
};
// A small file to save as evidence (`evidence add` copies it under incidents/<id>/evidence/).
if (want('response')) writeFileSync(join(work, 'bench-evidence.log'), 'kernel: Out of memory: Killed process 4242 (db2kafka)\n');

// The merge driver as git runs it (%O %A %B %P) on an incident whose two sides each logged 500
// entries since their common ancestor. It writes the result over %A: a fresh copy before each run.
const mwork = join(runDir, 'merge');
let mergeFiles;
if (want('merge')) {
  mkdirSync(mwork, { recursive: true });
  const base = readFileSync(join(corpus, 'incidents', `${closedId}.md`), 'utf8');
  const entries = (side, minute0) => Array.from({ length: 500 }, (_, i) => {
    const at = new Date(Date.UTC(2030, 0, 1, 0, minute0 + i * 2)).toISOString().replace('.000Z', 'Z');
    return `  - at: ${at}\n    kind: note\n    by: ${side}\n    text: ${side} entry ${i}\n`;
  }).join('');
  // After the timeline's last entry: the corpus writes `timeline:` then its entries, then `action_items:`.
  const side = (name, minute0) => base.replace(/\naction_items:/, `\n${entries(name, minute0).trimEnd()}\naction_items:`);
  writeFileSync(join(mwork, 'base.md'), base);
  writeFileSync(join(mwork, 'ours.template'), side('alice', 0));
  writeFileSync(join(mwork, 'theirs.md'), side('bob', 1));
  mergeFiles = () => cpSync(join(mwork, 'ours.template'), join(mwork, 'ours.md'));
}

// IssueOps: the Action on one new /log comment per run (scripts/bench-issueops.mjs sets it up).
const issueops = want('issueops') ? await issueOpsBench(join(runDir, 'issueops'), root, node) : undefined;

// --- The commands. `ref` is what ratios are taken against.
// `validate` exits 1 when it finds an error, markdownlint-cli2 when it finds an issue: both fine.
const FOUND = [0, 1];
const STAT_EVERY_FILE = "const fs = require('fs'); for (const f of fs.readdirSync('incidents')) fs.statSync('incidents/' + f)";
const baseCases = [
  { name: 'node -e 0', args: ['-e', '0'], cwd: runDir, ref: true }, // runDir: `work` exists only for log, show, list
  { part: 'log', name: 'incident log <id> "text"', args: [bin, 'log', closedId, 'Restarted the primary'], before: asInCorpus, ratio: 1.3 },
  { part: 'log', name: 'incident log "text" (no id)', args: [bin, 'log', 'Error rate back to normal'], ratio: 1.5 },
  // What no exact scan goes under: Node listing the directory and asking each file's stat, nothing
  // else (an in-place edit shows in a file's stat only). A command that must notice any file's
  // change (log without an id, a warm validate) costs at least this.
  { part: 'log', name: 'floor: list + stat every file (node -e, no Casefile)', args: ['-e', STAT_EVERY_FILE] },
  { part: 'show', name: 'incident show <id>', args: [bin, 'show', closedId], before: asInCorpus, ratio: 1.5 },
  { part: 'list', name: 'incident list', args: [bin, 'list'], ms: 2000, runs: listRuns },
  { part: 'list', name: 'incident list --json', args: [bin, 'list', '--json'], ms: 2000, runs: listRuns },
  // Insights read what `list` reads and more (timelines, action items, reviews): within 1.5x of it, same round.
  { part: 'list', name: 'incident insights', args: [bin, 'insights'], runs: listRuns, vs: 'incident list', ratio: 1.5 },
  { part: 'list', name: 'incident insights --json', args: [bin, 'insights', '--json'], runs: listRuns, vs: 'incident list', ratio: 1.5 },
  // The two above read the insights cache the first round wrote (.git/casefile/); cold, every file read:
  { part: 'list', name: 'incident insights --no-cache', args: [bin, 'insights', '--no-cache'], runs: listRuns, vs: 'incident list', ratio: 1.5 },
  // Default threads (one per core), the cache from the previous run (the warm-up run writes it).
  { part: 'validate', name: 'incident validate (warm, 1 file changed)', args: [bin, 'validate'], cwd: vwork, codes: FOUND, before: () => touch(), ratio: 2 },
  { part: 'validate', name: 'incident validate (warm, after a write command)', args: [bin, 'validate'], cwd: vworkAfterWrite, codes: FOUND, before: () => touchAfterWrite() },
  { part: 'render', name: 'incident render <id> (internal)', args: [bin, 'render', closedId], before: asInCorpus, ratio: 1.5 }, // issue 16
  { part: 'render', name: 'incident render <id> --audience public', args: [bin, 'render', closedId, '--audience', 'public'], codes: FOUND, before: asInCorpus, ratio: 1.5 },
  { part: 'render', name: 'incident status-update <id>', args: [bin, 'status-update', closedId], codes: FOUND, before: asInCorpus, ratio: 1.5 },
  { part: 'response', name: 'incident thread <id> open', args: [bin, 'thread', closedId, 'open', 'Why is the queue growing?', '--owner', 'dave', '--now'], before: asInCorpus, ratio: 1.5 },
  { part: 'response', name: 'incident evidence <id> add (small file)', args: [bin, 'evidence', closedId, 'add', 'bench-evidence.log', '--now'], before: asInCorpus, ratio: 1.5 },
  { part: 'response', name: 'incident report <id>', args: [bin, 'report', closedId], before: asInCorpus, ratio: 1.5 },
  { part: 'long', name: `incident log <id> "text" (${LONG_ENTRIES} more entries)`, args: [bin, 'log', closedId, 'Restarted the primary'], cwd: lwork, before: asLong },
  { part: 'long', name: `incident show <id> (${LONG_ENTRIES} more entries)`, args: [bin, 'show', closedId], cwd: lwork, before: asLong },
  { part: 'long', name: `incident render <id> (${LONG_ENTRIES} more entries)`, args: [bin, 'render', closedId], cwd: lwork, before: asLong },
  ...(want('write') ? [
    ['severity', [writeId, 'SEV-0', '--now']],
    ['amend', [writeId, '1', '--text', 'First errors from the service in the logs']],
    ['remove', [writeId, '2']],
    ['action', [writeId, 'add', 'Add a dashboard for the replica lag', '--owner', 'Alice', '--due', '2030-01-31']],
    ['impact', [writeId, '--summary', 'Checkout failed for EU customers for 40 minutes', '--figure', 'Orders lost=1200']],
    ['review', [writeId, 'request', '--by', 'Rita Reviewer']],
    ['review', [writeId, 'approve', '--by', 'Rita Reviewer'], inReviewText],
    ['role', [writeId, '--scribe', 'Carmen', '--now']],
    ['status', [writeId, 'monitoring']],
    ['reopen', [writeId]],
  ].map(([command, args, text = writeText]) => ({
    part: 'write', name: `incident ${command} <id>${args[1] && !args[1].startsWith('-') && command !== 'impact' ? ` ${args[1]}` : ''}`,
    args: [bin, command, ...args], cwd: wwork, before: fresh(text), ratio: 1.5,
  })) : []),
  { part: 'action', name: 'Action review, 3 incidents changed', args: [actionBin], cwd: awork, env: actionEnv, codes: FOUND, ratio: 3 },
  ...(issueops ? [{
    part: 'issueops', name: 'Action issueops, one /log comment (to its exit)', args: [actionBin], cwd: issueops.cwd, env: issueops.env,
    before: () => issueops.before(), after: (child, c) => (c.timing ??= []).push(issueops.timing(child.stdout, c.node.bin)),
  }] : []),
  {
    part: 'merge', name: 'incident merge-driver, 2 x 500 new entries', args: [bin, 'merge-driver', 'base.md', 'ours.md', 'theirs.md', `incidents/${closedId}.md`],
    cwd: mwork, before: () => mergeFiles(), ms: 500,
  },
].filter((c) => !c.part || want(c.part));
// Every case on every Node version, interleaved in each round.
const cases = nodes.flatMap((n) => baseCases.map((c) => ({ ...c, node: n })));

function run(args, { cwd = work, codes = [0], env = process.env, node: n = nodes[0] } = {}) {
  const start = process.hrtime.bigint();
  const child = spawnSync(n.bin, args, { cwd, env, encoding: 'utf8', maxBuffer: 256 << 20 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (!codes.includes(child.status)) {
    throw new Error(`${n.label} ${args.join(' ')} exited ${child.status ?? child.signal}:\n${child.stderr}`);
  }
  return { ms, child };
}
const runCase = (c) => {
  c.before?.(); // not timed
  const result = run(c.args, c);
  c.after?.(result.child, c); // not timed either
  return result;
};
// --cpu: the command run once more under bash, whose `times` gives its children's CPU time, the
// whole process's to the millisecond. (Measured from inside, at the exit event, it left out what
// the process spends leaving, ~3 ms of `node -e 0`'s 25 on Node 24, and made every ratio larger.)
if (cpu && spawnSync('bash', ['-c', 'times']).status !== 0) usage('--cpu yes needs bash (its `times`)');
function cpuRun(c) {
  c.before?.();
  const { cwd = work, codes = [0], env = process.env, node: n = nodes[0] } = c;
  const script = '"$@" >/dev/null 2>&1; s=$?; times; exit $s';
  const child = spawnSync('bash', ['-c', script, 'bash', n.bin, ...c.args], { cwd, env, encoding: 'utf8' });
  if (!codes.includes(child.status)) throw new Error(`${n.label} ${c.args.join(' ')} exited ${child.status ?? child.signal} (--cpu)`);
  // Two lines, `0m0.001s 0m0.002s`: the shell's own times, then its children's.
  const times = child.stdout.trim().split('\n').pop().match(/(\d+)m([\d.]+)s/g)?.map((t) => {
    const [, m, sec] = /(\d+)m([\d.]+)s/.exec(t);
    return Number(m) * 60_000 + Number(sec) * 1000;
  });
  if (times?.length !== 2) throw new Error(`bench: unexpected output of bash's times: ${child.stdout}`);
  return times[0] + times[1];
}

console.log(`${files} files, ${runs} runs (${listRuns} for list), parts: ${only.join(',')}${want('validate')
  ? `, cold validate ${validateRuns}x, markdownlint-cli2 ${lintRuns}x` : ''}, ${availableParallelism()} cores, ${nodes.map((n) => n.label).join(' and ')}\n`);
// A warm-up run of each (file cache, and a check that every command works here). For the warm
// validate this is the run that fills the validation cache: a full, slow one.
if (want('validate')) console.log('warm-up, with a first `incident validate` that writes the cache ...');
for (const c of cases) {
  runCase(c);
  c.samples = [];
  c.cpu = [];
}
// Where each command of ours ran: in its lane, or handed over to the full CLI (CASEFILE_DEBUG says why).
for (const c of cases) {
  if (c.args[0] !== bin) continue;
  c.before?.();
  const { child } = run(c.args, { ...c, env: { ...(c.env ?? process.env), CASEFILE_DEBUG: '1' } });
  const handed = /handed to the full CLI \(needs ([^)]*)\)/.exec(child.stderr);
  const isLane = existsSync(join(app, 'dist', 'lanes', `${c.args[1]}.cjs`));
  c.path = handed ? `HANDED OVER (${handed[1]})` : isLane ? 'lane' : 'full CLI';
}
if (want('merge')) {
  const merged = readFileSync(join(mwork, 'ours.md'), 'utf8');
  if (!merged.includes('alice entry 499') || !merged.includes('bob entry 499')) throw new Error('the merge driver lost entries');
}
if (want('validate') && !cacheFiles.some((f) => existsSync(f))) {
  console.warn(`bench: WARNING no validation cache after a first run (looked for ${cacheFiles.join(', ')}): the "warm" runs may be cold`);
}
const rounds = Math.max(...cases.map((c) => c.runs ?? runs));
// The machine's load around the timed rounds, printed with the results: on a shared machine wall
// times include waiting for a core, so ratios from a busy run are worth less than a quiet one's.
const load = [loadavg()[0]];
for (let r = 0; r < rounds; r++) {
  for (const c of cases) {
    if (r >= (c.runs ?? runs)) continue;
    c.samples.push(runCase(c).ms);
    // (Not IssueOps: its runs are counted by the comments they post.)
    if (cpu && !c.after) c.cpu.push(cpuRun(c));
  }
  process.stdout.write(`\rround ${r + 1}/${rounds}`);
}
load.push(loadavg()[0]);
process.stdout.write('\n');
if (want('validate')) console.log(`cold: incident validate --no-cache ${validateRuns}x${lintRuns ? ` and markdownlint-cli2 ${lintRuns}x (~30-50 s each)` : ''}, interleaved ...`);

// --- Cold validation against markdownlint-cli2 on the same files, interleaved (V L V V for 3 and
// 1 runs). Both under /usr/bin/time when it exists, so the same runs also give their max RSS.
const gnuTime = existsSync('/usr/bin/time') && spawnSync('/usr/bin/time', ['-f', '%M', 'true']).status === 0;
// Ours on every Node version; the linter (the yardstick) on this one.
const cold = !want('validate') ? [] : [
  ...nodes.map((n) => ({ name: 'incident validate --no-cache (cold)', node: n, args: [bin, 'validate', '--no-cache'], runs: validateRuns, count: /\bin (\d+) files?\b/ })),
  // The yardstick on every Node version too: Node 24 runs it faster as well, so each ratio is to the linter on the same Node.
  ...nodes.map((n) => ({ name: 'markdownlint-cli2 incidents/*.md', node: n, args: [lintBin, 'incidents/*.md'], runs: lintRuns, count: /Linting: (\d+) file/ })),
  // The public site of the same 10,000 files (issue 4's budget is also 0.1x the linter).
  ...nodes.map((n) => ({ name: `incident publish (${files} files)`, node: n, args: [bin, 'publish', '--out', 'bench-site'], runs: validateRuns })),
  // The internal site (every incident's page, insights with charts): issue 14's budget is 0.1x the linter too.
  // Warm: every page from the site cache (filled by an untimed build before the rounds), as a rebuild
  // after a few changes is; cold: every page rendered (--no-cache), as a first build or a CI job without the cache is.
  ...nodes.map((n) => ({ name: `incident site, warm (${files} files, pages from its cache)`, node: n, args: [bin, 'site', '--out', 'bench-internal-site'], runs: validateRuns, count: /\((\d+) incidents?\)/ })),
  ...nodes.map((n) => ({ name: `incident site --no-cache, cold (${files} files, every page rendered)`, node: n, args: [bin, 'site', '--no-cache', '--out', 'bench-internal-site'], runs: validateRuns, count: /\((\d+) incidents?\)/ })),
  // The same into a directory that does not exist (a CI job's first build): no old site whose
  // unchanged pages could be linked, so every page is a new file. The last run's site is moved
  // away before each run (untimed) and removed after the rounds, not removed before the run: this
  // disk's ext4 has no journal, and then skips every inode freed in the last 60-360 s when it
  // allocates one, a buffer lookup each (recently_deleted() in perf): 10,000 files made just after
  // 10,000 were removed took 1.7-4.6 s of kernel CPU (median 3.8, 4 runs), after 10,000 were moved
  // away 0.3-4.3 s (median 1.7; other processes' removals count too), which a CI runner never sees.
  // The first build with the cache on in a clone without a site cache (a CI job's checkout): every
  // page rendered, and kept with its record for the next build. The cache is moved away before each
  // run (untimed; removed after the rounds, as above).
  ...nodes.map((n) => ({
    name: `incident site, first build (${files} files, no site cache yet)`, node: n, args: [bin, 'site', '--out', 'bench-internal-site'], runs: validateRuns, count: /\((\d+) incidents?\)/, first: true,
    before: () => {
      const old = join(vwork, 'bench-new-site-old', `cache-${Date.now()}`);
      mkdirSync(old, { recursive: true });
      for (const f of ['site-pages', 'site-cache.txt']) if (existsSync(join(vwork, '.git', 'casefile', f))) renameSync(join(vwork, '.git', 'casefile', f), join(old, f));
    },
  })),
  ...nodes.map((n) => ({
    name: `incident site --no-cache, cold into a new directory (${files} files)`, node: n, args: [bin, 'site', '--no-cache', '--out', 'bench-new-site'], runs: validateRuns, count: /\((\d+) incidents?\)/,
    before: () => {
      mkdirSync(join(vwork, 'bench-new-site-old'), { recursive: true });
      if (existsSync(join(vwork, 'bench-new-site'))) renameSync(join(vwork, 'bench-new-site'), join(vwork, 'bench-new-site-old', String(Date.now())));
    },
  })),
  // A CI job with the site cache restored (docs/workflows/casefile-site.yml: actions/cache on
  // .git/casefile): a fresh checkout, so every file's mtime is new and each is read and hashed
  // against the cache; only changed files are rendered, into a new directory. On a copy of its own
  // (its cache made by an untimed build before the rounds), so that the warm case above stays warm.
  ...nodes.map((n) => ({
    name: `incident site in CI, its cache restored (${files} files, every mtime new, a new directory)`, node: n, args: [bin, 'site', '--out', 'bench-ci-site'], runs: validateRuns, count: /\((\d+) incidents?\)/, cwd: ciWork, restored: true,
    before: () => {
      const when = new Date();
      for (const f of readdirSync(join(ciWork, 'incidents'))) utimesSync(join(ciWork, 'incidents', f), when, when);
      mkdirSync(join(ciWork, 'bench-ci-site-old'), { recursive: true });
      if (existsSync(join(ciWork, 'bench-ci-site'))) renameSync(join(ciWork, 'bench-ci-site'), join(ciWork, 'bench-ci-site-old', String(Date.now())));
    },
  })),
].filter((c) => c.runs > 0);
function timedRun(args, n, cwd = vwork) {
  const [cmd, full] = gnuTime ? ['/usr/bin/time', ['-f', '%M', n.bin, ...args]] : [n.bin, args];
  const start = process.hrtime.bigint();
  const child = spawnSync(cmd, full, { cwd, encoding: 'utf8', maxBuffer: 256 << 20 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (!FOUND.includes(child.status)) throw new Error(`node ${args.join(' ')} exited ${child.status ?? child.signal}:\n${child.stderr.slice(-4000)}`);
  const rssKb = gnuTime ? Number(child.stderr.trim().split('\n').pop()) : undefined;
  return { ms, rssKb, output: child.stdout + child.stderr };
}
for (const c of cold) Object.assign(c, { samples: [], rssKb: [] });
// The warm site's cache, written once before the timed rounds (so that its first round is warm too),
// and flushed to disk: else the first timed run waits for the writeback of its 300 MB (5 s against 2 s).
if (cold.some((c) => c.args[1] === 'site')) {
  timedRun([bin, 'site', '--out', 'bench-internal-site'], nodes[0]);
  copyCorpus(ciWork);
  timedRun([bin, 'site', '--out', 'bench-ci-site'], nodes[0], ciWork);
  spawnSync('sync');
}
const coldRounds = Math.max(0, ...cold.map((c) => c.runs));
for (let r = 0; r < coldRounds; r++) {
  for (const c of cold) {
    if (r >= c.runs) continue;
    c.before?.(); // not timed
    const { ms, rssKb, output } = timedRun(c.args, c.node, c.cwd);
    console.log(`cold round ${r + 1}/${coldRounds}: ${c.name}, ${c.node.label}: ${(ms / 1000).toFixed(1)} s${rssKb ? `, ${(rssKb / 1024).toFixed(0)} MB` : ''}`);
    // Both must have looked at every file, or the comparison means nothing.
    const seen = c.count?.exec(output)?.[1];
    if (!c.count) { /* publish prints its site's path only */ } else if (seen === undefined) console.warn(`\nbench: WARNING could not tell how many files ${c.name} checked`);
    else if (Number(seen) !== files) throw new Error(`${c.name} checked ${seen} files, expected ${files}`);
    c.samples.push(ms);
    if (rssKb !== undefined) c.rssKb.push(rssKb);
  }
}
process.stdout.write('\n');
rmSync(join(vwork, 'bench-new-site-old'), { recursive: true, force: true });
rmSync(join(ciWork, 'bench-ci-site-old'), { recursive: true, force: true });

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

// --- 100 writers at once on one new incident (the lock's queue under load), a fresh repository each run.
const writers = { samples: [], failed: 0 };
if (want('writers')) {
  const { runMixedWriters } = await import('../test/helpers/mixed-writers.mjs');
  for (let r = 0; r < 3; r++) {
    const dir = join(runDir, `writers-${r}`);
    mkdirSync(dir, { recursive: true });
    spawnSync('git', ['init', '-q'], { cwd: dir });
    const made = spawnSync(node, [bin, 'new', 'Database down', '--timezone', 'UTC', '--at', '-10m'], { cwd: dir, encoding: 'utf8' });
    if (made.status !== 0) throw new Error(`incident new failed:\n${made.stderr}`);
    const id = made.stdout.trim().replace(/^incidents\//, '').replace(/\.md$/, '');
    const { ms, results: done } = await runMixedWriters({ cli: bin, dir, id, n: 100 });
    writers.samples.push(ms);
    writers.failed += done.filter((d) => d.code !== 0).length;
    console.log(`100 mixed writers, run ${r + 1}/3: ${(ms / 1000).toFixed(1)} s, ${done.filter((d) => d.code !== 0).length} failed`);
  }
}

// --- incident import of 1,000 PagerDuty incidents (20 log entries each) against a cold validate of
// the files it writes, in the same rounds (issue 17: within 2x). Each import starts from no files.
const importing = { import: [], validate: [] };
if (want('import')) {
  const { writePagerdutyExport } = await import('./import-corpus.mjs');
  const dir = join(runDir, 'import');
  mkdirSync(dir, { recursive: true });
  writePagerdutyExport(join(dir, 'export'));
  spawnSync('git', ['init', '-q'], { cwd: dir });
  checked(node, [bin, 'init'], dir, [0]);
  for (let r = 0; r < validateRuns; r++) {
    rmSync(join(dir, 'incidents'), { recursive: true, force: true });
    const imported = run([bin, 'import', 'pagerduty', 'export'], { cwd: dir });
    const written = /pagerduty: (\d+) created/.exec(imported.child.stderr)?.[1];
    if (written !== '1000') throw new Error(`incident import wrote ${written} files, expected 1000:\n${imported.child.stderr.slice(-2000)}`);
    const validated = run([bin, 'validate', '--no-cache'], { cwd: dir, codes: FOUND });
    importing.import.push(imported.ms);
    importing.validate.push(validated.ms);
    console.log(`import round ${r + 1}/${validateRuns}: import ${(imported.ms / 1000).toFixed(1)} s, validate --no-cache ${(validated.ms / 1000).toFixed(1)} s`);
  }
}

// --- The default threads on what most teams have: fewer files than 10,000, where starting workers
// costs more than they save on few cores (src/io/threads.ts). Each size a repository of its own,
// the corpus's first files; each site into a new directory (removed with the run's, after the rounds).
const threading = [];
if (want('threads')) {
  const cores = availableParallelism();
  const names = readdirSync(join(corpus, 'incidents')).filter((f) => f.endsWith('.md')).sort();
  for (const size of [1000, 2500].filter((n) => n <= names.length)) {
    const dir = join(runDir, `threads-${size}`);
    mkdirSync(join(dir, 'incidents'), { recursive: true });
    for (const f of ['.incident.yml', '.casefile']) cpSync(join(corpus, f), join(dir, f), { recursive: true });
    for (const f of names.slice(0, size)) cpSync(join(corpus, 'incidents', f), join(dir, 'incidents', f));
    spawnSync('git', ['init', '-q'], { cwd: dir });
    for (const n of nodes) {
      for (const command of [['validate', '--no-cache'], ['insights', '--no-cache'], ['site', '--no-cache', '--out']]) {
        threading.push({ size, dir, node: n, command, byDefault: [], threaded: [], cores });
      }
    }
  }
  let out = 0;
  for (let r = 0; r < validateRuns; r++) {
    for (const t of threading) {
      const args = (more) => [bin, ...t.command, ...(t.command[0] === 'site' ? [`site-${out++}`] : []), ...more];
      t.byDefault.push(run(args([]), { cwd: t.dir, codes: FOUND, node: t.node }).ms);
      t.threaded.push(run(args(['--threads', String(t.cores)]), { cwd: t.dir, codes: FOUND, node: t.node }).ms);
    }
    console.log(`threads round ${r + 1}/${validateRuns}`);
  }
}

// --- Peak memory of `incident log <id>`: GNU time's max RSS of the real child when it exists; else
// the same code path in one process (bin/incident.cjs imported by a wrapper) reporting its own maxRSS.
function maxRssKb(args, { cwd = work, codes = [0], bin: nodeBin = node } = {}) {
  if (gnuTime) {
    const { child } = checked('/usr/bin/time', ['-f', '%M', nodeBin, ...args], cwd, codes);
    return Number(child.stderr.trim().split('\n').pop());
  }
  const printRss = `process.on('exit', () => process.stderr.write('\\n' + process.resourceUsage().maxRSS + '\\n'));`;
  const wrapped = args[0] === bin
    ? ['--input-type=module', '-e', `process.argv.splice(1, 0, ${JSON.stringify(bin)});${printRss}await import(${JSON.stringify(bin)});`, ...args.slice(1)]
    : ['-e', printRss];
  const { child } = checked(nodeBin, wrapped, cwd, codes);
  return Number(child.stderr.trim().split('\n').pop());
}
function checked(cmd, args, cwd, codes) {
  const child = spawnSync(cmd, args, { cwd, encoding: 'utf8', maxBuffer: 256 << 20 });
  if (!codes.includes(child.status)) throw new Error(`${cmd} ${args.join(' ')} exited ${child.status ?? child.signal}:\n${child.stderr}`);
  return { child };
}
const logCase = cases.find((c) => c.name === 'incident log <id> "text"');
// Insights on every file (10,000 by default), cold and from its cache, the biggest output (--json),
// on every Node version: Node 24's young generation grows larger than Node 20's.
const INSIGHTS_RSS_RUNS = 3;
// And `list`'s own, which keeps a row of every file as insights keeps an incident.
const insightsRss = want('list')
  ? nodes.flatMap((n) => [['insights', '--json', '--no-cache'], ['insights', '--json'], ['list']].map((args) => ({
    node: n, args, mb: median(Array.from({ length: INSIGHTS_RSS_RUNS }, () => maxRssKb([bin, ...args], { bin: n.bin }))) / 1024,
  })))
  : [];
const rssMb = logCase && median(Array.from({ length: 5 }, () => maxRssKb(logCase.args))) / 1024;
const refRssMb = median(Array.from({ length: 5 }, () => maxRssKb(['-e', '0'], { cwd: root }))) / 1024;
// The cold runs' own max RSS (threads included: they share the process); without GNU time, one
// more cold validate in the in-process wrapper (markdownlint-cli2 is not measured then).
const [coldValidate, lint] = [cold.find((c) => c.args[1] === 'validate'), cold.find((c) => c.args[0] === lintBin)];
const lintOn = (node) => cold.find((c) => c.args[0] === lintBin && c.node === node && c.samples.length);
if (coldValidate && !gnuTime) coldValidate.rssKb.push(maxRssKb(coldValidate.args, { cwd: vwork, codes: FOUND }));

// --- Report.
const results = cases.map((c) => {
  // `vs`: against another case of the same Node (insights against list), else against `node -e 0`.
  const ref = cases.find((r) => (c.vs ? r.name === c.vs : r.ref) && r.node === c.node);
  const ms = median(c.samples);
  // Each sample over the reference of its own round and Node (both saw the same load), then the median.
  const ratio = median(c.samples.map((x, r) => x / ref.samples[r]));
  const target = c.ratio ? `<= ${c.ratio}x` : c.ms ? `<= ${c.ms} ms` : '';
  const ok = c.ratio ? ratio <= c.ratio : c.ms ? ms <= c.ms : undefined;
  // --cpu: the same, of the CPU times.
  const cpuRatio = c.cpu.length && ref.cpu.length === c.cpu.length ? round(median(c.cpu.map((x, r) => x / ref.cpu[r])), 2) : undefined;
  return {
    name: c.name, node: c.node.label, path: c.path ?? '', medianMs: round(ms), minMs: round(Math.min(...c.samples)),
    ratio: round(ratio, 2), ratioTo: c.vs ?? `${c.node.label} -e 0`, runs: c.samples.length, target, ok,
    ...(cpuRatio !== undefined ? { cpuMedianMs: round(median(c.cpu)), cpuRatio } : {}),
  };
});
// IssueOps: from the Action's start to the pushed commit, git's own time (as the Action reports it)
// apart; the rest against `node -e 0` of the same round.
for (const c of cases.filter((x) => x.timing)) {
  const ref = cases.find((r) => r.ref && r.node === c.node);
  const timing = c.timing.slice(-c.samples.length); // the rounds' (the warm-up run came first)
  const git = timing.map((t) => t.git);
  const pushed = timing.map((t) => t.pushed);
  const own = timing.map((t) => t.pushed - t.git);
  const ratio = median(own.map((x, r) => x / ref.samples[r]));
  const cpuRatio = median(timing.map((t) => t.cpu / t.cpuRef));
  const row = (name, xs, extra = {}) => ({ name, node: c.node.label, medianMs: round(median(xs)), minMs: round(Math.min(...xs)), runs: xs.length, target: '', ...extra });
  results.push(row('Action issueops: start to the pushed commit', pushed));
  results.push(row('Action issueops: waiting for git (fetch, checkout, commit, push)', timing.map((t) => t.waited)));
  results.push(row('Action issueops: git\'s own time in those waits (trace2)', git));
  results.push(row('Action issueops: its own time to the push (less git)', own, { ratio: round(ratio, 2), ratioTo: `${c.node.label} -e 0`, target: '<= 3x', ok: ratio <= 3 }));
  results.push(row('Action issueops: its own CPU to the push', timing.map((t) => t.cpu), { ratio: round(cpuRatio, 2), ratioTo: `${c.node.label} -e 0 CPU` }));
  results.push(row(`${c.node.label} -e 0: CPU`, timing.map((t) => t.cpuRef)));
}
// Cold validate against markdownlint-cli2: too slow to run in pairs often, so median over median
// (the runs were interleaved, so both saw the same spells of load).
for (const c of cold) {
  const ms = median(c.samples);
  const row = { name: c.name, node: c.node.label, medianMs: round(ms), minMs: round(Math.min(...c.samples)), runs: c.samples.length, samplesMs: c.samples.map((x) => round(x)), target: '' };
  const yardstick = c.args[0] === bin ? lintOn(c.node) : undefined;
  if (yardstick) {
    const ratio = ms / median(yardstick.samples);
    Object.assign(row, { ratio: round(ratio, 3), ratioTo: `markdownlint-cli2, ${c.node.label}`, target: '<= 0.1x', ok: ratio <= 0.1 });
  }
  results.push(row);
}
if (writers.samples.length) {
  results.push({
    name: `100 mixed writers at once, wall (${writers.failed} failed)`, node: nodes[0].label, medianMs: round(median(writers.samples)),
    minMs: round(Math.min(...writers.samples)), runs: writers.samples.length, target: 'none fails', ok: writers.failed === 0,
  });
}
if (importing.import.length) {
  const ratio = median(importing.import.map((x, r) => x / importing.validate[r]));
  results.push({
    name: 'incident import pagerduty (1,000 incidents x 20 log entries)', node: nodes[0].label, medianMs: round(median(importing.import)),
    minMs: round(Math.min(...importing.import)), runs: importing.import.length, ratio: round(ratio, 2), ratioTo: 'validate --no-cache of its files', target: '<= 2x', ok: ratio <= 2,
  });
  results.push({ name: 'incident validate --no-cache (the 1,000 imported files)', node: nodes[0].label, medianMs: round(median(importing.validate)), minMs: round(Math.min(...importing.validate)), runs: importing.validate.length, target: '' });
}
for (const t of threading) {
  const ratio = median(t.byDefault.map((x, r) => x / t.threaded[r]));
  results.push({
    name: `incident ${t.command.slice(0, 2).join(' ')}, ${t.size.toLocaleString('en')} files, default threads`, node: t.node.label, medianMs: round(median(t.byDefault)),
    minMs: round(Math.min(...t.byDefault)), runs: t.byDefault.length, ratio: round(ratio, 2), ratioTo: `--threads ${t.cores} (${round(median(t.threaded))} ms)`, target: '<= 1.05x', ok: ratio <= 1.05,
  });
}
for (const { node: n, args, mb } of insightsRss) {
  const insights = args[0] === 'insights';
  results.push({ name: `max RSS, incident ${args.join(' ')}${insights && args.length === 2 ? ' (cached)' : ''}`, node: n.label, medianMb: round(mb, 1), runs: INSIGHTS_RSS_RUNS, target: insights ? '< 300 MB' : '', ok: insights ? mb < 300 : undefined });
}
if (rssMb !== undefined) results.push({ name: 'max RSS, incident log <id>', node: nodes[0].label, medianMb: round(rssMb, 1), target: '< 80 MB', ok: rssMb < 80 });
// Every Node version's: Node 24's larger young generation makes its figure much larger than Node 20's.
for (const c of cold.filter((c) => c.args[1] === 'validate' && c.rssKb.length)) {
  const mb = median(c.rssKb) / 1024;
  results.push({ name: 'max RSS, incident validate --no-cache', node: c.node.label, medianMb: round(mb, 1), runs: c.rssKb.length, target: '< 300 MB', ok: mb < 300 });
}
for (const c of cold.filter((c) => c.args[1] === 'site' && c.rssKb.length)) {
  const mb = median(c.rssKb) / 1024;
  const how = c.first ? ', first build (no site cache yet)' : c.restored ? ' in CI, its cache restored' : !c.args.includes('--no-cache') ? ' (warm)' : c.args.includes('bench-new-site') ? ' --no-cache (cold, into a new directory)' : ' --no-cache (cold)';
  // A peak's target holds for every run: the highest decides, not the median.
  const highest = Math.max(...c.rssKb) / 1024;
  results.push({ name: `max RSS, incident site${how}`, node: c.node.label, medianMb: round(mb, 1), highestMb: round(highest, 1), runs: c.rssKb.length, target: '< 300 MB', ok: highest < 300 });
}
for (const l of cold.filter((c) => c.args[0] === lintBin && c.rssKb.length)) {
  results.push({ name: 'max RSS, markdownlint-cli2', node: l.node.label, medianMb: round(median(l.rssKb) / 1024, 1), runs: l.rssKb.length, target: '' });
}
results.push({ name: 'max RSS, node -e 0', node: nodes[0].label, medianMb: round(refRssMb, 1), target: '', ok: undefined });

function round(x, digits = 1) {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

const rows = [['', 'node', 'median', 'min', 'runs', 'ratio', 'ratio to', 'target', '', 'ran in', ...(cpu ? ['cpu', 'cpu ratio'] : [])], ...results.map((r) => [
  r.name,
  r.node ?? '',
  r.medianMs !== undefined ? `${r.medianMs.toFixed(1)} ms` : `${r.medianMb.toFixed(1)} MB`,
  r.minMs !== undefined ? `${r.minMs.toFixed(1)} ms` : r.highestMb !== undefined ? `${r.highestMb.toFixed(1)} MB highest` : '',
  r.runs !== undefined ? String(r.runs) : '',
  r.ratio !== undefined ? `${r.ratio.toFixed(r.ratio < 0.1 ? 3 : 2)}x` : '',
  r.ratioTo ?? '',
  r.target,
  r.ok === undefined ? '' : r.ok ? 'ok' : 'OVER',
  r.path ?? '',
  ...(cpu ? [r.cpuMedianMs !== undefined ? `${r.cpuMedianMs.toFixed(1)} ms` : '', r.cpuRatio !== undefined ? `${r.cpuRatio.toFixed(2)}x` : ''] : []),
])];
const widths = rows[0].map((_, k) => Math.max(...rows.map((row) => row[k].length)));
for (const row of rows) {
  console.log(row.map((cell, k) => ([0, 1, 6, 7, 8, 9].includes(k) ? cell.padEnd(widths[k]) : cell.padStart(widths[k]))).join('  ').trimEnd());
}
console.log('\nratio to node -e 0: median over rounds of (time / `node -e 0` time of the same Node in the same round)');
if (cpu) console.log('cpu, cpu ratio: the same of CPU time (user and system, bash\'s times) in a run of its own right after each timed one (--cpu yes)');
console.log('ran in: lane (its own file, src/cli/lane.ts), full CLI (not a lane), or HANDED OVER by its lane to the full CLI (and why)');
if (coldValidate && lint) console.log('ratio to markdownlint-cli2: median cold time / median markdownlint-cli2 time on the same Node (interleaved runs, same files)');
if (want('validate')) console.log(`warm: \`incident validate\` with the cache of the previous run and one file's bytes changed before each run`);
console.log(`max RSS by ${gnuTime ? '/usr/bin/time -f %M' : 'process.resourceUsage() in an in-process wrapper'}`);
console.log(`load average (1 min) before and after the timed rounds: ${load.map((l) => l.toFixed(1)).join(' and ')}, on ${availableParallelism()} cores${
  Math.max(...load) > availableParallelism() / 2 ? ' (other processes were running: the wall times include waiting for a core)' : ''}`);

const out = join(benchDir, 'results.json');
writeFileSync(out, JSON.stringify({
  date: new Date().toISOString(), nodes: nodes.map((n) => n.label), platform: `${process.platform}-${process.arch}`,
  cores: availableParallelism(), load, files, runs, listRuns, only,
  ...(want('validate') ? { validateRuns, lintRuns, markdownlint: lintBin && JSON.parse(readFileSync(join(lintDir, 'package.json'), 'utf8')).version } : {}),
  corpus: CORPUS_VERSION, results,
}, null, 2) + '\n');
console.log(`wrote ${out}`);
