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
import { cachePath, hashText, loadCache, saveCache, type CacheEntry } from '../io/validate-cache.ts';
import { checkAll, type Job } from './validate-pool.ts';
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
  const paths = targets(ctx, options);
  const template = loadTemplate(ctx.repo, 'incident.md');
  const shared = { config: ctx.repo.config, now: ctx.now, template };
  const day = new Date(ctx.now).toISOString().slice(0, 10); // due-date findings change with the day
  const version = typeof CASEFILE_VERSION === 'string' ? CASEFILE_VERSION : 'dev';
  const key = hashText(JSON.stringify([version, RULES.map((r) => r.id), shared.config, template, day]));
  const cache = loadCache(options.cache === false ? undefined : cachePath(ctx.repo.root), key);

  const entries = new Map<string, CacheEntry>();
  const todo: { job: Job; key: string; size: number; mtimeMs: number }[] = [];
  const keyOf = cacheKeys(ctx.repo.root);
  for (const path of paths) {
    const cacheKey = keyOf(path);
    const stat = statSync(path);
    const cached = cache.entries[cacheKey];
    if (cached && cached.size === stat.size && cached.mtimeMs === stat.mtimeMs) {
      entries.set(path, cached);
      continue;
    }
    // Touched but maybe not changed: same bytes, same findings. (Files never seen are read by the
    // workers only, so a cold run keeps no file's text in this thread.)
    if (cached && cached.hash === hashText(readFileSync(path, 'utf8'))) {
      entries.set(path, { ...cached, mtimeMs: stat.mtimeMs });
      continue;
    }
    todo.push({ job: { path, file: display(ctx.repo, path) }, key: cacheKey, size: stat.size, mtimeMs: stat.mtimeMs });
  }
  const checked = await checkAll(todo.map((t) => t.job), shared, options.threads);
  todo.forEach((t, i) => entries.set(t.job.path, { size: t.size, mtimeMs: t.mtimeMs, ...checked[i]! }));

  // Written only when something changed: a re-run with nothing new stays a read-only run.
  if (cache.path && [...entries].some(([path, entry]) => cache.entries[keyOf(path)] !== entry)) {
    for (const [path, entry] of entries) cache.entries[keyOf(path)] = entry;
    saveCache(cache);
  }
  const diagnostics = [...entries.values()].flatMap((e) => e.diagnostics);
  diagnostics.push(...duplicateIds(ctx, entries, options.paths?.length || options.changed ? undefined : paths));
  diagnostics.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column));
  return { diagnostics, summary: summarize(paths.length, diagnostics) };
}

/** The files to check: the given paths (files, or directories of .md files), the changed ones, or all. */
function targets(ctx: Context, options: ValidateOptions): string[] {
  const dir = ctx.repo.incidentsDir;
  let paths: string[];
  if (options.paths?.length) {
    paths = options.paths.flatMap((p) => {
      const abs = isAbsolute(p) ? p : resolve(ctx.cwd, p);
      if (!existsSync(abs)) throw new UsageError(`Unexpected path "${p}", expected an incident file or directory`);
      if (!statSync(abs).isDirectory()) return [abs];
      return readdirSync(abs).filter((n) => n.endsWith('.md') && !n.startsWith('.')).sort().map((n) => join(abs, n));
    });
  } else {
    paths = listIncidentIds(ctx.repo).map((id) => join(dir, `${id}.md`));
  }
  if (options.changed !== undefined && options.changed !== false) {
    const changed = new Set(changedFiles(ctx, options.changed === true ? 'HEAD' : options.changed));
    paths = paths.filter((p) => changed.has(p));
  }
  return paths;
}

/** Incident files that differ between `base` (its merge base with HEAD) and the work tree, or are new. */
function changedFiles(ctx: Context, base: string): string[] {
  const changed = changedSince(ctx.repo.root, base, relative(ctx.repo.root, ctx.repo.incidentsDir) || '.');
  if (!changed) throw new UsageError(`Unexpected --changed base "${base}", expected a git revision (a branch, tag or commit) in this repository`);
  return changed;
}

/** Ids must be unique across the repository: checked files against each other and every other incident file. */
function duplicateIds(ctx: Context, entries: Map<string, CacheEntry>, all?: string[]): Diagnostic[] {
  const owners = new Map<string, string[]>();
  const add = (id: string | undefined, path: string) => id && owners.set(id, [...(owners.get(id) ?? []), path]);
  for (const [path, entry] of entries) add(entry.id, path);
  // When every incident was checked, their ids are all known already.
  for (const path of all ? [] : listIncidentIds(ctx.repo).map((id) => join(ctx.repo.incidentsDir, `${id}.md`))) {
    if (entries.has(path)) continue;
    const other = quickFields(readFileSync(path, 'utf8'), new Set(['id']))?.id;
    add(typeof other === 'string' ? other : undefined, path);
  }
  const found: Diagnostic[] = [];
  for (const [id, paths] of owners) {
    if (paths.length < 2) continue;
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

/** Cache keys are paths relative to the root (the cache survives moving the clone); cheaper than path.relative. */
function cacheKeys(root: string): (path: string) => string {
  const prefix = root.endsWith(sep) ? root : root + sep;
  return (path) => (path.startsWith(prefix) ? path.slice(prefix.length) : relative(root, path));
}

function idPosition(text: string): { line: number; column: number } {
  const m = /^id:[ \t]*/m.exec(text);
  if (!m) return { line: 2, column: 1 };
  return { line: text.slice(0, m.index).split('\n').length, column: m[0].length + 1 };
}
