// `node --import tsx scripts/fuzz-markdown-html.ts [--cases 100000] [--seed N]`: the long run of
// test/markdown-html-fast.test.ts. Generated bodies (half of clean shapes, half with near misses
// and mutations), at heading offsets 0, 1 and 2 in turn: the fast Markdown-to-HTML path must give
// the unified pipeline's string or step aside. Prints the counts and the first differences;
// exits 1 when there is any. (About 2 ms a body taken: the pipeline converts each one.)
import fc from 'fast-check';
import { parseArgs } from 'node:util';
import { bodyArb, compareHtml } from '../test/helpers/markdown-html-diff.ts';

const { values } = parseArgs({ options: { cases: { type: 'string', default: '100000' }, seed: { type: 'string', default: '1' } } });
const cases = Number(values.cases);
const seed = Number(values.seed);
const BATCH = 10_000;

let taken = 0;
const differences: string[] = [];
const started = performance.now();
for (let done = 0, batch = 0; done < cases; batch++) {
  const n = Math.min(BATCH, cases - done);
  fc.sample(bodyArb, { numRuns: n, seed: seed * 1_000_003 + batch }).forEach((body, k) => {
    const result = compareHtml(body, (done + k) % 3);
    if (result === 'same') taken++;
    else if (result !== 'aside') differences.push(result);
  });
  done += n;
  process.stderr.write(`\r${done} bodies, ${taken} taken, ${differences.length} differences`);
}
process.stderr.write('\n');
console.log(`${cases} bodies (seed ${seed}) in ${Math.round((performance.now() - started) / 1000)} s: ${taken} taken by the fast path, ${cases - taken - differences.length} stepped aside, ${differences.length} differences`);
for (const d of differences.slice(0, 10)) console.log(`\n${d}`);
process.exitCode = differences.length ? 1 : 0;
