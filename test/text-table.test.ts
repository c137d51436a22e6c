// Terminal tables pad each column to its widest cell, counting characters (code points), so that a
// name with an emoji or another astral character lines up like any other.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { textTable } from '../src/core/util/text-table.ts';

/** The table as the padding by code points (an array of each cell) gives it. */
function byCodePoints(rows: string[][], indent = ''): string {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, [...cell].length)));
  return rows.map((row) => indent + row.map((cell, i) => (i === row.length - 1 ? cell : cell + ' '.repeat(widths[i]! - [...cell].length))).join('  ').trimEnd()).join('\n');
}

describe('textTable', () => {
  it('pads by code points: plain, accented, astral (emoji, a surrogate pair) and lone surrogates alike', () => {
    const rows = [['NAME', 'N', 'NOTE'], ['Ana María', '3', 'x'], ['🚀 launch', '12', 'y'], ['𝒜𝒷𝒸', '1', ''], ['lone \ud800', '7', 'z'], ['', '', '']];
    const text = textTable(rows, '  ');
    assert.equal(text, byCodePoints(rows, '  '));
    // The emoji row's second column starts where the others' do.
    const lines = text.split('\n');
    const column = (line: string) => [...line].findIndex((c) => /\d/.test(c));
    assert.equal(column(lines[2]!), column(lines[1]!));
    assert.equal(column(lines[3]!), column(lines[1]!));
  });
});
