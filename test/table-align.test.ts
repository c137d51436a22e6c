// alignedTable (src/core/markdown/table-align.ts) writes a rectangular table exactly as markdown-table
// does with the options mdast-util-gfm-table's serializer gives it, on generated tables: every
// alignment, cells empty or longer than the delimiter, odd and even padding.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { markdownTable } from 'markdown-table';
import { alignedTable, type Align } from '../src/core/markdown/table-align.ts';
import { seededRandom } from './helpers/generated-strings.ts';

const ALIGNS: Align[] = ['', 'l', 'c', 'r'];
const CELLS = ['', 'a', 'ab', 'abc', 'abcd', 'Time to detect', '`x`', 'é', '\\|', '2h08m'];

function* tables(): Generator<{ rows: string[][]; align: Align[] }> {
  const rand = seededRandom(0x1234567);
  // Every alignment of one and two columns over every cell, then random shapes.
  for (const a of ALIGNS) for (const h of CELLS) for (const c of CELLS) yield { rows: [[h], [c]], align: [a] };
  for (const a of ALIGNS) for (const b of ALIGNS) for (const c of CELLS) yield { rows: [['Metric', c], [c, 'v'], ['', c]], align: [a, b] };
  for (let k = 0; k < 3000; k++) {
    const cols = 1 + rand(5);
    const rows = Array.from({ length: 1 + rand(6) }, () => Array.from({ length: cols }, () => CELLS[rand(CELLS.length)]!));
    yield { rows, align: Array.from({ length: cols }, () => ALIGNS[rand(4)]!) };
  }
}

describe('alignedTable', () => {
  it('is markdown-table with alignDelimiters and padding, on generated rectangular tables', () => {
    let n = 0;
    for (const { rows, align } of tables()) {
      const expected = markdownTable(rows, { alignDelimiters: true, padding: true, align: align.map((a) => (a === '' ? null : a)) });
      assert.equal(alignedTable(rows, align), expected, JSON.stringify({ rows, align }));
      n++;
    }
    assert.ok(n > 3000);
  });
});
