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
import { cachePath, hashText, ValidateCache, type Finding } from '../io/validate-cache.ts';
import { checkInTurn, PARALLEL_FROM, type Job } from './validate-check.ts';
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

export async function validate(options: ValidateOptions, deps: Deps): Promise<ValidateResult> {
  const ctx = await context(deps);
  const template = loadTemplate(ctx.repo, 'incident.md');
  const shared = { config: ctx.repo.config, now: ctx.now, template };
  const day = new Date(ctx.now).toISOString().slice(0, 10); // due-date findings change with the day
  const version = typeof CASEFILE_VERSION === 'string' ? CASEFILE_VERSION : 'dev';
  const key = hashText(JSON.stringify([version, RULES.map((r) => r.id), shared.config, template, day]));
  const cache = ValidateCache.open(options.cache === false ? undefined : cachePath(ctx.repo.root), key);
  const relative = relativeTo(ctx.repo.root);
  const shown = displayed(ctx);
  const { paths, listed } = targets(ctx, options, cache, relative);

  const found = new Map<string, { findings: Finding[]; id?: string }>();
  const todo: { job: Job; rel: string; size: number; mtimeMs: number }[] = [];
  for (const path of paths) {
    const rel = relative(path);
    const stat = statSync(path);
    const cached = cache.get(rel);
    if (cached && cached.size === stat.size && cached.mtimeMs === stat.mtimeMs) {
      found.set(path, cached);
      continue;
    }
    // Touched but maybe not changed: same bytes, same findings. (Files never seen are read by the
    // workers only, so a cold run keeps no file's text in this thread.)
    if (cached && cached.size === stat.size && cached.hash === hashText(readFileSync(path, 'utf8'))) {
      cache.set(rel, { ...cached, mtimeMs: stat.mtimeMs });
      found.set(path, cached);
      continue;
    }
    todo.push({ job: { path, file: shown(path) }, rel, size: stat.size, mtimeMs: stat.mtimeMs });
  }
  const jobs = todo.map((t) => t.job);
  // Threads only pay off for many files (a cold run); their module is loaded only then.
  const checked = jobs.length < PARALLEL_FROM ? await checkInTurn(jobs, shared) : await (await import('./validate-pool.ts')).checkAll(jobs, shared, options.threads);
  todo.forEach((t, i) => {
    const { hash, id, diagnostics } = checked[i]!;
    const findings = diagnostics.map(({ file: _, ...finding }) => finding);
    cache.set(t.rel, { size: t.size, mtimeMs: t.mtimeMs, hash, ...(id ? { id } : {}), findings });
    found.set(t.job.path, { findings, id });
  });
  cache.save(listed && { ...listed, files: paths.map(relative) });

  const diagnostics: Diagnostic[] = [];
  for (const [path, { findings }] of found) {
    if (findings.length === 0) continue;
    const file = shown(path);
    for (const f of findings) diagnostics.push({ file, ...f });
  }
  diagnostics.push(...duplicateIds(ctx, found, options.paths?.length || options.changed ? undefined : paths));
  diagnostics.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column));
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

/** Ids must be unique across the repository: checked files against each other and every other incident file. */
function duplicateIds(ctx: Context, entries: Map<string, { id?: string }>, all?: string[]): Diagnostic[] {
  // An id's one file, or its files once there is more than one: most ids are unique.
  const owners = new Map<string, string | string[]>();
  const add = (id: string | undefined, path: string) => {
    if (!id) return;
    const had = owners.get(id);
    if (had === undefined) owners.set(id, path);
    else if (typeof had === 'string') owners.set(id, [had, path]);
    else had.push(path);
  };
  for (const [path, entry] of entries) add(entry.id, path);
  // When every incident was checked, their ids are all known already.
  for (const path of all ? [] : listIncidentIds(ctx.repo).map((id) => join(ctx.repo.incidentsDir, `${id}.md`))) {
    if (entries.has(path)) continue;
    const other = quickFields(readFileSync(path, 'utf8'), new Set(['id']))?.id;
    add(typeof other === 'string' ? other : undefined, path);
  }
  const found: Diagnostic[] = [];
  for (const [id, paths] of owners) {
    if (typeof paths === 'string') continue;
    for (const path of paths.filter((p) => entries.has(p))) {
      const others = paths.filter((p) => p !== path).map((p) => display(ctx.repo, p));
      const { line, column } = idPosition(readFileSync(path, 'utf8'));
      found.push({
        file: display(ctx.repo, path), line, column, severity: 'error', ruleId: UNIQUE_ID,
        message: `Unexpected id "${id}", expected a unique id (also in ${others.join(', ')})`,
      });
    }
  }
  return found;
}

/** display() for many paths: the common cases (standing at the root or above it) without path.relative. */
function displayed(ctx: Context): (path: string) => string {
  const cwd = ctx.repo.cwd.endsWith(sep) ? ctx.repo.cwd : ctx.repo.cwd + sep;
  return (path) => (path.startsWith(cwd) ? path.slice(cwd.length) : display(ctx.repo, path));
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
