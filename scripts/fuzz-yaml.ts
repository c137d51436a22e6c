// `node --import tsx scripts/fuzz-yaml.ts [--cases 2000000] [--seed N]`: the long run of
// test/yaml-differential.test.ts. Generates frontmatters, checks the fast YAML readers against the
// `yaml` package (yaml's value or a step aside), prints the counts and the first differences of
// each kind, and exits 1 when there is any. (The quick field reader is held to yaml's value only
// where yaml accepts the file: it does not read nested lines.)
import fc from 'fast-check';
import { parseArgs } from 'node:util';
import { check, counts, frontmatterArb, type Difference } from '../test/helpers/yaml-diff.ts';

const { values } = parseArgs({ options: { cases: { type: 'string', default: '2000000' }, seed: { type: 'string', default: '1' } } });
const cases = Number(values.cases);
const seed = Number(values.seed);
const BATCH = 50_000; // fc.sample holds its samples in memory: one batch at a time, each with its own seed

const kinds = new Map<string, Difference[]>();
const read = { count: 0 };
let differences = 0;
let quickOnRefused = 0;
const started = performance.now();
for (let done = 0, batch = 0; done < cases; batch++) {
  const n = Math.min(BATCH, cases - done);
  for (const fm of fc.sample(frontmatterArb, { numRuns: n, seed: seed * 1_000_003 + batch })) {
    for (const d of check(fm, read)) {
      if (!counts(d)) {
        quickOnRefused++;
        continue;
      }
      differences++;
      const kind = `${d.reader}: ${d.yaml.ok ? 'another value' : d.yaml.why}`;
      const list = kinds.get(kind) ?? [];
      if (list.length < 3) list.push(d);
      kinds.set(kind, list);
    }
  }
  done += n;
  process.stderr.write(`\r${done} cases, ${differences} differences`);
}
process.stderr.write('\n');
console.log(`${cases} cases (seed ${seed}) in ${Math.round((performance.now() - started) / 1000)} s: the simple reader read ${read.count}, ${differences} differences`);
console.log(`(the quick field reader gave values for ${quickOnRefused} files yaml refuses: it does not read every line, by design)`);
for (const [kind, list] of kinds) {
  console.log(`\n${kind}`);
  for (const d of list) console.log(`  ${JSON.stringify(d.fm)}\n    fast: ${JSON.stringify(d.fast)}\n    yaml: ${JSON.stringify(d.yaml)}`);
}
process.exitCode = differences ? 1 : 0;
