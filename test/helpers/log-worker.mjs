// One of the "several responders": runs N `incident log` calls at once, in this process, through
// the built bundle's own entry point. Prints the exit codes as JSON.
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';

const [root, id, worker, count] = process.argv.slice(2);
const { main } = await import(pathToFileURL(join(root, 'dist', 'cli.js')).href);
const codes = await Promise.all(
  Array.from({ length: Number(count) }, (_, i) => main(['log', id, `worker ${worker} entry ${i}`])),
);
process.stdout.write(`\nCODES ${JSON.stringify(codes)}\n`);
