// `incident import csv`: the RFC 4180 reader (a property test against the writer insights --csv
// uses, and the refusals at their lines), then a spreadsheet imported through the built CLI.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import { parseCsv } from '../src/core/import/sources/csv-table.ts';
import { csvField } from '../src/core/insights/csv.ts';
import { DocumentError } from '../src/core/util/errors.ts';
import { makeRepo, ROOT, type TestRepo } from './helpers/repo.ts';

const FIXTURE = path.join(ROOT, 'test', 'fixtures', 'import', 'csv', 'incidents.csv');

// Characters that matter to CSV, and some that must pass through untouched.
const char = fc.constantFrom('a', 'Z', '7', ' ', ',', ';', '\t', '"', '\r', '\n', 'é', 'ß', '–', '📌', '|');
const table = fc.array(fc.array(fc.string({ unit: char, maxLength: 8 }), { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 12 });
const eol = fc.constantFrom('\r\n', '\n');

/** The lines each record starts on, counting the line breaks written before it. */
function startLines(lines: string[]): number[] {
  const starts: number[] = [];
  let line = 1;
  for (const l of lines) {
    starts.push(line);
    line += (l.match(/\r\n|\r|\n/g) ?? []).length + 1;
  }
  return starts;
}

describe('csv reader (RFC 4180)', () => {
  it('reads back what the insights --csv writer writes, with each record\'s line (property)', () => {
    fc.assert(fc.property(table, eol, fc.boolean(), fc.boolean(), (rows, brk, trailing, bom) => {
      // One empty field alone on a line is written "" (else it reads as a blank line, like any CSV reader).
      const lines = rows.map((r) => (r.length === 1 && r[0] === '' ? '""' : r.map(csvField).join(',')));
      const text = (bom ? '\uFEFF' : '') + lines.join(brk) + (trailing ? brk : '');
      const records = parseCsv(text, 'x.csv');
      assert.deepEqual(records.map((r) => r.fields), rows);
      assert.deepEqual(records.map((r) => r.line), startLines(lines));
    }), { numRuns: 2000 });
  });

  it('reads any delimiter, every field quoted (property)', () => {
    fc.assert(fc.property(table, eol, fc.constantFrom(',', ';', '\t', '|'), (rows, brk, delimiter) => {
      const text = rows.map((r) => r.map((f) => `"${f.replace(/"/g, '""')}"`).join(delimiter)).join(brk);
      assert.deepEqual(parseCsv(text, 'x.csv', delimiter).map((r) => r.fields), rows);
    }), { numRuns: 1000 });
  });

  it('keeps a quote inside an unquoted field, and reads a lone CR as a line break', () => {
    assert.deepEqual(parseCsv('a,5" screen\rb,c', 'x.csv').map((r) => [r.line, ...r.fields]), [[1, 'a', '5" screen'], [2, 'b', 'c']]);
    assert.deepEqual(parseCsv('', 'x.csv'), []);
    assert.deepEqual(parseCsv('\n', 'x.csv').map((r) => r.fields), [['']]);
  });

  it('refuses a quoted field that never closes at the line it opens, and text after a closing quote at its line', () => {
    const open = () => parseCsv('id,title\n1,"ok"\n2,"never\nclosed\n', 'sheet.csv');
    assert.throws(open, (e: unknown) => e instanceof DocumentError && e.describe() ===
      'sheet.csv:3: Unexpected end of file in a quoted field, expected its closing quote (a quote inside a field is written twice: "")');
    const after = () => parseCsv('id,title\n1,"multi\nline"x,3\n', 'sheet.csv');
    assert.throws(after, (e: unknown) => e instanceof DocumentError && e.describe() ===
      'sheet.csv:3: Unexpected "x" after a closing quote, expected "," or the end of the line (a quote inside a field is written twice: "")');
  });
});
