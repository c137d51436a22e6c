// `incident site --out DIR`: the internal incident catalogue, a static site for the team (a private
// Pages site or a CI artifact; never the public status page, which is `incident publish`). Every
// incident (drills marked) with its internal render, templates/postmortem.html.hbs (the body
// through the sanitizing Markdown pipeline the public pages use, the rest straight from the
// frontmatter), written as it is made. The insights are `incident insights`' figures. The other
// pages are src/core/site.
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { computeInsights, type InsightIncident } from '../core/insights/index.ts';
import { packIncident, unpackIncident, type Packed } from '../core/insights/pack.ts';
import { sitePages, type SiteIncident } from '../core/site/pages.ts';
import { UsageError } from '../core/util/errors.ts';
import { InsightsCache } from '../io/insights-cache.ts';
import { cloneStateDir, display, listIncidentIds } from '../io/repo.ts';
import { openSiteDir } from '../io/site-dir.ts';
import { findTemplate, loadPartials } from '../io/templates.ts';
import { hashText } from '../io/validate-cache.ts';
import { context, type Deps } from './context.ts';
import { insightSettings } from './insights.ts';
import { renderPages, type PageJob, type PageOutcome } from './site-render.ts';

declare const CASEFILE_VERSION: string;
const VERSION = typeof CASEFILE_VERSION === 'string' ? CASEFILE_VERSION : 'dev';

export interface SiteOptions {
  out?: string;
  /** false: render every page, and leave the site cache as it is (--no-cache). */
  cache?: boolean;
  /** At most this many threads render pages (default: one per core). */
  threads?: number;
}

export interface SiteResult {
  out: string;
  incidents: number;
  /** Files that could not be read (left out; the CLI prints them on stderr). */
  problems: string[];
}

export async function site(options: SiteOptions, deps: Deps): Promise<SiteResult> {
  if (!options.out) throw new UsageError('Unexpected missing --out, expected the directory to write the site to (for example --out internal-site)');
  const ctx = await context(deps);
  const { repo } = ctx;
  const dir = resolve(ctx.cwd, options.out);
  const title = `${repo.config.site.title ?? repo.config.site_title} (internal)`;
  const template = findTemplate(repo, 'postmortem.html.hbs')!;
  const { partials } = loadPartials(repo, 'html');

  // The site cache: per file its page and what the other pages take from it, kept while the
  // file, the templates, the title and the zone stay the same (and the clock, if a template shows it).
  const state = options.cache === false ? undefined : siteCacheDir(repo.root);
  const cached = state && join(state, 'site-pages');
  const sources = [template.source, ...Object.values(partials)];
  const key = hashText(JSON.stringify([VERSION, template.file, sources, title, ctx.defaultTimeZone, sources.some((t) => /\bnow\b/.test(t)) ? ctx.now : null]));
  const cache = InsightsCache.open(state && join(state, 'site-cache.txt'), key, 'casefile site cache 1');
  if (cached) mkdirSync(cached, { recursive: true });

  const out = openSiteDir(dir, display(repo, dir), 'incident site');
  try {
    mkdirSync(join(out.path, 'incidents'));
    // Pages of files unchanged since the last build come from the cache; the others are rendered,
    // named by their file (an id is any text), each written as soon as it is made.
    const names = listIncidentIds(repo);
    const results: PageOutcome[] = new Array(names.length);
    const jobs: PageJob[] = [];
    const todo: { k: number; file: string; size: number; mtimeMs: number }[] = [];
    for (const [k, name] of names.entries()) {
      const path = join(repo.incidentsDir, `${name}.md`);
      const file = `${name}.md`;
      let size = 0;
      let mtimeMs = 0;
      if (cached) {
        ({ size, mtimeMs } = statSync(path));
        let entry = cache.unchanged(file, size, mtimeMs);
        let fresh = false;
        if (!entry) {
          const previous = cache.previous(file); // touched, but maybe the same bytes
          if (previous && previous.size === size && previous.hash === hashText(readFileSync(path, 'utf8'))) entry = { ...previous, mtimeMs };
          fresh = true;
        }
        const got = entry && fromCache(entry.record);
        if (got && place(join(cached, `${name}.html`), join(out.path, 'incidents', `${name}.html`))) {
          cache.keep(file, { ...entry!, record: undefined }, fresh); // packed again only if the cache is written
          results[k] = { hash: entry!.hash, ...got };
          continue;
        }
      }
      jobs.push({ path, shown: display(repo, path), name });
      todo.push({ k, file, size, mtimeMs });
    }
    const settings = { template, partials, dir: out.path, title, now: ctx.now, defaultTimeZone: ctx.defaultTimeZone, hashing: cached !== undefined };
    (await renderPages(jobs, settings, options.threads)).forEach((r, j) => {
      const { k, file, size, mtimeMs } = todo[j]!;
      results[k] = r;
      if (!cached || !r.site) return;
      keepPage(join(out.path, 'incidents', `${jobs[j]!.name}.html`), join(cached, `${jobs[j]!.name}.html`));
      cache.keep(file, { size, mtimeMs, hash: r.hash }, true); // its record made when the cache is written
    });
    const incidents: SiteIncident[] = [];
    const subject: InsightIncident[] = [];
    const drills: InsightIncident[] = [];
    const problems: string[] = [];
    for (const r of results) {
      if (!r.site) {
        problems.push(r.problem);
        continue;
      }
      incidents.push(r.site);
      (r.insight.kind === 'drill' ? drills : subject).push(r.insight);
    }
    incidents.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : a.id < b.id ? 1 : -1));
    const insights = computeInsights(subject, drills, insightSettings(repo, 'month', ctx.now));
    const pages = sitePages({ title, incidents, insights, severities: repo.config.severities, today: new Date(ctx.now).toISOString().slice(0, 10) });
    for (const [rel, text] of pages) out.write(rel, text);
    out.finish();
    const byFile = new Map(names.map((name, k) => [`${name}.md`, k]));
    cache.save((file) => {
      const r = results[byFile.get(file)!]!;
      return r.site ? [r.site, packIncident(r.insight)] : undefined;
    });
    if (cached) prunePages(cached, names);
    return { out: display(repo, dir), incidents: incidents.length, problems };
  } catch (error) {
    out.abandon();
    throw error;
  }
}

function fromCache(record: unknown): { site: SiteIncident; insight: InsightIncident } | undefined {
  try {
    const [site, packed] = record as [SiteIncident, Packed];
    return typeof site?.page === 'string' ? { site, insight: unpackIncident(packed) } : undefined;
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

/** A cached page into the new site: a hard link (the cache replaces its files, never rewrites them), else a copy. */
function place(from: string, to: string): boolean {
  try {
    linkSync(from, to);
    return true;
  } catch {
    try {
      copyFileSync(from, to);
      return true;
    } catch {
      return false;
    }
  }
}

/** A new page into the cache, by a rename (a page linked into a site keeps its bytes). */
function keepPage(from: string, to: string): void {
  const tmp = `${to}.${process.pid}.tmp`;
  try {
    copyFileSync(from, tmp);
    renameSync(tmp, to);
  } catch {
    rmSync(tmp, { force: true }); // a cache is only a cache
  }
}

/** The cached pages of files that are gone. */
function prunePages(dir: string, names: readonly string[]): void {
  const kept = new Set(names.map((n) => `${n}.html`));
  try {
    for (const f of readdirSync(dir)) if (!kept.has(f)) rmSync(join(dir, f), { force: true });
  } catch {
    // only a cache
  }
}
