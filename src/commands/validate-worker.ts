// A validation worker thread, started by validate-pool.ts (as dist/validate-worker.js once built):
// takes batches of files from the shared counter until none are left, and posts back what it found.
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { intlZoneRules, useZoneRules, type ZoneRules } from '../core/timeline/timeline.ts';
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

/**
 * Intl's answers, each asked once: a worker cannot use the CLI's system zone rules (they set
 * process.env.TZ, which the whole process shares), and Intl costs ~25 us for each offset and
 * each "is this UTC?" (every public file's view asks both): 0.4 s of a worker's 2 s on Node 20.
 * Exact: an offset depends on the zone and the whole second only, the rest on the zone only.
 */
export function rememberedZoneRules(rules: ZoneRules): ZoneRules {
  const valid = new Map<string, boolean>();
  const utc = new Map<string, boolean>();
  // By zone, then by whole second (a number key: no string made per question).
  let offsets = new Map<string, Map<number, number>>();
  let size = 0;
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
      // UTC itself (known once asked) is 0 at every instant: the public view's zone, asked for every time it shows.
      if (utc.get(timeZone) === true) return 0;
      const second = Math.floor(epochMs / 1000);
      let zone = offsets.get(timeZone);
      let v = zone?.get(second);
      if (v === undefined) {
        if (size >= 65536) (offsets = new Map()), (size = 0), (zone = undefined);
        if (!zone) offsets.set(timeZone, (zone = new Map()));
        zone.set(second, (v = rules.offsetMinutes(timeZone, epochMs)));
        size++;
      }
      return v;
    },
  };
}

if (!isMainThread && (workerData as Partial<WorkerInput> | null)?.casefileValidate) {
  const { jobs, shared, next } = workerData as WorkerInput;
  useZoneRules(rememberedZoneRules(intlZoneRules));
  parentPort!.postMessage(await takeBatches(jobs, shared, next));
}
