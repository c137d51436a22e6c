// The fast YAML reader must read exactly what the `yaml` package reads, or step aside
// (undefined). Proven on the generated corpus, the real incidents and a set of tricky snippets.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { parseSimpleYaml, placeAt } from '../src/core/yaml/simple-yaml.ts';
import { isLatinKeyChar, isPlainKey, notKeyChar } from '../src/core/yaml/simple-flow.ts';
import { inlineValue, stripComment } from '../src/core/yaml/fast-frontmatter.ts';
import { splitFrontmatter } from '../src/core/document/document.ts';
import { incidentText } from '../scripts/corpus.mjs';

function frontmatter(text: string): string {
  const s = splitFrontmatter(text);
  return text.slice(s.fmStart, s.fmEnd);
}

function reference(fm: string): unknown {
  const doc = parseDocument(fm, { schema: 'core', uniqueKeys: true });
  return doc.errors.length ? 'ERROR' : doc.toJS({ maxAliasCount: 0 });
}

const SNIPPETS = [
  'a: 1\nb: two\n',
  'title: "quoted # not a comment"\n',
  "title: 'it''s'\n",
  'title: "a \\" b"\n',
  'title: plain\n  continued\n',
  'text: |\n  line one\n  line two\n\nnext: 1\n',
  'text: |-\n  kept\n\n  para\n',
  'text: >\n  folded\n  lines\n\n  para\n',
  'text: >-\n  folded\n    more indented\n',
  'text: |+\n  keep\n\n\nnext: 1\n',
  'a: &x 1\nb: *x\n',
  '? complex\n: value\n',
  'a:\n\tb: 1\n',
  'a: 1\na: 2\n',
  'title: a: b\n',
  'n: 1e3\nh: 0x1F\ni: .inf\nt: ~\nu: null\nv:\nw: -0\nx: +12\ny: 1_000\nz: .5\n',
  'roles:\n  incident_commander: eric\n  status: nested\n',
  'timeline:\n- at: 2017-01-06T22:50:26Z\n  kind: started\n- at: x\n  kind: note\nafter: 1\n',
  'timeline:\n  - at: 1\n    tags:\n    - a\n    - b\n  - at: 2\n',
  'list: [a, b, "c"]\nempty: []\nmap: {}\nflow: {a: 1}\n',
  '__proto__: 1\n',
  'a:\n  __proto__: 1\n',
  'a: b # comment\n# full line\nc: "d" # comment\n',
  'seq:\n  - a\n  -  b\n  - - nested\n',
  'a:\n  b:\n    c: 1\n  d: 2\ne: 3\n',
  'a: 1\r\nb:\r\n  - x\r\n  - y\r\n',
  'a: "x"y\n',
  "a: 'x' # c\n",
  'a: -foo\nb: :x\nc: x:\n',
  'services:\n- a\n# comment\n- b\n',
  'a:\n  - b: 1\n    c: |\n      text\n  - d\n',
  'key:    spaced   value   \n',
  'a: yes\nb: No\nc: on\nd: TRUE\ne: Null\n',
  'a: 2017-01-06\nb: 12:30\nc: 1.0\nd: 1.\n',
  // Plain scalars wrapped onto more-indented lines, as `yaml` writes long strings.
  'title: Checkout latency p99 over 8 s for EU customers after the deploy of the new\n  payment gateway\nkind: incident\n',
  'timeline:\n  - at: 2026-03-01T14:00:00Z\n    text: a long line\n      continued   \n\n      after a blank line\n  - at: x\n    text: last\n     entry\n',
  'title: wrapped\n    value\n  # a comment\n\nnext: 1\n',
  'services:\n  - a long\n    item\n  - b\n',
  'title: wrapped\n  key: value\n',
  'title: wrapped # comment\n  value\n',
  'title: wrapped\n  # comment\n  value\n',
];

test('simple reader equals the yaml package on tricky snippets, or steps aside', () => {
  for (const fm of SNIPPETS) {
    const fast = parseSimpleYaml(fm);
    if (fast === undefined) continue;
    assert.deepEqual(fast.data, reference(fm), `snippet ${JSON.stringify(fm)}`);
  }
});

