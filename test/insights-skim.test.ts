// The quick read of `incident insights` (src/core/insights/skim.ts) must give the insights exactly
// what the simple YAML reader gives (itself proven equal to the `yaml` package), or step aside:
// on the generated corpus (several seeds), every incident file under test/fixtures and incidents/,
// and snippets of the shapes it must refuse.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { incidentText } from '../scripts/corpus.mjs';
import { splitFrontmatter } from '../src/core/document/document-split.ts';
import { insightIncident } from '../src/core/insights/index.ts';
import { skimFrontmatter } from '../src/core/insights/skim.ts';
import { parseSimpleYaml } from '../src/core/yaml/simple-yaml.ts';

const ROOT = join(import.meta.dirname, '..');

function mdFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.md')).map((f) => join(dir, f));
}

/** Skim and simple reader agree on what the insights take from `fm` (or the skim steps aside). */
function agree(fm: string, label: string): 'skimmed' | 'aside' | 'neither' {
  const skim = skimFrontmatter(fm);
  const simple = parseSimpleYaml(fm)?.data;
  if (!skim) return simple ? 'aside' : 'neither';
  assert.ok(simple, `${label}: skimmed what the simple reader refuses`);
  assert.deepEqual(insightIncident(skim, 'x'), insightIncident(simple, 'x'), label);
  return 'skimmed';
}

test('skim equals the simple reader on the generated corpus and on every incident file here', () => {
  const texts: [string, string][] = [];
  for (const seed of [1, 2, 3]) for (let i = 0; i < 300; i++) texts.push([`corpus seed ${seed} #${i}`, incidentText(i, { n: 300, seed })]);
  for (const file of [...mdFiles(join(ROOT, 'incidents')), ...mdFiles(join(ROOT, 'test', 'fixtures'))]) texts.push([file, readFileSync(file, 'utf8')]);
  const counts = { skimmed: 0, aside: 0, neither: 0 };
  for (const [label, text] of texts) {
    let split;
    try {
      split = splitFrontmatter(text);
    } catch {
      continue; // no frontmatter: not an incident
    }
    counts[agree(text.slice(split.fmStart, split.fmEnd), label)]++;
  }
  // The generated corpus is what bulk paths meet: nearly all of it must take the quick path.
  assert.ok(counts.skimmed >= 900 * 0.95, JSON.stringify(counts));
});

