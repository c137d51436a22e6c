// `incident publish [--out site/]`: the public status page and incident history as a static site.
// Every public incident the status page shows (core/status-page/model.ts: open ones, resolved ones
// with updates or a published post-mortem; never a drill) gets a page; the index has the banner,
// the services and the history newest first; feeds, badges and the JSON API follow. Each file is rendered and leak-checked before anything is
// written. An incident that leaks (or cannot be read) is held back: the others are published, its
// last good page is kept (if the site had one), and the command reports it and exits 1. A leak
// that is no incident's (a template, the site title) stops everything: nothing is written. Per file, only the few top-level fields that
// decide publication are read, and the whole file only for incidents that are published.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DocumentError } from '../core/util/errors.ts';
import { quickFields } from '../core/yaml/fast-frontmatter.ts';
import { loadCompiled } from '../core/render/load.ts';
import type { Compiled } from '../core/render/runtime.ts';
import { excerpt, findLeaks, leakRules, LeakError, peopleOf, type Leak, type Origin } from '../core/render/leak.ts';
import { finishOutput } from '../core/render/output.ts';
import { fieldOrigins, oversizedPublicText, prepare, publicOrigins, publicSummaryOf, viewOf } from '../core/render/prepare.ts';
import {
  FEED, INDEX, PAGE_ID, feedContext, indexContext, isPublished, newestFirst, pageLinks, pagePath, siteEntry, type SiteEntry,
} from '../core/render/site.ts';
import { CONFIG_FILE, display, listIncidentIds, type Repo } from '../io/repo.ts';
import { SITE_MARKER, writeSite } from '../io/site.ts';
import { findTemplate, loadPartials, type TemplateFile } from '../io/templates.ts';
import { context, type Deps } from './context.ts';
import { componentStatusOf, onStatusPage, updatesOf } from '../core/status-page/model.ts';
import { FEEDS_DIR, look, pageUpdates, statusIncident, statusSite } from '../core/status-page/site.ts';
import type { StatusIncident } from '../core/status-page/model.ts';

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
  /** Incidents held back for leaks, each with its leaks; `kept`: its page from the last run stays. */
  held: { id: string; file: string; kept: boolean; leaks: Leak[] }[];
}

const DECIDING = new Set(['public', 'kind']);

