// `incident import <source> <file-or-dir>`: incidents from another tool as ordinary incident files.
// The source reads (src/core/import/sources/), the plan checks and maps (src/core/import/plan.ts);
// here: the files. A new incident is created whole and only under a free name; one imported
// before (same source and source id) gets the re-import's minimal edits under its lock. An
// incident whose timeline would be impossible is refused with one line, the others go on, and
// the run ends with exit 1. --dry-run writes nothing and says what would be written.
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { findSource, SOURCES } from '../core/import/sources/index.ts';
import { newFileText, newFrontmatter, prepare, type Prepared } from '../core/import/plan.ts';
import { reimportEdits } from '../core/import/reimport.ts';
import { applyImportEdits } from '../core/import/apply.ts';
import { importKeyOf, keyText } from '../core/import/find.ts';
import { lineDiff } from '../core/import/line-diff.ts';
import type { ImportInput, ImportReadOptions } from '../core/import/types.ts';
import { candidateId } from '../core/model/id.ts';
import { safeName, stamp, uniqueName, type EvidenceItem } from '../core/model/evidence.ts';
import { describeKinds, envSecrets, scrub } from '../core/render/scrub.ts';
import { notIn, problemFix, timelineProblems } from '../core/timeline/timeline-integrity.ts';
import { localParts, parseInstant, zonedToEpoch } from '../core/timeline/timeline.ts';
import { SINCE_SYNTAX, sinceInstant } from '../core/timeline/since.ts';
import { CommandError, DocumentError, UsageError } from '../core/util/errors.ts';
import { checkText } from '../core/validate/engine.ts';
import { closeHints, type Hint } from '../core/validate/close-hints.ts';
import { readForEdit } from '../core/edit/fast-edit.ts';
import { parseIncidentText } from '../core/document/document.ts';
import { createExclusive } from '../io/create-exclusive.ts';
import { evidenceDir, sha256 } from '../io/evidence-files.ts';
import { updateIncidentText } from '../io/incident-store.ts';
import { readImportInput } from '../io/import-input.ts';
import { display, listIncidentFiles } from '../io/repo.ts';
import { loadTemplate, publicTemplates } from '../io/templates.ts';
import { defaultThreads } from '../io/threads.ts';
import { checkInTurn } from './validate-check.ts';
import { context, type Context, type Deps } from './context.ts';
import { schemaComment } from './new.ts';

export interface ImportOptions {
  source: string;
  path: string;
  dryRun?: boolean;
  since?: string;
  until?: string;
  /** Values of the flags the source declares. */
  flags?: Record<string, string | string[] | boolean | undefined>;
}

export type ImportAction = 'created' | 'updated' | 'unchanged' | 'refused' | 'outside';

export interface ImportOutcome {
  source: string;
  source_id: string;
  /** Where in the input. */
  where: string;
  action: ImportAction;
  id?: string;
  file?: string;
  /** Updated: what changed. */
  changes?: string[];
  /** Values kept because they were changed here since the last import. */
  kept?: string[];
  /** Refused: why (one line). */
  message?: string;
  /** Notes about this incident (the severity default...). */
  notes?: string[];
  /** --dry-run: the new file's text, or the diff of the change. */
  text?: string;
  diff?: string;
  /** What `incident validate` will still report on the file, with the fix for each. */
  todo?: Hint[];
}

export interface ImportRun {
  source: string;
  dry_run: boolean;
  outcomes: ImportOutcome[];
  /** The source's notes on the input as a whole, and parts of the input it refused. */
  notes: string[];
  counts: Record<ImportAction, number>;
}

const DAY = 86_400_000;

