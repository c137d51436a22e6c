// One of two writers for the lifecycle concurrency test: runs N commands at once in this process,
// the way bin/incident.cjs runs them (the log lane, else the full CLI), each writing something of
// its own: log, amend (its own entry), action add, impact figure, severity. Prints the exit codes as JSON.
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';

const [root, id, worker, count, firstEntry] = process.argv.slice(2);
const logLane = createRequire(import.meta.url)(join(root, 'dist', 'lanes', 'log.cjs'));
const full = await import(pathToFileURL(join(root, 'dist', 'cli.js')).href);

/** The command line of job i of this worker. */
export function job(i) {
  const k = Math.floor(i / 5);
  switch (i % 5) {
    case 0: return ['log', id, `worker ${worker} log ${k}`];
    case 1: return ['amend', id, String(Number(firstEntry) + k), '--text', `amended by ${worker} ${k}`];
    case 2: return ['action', id, 'add', `Fix thing ${worker} ${k}`, '--owner', `owner-${worker}`, '--due', '2026-04-01'];
    case 3: return ['impact', id, '--figure', `Figure ${worker} ${k}=${k}`];
    default: return ['severity', id, k % 2 ? 'SEV-1' : 'SEV-2'];
  }
}

const codes = await Promise.all(
  Array.from({ length: Number(count) }, async (_, i) => {
    const argv = job(i);
    if (argv[0] === 'log') return (await logLane.main(argv)) ?? (await full.main(argv));
    return full.main(argv);
  }),
);
process.stdout.write(`\nCODES ${JSON.stringify(codes)}\n`);
