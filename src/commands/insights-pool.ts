// Reading many incident files for the insights on every core: this thread and a worker per other
// core take batches from a shared counter until none are left (as validate-pool.ts does), so a
// worker that boots late simply takes fewer. A worker sends each batch's incidents packed (plain arrays;
// without zone offsets, which would start Intl in the worker) as a JSON text: a string crosses
// between threads as one copy, where arrays are walked on both sides and every name in them copied
// (then looked up to be kept once). This thread parses it and unpacks it as the insights cache's
// records (JSON.parse keeps short names once itself): 2-3% less CPU for 10,000 files (Node 24 and
// 20, 7 interleaved pairs each). It keeps its own incidents as they are. The same module is the
// worker's code (it checks `workerData` when loaded), from the bundle and from the sources alike.
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { packIncident, unpackIncident, type Packed } from '../core/insights/pack.ts';
import { defaultThreads } from '../io/threads.ts';
import { workerEnv } from '../io/worker-env.ts';
import { readIncidentFile, type ReadJob, type ReadOutcome } from './insights-read.ts';

/** At most one thread per this many files, whatever --threads asks (the default is src/io/threads.ts's). */
export const PARALLEL_FROM = 400;
const BATCH = 50;

/** What a worker sends, as JSON: by index, the packed incident or the problem, and the hash. */
type Share = [index: number, hash: string, packed: Packed | null, problem: string | null][];

export async function readAll(jobs: ReadJob[], hashing: boolean, maxThreads?: number): Promise<ReadOutcome[]> {
  const threads = Math.min(maxThreads ?? defaultThreads('insights', jobs.length), Math.floor(jobs.length / PARALLEL_FROM) + 1);
  const out: ReadOutcome[] = new Array(jobs.length);
  const next = new Int32Array(new SharedArrayBuffer(4));
  const take = (text: string) => {
    for (const [i, hash, packed, problem] of JSON.parse(text) as Share) out[i] = packed ? { hash, incident: unpackIncident(packed) } : { hash, problem: problem! };
  };
  const workers = Array.from({ length: threads - 1 }, () => runWorker(jobs, hashing, next, take));
  try {
    // Between its batches this thread takes the workers' (their messages wait for it to yield), so
    // that they are not all read back at the end, while the workers read on (~0.1 s less of a
    // serial tail for 10,000 files).
    await takeBatches(jobs, hashing, next, (i, outcome) => (out[i] = outcome), workers.length > 0 ? () => new Promise(setImmediate) : undefined);
    await Promise.all(workers.map((w) => w.done));
  } finally {
    for (const w of workers) void w.worker.terminate(); // after a failure, the others stop too
  }
  return out;
}

/** Reads batches until none are left; `afterBatch` after each (what it returns awaited). */
async function takeBatches(
  jobs: ReadJob[], hashing: boolean, next: Int32Array, done: (i: number, outcome: ReadOutcome) => void, afterBatch?: () => unknown,
): Promise<void> {
  for (let start = Atomics.add(next, 0, 1) * BATCH; start < jobs.length; start = Atomics.add(next, 0, 1) * BATCH) {
    for (let i = start; i < Math.min(start + BATCH, jobs.length); i++) done(i, readIncidentFile(jobs[i]!, hashing));
    await afterBatch?.();
  }
}

/** A worker; `take` gets each JSON text it sends (a batch's Share), `done` settles after its last. */
function runWorker(jobs: ReadJob[], hashing: boolean, next: Int32Array, take: (text: string) => void): { worker: Worker; done: Promise<void> } {
  // (its env: its modules kept compiled, as the main thread's are)
  const worker = new Worker(new URL(import.meta.url), { workerData: { casefileInsights: true, jobs, hashing, next }, env: workerEnv() });
  const done = new Promise<void>((resolve, reject) => {
    worker.on('message', (text: string | null) => {
      if (text === null) return resolve();
      try {
        take(text);
      } catch (error) {
        reject(error);
      }
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`insights worker exited with code ${code} before its last batch`)));
  });
  done.catch(() => {}); // handled by Promise.all; this thread may still be busy when it fails
  return { worker, done };
}

if (!isMainThread && (workerData as { casefileInsights?: boolean } | null)?.casefileInsights) {
  const { jobs, hashing, next } = workerData as { jobs: ReadJob[]; hashing: boolean; next: Int32Array };
  let share: Share = [];
  // Each batch sent as it is read, then null for the end.
  await takeBatches(jobs, hashing, next, (i, o) => share.push([i, o.hash, o.incident ? packIncident(o.incident, false) : null, o.problem ?? null]), () => {
    parentPort!.postMessage(JSON.stringify(share));
    share = [];
  });
  parentPort!.postMessage(null);
}
