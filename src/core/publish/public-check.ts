// Every public output of one incident, rendered as the commands render it (`render --audience
// public`, `status-update`, the page, index row and feed entry of `publish`), through the same
// templates (the repository's own when it has them), and leak-checked: what validate's
// `public-leak` rule reports, so that a leak fails review before it can be published.
import type { Config } from '../config/config.ts';
import type { Split } from '../document/document-split.ts';
import { DocumentError } from '../util/errors.ts';
import type { Body } from '../markdown/sections.ts';
import type { Format } from '../render/compile-options.ts';
import { findLeaks, leakRules, peopleOf, type Leak, type Origin } from '../render/leak.ts';
import { finishOutput } from '../render/output.ts';
import { fieldOrigins, loadParsersFor, oversizedPublicText, publicOrigins, publicSummaryOf, viewOf, type Prepared } from '../render/prepare.ts';
import type { Compiled } from '../render/runtime.ts';
import { feedContext, indexContext, pageLinks, pagePath, siteEntry } from '../render/site.ts';
import { screenClean, screenNames, templateText } from '../render/public-screen.ts';
import { updatesOf } from '../status-page/model.ts';
import { look, pageUpdates } from '../status-page/site.ts';
import { OPEN_STATUSES } from '../model/types.ts';
import publicSummaryMd from '../../../templates/public-summary.md.hbs';
import publicSummaryHtml from '../../../templates/public-summary.html.hbs';
import statusUpdateMd from '../../../templates/status-update.md.hbs';
import siteIndexHtml from '../../../templates/site-index.html.hbs';
import siteFeedXml from '../../../templates/site-feed.xml.hbs';
import drillMd from '../../../templates/_drill.md.hbs';
import drillHtml from '../../../templates/_drill.html.hbs';
import factsMd from '../../../templates/_facts.md.hbs';
import factsHtml from '../../../templates/_facts.html.hbs';
import headHtml from '../../../templates/_head.html.hbs';

export interface TemplateSource {
  source: string;
  /** As shown in messages: the repository file, or `built-in:<name>`. */
  file: string;
}

/** The templates public output is made from (plain data: it goes to validation's worker threads). */
export interface PublicTemplates {
  publicMd: TemplateSource;
  publicHtml: TemplateSource;
  statusUpdate: TemplateSource;
  siteIndex: TemplateSource;
  siteFeed: TemplateSource;
  /** Partials by name, per format, with their files. */
  partials: Record<'md' | 'html', { name: string; source: string; file: string }[]>;
}

const builtIn = (name: string, source: string): TemplateSource => ({ source, file: `built-in:${name}` });

/** The defaults (a repository's own templates come from io/templates.ts's publicTemplates). */
export const DEFAULT_PUBLIC_TEMPLATES: PublicTemplates = {
  publicMd: builtIn('public-summary.md.hbs', publicSummaryMd),
  publicHtml: builtIn('public-summary.html.hbs', publicSummaryHtml),
  statusUpdate: builtIn('status-update.md.hbs', statusUpdateMd),
  siteIndex: builtIn('site-index.html.hbs', siteIndexHtml),
  siteFeed: builtIn('site-feed.xml.hbs', siteFeedXml),
  partials: {
    md: [{ name: 'drill', ...builtIn('_drill.md.hbs', drillMd) }, { name: 'facts', ...builtIn('_facts.md.hbs', factsMd) }],
    html: [
      { name: 'drill', ...builtIn('_drill.html.hbs', drillHtml) }, { name: 'facts', ...builtIn('_facts.html.hbs', factsHtml) },
      { name: 'head', ...builtIn('_head.html.hbs', headHtml) },
    ],
  },
};

export interface PublicInput {
  file: string;
  text: string;
  split: Split;
  data: Record<string, unknown>;
  body: Body;
  config: Config;
  now: number;
  templates?: PublicTemplates;
  /** Screen first (public-screen.ts; default): false renders every output (the screen's differential test). */
  screen?: boolean;
  /** Told what the screen decided (true: clean, nothing rendered); for its tests. */
  onScreen?: (clean: boolean) => void;
}

// The same templates serve every file of a run: compiled once per thread (by the templates object,
// then by source: a worker gets its own copy of the object, with the same sources).
const compiled = new Map<string, Promise<Compiled>>();
const byObject = new WeakMap<TemplateSource, Promise<Compiled>>();
function compile(t: TemplateSource, format: Format, templates: PublicTemplates): Promise<Compiled> {
  let run = byObject.get(t);
  if (run) return run;
  const parts = templates.partials[format === 'md' ? 'md' : 'html'];
  const key = JSON.stringify([format, t.source, parts.map((p) => p.source)]);
  run = compiled.get(key);
  if (!run) {
    // Loaded only for a render: a file the screen clears never loads Handlebars.
    run = import('../render/load.ts').then(({ loadCompiled }) =>
      loadCompiled(t.source, { format, name: t.file, partials: Object.fromEntries(parts.map((p) => [p.name, p.source])) }));
    compiled.set(key, run);
  }
  byObject.set(t, run);
  return run;
}

