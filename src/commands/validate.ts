// `incident validate [paths...]`: every incident (or the given files, or those changed against a
// git base) checked against the rules, with a cache so that a re-run only re-checks changed bytes.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { withSep } from '../io/paths.ts';
import { UsageError } from '../core/util/errors.ts';
import { quickFields } from '../core/yaml/fast-frontmatter.ts';
import { RULES } from '../core/rules/index.ts';
import { oneLine, prettyLine, readPretty, type Summary } from '../core/validate/format.ts';
import type { Diagnostic } from '../core/rules/types.ts';
import { directoryNames, display, incidentFilesIn, incidentPath, listIncidentIds, unknownIncident } from '../io/repo.ts';
import { loadTemplate, publicTemplates } from '../io/templates.ts';
import { today } from '../core/rules/postmortem-process.ts';
import { cachePath, hashText, ValidateCache, type CacheEntry } from '../io/validate-cache.ts';
import { shortStat, statPrefix } from '../io/short-stat.ts';
import { checkAll } from './validate-pool.ts';
import { filesOf, filesUnder, type Files } from './validate-files.ts';
import { context, type Context, type Deps } from './context.ts';

declare const CASEFILE_VERSION: string;

export interface ValidateOptions {
  paths?: string[];
  /** Only files changed against this git base (true: against HEAD, i.e. uncommitted changes). */
  changed?: string | boolean;
  cache?: boolean;
  /** At most this many threads (default: src/io/threads.ts). */
  threads?: number;
}

export interface ValidateResult {
  summary: Summary;
  /** The pretty report's lines for every finding, in order (without the total), in UTF-8. */
  readonly printed: Buffer;
  /** The same bytes in the pieces they are kept in (a warm run's are slices of the cache, a megabyte for 10,000 files: written as they are, not copied into one). */
  readonly printedParts: Buffer[];
  /** All findings, in order (read back from the printed lines of cached files when first asked for). */
  readonly diagnostics: Diagnostic[];
}

export const UNIQUE_ID = 'unique-id';

/** A file that is not held in the cache's columns as it was: its id and findings, and its stamp while it waits to be checked. */
interface Result {
  /** The id, unless it is `named`: the file's own name. */
  id: string | undefined;
  named: boolean;
  errors: number;
  warnings: number;
  /** Pretty lines naming the file by its root-relative path (the cache's form). */
  printed: string;
  /** When just checked: the findings, the file named as the user sees it. */
  diagnostics: Diagnostic[] | undefined;
  size: number;
  mtimeMs: number;
  ctimeMs: number;
}

/** What the report is made of, in order: files held in the cache (a range of its columns), or one other file. */
type Part = { from: number; to: number } | { j: number; r: Result };

const unchecked = (size = 0, mtimeMs = 0, ctimeMs = 0): Result => ({ id: undefined, named: false, errors: 0, warnings: 0, printed: '', diagnostics: undefined, size, mtimeMs, ctimeMs });
const fromEntry = (e: CacheEntry): Result => ({ ...unchecked(), id: e.id, named: e.named, errors: e.errors, warnings: e.warnings, printed: e.printed });

