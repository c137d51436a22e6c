// One of the "several responders": runs N `incident log` calls at once, in this process, the way
// bin/incident.cjs runs them: the log lane, and the full CLI for what the lane hands over.
// Prints the exit codes as JSON.
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';

const [root, id, worker, count] = process.argv.slice(2);
const lane = createRequire(import.meta.url)(join(root, 'dist', 'lanes', 'log.cjs'));
const full = await import(pathToFileURL(join(root, 'dist', 'cli.js')).href);
const codes = await Promise.all(
  Array.from({ length: Number(count) }, async (_, i) => {
    const argv = ['log', id, `worker ${worker} entry ${i}`];
    return (await lane.main(argv)) ?? (await full.main(argv));
  }),
);
process.stdout.write(`\nCODES ${JSON.stringify(codes)}\n`);
