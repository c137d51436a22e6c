// `node --import tsx scripts/fuzz-sections.ts [--cases 200000] [--seed N]`: the long run of
// test/markdown-differential.test.ts. Generated bodies: the block scanner must give remark's
// root-level headings and sections or say it is not exact, and the Public summary that render and
// publish take must end where remark's does. Prints the counts and the first differences; exits 1
// when there is any. (About 1.5 ms a body: remark parses each one.)
import fc from 'fast-check';
import { parseArgs } from 'node:util';
import { bodyArb, compareSections, FM, publicSummaryRanges, truth } from '../test/helpers/sections-diff.ts';

const { values } = parseArgs({ options: { cases: { type: 'string', default: '200000' }, seed: { type: 'string', default: '1' } } });
const cases = Number(values.cases);
const seed = Number(values.seed);
const BATCH = 20_000;

let exact = 0;
let refused = 0;
const differences: string[] = [];
const started = performance.now();
for (let done = 0, batch = 0; done < cases; batch++) {
  const n = Math.min(BATCH, cases - done);
  for (const body of fc.sample(bodyArb, { numRuns: n, seed: seed * 1_000_003 + batch })) {
    const text = FM + body;
    const remark = truth(text);
    const result = compareSections(text, FM.length, remark);
    if (result === 'same') exact++;
    else if (result !== 'inexact') differences.push(`sections of ${JSON.stringify(text)}\n${result}`);
    const ranges = await publicSummaryRanges(text, remark);
    if (ranges.fast === 'refused') refused++;
    else if (JSON.stringify(ranges.fast) !== JSON.stringify(ranges.remark)) differences.push(`Public summary ${JSON.stringify(ranges)} in ${JSON.stringify(text)}`);
  }
  done += n;
  process.stderr.write(`\r${done} bodies, ${differences.length} differences`);
}
process.stderr.write('\n');
console.log(`${cases} bodies (seed ${seed}) in ${Math.round((performance.now() - started) / 1000)} s: ${exact} exact, ${refused} refused (an unclosed block in the Public summary), ${differences.length} differences`);
for (const d of differences.slice(0, 10)) console.log(`\n${d}`);
process.exitCode = differences.length ? 1 : 0;
