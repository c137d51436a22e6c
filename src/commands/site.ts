// `incident site --out DIR`: the internal incident catalogue, a static site for the team (a private
// Pages site or a CI artifact; never the public status page, which is `incident publish`). Every
// incident (drills marked) with its internal render, templates/postmortem.html.hbs (the body
// through the sanitizing Markdown pipeline the public pages use, the rest straight from the
// frontmatter), written as it is made. The insights are `incident insights`' figures. The other
// pages are src/core/site.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { computeInsights, type InsightIncident } from '../core/insights/index.ts';
import { sitePages, type SiteIncident } from '../core/site/pages.ts';
import { UsageError } from '../core/util/errors.ts';
import { display, listIncidentIds } from '../io/repo.ts';
import { openSiteDir } from '../io/site-dir.ts';
import { findTemplate, loadPartials } from '../io/templates.ts';
import { context, type Deps } from './context.ts';
import { insightSettings } from './insights.ts';
import { renderPages } from './site-render.ts';

export interface SiteOptions {
  out?: string;
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

  const out = openSiteDir(dir, display(repo, dir), 'incident site');
  try {
    mkdirSync(join(out.path, 'incidents'));
    // Named by its file (an id is any text), each page written as soon as it is made.
    const jobs = listIncidentIds(repo).map((name) => {
      const path = join(repo.incidentsDir, `${name}.md`);
      return { path, shown: display(repo, path), name };
    });
    const rendered = await renderPages(jobs, { template, partials, dir: out.path, title, now: ctx.now, defaultTimeZone: ctx.defaultTimeZone }, options.threads);
    const incidents: SiteIncident[] = [];
    const subject: InsightIncident[] = [];
    const drills: InsightIncident[] = [];
    const problems: string[] = [];
    for (const r of rendered) {
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
    return { out: display(repo, dir), incidents: incidents.length, problems };
  } catch (error) {
    out.abandon();
    throw error;
  }
}
