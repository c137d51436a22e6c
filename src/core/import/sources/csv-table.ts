// A spreadsheet as CSV (RFC 4180): fields separated by commas, records by CRLF (LF and a lone CR
// too, as spreadsheets on every system write them), a field in double quotes may hold commas,
// line breaks and doubled quotes. Each record keeps the line it starts on, for messages.
// About 60 lines do it exactly; a library would add more than it saves here (the property test
// in test/import-csv.test.ts round-trips random tables through the writer insights --csv uses).
import { DocumentError } from '../../util/errors.ts';

export interface CsvRecord {
  /** 1-based line of the file the record starts on. */
  line: number;
  fields: string[];
}

/**
 * The records of `text`. A quote inside an unquoted field is kept as a character (`5" screen`);
 * anything but a delimiter or a line break after a closing quote, and a quoted field that never
 * closes, are refused at their place. A final line break does not make an empty record.
 */
export function parseCsv(text: string, file: string, delimiter = ','): CsvRecord[] {
  if (delimiter.length !== 1 || /["\r\n]/.test(delimiter)) throw new DocumentError(`Unexpected delimiter ${JSON.stringify(delimiter)}, expected one character other than a quote or a line break`, file);
  const s = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  if (s === '') return records;
  let fields: string[] = [];
  let line = 1;
  let start = 1;
  let i = 0;
  const n = s.length;
  for (;;) {
    let field = '';
    if (s[i] === '"') {
      const open = line;
      i++;
      for (;;) {
        const q = s.indexOf('"', i);
        if (q < 0) throw new DocumentError('Unexpected end of file in a quoted field, expected its closing quote (a quote inside a field is written twice: "")', file, open);
        const part = s.slice(i, q);
        field += part;
        line += countBreaks(part);
        if (s[q + 1] === '"') {
          field += '"';
          i = q + 2;
        } else {
          i = q + 1;
          break;
        }
      }
      if (i < n && s[i] !== delimiter && s[i] !== '\n' && s[i] !== '\r') {
        throw new DocumentError(`Unexpected ${JSON.stringify(s[i])} after a closing quote, expected ${JSON.stringify(delimiter)} or the end of the line (a quote inside a field is written twice: "")`, file, line);
      }
    } else {
      let j = i;
      while (j < n && s[j] !== delimiter && s[j] !== '\n' && s[j] !== '\r') j++;
      field = s.slice(i, j);
      i = j;
    }
    fields.push(field);
    if (i < n && s[i] === delimiter) {
      i++;
      continue;
    }
    // End of a record: a line break or the end of the text.
    records.push({ line: start, fields });
    if (i >= n) break;
    i += s[i] === '\r' && s[i + 1] === '\n' ? 2 : 1;
    line++;
    if (i >= n) break; // a final line break
    fields = [];
    start = line;
  }
  return records;
}

function countBreaks(text: string): number {
  let count = 0;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c === 10) count++;
    else if (c === 13 && text.charCodeAt(k + 1) !== 10) count++;
  }
  return count;
}
