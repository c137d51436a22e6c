// A spreadsheet of incidents, one row each, saved as CSV (RFC 4180; csv-table.ts). The first row
// names the columns. A column whose header is a field's name (or a usual synonym: `Start`, `IC`,
// `Sev`...) is that field; others are mapped with `--column <field>=<header>` or in `.incident.yml`:
//
//   import:
//     csv:
//       columns: { id: Ticket, title: Summary, started: Start (UTC), incident_commander: IC }
//       values: { status: { Done: resolved } }
//       severity_map: { severity=High: SEV-2 }
//       timezone: Europe/Berlin          # for times written without an offset
//       delimiter: ";"
//
// Every column that maps to no field is kept under `import.fields`, by its header.
import { SINGLE_ROLES, STATUSES, type SingleRole } from '../../model/types.ts';
import { isValidTimeZone, resolveAt } from '../../timeline/timeline.ts';
import { DocumentError, UsageError } from '../../util/errors.ts';
import { fileName } from '../json.ts';
import type { ImportedEntry, ImportedIncident, ImportFlag, ImportReadOptions, ImportRefusal, ImportResult, ImportSource } from '../types.ts';
import { parseCsv, type CsvRecord } from './csv-table.ts';
import { isRecord, msOf, personName } from './fields.ts';

const MILESTONES = ['started', 'detected', 'acknowledged', 'declared', 'mitigated', 'recovered', 'resolved'] as const;
type Milestone = (typeof MILESTONES)[number];
const TEXT: Record<Milestone, string> = {
  started: 'Impact started', detected: 'Detected', acknowledged: 'Acknowledged', declared: 'Incident declared',
  mitigated: 'Mitigated', recovered: 'Impact ended', resolved: 'Resolved',
};

/** Every field a column can fill, with the headers it is recognised by without a mapping (compared without case, spaces, `_` or `-`). */
export const CSV_FIELDS: Record<string, readonly string[]> = {
  id: ['id', 'incident id', 'key', 'ticket', 'number', '#'],
  title: ['title', 'name', 'incident'],
  severity: ['severity', 'sev', 'priority'],
  status: ['status', 'state'],
  timezone: ['timezone', 'time zone', 'tz'],
  services: ['services', 'service', 'affected services', 'components'],
  public: ['public'],
  url: ['url', 'link'],
  impact: ['impact', 'impact summary', 'customer impact'],
  summary: ['summary', 'description', 'details'],
  started: ['started', 'start', 'start time', 'impact started', 'impact start', 'began'],
  detected: ['detected', 'detected at', 'detection time'],
  acknowledged: ['acknowledged', 'acknowledged at', 'ack'],
  declared: ['declared', 'declared at', 'opened', 'created'],
  mitigated: ['mitigated', 'mitigated at'],
  recovered: ['recovered', 'ended', 'end', 'impact ended', 'impact end', 'end time'],
  resolved: ['resolved', 'resolved at', 'closed at'],
  incident_commander: ['incident commander', 'commander', 'ic'],
  deputy: ['deputy'],
  scribe: ['scribe'],
  communications_liaison: ['communications liaison', 'comms', 'communications'],
  investigation_coordinator: ['investigation coordinator', 'coordinator'],
  subject_matter_experts: ['subject matter experts', 'sme', 'smes', 'experts'],
};

/** Status words spreadsheets use, beside our own (closed there means the incident is over: resolved). */
const STATUS_WORDS: Record<string, ImportedIncident['status']> = {
  open: 'investigating', ongoing: 'investigating', active: 'investigating', new: 'investigating', triggered: 'investigating',
  mitigated: 'monitoring', fixed: 'resolved', done: 'resolved', closed: 'resolved', complete: 'resolved', completed: 'resolved',
};

const OPTIONS: readonly ImportFlag[] = [
  { name: 'column', value: '<field>=<header>', description: 'the column that holds a field (started="Start (UTC)"); see docs/import.md for the fields', repeatable: true },
  { name: 'delimiter', value: '<char>', description: 'the field separator (default ","; "tab" for tab-separated)' },
];

const fold = (s: string) => s.toLowerCase().replace(/[\s_-]+/g, ' ').trim();

