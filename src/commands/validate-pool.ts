// Validating many files on every core: worker threads, each taking a share of the files. The
// same module is the worker's code (it checks `workerData` when loaded), so it works the same
// from the bundle and from the sources.
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import type { Config } from '../core/config.ts';
import { validateText } from '../core/validate/engine.ts';
import { hashText } from '../io/validate-cache.ts';
import type { Diagnostic } from '../core/validate/types.ts';

export interface Job {
  /** Absolute path to read. */
  path: string;
  /** The file as shown in messages. */
  file: string;
}

export interface Checked {
  /** Content hash (for the cache). */
  hash: string;
  diagnostics: Diagnostic[];
  /** The frontmatter id (for the repository-wide uniqueness check), if it has one. */
  id?: string;
}

export interface Shared {
  config: Config;
  now: number;
  template: string;
}

export async function checkFile(job: Job, shared: Shared, text = readFileSync(job.path, 'utf8')): Promise<Checked> {
  const diagnostics = await validateText({ file: job.file, text, config: shared.config, now: shared.now, template: shared.template });
  const id = /^id:[ \t]*['"]?([^'"\s#]+)/m.exec(text)?.[1];
  return { hash: hashText(text), diagnostics, id };
}

/** Below this many files a thread costs more to start than it saves. */
const PARALLEL_FROM = 200;

export async function checkAll(jobs: Job[], shared: Shared, maxThreads = availableParallelism()): Promise<Checked[]> {
  const threads = Math.min(maxThreads, Math.ceil(jobs.length / PARALLEL_FROM));
  if (threads <= 1) return sequentially(jobs, shared);
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

async function sequentially(jobs: Job[], shared: Shared): Promise<Checked[]> {
  const out: Checked[] = [];
  for (const job of jobs) out.push(await checkFile(job, shared));
  return out;
}

if (!isMainThread && (workerData as { casefileValidate?: boolean } | null)?.casefileValidate) {
  const { jobs, shared } = workerData as { jobs: Job[]; shared: Shared };
  parentPort!.postMessage(await sequentially(jobs, shared));
}
