// Templates: the repository's own copy (in its templates directory) wins over the bundled default.
// Defaults are inlined into the bundle (esbuild's text loader), so no file is read for them.
// Partials are the files named `_<name>.<format>.hbs`: `{{> facts}}` in an HTML template is
// `_facts.html.hbs`, in a Markdown one `_facts.md.hbs`; a repository may override or add some.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Format } from '../core/render/compile-options.ts';
import type { PublicTemplates } from '../core/publish/public-check.ts';
import { childPath } from './paths.ts';
import { display, type Repo } from './repo.ts';
import incidentBody from '../../templates/incident.md';
import postmortemMd from '../../templates/postmortem.md.hbs';
import postmortemHtml from '../../templates/postmortem.html.hbs';
import publicSummaryMd from '../../templates/public-summary.md.hbs';
import publicSummaryHtml from '../../templates/public-summary.html.hbs';
import statusUpdateMd from '../../templates/status-update.md.hbs';
import actionItemIssueMd from '../../templates/action-item-issue.md.hbs';
import siteIndexHtml from '../../templates/site-index.html.hbs';
import siteFeedXml from '../../templates/site-feed.xml.hbs';
import drillMd from '../../templates/_drill.md.hbs';
import drillHtml from '../../templates/_drill.html.hbs';
import factsMd from '../../templates/_facts.md.hbs';
import factsHtml from '../../templates/_facts.html.hbs';
import headHtml from '../../templates/_head.html.hbs';
import coordinatorReportMd from '../../templates/coordinator-report.md.hbs';

const DEFAULTS = {
  'incident.md': incidentBody,
  'postmortem.md.hbs': postmortemMd,
  'postmortem.html.hbs': postmortemHtml,
  'public-summary.md.hbs': publicSummaryMd,
  'public-summary.html.hbs': publicSummaryHtml,
  'status-update.md.hbs': statusUpdateMd,
  'action-item-issue.md.hbs': actionItemIssueMd,
  'site-index.html.hbs': siteIndexHtml,
  'site-feed.xml.hbs': siteFeedXml,
  '_drill.md.hbs': drillMd,
  '_drill.html.hbs': drillHtml,
  '_facts.md.hbs': factsMd,
  '_facts.html.hbs': factsHtml,
  '_head.html.hbs': headHtml,
  'coordinator-report.md.hbs': coordinatorReportMd,
} as const satisfies Record<string, string>;

export type DefaultTemplate = keyof typeof DEFAULTS;
export const DEFAULT_TEMPLATES = Object.keys(DEFAULTS) as DefaultTemplate[];

export function loadTemplate(repo: Repo, name: DefaultTemplate): string {
  return findTemplate(repo, name)!.source;
}

/** Whether `source` is Casefile's own template of that file name, byte for byte. */
export function isBuiltIn(name: string, source: string): boolean {
  return Object.hasOwn(DEFAULTS, name) && DEFAULTS[name as DefaultTemplate] === source;
}

export interface TemplateFile {
  source: string;
  /** As shown in messages: the repository file, or `built-in:<name>`. */
  file: string;
  /** Casefile's own template: the default, or a repository's copy of it byte for byte. */
  builtIn?: boolean;
}

/**
 * The repository's templates directory, joined once: path.join normalizes character by character,
 * and its helper was hot enough for Maglev in every render (three templates looked up, on Node 24.21).
 */
const templatesDirs = new WeakMap<Repo, { setting: string; dir: string }>();
function templatesDir(repo: Repo): string {
  const setting = repo.config.templates_dir;
  let known = templatesDirs.get(repo);
  if (known?.setting !== setting) templatesDirs.set(repo, (known = { setting, dir: join(repo.root, setting) }));
  return known.dir;
}

/** A file in the templates directory: as join would name it, without joining again for a plain file name. */
export function templatePath(repo: Repo, name: string): string {
  return childPath(templatesDir(repo), name);
}

/** A template by file name: the repository's, else the default; undefined when neither exists. */
export function findTemplate(repo: Repo, name: string): TemplateFile | undefined {
  const own = templatePath(repo, name);
  const builtIn = Object.hasOwn(DEFAULTS, name) ? DEFAULTS[name as DefaultTemplate] : undefined;
  if (existsSync(own)) {
    const source = readFileSync(own, 'utf8');
    return { source, file: display(repo, own), builtIn: source === builtIn };
  }
  return builtIn === undefined ? undefined : { source: builtIn, file: `built-in:${name}`, builtIn: true };
}

/**
 * Whether a template and the partials it is given may read the view's Public summary: a
 * repository's own template or partial may (a `lookup` can reach any field), Casefile's own only
 * where one of them names it. Finding the summary is a scan of the whole body: `incident render`
 * and the site's pages skip it when no template needs it (test/render-public-summary-skip.test.ts
 * renders each of Casefile's own with a summary that throws when read).
 */
export function mayShowPublicSummary(template: TemplateFile, partials: readonly TemplateFile[]): boolean {
  return [template, ...partials].some((t) => t.builtIn !== true || t.source.includes('public_summary'));
}

export interface Partials {
  /** By partial name (`facts`), for renderTemplate. */
  partials: Record<string, string>;
  /** The files they came from (the leak check names them). */
  files: TemplateFile[];
}

/** The partials of a format: the defaults, then the repository's `_*.<format>.hbs` over them. */
export function loadPartials(repo: Repo, format: Format): Partials {
  const suffix = `.${format}.hbs`;
  const names = new Set(DEFAULT_TEMPLATES.filter((n) => n.startsWith('_') && n.endsWith(suffix)));
  const dir = templatesDir(repo);
  if (existsSync(dir)) for (const n of readdirSync(dir)) if (n.startsWith('_') && n.endsWith(suffix)) names.add(n as DefaultTemplate);
  const partials: Record<string, string> = {};
  const files: TemplateFile[] = [];
  for (const name of [...names].sort()) {
    const found = findTemplate(repo, name)!;
    partials[name.slice(1, -suffix.length)] = found.source;
    files.push(found);
  }
  return { partials, files };
}

/** The templates public output is made from, the repository's own over the defaults (validate's public-leak rule). */
export function publicTemplates(repo: Repo): PublicTemplates {
  const t = (name: DefaultTemplate) => findTemplate(repo, name)!;
  const partials = (format: Format) => {
    const { partials: byName, files } = loadPartials(repo, format);
    return Object.keys(byName).map((name, k) => ({ name, source: byName[name]!, file: files[k]!.file }));
  };
  return {
    publicMd: t('public-summary.md.hbs'), publicHtml: t('public-summary.html.hbs'), statusUpdate: t('status-update.md.hbs'),
    siteIndex: t('site-index.html.hbs'), siteFeed: t('site-feed.xml.hbs'), partials: { md: partials('md'), html: partials('html') },
  };
}