export async function importIncidents(options: ImportOptions, deps: Deps): Promise<ImportRun> {
  const ctx = await context(deps);
  const source = findSource(options.source);
  if (!source) {
    throw new UsageError(`Unexpected source "${options.source}", expected one of ${SOURCES.map((s) => s.name).join(', ')}`);
  }
  const { config } = ctx.repo;
  const settings = config.import[source.name] ?? {};
  const zone = (typeof settings.timezone === 'string' ? settings.timezone : undefined) ?? config.timezone ?? 'UTC';
  const since = options.since ? bound(options.since, 'since', ctx.now, zone) : undefined;
  const until = options.until ? bound(options.until, 'until', ctx.now, zone) : undefined;
  if (since !== undefined && until !== undefined && until < since) {
    throw new UsageError(`Unexpected --until ${options.until} before --since ${options.since}, expected a window`);
  }
  const input = readImportInput(options.path, ctx.cwd);
  const readOptions: ImportReadOptions = {
    now: new Date(ctx.now).toISOString(),
    timezone: zone,
    ...(since !== undefined ? { since: new Date(since).toISOString() } : {}),
    ...(until !== undefined ? { until: new Date(until).toISOString() } : {}),
    people: config.people,
    config: settings,
    flags: options.flags ?? {},
  };
  const read = source.read(input, readOptions);
  const run: ImportRun = {
    source: source.name, dry_run: options.dryRun === true, outcomes: [], notes: [...(read.notes ?? [])],
    counts: { created: 0, updated: 0, unchanged: 0, refused: 0, outside: 0 },
  };
  for (const r of read.refused) run.notes.push(`refused ${r.sourceId ? `${source.name} ${r.sourceId} (${r.where})` : r.where}: ${r.message}`);
  if (read.incidents.length === 0) return run;

  const existing = indexExisting(ctx);
  const body = loadTemplate(ctx.repo, 'incident.md');
  const comment = schemaComment(ctx.repo.root, ctx.repo.incidentsDir);
  const reserved = new Set<string>();
  const env = { secrets: envSecrets(ctx.env), input };
  for (const imported of read.incidents) {
    const base = { source: source.name, source_id: imported.sourceId, where: imported.where };
    const prep = prepare(imported, { config, source, now: ctx.now });
    // Outside the window: left alone, even when it would be refused.
    if (prep.startMs !== undefined && ((since !== undefined && prep.startMs < since) || (until !== undefined && prep.startMs >= until))) {
      run.outcomes.push({ ...base, action: 'outside' });
      continue;
    }
    if (!prep.ok) {
      run.outcomes.push({ ...base, action: 'refused', message: prep.message });
      continue;
    }
    const p = prep.prepared;
    const notes = p.severity.note ? [p.severity.note] : [];
    const key = keyText({ source: source.name, sourceId: imported.sourceId });
    try {
      const path = existing.get(key);
      const outcome = path
        ? await update(ctx, p, path, options.dryRun === true, env)
        : await create(ctx, p, body, comment, reserved, options.dryRun === true, env);
      if (outcome.file && outcome.action === 'created') existing.set(key, join(ctx.repo.incidentsDir, `${outcome.id}.md`));
      run.outcomes.push({ ...base, ...outcome, ...(notes.length ? { notes } : {}) });
    } catch (error) {
      if (!(error instanceof CommandError || error instanceof DocumentError)) throw error;
      const message = error instanceof DocumentError ? error.describe() : error.message;
      run.outcomes.push({ ...base, action: 'refused', message });
    }
  }
  for (const o of run.outcomes) run.counts[o.action]++;
  if (!options.dryRun) await hintsForWritten(ctx, run.outcomes);
  return run;
}

/** --since / --until: a date (that day, in the import's zone), a time with an offset, or an age (-30d; core/timeline/since.ts). --until's date counts whole. */
function bound(text: string, which: 'since' | 'until', now: number, zone: string): number {
  const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (date) {
    const start = zonedToEpoch({ year: +date[1]!, month: +date[2]!, day: +date[3]!, hour: 0, minute: 0, second: 0 }, zone);
    if (Number.isNaN(start) || localParts(start, zone).day !== +date[3]!) throw badBound(text, which);
    return which === 'until' ? zonedToEpoch({ ...localParts(start + DAY + 3_600_000 * 3, zone), hour: 0, minute: 0, second: 0 }, zone) : start;
  }
  const at = parseInstant(text);
  if (at !== undefined) return which === 'until' ? at + 1 : at;
  // An age (-30d, 2w ago) or a time as --at takes it: the one --since syntax of every command.
  return sinceInstant(text, { now, timeZone: zone }, `--${which}`);
}

const badBound = (text: string, which: string) =>
  new UsageError(`Unexpected --${which} "${text}", expected ${SINCE_SYNTAX}`);

/** source + source id -> the file an earlier import wrote. */
function indexExisting(ctx: Context): Map<string, string> {
  const map = new Map<string, string>();
  for (const path of listIncidentFiles(ctx.repo)) {
    const key = importKeyOf(readFileSync(path, 'utf8'));
    if (key) map.set(keyText(key), path);
  }
  return map;
}

type Outcome = Omit<ImportOutcome, 'source' | 'source_id' | 'where'>;

/** What the evidence copies need: the input's bytes and the secrets to scrub. */
interface Env {
  input: ImportInput;
  secrets: ReturnType<typeof envSecrets>;
}

