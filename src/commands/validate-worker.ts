// A validation worker thread, started by validate-pool.ts (as dist/validate-worker.js once built):
// takes batches of files from the shared counter until none are left, and posts back what it found.
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { rememberedZoneRules } from '../core/timeline/remembered-zone-rules.ts';
import { intlZoneRules, useZoneRules } from '../core/timeline/timeline.ts';
import { checkFile, type Checked, type Job, type Shared } from './validate-check.ts';

/** Files per batch: small enough to even out the threads, large enough that taking one costs nothing. */
const BATCH = 50;

/** What a thread checked: results by index into the jobs. */
export type Share = [index: number, checked: Checked][];

/** What the pool gives each worker. */
export interface WorkerInput {
  casefileValidate: true;
  jobs: Job[];
  shared: Shared;
  next: Int32Array;
}

async function takeBatches(jobs: Job[], shared: Shared, next: Int32Array): Promise<Share> {
  const share: Share = [];
  for (let start = Atomics.add(next, 0, 1) * BATCH; start < jobs.length; start = Atomics.add(next, 0, 1) * BATCH) {
    for (let i = start; i < Math.min(start + BATCH, jobs.length); i++) share.push([i, await checkFile(jobs[i]!, shared)]);
  }
  return share;
}

if (!isMainThread && (workerData as Partial<WorkerInput> | null)?.casefileValidate) {
  const { jobs, shared, next } = workerData as WorkerInput;
  useZoneRules(rememberedZoneRules(intlZoneRules));
  parentPort!.postMessage(await takeBatches(jobs, shared, next));
}
