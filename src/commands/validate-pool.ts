// Validating many files on every core: a worker thread a core (validate-worker.ts) takes batches of
// files from a shared counter until none are left, so a thread that starts late (a worker boots for
// tens of milliseconds) or gets big files simply takes fewer batches. This thread only waits: the
// workers' young generation is bounded (Node 24's default let a cold run of 10,000 files reach
// 480 MB; the main thread's cannot be bounded once started), for the same CPU: 10,000 files,
// Node 24 about 271 MB, Node 20 about 230 MB (`npm run bench -- --only validate`).
//
// Both the full CLI and the validate lane (a cold run, or --no-cache) start the workers from here:
// the lane saves the full CLI's start (commander and its chunks) before the first file is checked.
// So this module loads node:worker_threads and node:v8 only when it starts workers: a warm run in
// the lane never does.
import { join } from 'node:path';
import { defaultThreads } from '../io/threads.ts';
import { workerEnv } from '../io/worker-env.ts';
import { checkInTurn, PARALLEL_FROM, type Checked, type Job, type Shared } from './validate-check.ts';
import type { Share, WorkerInput } from './validate-worker.ts';

declare const CASEFILE_VERSION: string;

/** A worker's young generation: about V8's own default on Node 20 (Node 24 takes three times more, for no gain here). */
const YOUNG_MB = 24;

/**
 * V8 11 (Node 20) optimizes with Turbofan alone, and a cold run of thousands of files spends about
 * a quarter of its CPU there, in every thread again: a smaller inlining budget makes each
 * optimization cheaper for less than it loses. Checking the 10,000-file bench corpus in one
 * thread, CPU 4146 -> 3942 ms (median of 5 interleaved runs; every run was cheaper). Not on
 * Node 22+ (Maglev), where the same budget saved nothing. Set before the workers start: V8 reads
 * it at each optimization.
 */
const NODE_20_INLINING = '--max-inlined-bytecode-size-cumulative=100';
const turbofanOnly = Number.parseInt(process.versions.v8, 10) < 12;

/**
 * The worker's module: built, dist/validate-worker.js, one directory up from the bundle running
 * this (a chunk of the full CLI in dist/chunks/, or the lane, dist/lanes/validate.cjs, which is
 * CommonJS: no import.meta there); in the sources, validate-worker.ts beside this file.
 */
function workerFile(): string | URL {
  if (typeof CASEFILE_VERSION !== 'string') return new URL('./validate-worker.ts', import.meta.url);
  return typeof __dirname === 'string' ? join(__dirname, '..', 'validate-worker.js') : new URL('../validate-worker.js', import.meta.url);
}

/**
 * Every job checked: on `maxThreads` workers (default: src/io/threads.ts), at most one per
 * PARALLEL_FROM files, or in this thread when that is one.
 */
export async function checkAll(jobs: Job[], shared: Shared, maxThreads?: number): Promise<Checked[]> {
  const threads = Math.min(maxThreads ?? defaultThreads('validate', jobs.length), Math.ceil(jobs.length / PARALLEL_FROM));
  if (threads <= 1) return checkInTurn(jobs, shared);
  if (turbofanOnly) (process.getBuiltinModule('node:v8') as typeof import('node:v8')).setFlagsFromString(NODE_20_INLINING);
  const next = new Int32Array(new SharedArrayBuffer(4));
  const env = workerEnv();
  const workers = Array.from({ length: threads }, () => runWorker({ casefileValidate: true, jobs, shared, next }, env));
  let shares: Share[];
  try {
    shares = await Promise.all(workers.map((w) => w.done));
  } finally {
    for (const w of workers) void w.worker.terminate(); // after a failure, the others stop too
  }
  const out: Checked[] = new Array(jobs.length);
  for (const share of shares) for (const [index, checked] of share) out[index] = checked;
  return out;
}

function runWorker(input: WorkerInput, env: NodeJS.ProcessEnv) {
  const { Worker } = process.getBuiltinModule('node:worker_threads') as typeof import('node:worker_threads');
  const worker = new Worker(workerFile(), { workerData: input, env, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_MB } });
  const done = new Promise<Share>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => code !== 0 && reject(new Error(`validation worker exited with code ${code}`)));
  });
  done.catch(() => {}); // handled by Promise.all; this thread may still be busy when it fails
  return { worker, done };
}
