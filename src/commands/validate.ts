// `incident validate [paths...]`: every incident (or the given files, or those changed against a
// git base) checked against the rules, with a cache so that a re-run only re-checks changed bytes.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { UsageError } from '../core/errors.ts';
import { quickFields } from '../core/fast-frontmatter.ts';
import { RULES } from '../core/rules/index.ts';
import { summarize, type Summary } from '../core/validate/format.ts';
import type { Diagnostic } from '../core/validate/types.ts';
import { display, listIncidentIds } from '../io/repo.ts';
import { loadTemplate } from '../io/templates.ts';
import { changedSince } from '../io/git-changed.ts';
import { today } from '../core/rules/postmortem-process.ts';
import { cachePath, hashText, toDiagnostic, toFinding, ValidateCache, type CacheEntry, type Finding } from '../io/validate-cache.ts';
import { checkInTurn, PARALLEL_FROM } from './validate-check.ts';
import { context, type Context, type Deps } from './context.ts';

declare const CASEFILE_VERSION: string;

export interface ValidateOptions {
  paths?: string[];
  /** Only files changed against this git base (true: against HEAD, i.e. uncommitted changes). */
  changed?: string | boolean;
  cache?: boolean;
  /** At most this many threads (default: one per core). */
  threads?: number;
}

export interface ValidateResult {
  diagnostics: Diagnostic[];
  summary: Summary;
}

export const UNIQUE_ID = 'unique-id';

/** One file's outcome: its findings and id; size and mtime while it waits to be checked. */
interface Result {
  path: string;
  findings: readonly Finding[];
  id?: string;
  size?: number;
  mtimeMs?: number;
}

const NO_FINDINGS: readonly Finding[] = [];

export async function validate(options: ValidateOptions, deps: Deps): Promise<ValidateResult> {
  const ctx = await context(deps);
  const template = loadTemplate(ctx.repo, 'incident.md');
  const cacheFile = options.cache === false ? undefined : cachePath(ctx.repo.root);
  const shared = { config: ctx.repo.config, now: ctx.now, template, hash: cacheFile !== undefined };
  const version = typeof CASEFILE_VERSION === 'string' ? CASEFILE_VERSION : 'dev';
  const key = hashText(JSON.stringify([version, RULES.map((r) => r.id), shared.config, template]));
  const cache = ValidateCache.open(cacheFile, key);
  const relative = relativeTo(ctx.repo.root);
  const { paths, listed } = targets(ctx, options, cache, relative);
  // A cached entry holds while its file's date is today's in its zone (due dates pass at midnight there).
  const dated = (entry: CacheEntry | undefined) => (entry?.date !== undefined && entry.date === today(ctx.now, entry.zone || undefined) ? entry : undefined);

  // Plain arrays and indexed loops: this runs over every file on every run, mostly before the JIT
  // has warmed up, where iterating a Map with destructuring costs more than the work itself.
  const results: Result[] = new Array(paths.length);
  const todo: number[] = [];
  for (let i = 0; i < paths.length; i++) {
    const path = paths[i]!;
    if (!cacheFile) {
      results[i] = { path, findings: NO_FINDINGS };
      todo.push(i);
      continue;
    }
    const rel = relative(path);
    const stat = statSync(path);
    const cached = dated(cache.get(rel));
    if (cached && cached.size === stat.size && cached.mtimeMs === stat.mtimeMs) {
      results[i] = { path, findings: cached.findings, id: cached.id };
      continue;
    }
    // Touched but maybe not changed: same bytes, same findings. (Files never seen are read by the
    // workers only, so a cold run keeps no file's text in this thread.)
    if (cached && cached.size === stat.size && cached.hash === hashText(readFileSync(path, 'utf8'))) {
      cache.set(rel, { ...cached, mtimeMs: stat.mtimeMs });
      results[i] = { path, findings: cached.findings, id: cached.id };
      continue;
    }
    results[i] = { path, findings: NO_FINDINGS, size: stat.size, mtimeMs: stat.mtimeMs };
    todo.push(i);
  }
  const jobs = todo.map((i) => ({ path: paths[i]!, file: display(ctx.repo, paths[i]!) }));
  // Threads only pay off for many files (a cold run); their module is loaded only then.
  const checked = jobs.length < PARALLEL_FROM ? await checkInTurn(jobs, shared) : await (await import('./validate-pool.ts')).checkAll(jobs, shared, options.threads);
  todo.forEach((i, k) => {
    const { hash, id, zone, date, diagnostics } = checked[k]!;
    const r = results[i]!;
    r.findings = diagnostics.map(toFinding);
    r.id = id;
    if (cacheFile) cache.set(relative(r.path), { size: r.size!, mtimeMs: r.mtimeMs!, hash, id, zone, date, findings: r.findings });
  });
  cache.save(listed && { ...listed, files: paths.map(relative) });

  // Each file's findings are in line order already, and the files are in order unless given otherwise.
  const duplicates = duplicateIds(ctx, results, !(options.paths?.length || options.changed));
  const diagnostics: Diagnostic[] = [];
  for (let i = 0; i < results.length; i++) {
    const { path, findings } = results[i]!;
    const dup = duplicates.get(path);
    if (findings.length === 0 && !dup) continue;
    const file = display(ctx.repo, path);
    const mine = findings.map((f) => toDiagnostic(file, f));
    if (dup) mine.push(dup), mine.sort((a, b) => a.line - b.line || a.column - b.column);
    for (let k = 0; k < mine.length; k++) diagnostics.push(mine[k]!);
  }
  for (let i = 1; i < diagnostics.length; i++) {
    if (diagnostics[i - 1]!.file > diagnostics[i]!.file) {
      diagnostics.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
      break;
    }
  }
  return { diagnostics, summary: summarize(paths.length, diagnostics) };
}

