// `incident site --out DIR`: the internal incident catalogue, a static site for the team (a private
// Pages site or a CI artifact; never the public status page, which is `incident publish`). Every
// incident (drills marked) with its internal render, templates/postmortem.html.hbs (the body
// through the sanitizing Markdown pipeline the public pages use, the rest straight from the
// frontmatter), written as it is made. The insights are `incident insights`' figures. The other
// pages are src/core/site.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { isMainThread, Worker, workerData, parentPort } from 'node:worker_threads';
import { computeInsights, type InsightIncident } from '../core/insights/index.ts';
import { unpackIncident, type Packed } from '../core/insights/pack.ts';
import { sitePages, type SiteIncident } from '../core/site/pages.ts';
import { CommandError, DocumentError, UsageError } from '../core/util/errors.ts';
import { InsightsCache, JsonText } from '../io/insights-cache.ts';
import { cloneStateDir, display, listIncidentIds } from '../io/repo.ts';
import { openSiteDir } from '../io/site-dir.ts';
import { THREADS_FROM } from '../io/threads.ts';
import { keepNewPage, placeCachedPage, prunePages } from '../io/site-page-cache.ts';
import { workerEnv } from '../io/worker-env.ts';
import { findTemplate, loadPartials, mayShowPublicSummary } from '../io/templates.ts';
import { hashText } from '../io/validate-cache.ts';
import { context, type Context, type Deps } from './context.ts';
import { insightSettings } from './insights.ts';
import { readRecord, renderPages, type PageJob, type PageOutcome } from './site-render.ts';

declare const CASEFILE_VERSION: string;
const VERSION = typeof CASEFILE_VERSION === 'string' ? CASEFILE_VERSION : 'dev';

export interface SiteOptions {
  out?: string;
  /** false: render every page, and leave the site cache as it is (--no-cache). */
  cache?: boolean;
  /** At most this many threads render pages (default: src/io/threads.ts). */
  threads?: number;
}

export interface SiteResult {
  out: string;
  incidents: number;
  /** Files that could not be read (left out; the CLI prints them on stderr). */
  problems: string[];
}

/**
 * From this many files (and THREADS_FROM.site without --threads: buildsHere) the site is built on a
 * thread of its own (the pages on more threads, site-render.ts) with a bounded heap. The build keeps
 * what every file gives the other pages (55 MB for 10,000 incidents) while it makes garbage: left
 * alone, V8 on Node 24 grows the young generation to 64 MB semi-spaces and the old one with
 * uncollected garbage (359 MB of memory; 246 MB on Node 20). With bounds, 233 MB and 210 MB. The old
 * generation's bound grows with the files' size; a build that outgrows it anyway is made again on
 * this thread, without bounds.
 */
export const OWN_THREAD_FROM = 200;
const BUILDER_YOUNG_MB = 24;
const builderOldMb = (fileBytes: number) => Math.ceil(64 + (2 * fileBytes) / 2 ** 20);

/**
 * Whether the site is built on this thread, its pages in turn: below OWN_THREAD_FROM files, and below
 * THREADS_FROM.site unless --threads says how many (one thread is quickest there: src/io/threads.ts).
 * Else on the builder (--threads 1 too: its pages on the builder alone, whose heap is bounded; on
 * this thread, 10,000 incidents took 333-347 MB of memory on Node 24).
 */
export const buildsHere = (files: number, threads: number | undefined): boolean =>
  files < OWN_THREAD_FROM || (threads === undefined && files < THREADS_FROM.site);

export async function site(options: SiteOptions, deps: Deps): Promise<SiteResult> {
  if (!options.out) throw new UsageError('Unexpected missing --out, expected the directory to write the site to (for example --out internal-site)');
  const ctx = await context(deps);
  const opts = { ...options, out: options.out };
  const names = isMainThread ? listIncidentIds(ctx.repo) : [];
  if (buildsHere(names.length, options.threads)) return build({ ...opts, threads: 1 }, ctx);
  // Their sizes bound the builder's heap; the builder takes the list (and, for the cache, sizes and times) from here.
  const listed: Listed = { names, sizes: [], mtimes: [], ctimes: [] };
  for (const name of names) {
    const { size, mtimeMs, ctimeMs } = statSync(join(ctx.repo.incidentsDir, `${name}.md`));
    listed.sizes.push(size);
    listed.mtimes.push(mtimeMs);
    listed.ctimes.push(ctimeMs);
  }
  const bytes = listed.sizes.reduce((a, b) => a + b, 0);
  try {
    return await onBuilderThread(opts, deps, builderOldMb(bytes), listed);
  } catch (error) {
    if ((error as { code?: unknown }).code !== 'ERR_WORKER_OUT_OF_MEMORY') throw error;
    removeUnfinished(resolve(ctx.cwd, opts.out));
    return build(opts, ctx);
  }
}

