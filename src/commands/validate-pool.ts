// Validating many files on every core: this thread and worker threads take batches of files from
// a shared counter until none are left, so a thread that starts late (a worker boots for tens of
// milliseconds) or gets big files simply takes fewer batches. The same module is the worker's code
// (it checks `workerData` when loaded), so it works the same from the bundle and from the sources.
import { availableParallelism } from 'node:os';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { checkFile, checkInTurn, PARALLEL_FROM, type Checked, type Job, type Shared } from './validate-check.ts';

/** Files per batch: small enough to even out the threads, large enough that taking one costs nothing. */
const BATCH = 50;

/** What a thread checked: results by index into the jobs. */
type Share = [index: number, checked: Checked][];

export async function checkAll(jobs: Job[], shared: Shared, maxThreads = availableParallelism()): Promise<Checked[]> {
  const threads = Math.min(maxThreads, Math.ceil(jobs.length / PARALLEL_FROM));
  if (threads <= 1) return checkInTurn(jobs, shared);
  const next = new Int32Array(new SharedArrayBuffer(4));
  const workers = Array.from({ length: threads - 1 }, () => runWorker(jobs, shared, next));
  let shares: Share[];
  try {
    shares = await Promise.all([takeBatches(jobs, shared, next), ...workers.map((w) => w.done)]);
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
  const worker = new Worker(new URL(import.meta.url), { workerData: { casefileValidate: true, jobs, shared, next } });
  const done = new Promise<Share>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => code !== 0 && reject(new Error(`validation worker exited with code ${code}`)));
  });
  done.catch(() => {}); // handled by Promise.all; this thread may still be busy when it fails
  return { worker, done };
}

if (!isMainThread && (workerData as { casefileValidate?: boolean } | null)?.casefileValidate) {
  const { jobs, shared, next } = workerData as { jobs: Job[]; shared: Shared; next: Int32Array };
  parentPort!.postMessage(await takeBatches(jobs, shared, next));
}
