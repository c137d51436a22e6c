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
import { ROOT, type TestRepo } from './helpers/repo.ts';
import { bySourceId, initRepo, snapshot, validateErrors } from './helpers/imports.ts';

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
    }), { numRuns: 2000, seed: 20261205 });
  });

  it('reads any delimiter, every field quoted (property)', () => {
    fc.assert(fc.property(table, eol, fc.constantFrom(',', ';', '\t', '|'), (rows, brk, delimiter) => {
      const text = rows.map((r) => r.map((f) => `"${f.replace(/"/g, '""')}"`).join(delimiter)).join(brk);
      assert.deepEqual(parseCsv(text, 'x.csv', delimiter).map((r) => r.fields), rows);
    }), { numRuns: 1000, seed: 20261205 });
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

const CONFIG = [
  'timezone: Europe/Berlin',
  'people:',
  '  Dana Ops: dana',
  'import:',
  '  csv:',
  '    columns: { services: Affected systems, subject_matter_experts: SMEs }',
  '    severity_map: { severity=High: SEV-2, severity=Low: SEV-4 }',
].join('\n');
const entries = (data: Record<string, unknown>) => (data.timeline as Record<string, unknown>[]).map((e) => [e.at, e.kind, e.approx === true]);

describe('import csv: a spreadsheet through the built CLI', () => {
  let repo: TestRepo;
  before(() => {
    repo = initRepo(CONFIG);
  });
  after(() => repo?.cleanup());

  it('writes a file a row: columns by header or mapping, times with their offsets or the zone, the rest kept by header', () => {
    const r = repo.run(['import', 'csv', FIXTURE]);
    assert.equal(r.code, 1, r.stderr);
    assert.deepEqual(r.stderr.split('\n').filter((l) => l.startsWith('incident: refused')), [
      `incident: refused csv OPS-105 (${FIXTURE}:7): Unexpected resolved at 2024-03-10T11:00:00+01:00 before started at 2024-03-10T12:00:00+01:00, expected milestones in order: started, mitigated, recovered, resolved`,
      `incident: refused ${FIXTURE}:6: Unexpected status "paused", expected one of investigating, identified, monitoring, resolved (or map it in import.csv.values.status)`,
    ]);
    const files = bySourceId(repo);
    assert.deepEqual([...files.keys()].sort(), ['OPS-101', 'OPS-102', 'OPS-103']);

    const first = files.get('OPS-101')!.data;
    assert.equal(first.title, 'Checkout fails, EU cards'); // a quoted field with a comma
    assert.equal(first.severity, 'SEV-2'); // High, through import.csv.severity_map
    assert.equal(first.status, 'resolved'); // Done
    assert.deepEqual(first.services, ['checkout', 'payments']);
    assert.deepEqual(first.roles, { incident_commander: 'Alice Example', subject_matter_experts: ['Dana Ops', 'Bob Builder'] });
    assert.deepEqual(first.impact, { summary: '40% of EU checkouts failed for 75 minutes' });
    assert.deepEqual(entries(first), [
      ['2024-03-01T13:45:00+01:00', 'started', false], // no offset: read in the config's zone
      ['2024-03-01T13:50:00+01:00', 'detected', false],
      ['2024-03-01T14:30:00+01:00', 'mitigated', false], // written with its offset, kept
      ['2024-03-01T15:00:00+01:00', 'resolved', false],
    ]);
    // A column no field takes, by its header, its line break and quotes as written.
    assert.deepEqual((first.import as Record<string, any>).fields, { 'Notes, internal': 'Provider cert expired.\nFollow-up with "PayCo" scheduled' });

    const second = files.get('OPS-102')!.data;
    assert.equal(second.title, 'Löschungen hängen – Störung');
    assert.equal(second.severity, 'SEV-3'); // already a severity
    assert.equal(second.status, 'investigating'); // open
    assert.deepEqual(entries(second), [['2024-03-05T09:37:00-08:00', 'started', true]]); // ~ and PST kept
    assert.equal(files.get('OPS-102')!.file, 'incidents/2024-03-05-loschungen-hangen-storung.md');

    const third = files.get('OPS-103')!.data;
    assert.equal(third.severity, 'SEV-4');
    assert.deepEqual(third.roles, { incident_commander: 'Dana Ops' });
    assert.deepEqual(entries(third), [['2024-03-07T00:00:00+01:00', 'started', true], ['2024-03-08T02:00:00+01:00', 'resolved', false]]); // a date alone: its midnight, approximate
  });

  it('writes files that validate, whose metrics are the sheet\'s', () => {
    const v = validateErrors(repo);
    assert.deepEqual(v.errors, [], v.out);
    const metrics = Object.fromEntries((JSON.parse(repo.run(['show', '2024-03-01-checkout-fails-eu-cards', '--json']).stdout).metrics as { key: string; ms: number }[]).map((m) => [m.key, m.ms]));
    assert.deepEqual([metrics.time_to_detect, metrics.time_to_mitigate, metrics.time_to_resolve], [5 * 60_000, 45 * 60_000, 75 * 60_000]);
  });

  it('importing again changes no byte; a row changed in the sheet updates its file only', () => {
    const before = snapshot(repo);
    assert.equal(repo.run(['import', 'csv', FIXTURE]).code, 1);
    assert.deepEqual(snapshot(repo), before);

    const sheet = path.join(repo.dir, 'sheet.csv');
    const text = fs.readFileSync(FIXTURE, 'utf8').replace('SEV-3,open,~2024-03-05 9:37 AM PST,,,,', 'SEV-3,resolved,~2024-03-05 9:37 AM PST,,,2024-03-05 19:10,');
    assert.notEqual(text, fs.readFileSync(FIXTURE, 'utf8'));
    fs.writeFileSync(sheet, text);
    const r = repo.run(['import', 'csv', sheet]);
    assert.match(r.stdout, /^updated +incidents\/2024-03-05-loschungen-hangen-storung\.md +csv OPS-102: /m);
    const after = snapshot(repo);
    const changed = [...after.keys()].filter((k) => after.get(k) !== before.get(k));
    assert.deepEqual(changed, ['2024-03-05-loschungen-hangen-storung.md']);
    const data = bySourceId(repo).get('OPS-102')!.data;
    assert.equal(data.status, 'resolved');
    assert.deepEqual(entries(data), [['2024-03-05T09:37:00-08:00', 'started', true], ['2024-03-05T19:10:00+01:00', 'resolved', false]]);
  });

  it('maps the same columns with --column flags as with the config, byte for byte', () => {
    const flagged = initRepo(CONFIG.replace(/^ {4}columns: .*\n/m, ''));
    try {
      flagged.run(['import', 'csv', FIXTURE, '--column', 'services=Affected systems', '--column', 'subject_matter_experts=SMEs']);
      const a = bySourceId(flagged);
      const b = bySourceId(initRepoImported());
      assert.deepEqual([...a.keys()].sort(), ['OPS-101', 'OPS-102', 'OPS-103']);
      for (const [k, v] of a) assert.equal(v.text, b.get(k)!.text, k);
    } finally {
      flagged.cleanup();
    }
  });

  it('names what is wrong with a mapping, a header or a delimiter', () => {
    let r = repo.run(['import', 'csv', FIXTURE, '--column', 'started=Begin']);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /incidents\.csv:1: Unexpected column "Begin" for started, expected one of the header's: Ticket, Incident, Sev, State, Start/);
    r = repo.run(['import', 'csv', FIXTURE, '--column', 'sarted=Start']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /Unexpected field "sarted" in --column, expected one of id, title, severity, status/);
    const fresh = initRepo();
    try {
      const odd = path.join(fresh.dir, 'odd.csv');
      fs.writeFileSync(odd, 'when;what\n2024-01-01 10:00;x\n');
      r = fresh.run(['import', 'csv', odd]);
      assert.equal(r.code, 1);
      assert.match(r.stderr, /odd\.csv:1: Unexpected header "when;what", expected a column for the title/);
      const wide = path.join(fresh.dir, 'wide.csv');
      fs.writeFileSync(wide, 'title,started\nFine,2024-01-01 10:00\nToo, many,2024-01-01 11:00\nNo date,11:00\n');
      r = fresh.run(['import', 'csv', wide]);
      assert.equal(r.code, 1);
      assert.deepEqual(r.stderr.split('\n').filter((l) => l.startsWith('incident: refused')), [
        `incident: refused ${wide}:3: Unexpected 3 fields, expected at most 2 as in the header (a field with a comma is quoted: "a, b")`,
        `incident: refused ${wide}:4: Unexpected started "11:00", expected a date and time such as 2024-03-01 14:05 (an offset or zone is kept; without one it is read in the row's timezone)`,
      ]);
      assert.match(r.stderr, /csv: 1 created/);
      r = fresh.run(['import', 'csv', odd, '--delimiter', '";"']);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /Unexpected --delimiter "";"", expected one character \(or "tab"\)/);
    } finally {
      fresh.cleanup();
    }
  });

  it('takes the sheet\'s own words for a status or a severity from import.csv.values', () => {
    const fresh = initRepo(`${CONFIG}\n    values: { status: { Paused: monitoring }, severity: { low: SEV-5 } }`);
    try {
      const r = fresh.run(['import', 'csv', FIXTURE]);
      assert.doesNotMatch(r.stderr, /Unexpected status "paused"/);
      const files = bySourceId(fresh);
      assert.equal(files.get('OPS-104')!.data.status, 'monitoring');
      assert.equal(files.get('OPS-103')!.data.severity, 'SEV-5'); // the value map before severity_map, any case
    } finally {
      fresh.cleanup();
    }
  });

  it('reads a semicolon-separated sheet with --delimiter, and keeps columns of one name, or none, apart', () => {
    const fresh = initRepo();
    try {
      const sheet = path.join(fresh.dir, 'semi.csv');
      fs.writeFileSync(sheet, 'Id;Title;Start;Recovered;Note;Note;\nA-1;"Search; slow";2024-06-01T10:00:00Z;2024-06-01T10:30:00Z;first;second;third\n');
      const r = fresh.run(['import', 'csv', sheet, '--delimiter', ';']);
      assert.equal(r.code, 0, r.stderr);
      const data = bySourceId(fresh).get('A-1')!.data;
      assert.equal(data.title, 'Search; slow');
      assert.equal(data.status, 'monitoring'); // recovered, not resolved
      // Two columns of one name and one without a name: all kept.
      assert.deepEqual((data.import as Record<string, any>).fields, { Note: 'first', 'Note (2)': 'second', 'column 7': 'third' });
      assert.deepEqual(validateErrors(fresh).errors, []);
    } finally {
      fresh.cleanup();
    }
  });
});

/** A repository with the fixture imported through the config's mapping (the first describe's setup, again). */
function initRepoImported(): TestRepo {
  const repo = initRepo(CONFIG);
  repo.run(['import', 'csv', FIXTURE]);
  process.on('exit', () => repo.cleanup());
  return repo;
}