/** The incident files (names without .md) with their sizes, mtimes and ctimes, as site() found them before starting the builder. */
interface Listed {
  names: string[];
  sizes: number[];
  mtimes: number[];
  ctimes: number[];
}

async function build(options: SiteOptions & { out: string }, ctx: Context, listed?: Listed): Promise<SiteResult> {
  const { repo } = ctx;
  const dir = resolve(ctx.cwd, options.out);
  const title = `${repo.config.site.title ?? repo.config.site_title} (internal)`;
  const template = findTemplate(repo, 'postmortem.html.hbs')!;
  const { partials, files } = loadPartials(repo, 'html');

  // The site cache: per file its page and what the other pages take from it, kept while the
  // file, the templates, the title and the zone stay the same (and the clock, if a template shows it).
  const state = options.cache === false ? undefined : siteCacheDir(repo.root);
  const cached = state && join(state, 'site-pages');
  const sources = [template.source, ...Object.values(partials)];
  const key = hashText(JSON.stringify([VERSION, template.file, sources, title, ctx.defaultTimeZone, sources.some((t) => /\bnow\b/.test(t)) ? ctx.now : null]));
  const cache = InsightsCache.open(state && join(state, 'site-cache.txt'), key, 'casefile site cache 3');
  if (cached) mkdirSync(cached, { recursive: true });

  const out = openSiteDir(dir, display(repo, dir), 'incident site');
  try {
    mkdirSync(join(out.path, 'incidents'));
    // Pages of files unchanged since the last build come from the cache; the others are rendered,
    // named by their file (an id is any text), each written as soon as it is made.
    const names = listed?.names ?? listIncidentIds(repo);
    // A rendered page's record as text (site-render.ts), a cached one as objects; undefined once read, if the cache will not take it.
    const results: (PageOutcome | { hash: string; site: SiteIncident; packed: Packed; problem?: undefined; record?: undefined } | undefined)[] = new Array(names.length);
    const jobs: PageJob[] = [];
    const todo: { k: number; file: string; size: number; mtimeMs: number; ctimeMs: number }[] = [];
    for (const [k, name] of names.entries()) {
      const path = join(repo.incidentsDir, `${name}.md`);
      const file = `${name}.md`;
      let size = 0;
      let mtimeMs = 0;
      let ctimeMs = 0;
      if (cached) {
        ({ size, mtimeMs, ctimeMs } = listed ? { size: listed.sizes[k]!, mtimeMs: listed.mtimes[k]!, ctimeMs: listed.ctimes[k]! } : statSync(path));
        let entry = cache.unchanged(file, size, mtimeMs, ctimeMs);
        let fresh = false;
        if (!entry) {
          const previous = cache.previous(file); // touched, but maybe the same bytes
          if (previous && previous.size === size && previous.hash === hashText(readFileSync(path, 'utf8'))) entry = { ...previous, mtimeMs, ctimeMs };
          fresh = true;
        }
        const got = entry && fromCache(entry.record);
        if (got && placeCachedPage(join(cached, `${name}.html`), join(out.path, 'incidents', `${name}.html`))) {
          cache.keep(file, { ...entry!, record: undefined }, fresh); // packed again only if the cache is written
          results[k] = { hash: entry!.hash, ...got };
          continue;
        }
      }
      jobs.push({ path, shown: display(repo, path), name });
      todo.push({ k, file, size, mtimeMs, ctimeMs });
    }
    const settings = { template, partials, summary: mayShowPublicSummary(template, files), dir: out.path, previous: out.previous, title, now: ctx.now, defaultTimeZone: ctx.defaultTimeZone, hashing: cached !== undefined };
    const { outcomes, oldSite } = await renderPages(jobs, settings, options.threads);
    outcomes.forEach((r, j) => {
      const { k, file, size, mtimeMs, ctimeMs } = todo[j]!;
      results[k] = r;
      if (!cached || r.problem !== undefined) return;
      keepNewPage(join(out.path, 'incidents', `${jobs[j]!.name}.html`), join(cached, `${jobs[j]!.name}.html`));
      cache.keep(file, { size, mtimeMs, ctimeMs, hash: r.hash }, true); // its record made when the cache is written
    });
    // The cache now, while the records are only text (a rendered one's as it is, not made again):
    // they are not held beside what is read from them (it was written after the site: first build,
    // 10,000 incidents, Node 24, max RSS 282 -> 275 MB, highest of 5 runs 290 -> 277).
    const byFile = new Map(names.map((name, k) => [`${name}.md`, k]));
    cache.save((file) => {
      const r = results[byFile.get(file)!]!;
      return 'site' in r ? [r.site, r.packed] : new JsonText(r.record!); // (kept: no problem)
    });
    if (cached) prunePages(cached, names);
    const incidents: SiteIncident[] = [];
    const subject: InsightIncident[] = [];
    const drills: InsightIncident[] = [];
    const problems: string[] = [];
    for (let k = 0; k < results.length; k++) {
      const r = results[k]!;
      results[k] = undefined; // each goes once read
      if (r.problem !== undefined) {
        problems.push(r.problem);
        continue;
      }
      const [site, packed] = r.record === undefined ? [r.site, r.packed] : readRecord(r.record);
      incidents.push(site);
      const insight = unpackIncident(packed);
      (insight.kind === 'drill' ? drills : subject).push(insight);
    }
    incidents.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : a.id < b.id ? 1 : -1));
    const insights = computeInsights(subject, drills, insightSettings(repo, 'month', ctx.now));
    subject.length = drills.length = 0; // the pages need the figures only: the objects may go while they are made
    const pages = sitePages({ title, incidents, insights, severities: repo.config.severities, today: new Date(ctx.now).toISOString().slice(0, 10) });
    for (const [rel, text] of pages) out.write(rel, text);
    await out.finish(await oldSite);
    return { out: display(repo, dir), incidents: incidents.length, problems };
  } catch (error) {
    out.abandon();
    throw error;
  }
}