export async function publish(options: PublishOptions, deps: Deps): Promise<PublishResult> {
  const ctx = await context(deps);
  const { repo } = ctx;
  const dir = options.out ? resolve(ctx.cwd, options.out) : join(repo.root, 'site');
  const shownDir = display(repo, dir);
  const title = repo.config.site.title ?? repo.config.site_title;
  const siteLook = look(repo.config);
  const statusIncidents = new Map<string, StatusIncident>();
  const { partials, files: partialFiles } = loadPartials(repo, 'html');
  const templates = ['public-summary.html.hbs', 'site-index.html.hbs', 'site-feed.xml.hbs'].map((n) => findTemplate(repo, n)!);
  const [page, index, feed] = (await Promise.all(templates.map((t) => loadCompiled(t.source, { format: 'html', partials, name: t.file })))) as [Compiled, Compiled, Compiled];
  const templateOrigins = [...templates, ...partialFiles].map((t: TemplateFile): Origin => ({ file: t.file, text: t.source }));

  const out = new Map<string, string>();
  const entries: SiteEntry[] = [];
  const problems: string[] = [];
  const everyone = new Map<string, string[]>();
  const siteOrigins: Origin[] = [...siteTitleOrigin(repo)];
  const held = new Map<string, { id: string; file: string; leaks: Leak[] }>();
  const idOf = new Map<string, string>(); // shown file -> id
  const hold = (id: string, file: string, found: Leak[]) => {
    const h = held.get(id) ?? { id, file, leaks: [] };
    h.leaks.push(...found);
    held.set(id, h);
  };
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
    // The status page shows open public incidents and resolved ones with updates (model.ts);
    // the Public summary only once the post-mortem is published.
    const published = isPublished(prepared.data);
    const where = onStatusPage(prepared.data, published);
    if (!where) continue;
    if (!PAGE_ID.test(id)) {
      problems.push(`${shown}: Unexpected file name, expected letters, digits, ".", "_" and "-" only (it names a page)`);
      continue;
    }
    // Pages are named by the file, the index and the status page by the id: the two must agree.
    if (prepared.data.id !== id) {
      problems.push(`${shown}: Unexpected id ${JSON.stringify(prepared.data.id)}, expected "${id}" (the file name)`);
      continue;
    }
    // Too long to publish, and to render at all (prepare.ts).
    const oversized = oversizedPublicText(prepared);
    if (oversized) {
      hold(id, shown, [{ ...oversized, file: shown }]);
      continue;
    }
    let summary = null;
    if (published) try {
      summary = publicSummaryOf(prepared);
    } catch (error) {
      if (!(error instanceof DocumentError)) throw error;
      hold(id, shown, [{ file: error.file ?? shown, line: error.line, column: error.column, message: error.message }]);
      continue;
    }
    if (published && !summary?.view.summary) {
      hold(id, shown, [{ file: shown, message: 'Missing public summary text, expected a "Public summary" section with a short summary: the incident is public and its post-mortem published' }]);
      continue;
    }
    const view = viewOf(prepared, { audience: 'public', now: ctx.now, defaultTimeZone: () => 'UTC' }, summary);
    view.site = { ...pageLinks(title), ...siteLook };
    const updates = updatesOf(prepared.data);
    const html = finishOutput(page({ ...view, updates: pageUpdates(updates), open: where === 'open' } as never), 'html');
    const people = peopleOf(prepared.data);
    const origins = [...publicOrigins(prepared, summary), ...fieldOrigins(prepared, ['updates'])];
    const pageLeaks = findLeaks(html, leakRules(people, repo.config), [...origins, ...templateOrigins], `${shownDir}/${pagePath(id)}`);
    if (pageLeaks.length) {
      hold(id, shown, pageLeaks);
      continue;
    }
    idOf.set(shown, id);
    for (const [name, where] of people) everyone.set(name, [...(everyone.get(name) ?? []), ...where.map((w) => `${shown} ${w}`)]);
    // The index and the feed show fields and summaries: their excerpts are kept, not whole files.
    siteOrigins.push(...origins.map(excerpt));
    out.set(pagePath(id), html);
    const entry = siteEntry(view);
    entries.push(entry);
    statusIncidents.set(id, statusIncident(entry, where === 'open', view.status, componentStatusOf(prepared.data, repo.config.status_page.severity_map), updates));
  }

  const rules = leakRules(everyone, repo.config);
  siteOrigins.push(...templateOrigins);
  // The index and the feed show every incident: one whose text leaks there (a name of another
  // incident's people, say) is held back and both are made again without it.
  let sorted = newestFirst(entries);
  let indexHtml: string;
  let feedXml: string;
  let extra: Map<string, string>;
  for (;;) {
    const status = statusSite(repo.config, title, sorted.map((e) => statusIncidents.get(e.id)!), sorted, ctx.now);
    // The history in pages of HISTORY_PAGE (every page stays far under 100 KB): the index holds the
    // newest, history-2.html... the older ones, each linking to the next and the previous.
    const chunks = historyPages(sorted);
    const pageOf = (n: number) => { const c = indexContext(title, chunks[n]!); return { ...c, site: { ...c.site, ...siteLook }, pages: pagesNav(n, chunks.length) }; };
    indexHtml = finishOutput(index({ ...pageOf(0), ...status.index }), 'html');
    const atom = (entries: SiteEntry[], feedTitle: string, path: string, id: string) => {
      const c = feedContext(feedTitle, entries);
      return finishOutput(feed({ ...c, feed_id: id, site: { ...c.site, index: status.base + INDEX, self: status.base ? status.base + path : null } }), 'html');
    };
    feedXml = atom(status.feedEntries, title, FEED, 'urn:casefile:feed');
    extra = new Map(status.files);
    for (let n = 1; n < chunks.length; n++) extra.set(historyFile(n), finishOutput(index(pageOf(n)), 'html'));
    for (const f of status.serviceFeeds) extra.set(f.path, atom(f.entries, f.title, f.path, `urn:casefile:feed:${f.path.slice(FEEDS_DIR.length + 1, -4)}`));
    // Everything public is checked the same way: the index, the feeds, the JSON, the badges.
    const leaks = [...findLeaks(indexHtml, rules, siteOrigins, `${shownDir}/${INDEX}`), ...findLeaks(feedXml, rules, siteOrigins, `${shownDir}/${FEED}`)];
    for (const [rel, text] of extra) leaks.push(...findLeaks(text, rules, siteOrigins, `${shownDir}/${rel}`));
    if (leaks.length === 0) break;
    const siteWide = leaks.filter((l) => !idOf.has(l.file));
    if (siteWide.length) throw new LeakError(siteWide);
    for (const l of leaks) hold(idOf.get(l.file)!, l.file, [l]);
    sorted = sorted.filter((e) => !held.has(e.id));
  }
  out.set(INDEX, indexHtml);
  out.set(FEED, feedXml);
  for (const [rel, text] of extra) out.set(rel, text);
  // A held incident keeps the page the last run published, if there is one (links to it still work).
  const result: PublishResult['held'] = [];
  for (const h of held.values()) {
    out.delete(pagePath(h.id));
    const old = lastPage(dir, pagePath(h.id));
    if (old !== undefined) out.set(pagePath(h.id), old);
    result.push({ ...h, kept: old !== undefined });
  }
  await writeSite(dir, out, shownDir);
  return { out: shownDir, incidents: sorted.map((e) => e.id), problems, held: result };
}