async function create(ctx: Context, p: Prepared, body: string, comment: string | undefined, reserved: Set<string>, dryRun: boolean, env: Env): Promise<Outcome> {
  mkdirSync(ctx.repo.incidentsDir, { recursive: true });
  for (let n = 1; n < 1000; n++) {
    const id = candidateId(p.date, p.slug, n);
    const path = join(ctx.repo.incidentsDir, `${id}.md`);
    if (reserved.has(id) || existsSync(path)) continue;
    const incident = newFrontmatter(p, id) as unknown as Record<string, unknown>;
    const saved = evidenceFor(ctx, p, id, [], dryRun, env);
    if (saved.records.length) addEvidence(incident, saved.records);
    const text = newFileText(incident, body, p.imported.summary, comment);
    const file = display(ctx.repo, path);
    if (dryRun) {
      reserved.add(id);
      return { action: 'created', id, file, text, todo: await todo(ctx, id, file, text) };
    }
    let written = false;
    try {
      written = createExclusive(path, text);
    } finally {
      if (!written) saved.undo();
    }
    if (!written) continue;
    saved.publish();
    reserved.add(id);
    ctx.repo.afterWrite?.();
    return { action: 'created', id, file };
  }
  throw new CommandError(`Too many incidents named "${p.slug}" on ${p.date}`);
}

/** The timeline stays at the front of the record: evidence goes before the `import:` block. */
function addEvidence(incident: Record<string, unknown>, records: EvidenceItem[]): void {
  const block = incident.import;
  delete incident.import;
  incident.evidence = records;
  incident.import = block;
}

async function update(ctx: Context, p: Prepared, path: string, dryRun: boolean, env: Env): Promise<Outcome> {
  const id = path.slice(ctx.repo.incidentsDir.length + 1).replace(/\.md$/, '');
  const file = display(ctx.repo, path);
  const change = (before: string) => {
    const data = readForEdit(before, file)?.doc.data ?? parseIncidentText(before, file).data;
    const re = reimportEdits(data, p);
    const known = Array.isArray(data.evidence) ? (data.evidence as EvidenceItem[]) : [];
    const saved = evidenceFor(ctx, p, id, known, true, env);
    const edits = [...re.edits, ...saved.records.map((item) => ({ op: 'insert' as const, path: ['evidence'], index: known.length + saved.records.indexOf(item), item }))];
    const after = applyImportEdits(before, file, edits);
    // The check every write passes: no problem the file did not have before.
    const added = notIn(timelineProblems(timelineOf(after, file), ctx.now), timelineProblems(timelineOf(before, file), ctx.now));
    if (added.length) throw new CommandError(`${file}: ${added[0]!.message}; ${problemFix(added[0]!)} (in the source, or here)`);
    return { text: after, result: { re, evidence: saved.records.length } };
  };
  if (dryRun) {
    const before = readFileSync(path, 'utf8');
    const { text, result } = change(before);
    if (text === before) return { action: 'unchanged', id, file, ...(result.re.kept.length ? { kept: result.re.kept } : {}) };
    return { action: 'updated', id, file, changes: changesOf(result), kept: result.re.kept, diff: lineDiff(before, text), todo: await todo(ctx, id, file, text) };
  }
  const done = await updateIncidentText(ctx.repo, id, (before) => {
    const out = change(before);
    if (out.text !== before && out.result.evidence) {
      // The copies first, then the record: a record never names a file that is not there.
      const data = readForEdit(before, file)?.doc.data ?? parseIncidentText(before, file).data;
      evidenceFor(ctx, p, id, Array.isArray(data.evidence) ? (data.evidence as EvidenceItem[]) : [], false, env).publish();
    }
    return out;
  }, { now: ctx.now });
  const kept = done.re.kept.length ? { kept: done.re.kept } : {};
  if (!done.changed) return { action: 'unchanged', id, file, ...kept };
  ctx.repo.afterWrite?.();
  return { action: 'updated', id, file, changes: changesOf(done), ...kept };
}

const changesOf = (r: { re: { changes: string[] }; evidence: number }) =>
  [...r.re.changes, ...(r.evidence ? [`${r.evidence} evidence file${r.evidence === 1 ? '' : 's'} added`] : [])];

function timelineOf(text: string, file: string): unknown[] {
  const data = readForEdit(text, file)?.doc.data ?? parseIncidentText(text, file).data;
  return Array.isArray(data.timeline) ? data.timeline : [];
}

