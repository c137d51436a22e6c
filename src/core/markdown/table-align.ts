// A GFM table written as mdast-util-gfm-table's serializer writes it: markdown-table with
// `alignDelimiters` and `padding` (the options markdown-out.ts gives it), for the rectangular
// tables the fast path takes. The package's general code (any row lengths, every option) ran cold
// for the two tables of a post-mortem: `incident render` spent 0.8 ms of CPU in it on Node 24.21.
// test/table-align.test.ts holds the two equal on generated tables.

/** A column's alignment as the delimiter row says it: left, center, right, or none. */
export type Align = 'l' | 'c' | 'r' | '';

/** `rows` (the header first, every row as long as `align`) with the delimiter row after the header, columns padded to one width. */
export function alignedTable(rows: readonly (readonly string[])[], align: readonly Align[]): string {
  const width = align.map((_, c) => Math.max(...rows.map((row) => row[c]!.length)));
  const delimiter = align.map((a, c) => {
    const before = a === 'l' || a === 'c' ? ':' : '';
    const after = a === 'r' || a === 'c' ? ':' : '';
    const dashes = Math.max(1, width[c]! - before.length - after.length);
    width[c] = Math.max(width[c]!, before.length + dashes + after.length);
    return `${before}${'-'.repeat(dashes)}${after}`;
  });
  const line = (row: readonly string[]) => {
    let out = '|';
    for (let c = 0; c < align.length; c++) {
      const cell = row[c]!;
      const pad = width[c]! - cell.length;
      if (align[c] === 'r') out += ` ${' '.repeat(pad)}${cell} |`;
      else if (align[c] === 'c') out += ` ${' '.repeat(Math.ceil(pad / 2))}${cell}${' '.repeat(Math.floor(pad / 2))} |`;
      else out += ` ${cell}${' '.repeat(pad)} |`;
    }
    return out;
  };
  return [line(rows[0]!), line(delimiter), ...rows.slice(1).map(line)].join('\n');
}