/** Every leak of the incident's public output, placed in the incident file (or a template). */
export async function publicLeaks(input: PublicInput): Promise<Leak[]> {
  const t = input.templates ?? DEFAULT_PUBLIC_TEMPLATES;
  const p: Prepared = { text: input.text, split: input.split, data: input.data, file: input.file, body: input.body };
  const oversized = oversizedPublicText(p);
  if (oversized) return [{ ...oversized, file: input.file }];
  const loading = loadParsersFor(p);
  if (loading) await loading;
  let summary;
  try {
    summary = publicSummaryOf(p);
  } catch (error) {
    if (!(error instanceof DocumentError)) throw error;
    return [{ message: error.message, file: error.file ?? input.file, line: error.line, column: error.column }];
  }
  const view = viewOf(p, { audience: 'public', now: input.now, defaultTimeZone: () => input.config.timezone ?? 'UTC' }, summary);
  const people = peopleOf(input.data);
  const id = (typeof input.data.id === 'string' ? input.data.id : input.file.replace(/^.*[\\/]/, '').replace(/\.md$/, ''));
  const title = input.config.site.title ?? input.config.site_title;
  // The site's page as publish makes it (its look, the updates newest first), and the incident's
  // row and entry in the index and the feed.
  const updates = updatesOf(input.data);
  const pageOwn = { site: siteOf(title, input.config), updates: pageUpdates(updates), open: OPEN_STATUSES.includes(view.status as never) };
  const entry = [siteEntry(view)];
  const index = indexContext(title, entry);
  const feed = feedContext(title, entry);
  // The built-in templates put nothing in but the contexts' strings: what the screen sees nowhere,
  // no output holds (public-screen.ts), and nothing needs rendering.
  if (input.screen !== false && isBuiltIn(t)) {
    const section = summary ? input.text.slice(summary.start, summary.end) : '';
    const markdown = [section, ...updates.map((u) => u.text)];
    const names = screenNames(people, input.config.people);
    // The contexts' values; the page's are the view's and its own (the page itself is made only for a render).
    const contexts = [view, pageOwn, index, feed];
    const clean = screenClean({ contexts, markdown, names, publicDomains: input.config.public_domains ?? [], redact: input.config.redact }, builtInText());
    input.onScreen?.(clean);
    if (clean) return [];
  }
  const page = { ...view, ...pageOwn };
  const outputs: [TemplateSource, Format, unknown, string][] = [
    [t.publicMd, 'md', view, 'render --audience public'],
    [t.statusUpdate, 'md', view, 'status-update'],
    [t.publicHtml, 'html', page, `publish ${pagePath(id)}`],
    [t.siteIndex, 'html', index, 'publish index.html'],
    [t.siteFeed, 'html', feed, 'publish feed.xml'],
  ];
  const rules = leakRules(people, input.config);
  const templateOrigins: Origin[] = [t.publicMd, t.publicHtml, t.statusUpdate, t.siteIndex, t.siteFeed, ...t.partials.md, ...t.partials.html]
    .map((x) => ({ file: x.file, text: x.source }));
  const origins = [...publicOrigins(p, summary), ...fieldOrigins(p, ['updates']), ...templateOrigins];
  const leaks: Leak[] = [];
  const seen = new Set<string>();
  for (const [template, format, context, name] of outputs) {
    let out: string;
    try {
      out = finishOutput((await compile(template, format, t))(context as never), format);
    } catch (error) {
      if (!(error instanceof DocumentError)) throw error;
      leaks.push({ message: `${error.message} (${name})`, file: error.file ?? template.file, line: error.line, column: error.column });
      continue;
    }
    for (const leak of findLeaks(out, rules, origins, name)) {
      // The same text leaks into several outputs: reported once, with the first output named.
      const key = `${leak.file}:${leak.line}:${leak.column}:${leak.message.replace(/ in public output \([^)]*\)/, '')}`;
      if (seen.has(key)) continue;
      seen.add(key);
      leaks.push(leak);
    }
  }
  return leaks;
}

// The page's `site` (links and look) is the same for every file of a run: made once per config and
// title (templates only read their contexts).
const sites = new WeakMap<Config, { title: string; site: object }>();
function siteOf(title: string, config: Config): object {
  let known = sites.get(config);
  if (known?.title !== title) sites.set(config, (known = { title, site: { ...pageLinks(title), ...look(config) } }));
  return known.site;
}

const sourcesOf = (t: PublicTemplates) =>
  [t.publicMd, t.publicHtml, t.statusUpdate, t.siteIndex, t.siteFeed, ...t.partials.md, ...t.partials.html].map((x) => x.source);

/** Whether these are the built-in templates (a repository's own copies of them count, unchanged). */
export function isBuiltIn(t: PublicTemplates): boolean {
  if (t === DEFAULT_PUBLIC_TEMPLATES) return true;
  let known = builtInSets.get(t);
  if (known === undefined) builtInSets.set(t, (known = sameAsBuiltIn(t)));
  return known;
}

// A run passes the same templates object for every file: compared with the defaults once.
const builtInSets = new WeakMap<PublicTemplates, boolean>();
function sameAsBuiltIn(t: PublicTemplates): boolean {
  const mine = sourcesOf(t);
  const theirs = sourcesOf(DEFAULT_PUBLIC_TEMPLATES);
  return mine.length === theirs.length && mine.every((s, k) => s === theirs[k]) &&
    (['md', 'html'] as const).every((f) => t.partials[f].map((x) => x.name).join() === DEFAULT_PUBLIC_TEMPLATES.partials[f].map((x) => x.name).join());
}

let builtInSources: string | undefined;
const builtInText = () => (builtInSources ??= templateText(sourcesOf(DEFAULT_PUBLIC_TEMPLATES)));
