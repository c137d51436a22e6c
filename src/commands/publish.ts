// `incident publish [--out site/]`: the public incident history as a static site. Every incident
// with `public: true` and a published post-mortem (never a drill) gets a page; the index lists them
// newest first; an Atom feed follows. Each file is rendered and leak-checked before anything is
// written; one leak anywhere and nothing is written. Per file, only the few top-level fields that
// decide publication are read, and the whole file only for incidents that are published.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DocumentError } from '../core/errors.ts';
import { quickFields } from '../core/fast-frontmatter.ts';
import { loadCompiled } from '../core/render/load.ts';
import type { Compiled } from '../core/render/runtime.ts';
import { excerpt, findLeaks, leakRules, LeakError, peopleOf, type Leak, type Origin } from '../core/render/leak.ts';
import { finishOutput } from '../core/render/output.ts';
import { prepare, publicOrigins, publicSummaryOf, viewOf } from '../core/render/prepare.ts';
import {
  FEED, INDEX, PAGE_ID, feedContext, indexContext, isPublished, newestFirst, pageLinks, pagePath, siteEntry, type SiteEntry,
} from '../core/render/site.ts';
import { CONFIG_FILE, display, listIncidentIds, type Repo } from '../io/repo.ts';
import { writeSite } from '../io/site.ts';
import { findTemplate, loadPartials, type TemplateFile } from '../io/templates.ts';
import { context, type Deps } from './context.ts';

export interface PublishOptions {
  /** The site directory (default: `site` in the repository root). */
  out?: string;
}

export interface PublishResult {
  /** The site directory, as shown. */
  out: string;
  /** Published incident ids, newest first. */
  incidents: string[];
  /** Files that could not be read (they are left out; the CLI prints them on stderr). */
  problems: string[];
}

const DECIDING = new Set(['public', 'kind']);

export async function publish(options: PublishOptions, deps: Deps): Promise<PublishResult> {
  const ctx = await context(deps);
  const { repo } = ctx;
  const dir = options.out ? resolve(ctx.cwd, options.out) : join(repo.root, 'site');
  const shownDir = display(repo, dir);
  const title = repo.config.site_title;
  const { partials, files: partialFiles } = loadPartials(repo, 'html');
  const templates = ['public-summary.html.hbs', 'site-index.html.hbs', 'site-feed.xml.hbs'].map((n) => findTemplate(repo, n)!);
  const [page, index, feed] = (await Promise.all(templates.map((t) => loadCompiled(t.source, { format: 'html', partials, name: t.file })))) as [Compiled, Compiled, Compiled];
  const templateOrigins = [...templates, ...partialFiles].map((t: TemplateFile): Origin => ({ file: t.file, text: t.source }));

  const out = new Map<string, string>();
  const entries: SiteEntry[] = [];
  const leaks: Leak[] = [];
  const problems: string[] = [];
  const everyone = new Map<string, string[]>();
  const siteOrigins: Origin[] = [...siteTitleOrigin(repo)];
  for (const id of listIncidentIds(repo)) {
    const path = join(repo.incidentsDir, `${id}.md`);
    const shown = display(repo, path);
    const text = readFileSync(path, 'utf8');
    const quick = quickFields(text, DECIDING);
    if (quick && (quick.public !== true || quick.kind === 'drill')) continue;
    if (!mayBePublished(text)) continue;
    let prepared;
    try {
      prepared = await prepare(text, shown);
    } catch (error) {
      if (!(error instanceof DocumentError)) throw error;
      problems.push(error.describe());
      continue;
    }
    if (!isPublished(prepared.data)) continue;
    if (!PAGE_ID.test(id)) {
      problems.push(`${shown}: Unexpected file name, expected letters, digits, ".", "_" and "-" only (it names a page)`);
      continue;
    }
    const summary = publicSummaryOf(prepared);
    if (!summary?.view.summary) {
      leaks.push({ file: shown, message: 'Missing public summary text, expected a "Public summary" section with a short summary: the incident is public and its post-mortem published' });
      continue;
    }
    const view = viewOf(prepared, { audience: 'public', now: ctx.now, defaultTimeZone: () => 'UTC' }, summary);
    view.site = pageLinks(title);
    const html = finishOutput(page(view as never), 'html');
    const people = peopleOf(prepared.data);
    const origins = publicOrigins(prepared, summary);
    leaks.push(...findLeaks(html, leakRules(people, repo.config), [...origins, ...templateOrigins], `${shownDir}/${pagePath(id)}`));
    for (const [name, where] of people) everyone.set(name, [...(everyone.get(name) ?? []), ...where.map((w) => `${shown} ${w}`)]);
    // The index and the feed show fields and summaries: their excerpts are kept, not whole files.
    siteOrigins.push(...origins.map(excerpt));
    out.set(pagePath(id), html);
    entries.push(siteEntry(view));
  }

  const sorted = newestFirst(entries);
  const rules = leakRules(everyone, repo.config);
  siteOrigins.push(...templateOrigins);
  const indexHtml = finishOutput(index(indexContext(title, sorted)), 'html');
  const feedXml = finishOutput(feed(feedContext(title, sorted)), 'html');
  leaks.push(...findLeaks(indexHtml, rules, siteOrigins, `${shownDir}/${INDEX}`));
  leaks.push(...findLeaks(feedXml, rules, siteOrigins, `${shownDir}/${FEED}`));
  if (leaks.length) throw new LeakError(leaks);
  out.set(INDEX, indexHtml);
  out.set(FEED, feedXml);
  writeSite(dir, out, shownDir);
  return { out: shownDir, incidents: sorted.map((e) => e.id), problems };
}

/**
 * False only when the frontmatter cannot hold `status: published`: the word is not in it, and no
 * backslash either (a YAML escape could spell it). Saves parsing the public drafts.
 */
function mayBePublished(text: string): boolean {
  const end = /\n(?:---|\.\.\.)[ \t]*\r?\n/.exec(text.slice(3))?.index;
  const fm = end === undefined ? text : text.slice(0, end + 3);
  return fm.includes('published') || fm.includes('\\');
}

/** The `site_title:` line of the config, where a leak in the site's title comes from. */
function siteTitleOrigin(repo: Repo): Origin[] {
  const path = join(repo.root, CONFIG_FILE);
  if (!existsSync(path)) return [];
  const text = readFileSync(path, 'utf8');
  const m = /^site_title[ \t]*:.*$/m.exec(text);
  return m ? [{ file: display(repo, path), text, from: m.index, to: m.index + m[0].length }] : [];
}