test('skim steps aside on shapes it does not read, and reads the plain variants', () => {
  const head = 'id: 2026-01-01-x\nkind: incident\nseverity: SEV-2\ntimezone: UTC\n';
  const aside = [
    'timeline:\n  - at: 2026-01-01T10:00:00Z\n    kind: started\n    kind: note\n', // a duplicate key
    'timeline:\n  - at: 2026-01-01T10:00:00Z\n    kind: "started\n      more"\n', // a quoted value over lines
    'timeline:\n  - at: 2026-01-01T10:00:00Z\n    kind: started\n    text: "open\n    kind: note\n      still"\n',
    'timeline:\n  - at: 2026-01-01T10:00:00Z\n    kind: &k started\n', // an anchor
    'timeline:\n  - at: 2026-01-01T10:00:00Z\n    text: *k\n', // an alias
    'timeline:\n  - at: 2026-01-01T10:00:00Z\n    kind: started\n      continued\n', // one of ours wrapped
    'timeline:\n  -\n    at: 2026-01-01T10:00:00Z\n', // a dash alone
    'timeline:\n  - at: 2026-01-01T10:00:00Z\n\tkind: started\n', // a tab
    'timeline:\n  - at: 2026-01-01T10:00:00Z\n   kind: started\n', // odd indentation
    'timeline:\n  - [a, b]\n', // not a map
    'timeline: [{at: x}]\n', // flow
    'timeline:\n  - at:\n      nested: 1\n',
    'roles:\n  incident_commander: &a Ana\n', // a block the simple reader refuses
    'postmortem:\n  status: draft\n  status: done\n', // a duplicate in a block
    'timeline:\n  - at: 2026-01-01T10:00:00Z\n    kind: started\n    text: x\ntimeline: []\n', // a key twice
    'timeline:\n  - at: 2026-01-01T10:00:00Z\n    kind: started\n    text: x\n---\nstatus: open\n', // a document marker
    'timeline:\n  - at: 2026-01-01T10:00:00Z\n    kind: started\n    text: x\r    kind: note\n', // a lone CR
    "timeline:\n  - at: '2026-01-01T10:00:00Z'\n    kind: started\n    text: a: b\n", // a text the simple reader refuses
  ];
  for (const body of aside) assert.equal(skimFrontmatter(head + body), undefined, JSON.stringify(body));
  const read = [
    'timeline:\n- at: 2026-01-01T10:00:00Z\n  kind: started\n  by: Ana\n', // dashes at column 0
    'timeline:\n  - at: "2026-01-01T10:00:00Z" # quoted\n    approx: true\n    kind: started\n    text: |\n      kind: not a key\n      - nor an item\n\n    by: Ben\n',
    'timeline:\n  - kind: note\n    text: "a \\" quote"\n    at: 2026-01-01T10:00:00Z\n  # a comment\n  - at: 2026-01-01T11:00:00Z\n    kind: resolved\n    text: wrapped\n      over lines\n',
    'timeline: []\n',
    'timeline:\n',
    'timeline:\r\n  - at: 2026-01-01T10:00:00Z\r\n    kind: started\r\n',
    // Entries the simple reader's ENTRY reads whole, between others read line by line, then keys after.
    'timeline:\n  - at: 2026-01-01T10:00:00Z\n    approx: true\n    kind: started\n    by: Ana\n    text: see http://x\n  # a comment\n\n' +
      "  - at: '2026-01-01T10:05:00Z'\n    kind: note\n    text: x\n  - at: 2026-01-01T10:06:00+01:00\n    kind: resolved\n    text: 'it''s'\n" +
      'services:\n  - api\nroles:\n  incident_commander: Ana\n',
    'roles:\npostmortem:\n  status: draft\ntimeline:\n  - at: 2026-01-01T10:00:00Z\n    kind: started\n    text: "q"\n', // a block with no value
    'timeline: []\naction_items:\n  - id: AI-1\n    owner: Ana\n',
  ];
  for (const body of read) {
    assert.notEqual(skimFrontmatter(head + body), undefined, JSON.stringify(body));
    assert.equal(agree(head + body, JSON.stringify(body)), 'skimmed');
  }
});

test('skim equals the simple reader on timelines mixing the entries ENTRY reads with others', () => {
  // Each entry in one of many shapes (ENTRY's, and those it leaves to the line-by-line read), in
  // every order; with comment and blank lines between, CRLF line ends, other keys after.
  const ats = ['2026-01-01T10:00:00Z', "'2026-01-01T10:01:00Z'", '2026-01-01T11:02:00+01:00', '2026-01-01T10:03', '"2026-01-01T10:04:00Z" # quoted'];
  const texts = ['plain text', "'single: quoted'", '"double"', '>-\n      folded\n      text', 'wrapped\n      over', '"a # not a comment"', 'null'];
  const shapes: string[] = [];
  for (const [k, at] of ats.entries()) {
    for (const [j, text] of texts.entries()) {
      const approx = (k + j) % 3 === 0 ? '    approx: true\n' : '';
      const by = (k + j) % 2 === 0 ? `    by: ${j % 4 === 0 ? 'Ana María' : 'Ben'}\n` : '';
      const kind = ['started', 'resolved', 'note', 'detected', 'reopened', 'mitigated'][(k * 7 + j) % 6];
      shapes.push(`  - at: ${at}\n${approx}    kind: ${kind}\n${by}    text: ${text}\n`);
    }
  }
  const head = 'id: 2026-01-01-x\nkind: incident\nseverity: SEV-2\ntimezone: UTC\n';
  let skimmed = 0;
  for (let n = 0; n < shapes.length; n++) {
    const entries = [shapes[n]!, shapes[(n * 5 + 1) % shapes.length]!, shapes[(n * 11 + 2) % shapes.length]!];
    const between = ['', '\n', '  # between\n', '# at the margin\n'][n % 4]!;
    const after = ['', 'services:\n  - api\n', 'postmortem:\n  status: draft\n', 'status: open # the end\n'][(n >> 2) % 4]!;
    const lf = `${head}timeline:\n${entries.join(between)}${after}`;
    for (const fm of [lf, lf.replace(/\n/g, '\r\n')]) if (agree(fm, JSON.stringify(fm)) === 'skimmed') skimmed++;
  }
  assert.ok(skimmed >= shapes.length, `${skimmed} skimmed`); // most of them: this test proves the quick path too
});
