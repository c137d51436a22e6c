// Plain-text columns for terminal output: each column as wide as its widest cell.

export function textTable(rows: string[][], indent = ''): string {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, width(cell))));
  return rows
    .map((row) => indent + row.map((cell, i) => (i === row.length - 1 ? cell : cell + ' '.repeat(widths[i]! - width(cell)))).join('  ').trimEnd())
    .join('\n');
}

/** Characters (code points) in a cell: its length unless it holds a surrogate (an emoji, say), without making an array of each cell. */
const width = (cell: string) => (/[\ud800-\udfff]/.test(cell) ? [...cell].length : cell.length);

/** One line of text: newlines and tabs become spaces so a cell never breaks a table. */
export const oneLine = (value: unknown) => (value === undefined || value === null ? '' : String(value).replace(/\s+/g, ' ').trim());