export const csvSource: ImportSource = {
  name: 'csv',
  describe: 'a spreadsheet saved as CSV, one incident a row, the first row naming the columns (--column <field>=<header>)',
  options: OPTIONS,
  read(input, options) {
    const delimiter = delimiterOf(options);
    const given = columnsOf(options);
    const incidents: ImportedIncident[] = [];
    const refused: ImportRefusal[] = [];
    const notes: string[] = [];
    const files = input.directory ? input.files.filter((f) => /\.(csv|tsv|txt)$/i.test(f)) : input.files;
    for (const file of files) {
      const name = fileName(input, file);
      const records = parseCsv(input.text(file), name, delimiter).filter((r) => r.fields.some((f) => f.trim() !== ''));
      const header = records.shift();
      if (!header) continue;
      const columns = mapColumns(header, given, name);
      if (columns.get('title') === undefined) {
        throw new DocumentError(`Unexpected header ${JSON.stringify(header.fields.join(delimiter))}, expected a column for the title (${CSV_FIELDS.title!.join(', ')}, or --column title=<header>)`, name, header.line);
      }
      if (columns.get('id') === undefined) notes.push(`csv: ${name} has no id column; rows are matched on re-import by their start time and title (--column id=<header> to name one)`);
      for (const record of records) {
        const r = mapRow(record, header, columns, name, options);
        if ('message' in r) refused.push(r);
        else incidents.push(r);
      }
    }
    return { incidents, refused, notes } satisfies ImportResult;
  },
};