/**
 * The source's files for the incident, as evidence records (those not recorded yet, by SHA-256 of
 * the saved bytes): scrubbed of secrets like `incident evidence add`; written (unless `dryRun`)
 * under hidden names and put in place by publish() once the record is written.
 */
function evidenceFor(ctx: Context, p: Prepared, id: string, known: readonly EvidenceItem[], dryRun: boolean, { input, secrets }: Env) {
  const records: EvidenceItem[] = [];
  const files: { final: string; temp: string }[] = [];
  const undo = () => {
    for (const f of files) rmSync(f.temp, { force: true });
  };
  if (!p.evidence.length) return { records, publish: () => {}, undo };
  const dir = dryRun ? join(ctx.repo.incidentsDir, id, 'evidence') : evidenceDir(ctx.repo, id);
  const taken = new Set<string>(known.map((k) => k.file.split('/').pop()!));
  const have = new Set(known.map((k) => k.sha256));
  for (const e of p.evidence) {
    const original = Buffer.from(input.bytes(e.path));
    if (e.sha256 && sha256(original) !== e.sha256.toLowerCase()) {
      throw new CommandError(`Unexpected SHA-256 of ${e.path} (${sha256(original).slice(0, 12)}...), expected ${e.sha256.slice(0, 12)}... as the source records it`);
    }
    if (original.length > ctx.repo.config.evidence_max_bytes) {
      throw new CommandError(`${e.path} is over evidence_max_bytes: keep large files out of the repository and log a link`);
    }
    const found = scrub(original, secrets);
    if (found.total && original.includes(0)) {
      throw new CommandError(`Unexpected secret in ${e.path} (${describeKinds(found.kinds)}): it is binary, so it cannot be scrubbed without breaking it`);
    }
    const data = found.data;
    const hash = sha256(data);
    if (have.has(hash)) continue;
    have.add(hash);
    const ms = parseInstant(e.at) ?? p.startMs;
    const name = uniqueName(stamp(ms), safeName(e.name), (c) => taken.has(c) || existsSync(join(dir, c)));
    taken.add(name);
    records.push({
      file: `${id}/evidence/${name}`, sha256: hash, size: data.length, at: e.at,
      ...(e.by ? { by: e.by } : {}), ...(e.note ? { note: e.note } : {}), ...(found.total ? { scrubbed: found.total } : {}),
    });
    if (!dryRun) {
      const temp = join(dir, `.${name}.pending.tmp`);
      if (!createExclusive(temp, data)) throw new CommandError(`${relative(ctx.cwd, temp)} exists: another import is saving it`);
      files.push({ final: join(dir, name), temp });
    }
  }
  return {
    records,
    publish: () => {
      for (const f of files) {
        if (!createExclusive(f.final, readFileSync(f.temp))) throw new CommandError(`${relative(ctx.cwd, f.final)} exists`);
        rmSync(f.temp, { force: true });
      }
    },
    undo,
  };
}

/** What validate will report on a text (--dry-run: the text that would be written), with fixes. */
async function todo(ctx: Context, id: string, file: string, text: string): Promise<Hint[]> {
  const { diagnostics, data } = await checkText({ file, text, config: ctx.repo.config, now: ctx.now, template: loadTemplate(ctx.repo, 'incident.md') });
  return closeHints(diagnostics, id, file, data);
}

/**
 * What validate will report on the files written, with fixes: validate's own checks on every core
 * (its pool), as `incident validate <files>` would run them, once all are written.
 */
async function hintsForWritten(ctx: Context, outcomes: ImportOutcome[]): Promise<void> {
  const written = outcomes.filter((o) => o.id && o.file && (o.action === 'created' || o.action === 'updated'));
  if (!written.length) return;
  const jobs = written.map((o) => ({ path: join(ctx.repo.incidentsDir, `${o.id}.md`), file: o.file! }));
  const shared = { config: ctx.repo.config, now: ctx.now, template: loadTemplate(ctx.repo, 'incident.md'), publicTemplates: publicTemplates(ctx.repo), hash: false };
  const checked = defaultThreads('validate', jobs.length) === 1 ? await checkInTurn(jobs, shared) : await (await import('./validate-pool.ts')).checkAll(jobs, shared);
  // closeHints words the fix; it reads action item titles from the data only for one kind of finding.
  written.forEach((o, i) => {
    o.todo = closeHints(checked[i]!.diagnostics, o.id!, o.file!, undefined);
  });
}