export async function validate(options: ValidateOptions, deps: Deps): Promise<ValidateResult> {
  const ctx = await context(deps);
  const template = loadTemplate(ctx.repo, 'incident.md');
  const cacheFile = options.cache === false ? undefined : cachePath(ctx.repo.root);
  // The public templates decide what public-leak finds: a change to one re-checks every file.
  const shared = { config: ctx.repo.config, now: ctx.now, template, publicTemplates: publicTemplates(ctx.repo), hash: cacheFile !== undefined };
  const version = typeof CASEFILE_VERSION === 'string' ? CASEFILE_VERSION : 'dev';
  // The key as it is, not hashed: it is some 17,000 characters (the templates), which hashText's
  // loop, run once and so not yet compiled, took 1.1 ms of Node 20's CPU and 1.6 of Node 24's to
  // hash on every run (medians of 7 runs), far more than the cache's first line costs to compare.
  const key = JSON.stringify([version, RULES.map((r) => r.id), shared.config, template, shared.publicTemplates]);
  const cache = ValidateCache.open(cacheFile, key);
  const relative = relativeTo(ctx.repo.root);
  const { files, listed, aligned } = await targets(ctx, options, cache, relative);
  // A cached entry holds while its file's date is today's in its zone (due dates pass at midnight there).
  const todayIn = (zone: string | undefined) => today(ctx.now, zone);
  const dated = (e: CacheEntry | undefined) => (e?.date !== undefined && e.date === todayIn(e.zone || undefined) ? e : undefined);

  // The loop every file goes through on every run, mostly before the JIT has warmed up: typed
  // and plain arrays, and for a file held in the cache's columns nothing but its stat.
  const held = new Int32Array(files.length).fill(-1); // the file's index in the cache's columns, when held
  const results: (Result | undefined)[] = new Array(files.length);
  const todo: number[] = [];
  const root = withSep(ctx.repo.root);
  const prefix = statPrefix(root);
  for (let j = 0; j < files.length; j++) {
    if (!cacheFile) {
      results[j] = unchecked();
      todo.push(j);
      continue;
    }
    // Aligned, the path is root + rel, made only if needed (validate-files.ts).
    const path = aligned ? undefined : files.at(j);
    const rel = path === undefined ? cache.rels[j]! : relative(path);
    // By its shortest name (short-stat.ts); a file gone since it was listed fails as it always did.
    const stat = (path === undefined || path.startsWith(root) ? shortStat(prefix, root, rel) : undefined) ?? statSync(path ?? files.at(j));
    const i = aligned ? j : cache.index(rel);
    if (i >= 0 && cache.holds(i, stat.size, stat.mtimeMs, stat.ctimeMs, todayIn)) {
      held[j] = i;
      continue;
    }
    const cached = dated(cache.get(rel));
    if (cached && cached.size === stat.size && cached.mtimeMs === stat.mtimeMs && cached.ctimeMs === stat.ctimeMs) {
      results[j] = fromEntry(cached);
      continue;
    }
    // Touched but maybe not changed: same bytes, same findings. (Files never seen are read by the
    // workers only, so a cold run keeps no file's text in this thread.)
    if (cached && cached.size === stat.size && cached.hash === hashText(readFileSync(path ?? files.at(j), 'utf8'))) {
      cache.set(rel, { ...cached, mtimeMs: stat.mtimeMs, ctimeMs: stat.ctimeMs });
      results[j] = fromEntry(cached);
      continue;
    }
    results[j] = unchecked(stat.size, stat.mtimeMs, stat.ctimeMs);
    todo.push(j);
  }
  const jobs = todo.map((j) => ({ path: files.at(j), file: display(ctx.repo, files.at(j)) }));
  // Threads only pay off for many files (a cold run): checkAll decides.
  const checked = await checkAll(jobs, shared, options.threads);
  todo.forEach((j, k) => {
    const { hash, id, zone, date, diagnostics } = checked[k]!;
    const r = results[j]!;
    const rel = relative(files.at(j));
    const named = id !== undefined && files.at(j).endsWith(`${sep}${id}.md`);
    const errors = diagnostics.filter((d) => d.severity === 'error').length;
    Object.assign(r, { id: named ? undefined : id, named, errors, warnings: diagnostics.length - errors, diagnostics });
    r.printed = diagnostics.map((d) => prettyLine(d.file === rel ? d : { ...d, file: rel })).join('');
    if (cacheFile) cache.set(rel, { size: r.size, mtimeMs: r.mtimeMs, ctimeMs: r.ctimeMs, hash, id: r.id, named, zone, date, errors: r.errors, warnings: r.warnings, printed: r.printed });
  });
  cache.save(listed && { ...listed, files: listed.files ?? files.all().map(relative) });

  // Duplicate ids make a file's findings one more: it is no longer held as cached.
  const ids = new Ids(files, held, results, cache);
  const duplicates = duplicateIds(ctx, ids, !(options.paths?.length || options.changed));
  for (const [j, dup] of duplicates) {
    const rel = relative(files.at(j));
    if (held[j]! >= 0) results[j] = fromEntry(cache.get(rel)!), held[j] = -1;
    const r = results[j]!;
    const mine = [...findingsOf(r, display(ctx.repo, files.at(j)), rel), dup].sort((a, b) => a.line - b.line || a.column - b.column);
    Object.assign(r, { diagnostics: mine, errors: r.errors + 1, printed: mine.map((d) => prettyLine({ ...d, file: rel })).join('') });
  }

  return report(ctx, files, held, results, cache, relative);
}

/**
 * The result: runs of held files as ranges of the cache's columns (their printed lines one slice
 * each), the other files one by one; diagnostics read back only when asked for.
 */