/** The page a previous run wrote, if the directory is a site it wrote. */
function lastPage(dir: string, rel: string): string | undefined {
  const path = join(dir, rel);
  if (!existsSync(join(dir, SITE_MARKER)) || !existsSync(path) || !statSync(path).isFile()) return undefined;
  return readFileSync(path, 'utf8');
}

/**
 * False only when the frontmatter cannot hold `status: published`: the word is not in it, and no
 * backslash either (a YAML escape could spell it). Saves parsing the public drafts.
 */
function mayBePublished(text: string): boolean {
  const end = /\n(?:---|\.\.\.)[ \t]*\r?\n/.exec(text.slice(3))?.index;
  const fm = end === undefined ? text : text.slice(0, end + 3);
  return fm.includes('published') || fm.includes('\\') || /^updates[ \t]*:/m.test(fm) || /^status[ \t]*:[ \t]*['"]?(?:investigating|identified|monitoring)/m.test(fm);
}

const HISTORY_PAGE = 100;
const historyFile = (n: number) => (n === 0 ? INDEX : `history-${n + 1}.html`);
function historyPages<T>(all: T[]): T[][] {
  const pages: T[][] = [];
  for (let i = 0; i < all.length; i += HISTORY_PAGE) pages.push(all.slice(i, i + HISTORY_PAGE));
  return pages.length ? pages : [[]];
}
function pagesNav(n: number, count: number) {
  if (count < 2) return null;
  return { number: n + 1, count, newer: n > 0 ? historyFile(n - 1) : null, older: n + 1 < count ? historyFile(n + 1) : null };
}

/** The `site_title:` line of the config, where a leak in the site's title comes from. */
function siteTitleOrigin(repo: Repo): Origin[] {
  const path = join(repo.root, CONFIG_FILE);
  if (!existsSync(path)) return [];
  const text = readFileSync(path, 'utf8');
  const m = /^site_title[ \t]*:.*$/m.exec(text);
  return m ? [{ file: display(repo, path), text, from: m.index, to: m.index + m[0].length }] : [];
}