test('keys in Latin letters skip the Unicode classes, and are read as the classes read them', () => {
  for (let k = 0x80; k <= 0x2ff; k++) {
    const ch = String.fromCharCode(k);
    if (isLatinKeyChar(k)) assert.ok(!notKeyChar().test(ch), `U+${k.toString(16)} is a letter, punctuation or symbol`);
    assert.equal(isPlainKey(`Ana ${ch}`), !notKeyChar().test(ch), `U+${k.toString(16)}`);
  }
  assert.ok(!isLatinKeyChar(0xa0) && !isLatinKeyChar(0xad), 'NBSP and the soft hyphen are not key characters');
  // Read as `yaml` reads them, or (NBSP, soft hyphen, zero-width space) left to it.
  for (const key of ['Ana María', 'Łukasz', 'Zoë', 'Ωmega', 'Jean\u00a0Luc', 'soft\u00adhyphen', 'zero\u200bwidth']) {
    const read = parseSimpleYaml(`${key}: x\n`)?.data;
    if (/^[\p{L} ]+$/u.test(key)) assert.deepEqual(read, reference(`${key}: x\n`), key);
    else assert.equal(read, undefined, key);
  }
});

test('simple reader equals the yaml package on the corpus and the real incidents', () => {
  const texts = Array.from({ length: 400 }, (_, i) => incidentText(i, {}));
  const dir = join(import.meta.dirname, '..', 'incidents');
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.md'))) texts.push(readFileSync(join(dir, f), 'utf8'));
  let used = 0;
  for (const text of texts) {
    const fm = frontmatter(text);
    const fast = parseSimpleYaml(fm);
    if (fast === undefined) continue;
    used++;
    assert.deepEqual(fast.data, reference(fm), text.slice(0, 200));
  }
  assert.ok(used >= texts.length * 0.9, `fast path used for only ${used} of ${texts.length} files`);
});

test('sequence layout: item starts and end are the lines of the items', () => {
  const fm = 'id: x\ntimeline:\n  - at: a\n    text: |\n      one\n\n  # between\n  - at: b\n    kind: note\n# trailing\nnext: 1\n';
  const doc = parseSimpleYaml(fm)!;
  const layout = doc.seqs.get('timeline')!;
  assert.equal(layout.indent, 2);
  assert.deepEqual(layout.items.map((o) => fm.slice(o, fm.indexOf('\n', o))), ['  - at: a', '  - at: b']);
  assert.equal(fm.slice(layout.end), '# trailing\nnext: 1\n');
});

test('wrapped plain scalars are read (positions and layouts too), doubtful ones step aside', () => {
  const fm = 'title: Checkout latency p99\n  for EU customers\ntimeline:\n  - at: a\n    text: one long\n      line\n\n      more\n    # a comment\n  - at: b\n    text: last\n      entry\n# trailing\n';
  const doc = parseSimpleYaml(fm)!;
  assert.deepEqual(doc.data, reference(fm));
  assert.equal(doc.data.title, 'Checkout latency p99 for EU customers');
  const layout = doc.seqs.get('timeline')!;
  assert.deepEqual(layout.items.map((o) => fm.slice(o, fm.indexOf('\n', o))), ['  - at: a', '  - at: b']);
  assert.equal(fm.slice(layout.end), '# trailing\n');
  // `: ` or ` #` in a continuation, a comment before one, an indicator or a tab first, a quoted first line.
  for (const odd of ['title: a\n  b: c\n', 'title: a\n  b # c\n', 'title: a\n  # c\n  b\n', 'title: a\n  - b\n', 'title: a\n  \tb\n', 'title: "a"\n  b\n']) {
    assert.equal(parseSimpleYaml(odd), undefined, JSON.stringify(odd));
  }
});

/** Where the `yaml` package's nodes start for a path: the value, and the key for map entries. */
function yamlPlace(doc: ReturnType<typeof parseDocument>, path: (string | number)[]): { key?: number; value: number } {
  const parent = doc.getIn(path.slice(0, -1), true) as { items: unknown[] } | undefined;
  const last = path[path.length - 1];
  if (typeof last === 'number') return { value: (parent!.items[last] as { range: number[] }).range[0]! };
  const pair = (parent as unknown as { items: { key: { value: unknown; range: number[] }; value: { range: number[] } | null }[] })
    .items.find((p) => p.key.value === last)!;
  return { key: pair.key.range[0], value: pair.value ? pair.value.range[0]! : pair.key.range[1]! };
}