function report(
  ctx: Context, files: Files, held: Int32Array, results: readonly (Result | undefined)[],
  cache: ValidateCache, relative: (path: string) => string,
): ValidateResult {
  const parts: Part[] = [];
  let errors = 0;
  let warnings = 0;
  for (let j = 0; j < files.length; j++) {
    const i = held[j]!;
    if (i >= 0) {
      // A run of held files that are columns in a row: one range, counted in one call (a warm run
      // holds all but a few of 10,000 files).
      let to = i + 1;
      while (j + 1 < files.length && held[j + 1] === to) {
        j++;
        to++;
      }
      errors += cache.errorsIn(i, to);
      warnings += cache.warningsIn(i, to);
      const last = parts[parts.length - 1];
      if (last && 'to' in last && last.to === i) last.to = to;
      else parts.push({ from: i, to });
      continue;
    }
    const r = results[j]!;
    errors += r.errors;
    warnings += r.warnings;
    if (r.errors + r.warnings > 0) parts.push({ j, r });
  }
  // The printed lines name files from the root; from anywhere else they are read back and renamed.
  const atRoot = display(ctx.repo, join(ctx.repo.root, 'x')) === 'x';
  const fileDiagnostics = (part: Part): Diagnostic[] => {
    if ('r' in part) return findingsOf(part.r, display(ctx.repo, files.at(part.j)), relative(files.at(part.j)));
    const out: Diagnostic[] = [];
    for (let i = part.from; i < part.to; i++) {
      const rel = cache.rels[i]!;
      const file = display(ctx.repo, join(ctx.repo.root, rel));
      for (const d of readPretty(rel, cache.printedOf(i, i + 1).toString()) ?? []) out.push({ ...d, file });
    }
    return out;
  };
  let all: Diagnostic[] | undefined;
  const diagnostics = () => (all ??= parts.flatMap(fileDiagnostics));
  return {
    summary: { files: files.length, errors, warnings },
    get diagnostics() {
      return diagnostics();
    },
    get printed() {
      return Buffer.concat(this.printedParts);
    },
    get printedParts() {
      if (!atRoot) return [Buffer.from(diagnostics().map(prettyLine).join(''))];
      return parts.map((part) => ('r' in part ? Buffer.from(part.r.printed) : cache.printedOf(part.from, part.to)));
    },
  };
}

/** A file's findings named `file`: as checked, or read back from its printed lines. */
function findingsOf(r: Result, file: string, rel: string): Diagnostic[] {
  return r.diagnostics ?? (readPretty(rel, r.printed) ?? []).map((d) => ({ ...d, file }));
}

/**
 * The files to check, sorted: the given paths (files, or directories of .md files), the changed
 * ones, or all. For all, `listed` is the incidents directory's mtime, taken before its files were
 * listed (from the cache when that mtime is the cache's: nothing was added or removed since), and
 * `aligned` says the files are the cache's columns, one for one.
 */
async function targets(ctx: Context, options: ValidateOptions, cache: ValidateCache, relative: (path: string) => string) {
  const dir = ctx.repo.incidentsDir;
  if (options.paths?.length) {
    const paths = options.paths.flatMap((p) => {
      const given = isAbsolute(p) ? p : resolve(ctx.cwd, p);
      // An id where a file goes, as every other command takes it: its file in the incidents directory.
      const byId = !existsSync(given) && /^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(p) ? incidentPath(ctx.repo, p) : undefined;
      const abs = byId ?? given;
      if (!existsSync(abs)) throw byId ? unknownIncident(ctx.repo, p) : new UsageError(`Unexpected path "${p}", expected an incident file, directory or id`);
      if (!statSync(abs).isDirectory()) return [abs];
      return readdirSync(abs).filter((n) => n.endsWith('.md') && !n.startsWith('.')).map((n) => join(abs, n));
    });
    return { files: filesOf([...(await changedOnly(ctx, options, paths))].sort()), aligned: false };
  }
  const dirStat = statSync(dir, { throwIfNoEntry: false });
  if (!dirStat) return { files: filesOf([]), aligned: false };
  const listed = { dir: relative(dir), mtimeMs: dirStat.mtimeMs };
  const cached = cache.listing(listed.dir, listed.mtimeMs);
  const root = withSep(ctx.repo.root);
  // Else the directory is read: most often (after a write command) its files are still the cache's.
  const names = cached ? undefined : directoryNames(ctx.repo);
  const relisted = names && cache.filesListed(listed.dir, names);
  const rels = cached ?? relisted;
  const files = rels ? filesUnder(root, rels) : filesOf(incidentFilesIn(ctx.repo, names!));
  if (options.changed !== undefined && options.changed !== false) return { files: filesOf(await changedOnly(ctx, options, files.all())), aligned: false };
  // Aligned: path j is root + cache.rels[j] (the stat loop then names it by cache.rels[j]).
  const aligned = rels === cache.rels;
  // The directory just read: the cache records its files (`files`: the cache's own list, when so) and its mtime from before the reading.
  return { files, listed: cached ? undefined : { ...listed, files: relisted }, aligned };
}

async function changedOnly(ctx: Context, options: ValidateOptions, paths: readonly string[]): Promise<readonly string[]> {
  if (options.changed === undefined || options.changed === false) return paths;
  const changed = new Set(await changedFiles(ctx, options.changed === true ? 'HEAD' : options.changed));
  return paths.filter((p) => changed.has(p));
}

