// Differential test of the block scanner against remark-parse (test/sections.test.ts has the
// snippets and the corpus): on every example of the CommonMark spec and on generated bodies
// (fast-check, seeded), scanBody gives remark's root-level headings, positions and section ends,
// or says it is not exact; and the Public summary that render and publish take (prepare, then
// publicSummaryOf) ends where remark's section ends, so no internal text after it is published.
// Longer runs: `node --import tsx scripts/fuzz-sections.ts --cases 200000`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import spec from 'commonmark-spec';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_CONFIG } from '../src/core/config/config.ts';
import { validateText } from '../src/core/validate/engine.ts';
import { bodyArb, compareSections, FM, publicSummaryRanges, truth } from './helpers/sections-diff.ts';

test('every CommonMark spec example: remark\'s sections or a step aside', () => {
  const differences: string[] = [];
  let exact = 0;
  for (const example of spec.tests as { markdown: string; number: number }[]) {
    const markdown = example.markdown.replace(/→/g, '\t'); // the spec writes tabs as arrows
    for (const [text, bodyStart] of [[FM + markdown, FM.length], [markdown, 0]] as const) {
      const result = compareSections(text, bodyStart);
      if (result === 'same') exact++;
      else if (result !== 'inexact') differences.push(`example ${example.number} ${JSON.stringify(text)}\n${result}`);
    }
  }
  assert.deepEqual(differences, []);
  assert.ok(exact > 1200, `only ${exact} of ${spec.tests.length * 2} spec texts exact`);
});

test('6,000 generated bodies (seeded): remark\'s sections, and the Public summary ends where remark\'s does', async () => {
  const seed = Number(process.env.SECTIONS_DIFF_SEED ?? 20261204);
  const differences: string[] = [];
  let exact = 0;
  let summaries = 0;
  for (const body of fc.sample(bodyArb, { numRuns: 6_000, seed })) {
    const text = FM + body;
    const remark = truth(text);
    const result = compareSections(text, FM.length, remark);
    if (result === 'same') exact++;
    else if (result !== 'inexact') differences.push(`${JSON.stringify(text)}\n${result}`);
    const ranges = await publicSummaryRanges(text, remark);
    // An unclosed block in the summary is refused (DocumentError): nothing is published then.
    if (ranges.fast === 'refused') continue;
    if (ranges.remark) summaries++;
    if (JSON.stringify(ranges.fast) !== JSON.stringify(ranges.remark)) {
      differences.push(`Public summary ${JSON.stringify(ranges)} in ${JSON.stringify(text)}`);
    }
  }
  assert.deepEqual(differences.slice(0, 5), [], `${differences.length} differences (seed ${seed})`);
  assert.ok(exact > 5_000, `only ${exact} of 6,000 exact`);
  assert.ok(summaries > 3_000, `only ${summaries} bodies with a Public summary`);
});

test('the Public summary of bodies the scanner is unsure of: remark\'s end, no internal text', async () => {
  // Each was published with the internal section after it (true), or cut short or missed, before.
  const bodies: [string, boolean][] = [
    ['## Public summary\n* item\n<custom>\nInternal\n---\nSECRET internal text\n##\n', true],
    ['## Public summary\nText.\n<custom>\nInternal\n===\nSECRET internal text\n', false], // remark: one setext heading
    ['### Public summary\n[b]:\nText\n---\nmore text\n', false], // remark: a paragraph, no heading
    ['## Public summary\n[a]: /url\n  ---\n\n## Internal\nSECRET internal text\n', false],
    ['[a]: /url\n]]>\nPublic summary\n--------------\nText.\n## Internal notes\nSECRET internal text\n', false],
  ];
  for (const [body, leaked] of bodies) {
    const text = FM + body;
    const ranges = await publicSummaryRanges(text);
    assert.deepEqual(ranges.fast, ranges.remark, JSON.stringify(body));
    const [start, end] = ranges.fast as [number, number];
    if (leaked) assert.ok(!text.slice(start, end).includes('SECRET'), JSON.stringify(body));
  }
});

test('validate reads a template the scanner is unsure of as remark does', async () => {
  // The template's Summary guidance holds a definition and an indented `---` (remark: no heading);
  // a post-mortem that kept the guidance as it is has not written its Summary. (The scan read a
  // heading there, the guidance as empty, and the copy as written: it passed before.)
  const root = join(import.meta.dirname, '..');
  const file = 'incidents/2017-01-06-db2kafka-outage-from-oom-kills.md';
  const guidance = '[a]: /url\n  ---\n\nDescribe what happened here.\n';
  const template = readFileSync(join(root, 'templates', 'incident.md'), 'utf8').replace('## Summary\n', `## Summary\n${guidance}`);
  const text = readFileSync(join(root, file), 'utf8').replace(/## Summary\n[\s\S]*?\n## /, `## Summary\n${guidance}\n## `);
  const found = await validateText({ file, text, config: DEFAULT_CONFIG, now: Date.parse('2026-03-10T12:00:00Z'), template });
  assert.deepEqual(found.map((d) => `${d.ruleId} ${d.message}`), ['required-sections Unexpected empty section "Summary", expected what happened, how long it lasted and how it was resolved']);
});
