// Validating many files on every core: a worker thread a core takes batches of files from a shared
// counter until none are left, so a thread that starts late (a worker boots for tens of
// milliseconds) or gets big files simply takes fewer batches. This thread only waits: the workers'
// young generation is bounded (Node 24's default let a cold run of 10,000 files reach 480 MB; the
// main thread's cannot be bounded once started), for the same CPU: 10,000 files, Node 24 about
// 289 MB, Node 20 about 270 MB. The same module is the worker's code
// (it checks `workerData` when loaded), so it works the same from the bundle and from the sources.
import { availableParallelism } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { intlZoneRules, useZoneRules, type ZoneRules } from '../core/timeline/timeline.ts';
import { checkFile, checkInTurn, PARALLEL_FROM, type Checked, type Job, type Shared } from './validate-check.ts';

/** A worker's young generation: about V8's own default on Node 20 (Node 24 takes three times more, for no gain here). */
const YOUNG_MB = 24;

/** Files per batch: small enough to even out the threads, large enough that taking one costs nothing. */
const BATCH = 50;

/** What a thread checked: results by index into the jobs. */
type Share = [index: number, checked: Checked][];

/**
 * V8 11 (Node 20) optimizes with Turbofan alone, and a cold run of thousands of files spends about
 * a quarter of its CPU there, in every thread again: a smaller inlining budget makes each
 * optimization cheaper for less than it loses. Checking the 10,000-file bench corpus in one
 * thread, CPU 4146 -> 3942 ms (median of 5 interleaved runs; every run was cheaper). Not on
 * Node 22+ (Maglev), where the same budget saved nothing. Set before the first file is checked
 * (and before the workers start): V8 reads it at each optimization.
 */
const NODE_20_INLINING = '--max-inlined-bytecode-size-cumulative=100';
const turbofanOnly = Number.parseInt(process.versions.v8, 10) < 12;

export async function checkAll(jobs: Job[], shared: Shared, maxThreads = availableParallelism()): Promise<Checked[]> {
  if (turbofanOnly) setFlagsFromString(NODE_20_INLINING);
  const threads = Math.min(maxThreads, Math.ceil(jobs.length / PARALLEL_FROM));
  if (threads <= 1) return checkInTurn(jobs, shared);
  const next = new Int32Array(new SharedArrayBuffer(4));
  const workers = Array.from({ length: threads }, () => runWorker(jobs, shared, next));
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

async function takeBatches(jobs: Job[], shared: Shared, next: Int32Array): Promise<Share> {
  const share: Share = [];
  for (let start = Atomics.add(next, 0, 1) * BATCH; start < jobs.length; start = Atomics.add(next, 0, 1) * BATCH) {
    for (let i = start; i < Math.min(start + BATCH, jobs.length); i++) share.push([i, await checkFile(jobs[i]!, shared)]);
  }
  return share;
}

function runWorker(jobs: Job[], shared: Shared, next: Int32Array): { worker: Worker; done: Promise<Share> } {
  const worker = new Worker(new URL(import.meta.url), { workerData: { casefileValidate: true, jobs, shared, next }, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_MB } });
  const done = new Promise<Share>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => code !== 0 && reject(new Error(`validation worker exited with code ${code}`)));
  });
  done.catch(() => {}); // handled by Promise.all; this thread may still be busy when it fails
  return { worker, done };
}

/**
 * Intl's answers, each asked once: a worker cannot use the CLI's system zone rules (they set
 * process.env.TZ, which the whole process shares), and Intl costs ~25 us for each offset and
 * each "is this UTC?" (every public file's view asks both): 0.4 s of a worker's 2 s on Node 20.
 * Exact: an offset depends on the zone and the whole second only, the rest on the zone only.
 */
export function rememberedZoneRules(rules: ZoneRules): ZoneRules {
  const valid = new Map<string, boolean>();
  const utc = new Map<string, boolean>();
  let offsets = new Map<string, number>();
  return {
    isValid(timeZone) {
      let v = valid.get(timeZone);
      if (v === undefined) valid.set(timeZone, (v = rules.isValid(timeZone)));
      return v;
    },
    isUtc(timeZone) {
      let v = utc.get(timeZone);
      if (v === undefined) utc.set(timeZone, (v = rules.isUtc(timeZone)));
      return v;
    },
    offsetMinutes(timeZone, epochMs) {
      const key = `${Math.floor(epochMs / 1000)} ${timeZone}`;
      let v = offsets.get(key);
      if (v === undefined) {
        if (offsets.size >= 65536) offsets = new Map();
        offsets.set(key, (v = rules.offsetMinutes(timeZone, epochMs)));
      }
      return v;
    },
  };
}

if (!isMainThread && (workerData as { casefileValidate?: boolean } | null)?.casefileValidate) {
  const { jobs, shared, next } = workerData as { jobs: Job[]; shared: Shared; next: Int32Array };
  useZoneRules(rememberedZoneRules(intlZoneRules));
  parentPort!.postMessage(await takeBatches(jobs, shared, next));
}
