// Validating many files on every core: worker threads, each taking a share of the files. The
// same module is the worker's code (it checks `workerData` when loaded), so it works the same
// from the bundle and from the sources.
import { availableParallelism } from 'node:os';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { checkInTurn, PARALLEL_FROM, type Checked, type Job, type Shared } from './validate-check.ts';

export async function checkAll(jobs: Job[], shared: Shared, maxThreads = availableParallelism()): Promise<Checked[]> {
  const threads = Math.min(maxThreads, Math.ceil(jobs.length / PARALLEL_FROM));
  if (threads <= 1) return checkInTurn(jobs, shared);
  // Interleaved shares keep the threads' loads even when big files cluster by date.
  const shares = Array.from({ length: threads }, (_, t) => jobs.filter((_, i) => i % threads === t));
  const results = await Promise.all(shares.map((share) => runWorker(share, shared)));
  const out: Checked[] = new Array(jobs.length);
  results.forEach((result, t) => result.forEach((checked, k) => (out[k * threads + t] = checked)));
  return out;
}

function runWorker(jobs: Job[], shared: Shared): Promise<Checked[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL(import.meta.url), { workerData: { casefileValidate: true, jobs, shared } });
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => code !== 0 && reject(new Error(`validation worker exited with code ${code}`)));
  });
}

if (!isMainThread && (workerData as { casefileValidate?: boolean } | null)?.casefileValidate) {
  const { jobs, shared } = workerData as { jobs: Job[]; shared: Shared };
  parentPort!.postMessage(await checkInTurn(jobs, shared));
}
