// `incident site --out DIR`: the internal incident catalogue, a static site for the team (a private
// Pages site or a CI artifact; never the public status page, which is `incident publish`). Every
// incident (drills marked) with its internal render, templates/postmortem.html.hbs (the body
// through the sanitizing Markdown pipeline the public pages use, the rest straight from the
// frontmatter), written as it is made. The insights are `incident insights`' figures. The other
// pages are src/core/site.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { computeInsights, insightIncident, type InsightIncident } from '../core/insights/index.ts';
import { loadCompiled } from '../core/render/load.ts';
import { finishOutput } from '../core/render/output.ts';
import { prepare, viewOf } from '../core/render/prepare.ts';
import { sitePages, type SiteIncident } from '../core/site/pages.ts';
import { UsageError } from '../core/util/errors.ts';
import { display, listIncidentIds } from '../io/repo.ts';
import { openSiteDir } from '../io/site-dir.ts';
import { findTemplate, loadPartials } from '../io/templates.ts';
import { context, type Deps } from './context.ts';
import { insightSettings } from './insights.ts';

export interface SiteOptions {
  out?: string;
}

export interface SiteResult {
  out: string;
  incidents: number;
  /** Files that could not be read (left out; the CLI prints them on stderr). */
  problems: string[];
}

const str = (v: unknown) => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined);
const obj = (v: unknown) => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {});

export async function site(options: SiteOptions, deps: Deps): Promise<SiteResult> {
  if (!options.out) throw new UsageError('Unexpected missing --out, expected the directory to write the site to (for example --out internal-site)');
  const ctx = await context(deps);
  const { repo } = ctx;
  const dir = resolve(ctx.cwd, options.out);
  const title = `${repo.config.site.title ?? repo.config.site_title} (internal)`;
  const template = findTemplate(repo, 'postmortem.html.hbs')!;
  const { partials } = loadPartials(repo, 'html');
  const run = await loadCompiled(template.source, { format: 'html', partials, name: template.file });
  const links = { title, index: '../index.html', feed: '' };

  const out = openSiteDir(dir, display(repo, dir), 'incident site');
  try {
    const incidents: SiteIncident[] = [];
    const subject: InsightIncident[] = [];
    const drills: InsightIncident[] = [];
    const problems: string[] = [];
    for (const name of listIncidentIds(repo)) {
      const path = join(repo.incidentsDir, `${name}.md`);
      let prepared;
      try {
        prepared = await prepare(readFileSync(path, 'utf8'), display(repo, path));
      } catch (error) {
        problems.push((error as { describe?: () => string }).describe?.() ?? String(error));
        continue;
      }
      const data = prepared.data;
      const insight = insightIncident(data, name);
      (insight.kind === 'drill' ? drills : subject).push(insight);
      incidents.push(siteIncident(data, insight, name));
      // Named by its file (an id is any text), each page as soon as it is made: 10,000 of them are never held at once.
      const view = viewOf(prepared, { audience: 'internal', now: ctx.now, defaultTimeZone: () => ctx.defaultTimeZone });
      out.write(`incidents/${name}.html`, finishOutput(run({ ...view, site: links } as never), 'html'));
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

/** What the index, the tracker and the queue show of an incident. */
function siteIncident(data: Record<string, unknown>, insight: InsightIncident, page: string): SiteIncident {
  const pm = obj(data.postmortem);
  return {
    id: insight.id, page, title: str(data.title) ?? '', kind: insight.kind, severity: insight.severity, status: insight.status,
    services: insight.services, date: insight.date,
    postmortem: { status: str(pm.status), owner: str(pm.owner), due: str(pm.due) },
    actionItems: (Array.isArray(data.action_items) ? data.action_items : []).map(obj).map((a) => ({
      id: str(a.id) ?? '?', title: str(a.title) ?? '', owner: str(a.owner), due: str(a.due), status: str(a.status) ?? 'open',
    })),
  };
}