/** Incident files that differ between `base` (its merge base with HEAD) and the work tree, or are new. */
async function changedFiles(ctx: Context, base: string): Promise<string[]> {
  // Loaded only here: git (node:child_process) is for --changed, which the lane never runs.
  const { changedSince } = await import('../io/git-changed.ts');
  const changed = changedSince(ctx.repo.root, base, relative(ctx.repo.root, ctx.repo.incidentsDir) || '.');
  if (!changed) throw new UsageError(`Unexpected --changed base "${base}", expected a git revision (a branch, tag or commit) in this repository`);
  return changed;
}

/** The id of each file to check, whether held in the cache's columns or not. */
class Ids {
  private readonly odd: Map<number, string | undefined>; // files whose id is not their name, by j

  constructor(
    readonly files: Files,
    held: Int32Array,
    results: readonly (Result | undefined)[],
    cache: ValidateCache,
  ) {
    const odd: [number, string | undefined][] = [];
    const oddHeld = cache.oddIds(); // a few: no loop over every file with a map
    if (oddHeld.length > 0) {
      const fileOf = new Int32Array(cache.rels.length).fill(-1);
      for (let j = 0; j < held.length; j++) if (held[j]! >= 0) fileOf[held[j]!] = j;
      for (const [i, id] of oddHeld) if (fileOf[i]! >= 0) odd.push([fileOf[i]!, id]);
    }
    results.forEach((r, j) => {
      if (r && !r.named) odd.push([j, r.id]);
    });
    this.odd = new Map(odd.sort((a, b) => a[0] - b[0]));
  }

  /** The files whose id is not their own name (undefined: none), by index. */
  others(): Map<number, string | undefined> {
    return this.odd;
  }

  idAt(j: number): string | undefined {
    return this.odd.has(j) ? this.odd.get(j) : basename(this.files.at(j), '.md');
  }

  /** The index of a file among those to check (they are sorted), or -1. */
  indexOf(path: string): number {
    return this.files.indexOf(path);
  }
}

/**
 * Ids must be unique across the repository: checked files against each other and every other
 * incident file. The finding of each checked file whose id is not unique, by index.
 */
function duplicateIds(ctx: Context, ids: Ids, everyIncident: boolean): Map<number, Diagnostic> {
  const owners = everyIncident ? ownersInOneDirectory(ctx, ids) : ownersOfAll(ctx, ids);
  const found = new Map<number, Diagnostic>();
  for (const [id, paths] of owners) {
    if (paths.length < 2) continue;
    for (const path of paths) {
      const j = ids.indexOf(path);
      if (j < 0) continue;
      const others = paths.filter((p) => p !== path).map((p) => display(ctx.repo, p));
      const { line, column } = idPosition(readFileSync(path, 'utf8'));
      found.set(j, {
        file: display(ctx.repo, path), line, column, severity: 'error', ruleId: UNIQUE_ID,
        message: oneLine(`Unexpected id "${id}", expected a unique id (also in ${others.join(', ')})`),
      });
    }
  }
  return found;
}

/**
 * Every incident checked, all in the incidents directory: files whose id is their own name cannot
 * share it (names are unique in a directory), so only the few others are looked up.
 */
function ownersInOneDirectory(ctx: Context, ids: Ids): Map<string, string[]> {
  const owners = new Map<string, string[]>();
  for (const [j, id] of ids.others()) if (id) owners.set(id, [...(owners.get(id) ?? []), ids.files.at(j)]);
  // Each such id's own file (<dir>/<id>.md) holds it too when that file's id is its name.
  for (const [id, paths] of owners) {
    const home = join(ctx.repo.incidentsDir, `${id}.md`);
    const j = ids.indexOf(home);
    if (j >= 0 && !ids.others().has(j)) paths.unshift(home);
  }
  return owners;
}

/** Some files checked: their ids against each other and every other incident file's. */
function ownersOfAll(ctx: Context, ids: Ids): Map<string, string[]> {
  const owners = new Map<string, string[]>();
  const add = (id: string | undefined, path: string) => id && owners.set(id, [...(owners.get(id) ?? []), path]);
  const paths = ids.files.all();
  paths.forEach((path, j) => add(ids.idAt(j), path));
  const checked = new Set(paths);
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
  const prefix = withSep(root);
  return (path) => (path.startsWith(prefix) ? path.slice(prefix.length) : relative(root, path));
}

function idPosition(text: string): { line: number; column: number } {
  const m = /^id:[ \t]*/m.exec(text);
  if (!m) return { line: 2, column: 1 };
  return { line: text.slice(0, m.index).split('\n').length, column: m[0].length + 1 };
}
