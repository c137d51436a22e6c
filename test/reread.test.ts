// rereadData (src/core/yaml/reread.ts) reads back only what an edit touched: whatever it returns
// must be exactly what reading the whole edited text gives (keys in the same order), and nothing
// when the whole read refuses the text. Checked on the edits the fast paths make (an entry logged
// at every place of every timeline, a value replaced, an item removed) over the corpus, and on
// random splices of generated frontmatters, odd ones included.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parseSimpleYaml, placeAt, type SimpleDoc } from '../src/core/yaml/simple-yaml.ts';
import { rereadData, splicesOf, type Splice } from '../src/core/yaml/reread.ts';
import { splitFrontmatter } from '../src/core/document/document-split.ts';
import { incidentText } from '../scripts/corpus.mjs';
import { frontmatterArb } from './helpers/yaml-diff.ts';

const frontmatter = (text: string) => {
  const s = splitFrontmatter(text);
  return text.slice(s.fmStart, s.fmEnd);
};

function splice(fm: string, splices: readonly Splice[]): string {
  let out = '';
  let at = 0;
  for (const s of splices) {
    out += fm.slice(at, s.start) + s.text;
    at = s.end;
  }
  return out + fm.slice(at);
}

/** 'partial' when rereadData answered (it must agree with the whole read), 'whole' when it left it to the whole read. */
function agree(fm: string, old: SimpleDoc, splices: Splice[]): 'partial' | 'whole' {
  const next = splice(fm, splices);
  const got = rereadData(fm, old, splices, next);
  if (got === undefined) return 'whole';
  const whole = parseSimpleYaml(next)?.data;
  assert.equal(JSON.stringify(got), JSON.stringify(whole), `${JSON.stringify(splices)}\n${fm}`);
  return 'partial';
}

const corpus = (): string[] => {
  const texts = Array.from({ length: 150 }, (_, i) => incidentText(i, {}));
  const dir = join(import.meta.dirname, '..', 'incidents');
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.md'))) texts.push(readFileSync(join(dir, f), 'utf8'));
  return texts.map(frontmatter);
};

test('an entry logged anywhere in a timeline, a value replaced, an item removed: read back as a whole read reads them', () => {
  const seen = { partial: 0, whole: 0 };
  for (const fm of corpus()) {
    const old = parseSimpleYaml(fm, { places: true });
    if (!old) continue;
    // The edits the fast paths make are read back in part; the broken ones below only agree.
    const count = (r: 'partial' | 'whole') => seen[r]++;
    const odd = (_: 'partial' | 'whole') => {};
    for (const [key, layout] of old.seqs) {
      const indent = ' '.repeat(layout.indent);
      const entry = `${indent}- at: 2026-03-01T14:00:00+01:00\n${indent}  kind: note\n${indent}  text: Restarted the primary\n`;
      // Before each item, after the last, and the items themselves gone.
      for (const at of [...layout.items, layout.end]) count(agree(fm, old, [{ start: at, end: at, text: entry }]));
      // The only item removed leaves `key:` (null): the whole read's.
      layout.items.forEach((start, i) => (layout.items.length > 1 ? count : odd)(agree(fm, old, [{ start, end: layout.items[i + 1] ?? layout.end, text: '' }])));
      // An entry at the wrong indentation, a line that is not an item, one not ended: never read as the file's.
      odd(agree(fm, old, [{ start: layout.end, end: layout.end, text: `${indent}   - at: x\n` }]));
      odd(agree(fm, old, [{ start: layout.end, end: layout.end, text: `${indent}oops: x\n` }]));
      odd(agree(fm, old, [{ start: layout.items[0]!, end: layout.items[0]!, text: `${indent}- x` }]));
      // An item rewritten (thread updates are) at another indentation than its neighbours'.
      const second = layout.items[1];
      if (second !== undefined) {
        const end = layout.items[2] ?? layout.end;
        odd(agree(fm, old, [{ start: second, end, text: fm.slice(second, end).replace(/^/gm, '  ') }]));
        count(agree(fm, old, [{ start: second, end, text: fm.slice(second, end).replace(/Restarted|a/, 'b') }]));
      }
      void key;
    }
    for (const key of Object.keys(old.data)) {
      const place = placeAt(old, [key]);
      const value = old.data[key];
      if (!place || typeof value !== 'string' || fm.slice(place.value).startsWith('>') || fm.slice(place.value).startsWith('|')) continue;
      const end = fm.indexOf('\n', place.value);
      count(agree(fm, old, [{ start: place.value, end: end === -1 ? fm.length : end, text: 'replaced value' }]));
      // A key of the file written twice: the whole read refuses that, so must this.
      odd(agree(fm, old, [{ start: fm.length, end: fm.length, text: `${key}: again\n` }]));
    }
    // Two edits at once, far apart (severity and its entry; the title longer, an entry removed).
    const tl = old.seqs.get('timeline');
    const sev = placeAt(old, ['severity']);
    const title = placeAt(old, ['title']);
    if (tl && sev && typeof old.data.severity === 'string') {
      const end = fm.indexOf('\n', sev.value);
      assert.equal(agree(fm, old, splicesOf([{ start: sev.value, end, text: 'SEV-1' }, { start: tl.end, end: tl.end, text: '  - at: x\n    kind: severity\n' }])!), 'partial');
    }
    if (tl && title && tl.items.length > 1 && typeof old.data.title === 'string' && !/^[|>'"]/.test(fm.slice(title.value))) {
      const end = fm.indexOf('\n', title.value);
      assert.equal(agree(fm, old, splicesOf([{ start: title.value, end, text: 'A longer title than before, by far' }, { start: tl.items[1]!, end: tl.items[2] ?? tl.end, text: '' }])!), 'partial');
    }
  }
  assert.ok(seen.partial > 50 * seen.whole, `read back in part ${seen.partial} times, whole ${seen.whole}`);
});

test('random splices of generated frontmatters: read back as a whole read reads them, or left to it', () => {
  const pieces = ['- a\n', '  - b\n', 'k: v\n', '  k: v\n', '\n', '# c\n', '  # c\n', ': x', 'x', ' #', '|\n  t\n', '>-\n', '"q', "'", '[a, b]', '{a: 1}', '\r\n', '\r', '\u2028', '\t', '---\n', '    more\n', 'a:\n', '-\n', '  -\n'];
  const seen = { partial: 0, whole: 0 };
  fc.assert(
    fc.property(frontmatterArb, fc.array(fc.tuple(fc.nat(), fc.nat(40), fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 8 }))), { minLength: 1, maxLength: 3 }), fc.boolean(), (fm, raw, fromFm) => {
      const old = parseSimpleYaml(fm);
      if (!old || fm.length === 0) return;
      const lineStarts = [0, ...[...fm.matchAll(/\n/g)].map((m) => m.index! + 1)].filter((p) => p <= fm.length);
      const splices = splicesOf(raw.map(([a, len, text]) => {
        // Mostly at line starts (where the fast edits put lines), sometimes anywhere.
        const start = a % 3 === 0 ? a % (fm.length + 1) : lineStarts[a % lineStarts.length]!;
        const end = Math.min(fm.length, start + (len % 3 === 0 ? 0 : len));
        return { start, end, text: fromFm ? fm.slice(len % fm.length, (len % fm.length) + (a % 30)) : text };
      }));
      if (!splices) return;
      seen[agree(fm, old, splices)]++;
    }),
    { numRuns: 4000, seed: 16 },
  );
  assert.ok(seen.partial > 0, `read back in part ${seen.partial} times, whole ${seen.whole}`);
});
