// The frontmatter's closing line is found line by line (document-split.ts closingLine): the same
// line and length as the pattern finds it, on generated texts of markers, blanks and odd breaks.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { closingLine, splitFrontmatter } from '../src/core/document/document-split.ts';

const CLOSE = /^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/gm;
function byPattern(text: string, from: number) {
  CLOSE.lastIndex = from;
  const m = CLOSE.exec(text);
  return m ? { index: m.index, length: m[0].length } : undefined;
}

const PIECES = ['---', '...', '--', '..', '----', ' ', '\t', '\n', '\n', '\n', '\r\n', '\r', '\u2028', '\u2029', 'a', 'id: x', '#', '- ', '\u00a0', '-'];

function* texts(seed: number, count: number) {
  let s = seed;
  const next = () => ((s = (Math.imul(s, 1103515245) + 12345) >>> 0) >>> 8) / (1 << 24);
  for (let k = 0; k < count; k++) {
    let t = '---\n';
    const n = Math.floor(next() * 24);
    for (let i = 0; i < n; i++) t += PIECES[Math.floor(next() * PIECES.length)];
    yield t;
  }
}

test('the closing line is the one the pattern finds, at the same length', () => {
  let found = 0;
  for (const text of texts(7, 60_000)) {
    const expected = byPattern(text, 4);
    assert.deepEqual(closingLine(text, 4), expected, JSON.stringify(text));
    if (expected) found++;
  }
  assert.ok(found > 10_000, `only ${found} texts had a closing line`);
});

test('splitFrontmatter: body after the closing line, with and without a line break after it', () => {
  const cases: [string, string][] = [['---\nid: x\n---\nbody\n', 'body\n'], ['---\nid: x\n... \t\nbody', 'body'], ['---\nid: x\n---', ''], ['---\r\nid: x\r\n---\r\nbody', 'body'], ['---\nid: x\n--- x\n---\n', '']];
  for (const [text, body] of cases) {
    const split = splitFrontmatter(text);
    assert.equal(text.slice(split.bodyStart), body, JSON.stringify(text));
  }
  assert.throws(() => splitFrontmatter('---\nid: x\n--\n'), /expected a `---` line closing/);
});