function delimiterOf(options: ImportReadOptions): string {
  const v = options.flags.delimiter ?? options.config.delimiter;
  if (v === undefined) return ',';
  const s = String(v);
  if (s === 'tab' || s === '\\t') return '\t';
  if (s.length !== 1 || /["\r\n]/.test(s)) throw new UsageError(`Unexpected --delimiter "${s}", expected one character (or "tab")`);
  return s;
}

/** `--column field=header` (repeatable), then `import.csv.columns`. */
function columnsOf(options: ImportReadOptions): Map<string, string> {
  const out = new Map<string, string>();
  const add = (field: string, header: string, where: string) => {
    const f = field.trim();
    if (!(f in CSV_FIELDS)) throw new UsageError(`Unexpected field "${f}" in ${where}, expected one of ${Object.keys(CSV_FIELDS).join(', ')}`);
    if (!out.has(f)) out.set(f, header.trim());
  };
  const flags = options.flags.column;
  for (const pair of Array.isArray(flags) ? flags : typeof flags === 'string' ? [flags] : []) {
    const eq = pair.indexOf('=');
    if (eq <= 0) throw new UsageError(`Unexpected --column "${pair}", expected <field>=<header>, e.g. started="Start time"`);
    add(pair.slice(0, eq), pair.slice(eq + 1), '--column');
  }
  const config = options.config.columns;
  if (config !== undefined && !isRecord(config)) throw new UsageError('Unexpected import.csv.columns, expected a map of fields to column headers');
  for (const [field, header] of Object.entries(config ?? {})) if (typeof header === 'string') add(field, header, 'import.csv.columns');
  return out;
}

/** Field -> column index: the mapping first, then headers that name a field. */
function mapColumns(header: CsvRecord, given: Map<string, string>, file: string): Map<string, number> {
  const headers = header.fields.map(fold);
  const out = new Map<string, number>();
  for (const [field, name] of given) {
    const i = headers.indexOf(fold(name));
    if (i < 0) throw new DocumentError(`Unexpected column "${name}" for ${field}, expected one of the header's: ${header.fields.join(', ')}`, file, header.line);
    out.set(field, i);
  }
  const taken = new Set(out.values());
  for (const [field, synonyms] of Object.entries(CSV_FIELDS)) {
    if (out.has(field)) continue;
    const i = headers.findIndex((h, k) => !taken.has(k) && synonyms.includes(h));
    if (i >= 0) {
      out.set(field, i);
      taken.add(i);
    }
  }
  return out;
}

function mapRow(record: CsvRecord, header: CsvRecord, columns: Map<string, number>, file: string, options: ImportReadOptions): ImportedIncident | ImportRefusal {
  const where = `${file}:${record.line}`;
  const refuse = (message: string): ImportRefusal => ({ where, message });
  if (record.fields.length > header.fields.length) {
    return refuse(`Unexpected ${record.fields.length} fields, expected at most ${header.fields.length} as in the header (a field with a comma is quoted: "a, b")`);
  }
  const cell = (field: string) => {
    const i = columns.get(field);
    const v = i === undefined ? undefined : record.fields[i]?.replace(/\r\n?/g, '\n').trim();
    return v ? v : undefined;
  };
  const title = cell('title');
  if (!title) return refuse('Unexpected empty title, expected the incident\'s name');

  const zone = cell('timezone') ?? options.timezone;
  if (!isValidTimeZone(zone)) return refuse(`Unexpected timezone "${zone}", expected an IANA name such as Europe/Berlin`);
  const now = msOf(options.now);
  const timeline: ImportedEntry[] = [];
  for (const kind of MILESTONES) {
    const v = cell(kind);
    if (!v) continue;
    const t = timeOf(v, zone, now);
    if (typeof t === 'string') return refuse(`Unexpected ${kind} ${JSON.stringify(v)}, expected ${t}`);
    timeline.push({ at: t.at, kind, text: TEXT[kind], ...(t.approx ? { approx: true } : {}) });
  }
  const started = timeline.find((e) => e.kind === 'started')?.at;

  const valueMap = (field: string): Record<string, string> => {
    const values = options.config.values;
    const m = isRecord(values) ? values[field] : undefined;
    return isRecord(m) ? Object.fromEntries(Object.entries(m).map(([k, x]) => [fold(k), String(x)])) : {};
  };
  let status: ImportedIncident['status'];
  const statusText = cell('status');
  if (statusText) {
    const word = valueMap('status')[fold(statusText)] ?? fold(statusText);
    const mapped = (STATUSES as readonly string[]).includes(word) && word !== 'closed' ? (word as ImportedIncident['status']) : STATUS_WORDS[word];
    if (!mapped) return refuse(`Unexpected status ${JSON.stringify(statusText)}, expected one of ${STATUSES.slice(0, 4).join(', ')} (or map it in import.csv.values.status)`);
    status = mapped;
  } else {
    const has = (k: string) => timeline.some((e) => e.kind === k);
    status = has('resolved') ? 'resolved' : has('mitigated') || has('recovered') ? 'monitoring' : 'investigating';
  }

  const severityText = cell('severity');
  const severity = severityText ? [{ field: 'severity', value: valueMap('severity')[fold(severityText)] ?? severityText }] : [];
  const out: ImportedIncident = {
    source: 'csv', sourceId: cell('id') ?? `${started ?? timeline[0]?.at ?? ''} ${title}`.trim(), where, title, severity, status, timeline, raw: {},
  };
  if (started) out.started = started;
  if (cell('timezone')) out.timezone = zone;
  const services = cell('services')?.split(/[,;\n]/).map((s) => s.trim()).filter(Boolean);
  if (services?.length) out.services = [...new Set(services)];
  const pub = cell('public');
  if (pub !== undefined) {
    const yes = /^(?:yes|y|true|1|x)$/i.test(pub);
    if (!yes && !/^(?:no|n|false|0)$/i.test(pub)) return refuse(`Unexpected public ${JSON.stringify(pub)}, expected yes or no`);
    out.public = yes;
  }
  const url = cell('url');
  if (url) out.url = url;
  const impact = cell('impact');
  if (impact) out.impactSummary = impact;
  const summary = cell('summary');
  if (summary) out.summary = summary;

  const roles: NonNullable<ImportedIncident['roles']> = {};
  for (const role of SINGLE_ROLES) {
    const v = cell(role);
    if (v) roles[role as SingleRole] = personName(options.people, [v])!;
  }
  const smes = cell('subject_matter_experts')?.split(/[,;\n]/).map((s) => personName(options.people, [s])).filter((s): s is string => s !== undefined);
  if (smes?.length) roles.subject_matter_experts = [...new Set(smes)];
  if (Object.keys(roles).length) out.roles = roles;

  // Every other column, by its header, as written.
  const used = new Set(columns.values());
  header.fields.forEach((h, i) => {
    const v = record.fields[i]?.replace(/\r\n?/g, '\n').trim();
    if (used.has(i) || !v) return;
    let key = h.trim() || `column ${i + 1}`;
    for (let n = 2; key in out.raw; n++) key = `${h.trim() || 'column'} (${n})`; // two columns of one name: both kept
    out.raw[key] = v;
  });
  return out;
}

/**
 * A spreadsheet's time: with a date always (a bare 14:05 has no day to be on), an offset or zone
 * kept as written, else read in the row's zone; a date alone is that midnight, approximate.
 * Returns what was expected when it is not a time.
 */
function timeOf(value: string, zone: string, now: number): { at: string; approx?: true } | string {
  const expected = 'a date and time such as 2024-03-01 14:05 (an offset or zone is kept; without one it is read in the row\'s timezone)';
  const bare = value.replace(/^(?:~|about|around|approx\.?|circa|ca\.)\s*/i, '');
  if (!/^\d{4}-\d{1,2}-\d{1,2}/.test(bare)) return expected;
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.exec(bare);
  try {
    if (dateOnly) return { at: resolveAt(`${bare}T00:00:00`, { now, timeZone: zone }).at, approx: true };
    const r = resolveAt(value, { now, timeZone: zone });
    return r.approx ? { at: r.at, approx: true } : { at: r.at };
  } catch {
    return expected;
  }
}
