// The insights' JSON writes a list of strings (the ids behind a figure) in one native call when it
// can: it must give what writing each string on its own gives, whatever the strings hold.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { insightsJson } from '../src/core/insights/json.ts';

/** A flat list as the JSON writes it without the quick path: each value on its own, `, ` between. */
const oneByOne = (list: unknown[]) => `[${list.map((v) => JSON.stringify(v) ?? 'null').join(', ')}]`;

const TRICKY = [
  'plain', 'with space', 'a","b', '","', 'quote"inside', 'back\\slash', 'ends with backslash\\', '\\","', 'tab\there',
  'line\nbreak', '\u0000', '\u001f', 'ümlaut', 'emoji 🚀', 'lone \ud800 surrogate', 'lone \udc00 low', '', ',', '"', ', ',
];

describe('insights JSON: lists of strings', () => {
  it('gives each list as one string at a time would, for ids holding quotes, backslashes, controls and lone surrogates', () => {
    const lists: unknown[][] = [[], ['a'], ['a', 'b'], ...TRICKY.map((s) => [s]), TRICKY];
    // Every pair of the tricky strings side by side: a quote or backslash next to the separator.
    for (const a of TRICKY) for (const b of TRICKY) lists.push([a, b], ['x', a, b, 'y']);
    // Lists not all strings go the slow way, and must still be right.
    lists.push(['a', 1, null, true], [1, 2.5, -0], [null], ['a', null]);
    for (const list of lists) {
      const text = insightsJson({ figure: { deeper: { ids: list } } });
      const expected = `{\n  "figure": {\n    "deeper": {\n      "ids": ${oneByOne(list)}\n    }\n  }\n}\n`;
      assert.equal(text, expected, JSON.stringify(list));
    }
  });

  it('gives generated lists of strings made of separators, quotes and backslashes as one at a time would', () => {
    let seed = 7;
    const random = (n: number) => ((seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648), seed % n);
    const parts = ['a', ',', '"', '\\', ' ', ', ', '","', '\u0001', '\ud800', '-'];
    for (let k = 0; k < 3000; k++) {
      const list = Array.from({ length: random(5) + 1 }, () => Array.from({ length: random(4) }, () => parts[random(parts.length)]).join(''));
      assert.equal(insightsJson({ a: { b: { c: list } } }).split('"c": ')[1], `${oneByOne(list)}\n    }\n  }\n}\n`, JSON.stringify(list));
    }
  });

  it('writes a flat list at the top levels (given in pieces) the same way', () => {
    const ids = ['2026-01-01-a', 'b"c', '2026-01-02-d'];
    assert.equal(insightsJson({ ids }), `{\n  "ids": ${oneByOne(ids)}\n}\n`);
    assert.equal(insightsJson(['x', 'y']), '["x", "y"]\n');
  });
});
