// How many threads a command that reads every incident file uses when it is not told (--threads N).
// A worker thread takes 0.1-0.2 s to start (its modules, the jobs it is handed) and runs cold code
// at first, and on 2 cores it competes with this thread's JIT and GC helper threads: below a few
// thousand files one thread is as fast or faster, with less CPU and memory. Measured on 2 cores
// (interleaved runs, medians of 4-7, cold: --no-cache; files of the bench corpus, repositories from
// `incident init`), one thread against one per core, wall time:
//   validate  500: 0.40 / 0.52 s (Node 24)   1,000: 0.54 / 0.65 s (Node 24), 0.74 / 0.80 s (Node 20)
//             3,000: 1.11 / 1.11 s (24), 1.35 / 1.26 s (20)   5,000: 1.72 / 1.37 s (24), 1.83 / 1.59 s (20)
//   site      1,000: 0.74 / 0.95 s (24), 1.09 / 1.27 s (20)   3,000: 1.70 / 1.81 s (24), 2.17 / 2.38 s (20)
//             5,000: 2.57 / 2.29 s (24; one thread: 246 MB of memory)
//   insights  1,000: 0.30 / 0.39 s (24), 0.51 / 0.60 s (20)   5,000: 0.78 / 0.83 s (24), 1.00 / 1.20 s (20)
//             10,000: 1.44 / 1.41 s (24), 1.76 / 1.76 s (20)   20,000: 2.58 / 2.40 s (24)
// (insights' work per file is a third of validate's, and its incidents come back to this thread to
// be unpacked). With more cores a worker has a core of its own and pays off sooner; not measured
// here, so the same thresholds hold there.

/** From how many files each command uses a thread per core by default. */
export const THREADS_FROM = { validate: 3_000, site: 3_000, insights: 10_000 } as const;

/** The threads for `files` files when --threads does not say: one per core from THREADS_FROM[command], else one. */
export function defaultThreads(command: keyof typeof THREADS_FROM, files: number): number {
  if (files < THREADS_FROM[command]) return 1;
  return (process.getBuiltinModule('node:os') as typeof import('node:os')).availableParallelism(); // (the validate lane loads no more than it needs)
}