/**
 * The files to check: the given paths (files, or directories of .md files), the changed ones, or
 * all. For all, `listed` is the incidents directory's mtime, taken before its files were listed
 * (from the cache when that mtime is the cache's: nothing was added or removed since).
 */
function targets(ctx: Context, options: ValidateOptions, cache: ValidateCache, relative: (path: string) => string) {
  const dir = ctx.repo.incidentsDir;
  if (options.paths?.length) {
    const paths = options.paths.flatMap((p) => {
      const abs = isAbsolute(p) ? p : resolve(ctx.cwd, p);
      if (!existsSync(abs)) throw new UsageError(`Unexpected path "${p}", expected an incident file or directory`);
      if (!statSync(abs).isDirectory()) return [abs];
      return readdirSync(abs).filter((n) => n.endsWith('.md') && !n.startsWith('.')).sort().map((n) => join(abs, n));
    });
    return { paths: changedOnly(ctx, options, paths) };
  }
  const dirStat = statSync(dir, { throwIfNoEntry: false });
  if (!dirStat) return { paths: [] };
  const listed = { dir: relative(dir), mtimeMs: dirStat.mtimeMs };
  const cached = cache.listing(listed.dir, listed.mtimeMs);
  const root = ctx.repo.root.endsWith(sep) ? ctx.repo.root : ctx.repo.root + sep;
  const paths = cached ? cached.map((rel) => root + rel) : listIncidentIds(ctx.repo).map((id) => join(dir, `${id}.md`));
  if (options.changed !== undefined && options.changed !== false) return { paths: changedOnly(ctx, options, paths) };
  // The directory just read: the cache records its files and its mtime from before the reading.
  return { paths, listed: cached ? undefined : listed };
}

function changedOnly(ctx: Context, options: ValidateOptions, paths: string[]): string[] {
  if (options.changed === undefined || options.changed === false) return paths;
  const changed = new Set(changedFiles(ctx, options.changed === true ? 'HEAD' : options.changed));
  return paths.filter((p) => changed.has(p));
}