function fromCache(record: unknown): { site: SiteIncident; packed: Packed } | undefined {
  try {
    const [site, packed] = record as [SiteIncident, Packed];
    unpackIncident(packed); // throws on what this version does not pack; unpacked again when the insights are worked out
    return typeof site?.page === 'string' ? { site, packed } : undefined;
  } catch {
    return undefined; // not what this version keeps: render the file
  }
}

/** Inside .git (never committed) when there is one, else node_modules/.cache; none otherwise. */
function siteCacheDir(root: string): string | undefined {
  const state = cloneStateDir(root);
  if (state) return state;
  return existsSync(join(root, 'node_modules')) ? join(root, 'node_modules', '.cache', 'casefile') : undefined;
}

type Sent = { result: SiteResult } | { error: { kind: string; message: string; props: Record<string, unknown> } };

/** The build on its own thread; its errors come back as the same kinds of error (the CLI's exit code and message depend on them). */
async function onBuilderThread(options: SiteOptions, deps: Deps, oldMb: number, listed: Listed): Promise<SiteResult> {
  const worker = new Worker(new URL(import.meta.url), {
    workerData: { casefileSiteBuild: true, options, deps: { cwd: deps.cwd, now: deps.now, env: { ...deps.env } }, listed },
    env: workerEnv(), // and so the page workers it starts
    resourceLimits: { maxYoungGenerationSizeMb: BUILDER_YOUNG_MB, maxOldGenerationSizeMb: oldMb },
  });
  const sent = await new Promise<Sent>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`site builder thread exited with code ${code}`)));
  }).finally(() => void worker.terminate());
  if ('result' in sent) return sent.result;
  const { kind, message, props } = sent.error;
  if (kind === 'UsageError') throw new UsageError(message);
  if (kind === 'CommandError') throw new CommandError(message);
  if (kind === 'DocumentError') throw new DocumentError(message, props.file as string | undefined, props.line as number | undefined, props.column as number | undefined);
  throw Object.assign(new Error(message), props); // a file system error keeps its code, path and syscall
}

/** What a builder thread stopped by its heap's bound left beside `dir` (openSiteDir's new site, named with this process's id). */
function removeUnfinished(dir: string): void {
  const prefix = `.${basename(dir)}.new-${process.pid}-`;
  try {
    for (const f of readdirSync(dirname(dir))) if (f.startsWith(prefix)) rmSync(join(dirname(dir), f), { recursive: true, force: true, maxRetries: 3 });
  } catch {
    // only tidying: the build goes on
  }
}

if (!isMainThread && (workerData as { casefileSiteBuild?: boolean } | null)?.casefileSiteBuild) {
  const { options, deps, listed } = workerData as { options: SiteOptions & { out: string }; deps: Deps; listed: Listed };
  let sent: Sent;
  try {
    sent = { result: await build(options, await context(deps), listed) };
  } catch (error) {
    const e = error as Error;
    const props: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(e ?? {})) if (v === null || ['string', 'number', 'boolean', 'undefined'].includes(typeof v)) props[k] = v;
    sent = { error: { kind: e instanceof UsageError || e instanceof CommandError || e instanceof DocumentError ? e.name : 'Error', message: e?.message ?? String(error), props } };
  }
  parentPort!.postMessage(sent);
}