/** Every path into a value: ['timeline'], ['timeline', 0], ['timeline', 0, 'at'], ... */
function allPaths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== 'object' || value === null) return [];
  const entries: [string | number, unknown][] = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
  return entries.flatMap(([k, v]) => [[...prefix, k], ...allPaths(v, [...prefix, k])]);
}

test('places: every key and value starts where the yaml package says', () => {
  const texts = [...Array.from({ length: 150 }, (_, i) => incidentText(i, {}))];
  const dir = join(import.meta.dirname, '..', 'incidents');
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.md'))) texts.push(readFileSync(join(dir, f), 'utf8'));
  const fms = [...texts.map(frontmatter), ...SNIPPETS];
  let compared = 0;
  for (const fm of fms) {
    const fast = parseSimpleYaml(fm, { places: true });
    if (!fast) continue;
    const doc = parseDocument(fm, { schema: 'core' });
    for (const path of allPaths(fast.data)) {
      assert.deepEqual(placeAt(fast, path), yamlPlace(doc, path), `${path.join('.')} in ${JSON.stringify(fm.slice(0, 120))}`);
      compared++;
    }
  }
  assert.ok(compared > 10_000, `compared only ${compared} places`);
});

// The reader reads one-line values in place (inlineAt: plain scalars, quoted ones without escapes),
// in one pass with remembered searches for `:`, `#`, tabs and `\\`, where it once sliced the value
// and called stripComment and inlineValue. Those two still read every other shape; here every value
// made of up to three of these pieces must read as they read it, after a key and after a dash, with
// the place of its start.
const VALUE_PIECES = [
  'a', 'b c', ':', ': ', 'x:', ':x', ' #', '#', ' # c', '\t', '\t#', ' ', "'", "''", '"', '\\', '-', '.', 'e3', '1', '007',
  '2026-03-01T14:00+01:00', '12:30', 'http://h/p?q=1#f', 'null', 'True', '~', '&', '!', '%', '@', '`', ',', '?', 'é', '\u00a0',
  '"a"', "'a'", ' # "q"', " # it's", "' #a'",
];

test('one-line values read in place are what stripComment and inlineValue read', () => {
  const values = new Set<string>();
  for (const a of VALUE_PIECES) {
    values.add(a);
    for (const b of VALUE_PIECES) {
      values.add(a + b);
      for (const c of VALUE_PIECES) values.add(a + b + c);
    }
  }
  let read = 0;
  for (const v of values) {
    const first = v.charCodeAt(0);
    if (first === 32 || first === 9) continue; // `key:` and its blanks come before a value
    const t = stripComment(v);
    if (t !== '' && '[{|>'.includes(t[0]!)) continue; // flow and block values: not read in place
    const expected = t === '' ? null : inlineValue(t);
    const fm = `k: ${v}\nnext: 1\n`;
    const doc = parseSimpleYaml(fm, { places: true });
    if (expected === undefined) assert.equal(doc, undefined, JSON.stringify(fm));
    else {
      read++;
      assert.deepEqual(doc?.data, { k: expected, next: 1 }, JSON.stringify(fm));
      assert.deepEqual(placeAt(doc!, ['k']), { key: 0, value: 3 }, JSON.stringify(fm));
    }
    // As a sequence item (when it cannot be a `key: value` line, a comment, a nested item, or white space to YAML first).
    if (t === '' || /: |:$/.test(v) || /^[-#\s]/.test(v)) continue;
    const item = `k:\n  - ${v}\n`;
    const itemDoc = parseSimpleYaml(item, { places: true });
    if (expected === undefined) assert.equal(itemDoc, undefined, JSON.stringify(item));
    else {
      assert.deepEqual(itemDoc?.data, { k: [expected] }, JSON.stringify(item));
      assert.deepEqual(placeAt(itemDoc!, ['k', 0]), { value: 7 }, JSON.stringify(item));
    }
  }
  assert.ok(read > 10_000, `read only ${read} values`);
});