/** Incident files that differ between `base` (its merge base with HEAD) and the work tree, or are new. */
function changedFiles(ctx: Context, base: string): string[] {
  const changed = changedSince(ctx.repo.root, base, relative(ctx.repo.root, ctx.repo.incidentsDir) || '.');
  if (!changed) throw new UsageError(`Unexpected --changed base "${base}", expected a git revision (a branch, tag or commit) in this repository`);
  return changed;
}

/**
 * Ids must be unique across the repository: checked files against each other and every other
 * incident file. The finding of each checked file whose id is not unique, by path.
 */
function duplicateIds(ctx: Context, results: readonly Result[], everyIncident: boolean): Map<string, Diagnostic> {
  const owners = everyIncident ? ownersInOneDirectory(ctx, results) : ownersOfAll(ctx, results);
  const found = new Map<string, Diagnostic>();
  let checked: Set<string> | undefined;
  for (const [id, paths] of owners) {
    if (paths.length < 2) continue;
    checked ??= new Set(results.map((r) => r.path));
    for (const path of paths.filter((p) => checked!.has(p))) {
      const others = paths.filter((p) => p !== path).map((p) => display(ctx.repo, p));
      const { line, column } = idPosition(readFileSync(path, 'utf8'));
      found.set(path, {
        file: display(ctx.repo, path), line, column, severity: 'error', ruleId: UNIQUE_ID,
        message: `Unexpected id "${id}", expected a unique id (also in ${others.join(', ')})`,
      });
    }
  }
  return found;
}

/**
 * Every incident checked, all in the incidents directory: files whose id is their own name cannot
 * share it (names are unique in a directory), so only the few others are looked up.
 */
function ownersInOneDirectory(ctx: Context, results: readonly Result[]): Map<string, string[]> {
  const dir = ctx.repo.incidentsDir + sep;
  const owners = new Map<string, string[]>();
  let byPath: Map<string, Result> | undefined;
  for (let i = 0; i < results.length; i++) {
    const { path, id } = results[i]!;
    if (!id || (path.length === dir.length + id.length + 3 && path.startsWith(dir) && path.startsWith(id, dir.length))) continue;
    byPath ??= new Map(results.map((r) => [r.path, r]));
    const named = dir + id + '.md';
    const paths = owners.get(id) ?? (byPath.get(named)?.id === id ? [named] : []);
    owners.set(id, [...paths, path]);
  }
  return owners;
}

/** Some files checked: their ids against each other and every other incident file's. */
function ownersOfAll(ctx: Context, results: readonly Result[]): Map<string, string[]> {
  const owners = new Map<string, string[]>();
  const add = (id: string | undefined, path: string) => id && owners.set(id, [...(owners.get(id) ?? []), path]);
  for (const r of results) add(r.id, r.path);
  const checked = new Set(results.map((r) => r.path));
  for (const id of listIncidentIds(ctx.repo)) {
    const path = join(ctx.repo.incidentsDir, `${id}.md`);
    if (checked.has(path)) continue;
    const other = quickFields(readFileSync(path, 'utf8'), new Set(['id']))?.id;
    add(typeof other === 'string' ? other : undefined, path);
  }
  return owners;
}

/** Paths relative to the root, the cache's keys (the cache survives moving the clone); cheaper than path.relative. */
function relativeTo(root: string): (path: string) => string {
  const prefix = root.endsWith(sep) ? root : root + sep;
  return (path) => (path.startsWith(prefix) ? path.slice(prefix.length) : relative(root, path));
}

function idPosition(text: string): { line: number; column: number } {
  const m = /^id:[ \t]*/m.exec(text);
  if (!m) return { line: 2, column: 1 };
  return { line: text.slice(0, m.index).split('\n').length, column: m[0].length + 1 };
}
