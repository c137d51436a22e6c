// The internal site's incident page as Casefile's own templates make it (postmortem.html.hbs with
// the head, facts and drill partials), written without Handlebars' runtime: a third of a page's
// time went to the runtime's lookups, frames and option objects (and 150 KB of garbage a page).
// Only for those templates byte for byte (their keys below): any other template, or a change to
// these, renders through Handlebars. test/postmortem-page.test.ts holds the two equal.
import runtime from 'handlebars/dist/cjs/handlebars.runtime.js';
import type { HelperOptions } from 'handlebars';
import { templateKey } from './compile-options.ts';
import { helpers } from './helpers.ts';
import type { SiteLinks, View } from './view.ts';

/** The templates this page is written from, by templateKey: the sources it was checked against. */
export const MIRRORED = {
  page: 'html:2798:zus58gc0j1cq',
  head: 'html:4253:i5g2di1ucb1vs',
  facts: 'html:675:15wrofpoaqnr',
  drill: 'html:90:hrmtwq1784ho8',
};

/** The head partial's only variable part: a site's colours, never set for the internal site. */
const COLORS = '{{#if site}}{{#if site.colors}}@media not (prefers-color-scheme: dark) { :root { {{site.colors}} } }\n{{/if}}{{/if}}';
const DRILL = '<p class="drill"><strong>DRILL</strong>: this is a practice incident, not a real one.</p>\n';

export type PageView = View & { site: SiteLinks };

/**
 * The page renderer for these sources, or undefined when they are not the ones mirrored here (a
 * repository's own template or partial, or a changed default).
 */
export function postmortemPage(page: string, partials: Record<string, string | undefined>): ((view: PageView) => string) | undefined {
  const head = partials.head;
  if (templateKey('html', page) !== MIRRORED.page || head === undefined || templateKey('html', head) !== MIRRORED.head) return undefined;
  if (templateKey('html', partials.facts ?? '') !== MIRRORED.facts || templateKey('html', partials.drill ?? '') !== MIRRORED.drill || !head.includes(COLORS)) return undefined;
  // The head without its colours: what every internal page's head is.
  const headText = head.replace(COLORS, '');
  return (view) => render(view, headText);
}

/** Handlebars' own escaping, as `{{x}}` applies it (a SafeString as it is). */
const e = runtime.default.Utils.escapeExpression as (value: unknown) => string;
const helper = helpers('html', runtime.default.SafeString);
/** `{{name params hash}}`: the helper with the view as the root, its result escaped as Handlebars does. */
const call = (name: string, view: View, params: unknown[], hash: Record<string, unknown> = {}) =>
  e((helper[name] as (...args: unknown[]) => unknown)(...params, { hash, data: { root: view } } as unknown as HelperOptions));

/** Handlebars' `{{#if}}`: false for falsy values and empty lists. */
const truthy = (v: unknown) => !!v && !(Array.isArray(v) && v.length === 0);

function render(v: PageView, head: string): string {
  const drill = truthy(v.drill) ? '[DRILL] ' : '';
  let out = `<!DOCTYPE html>\n<html lang="en">\n<head>\n${head}<title>${drill}${e(v.title)}${truthy(v.site) ? ` · ${e(v.site.title)}` : ''}</title>\n</head>\n<body>\n`;
  if (truthy(v.site)) out += `<nav aria-label="Site"><a href="${e(v.site.index)}" rel="index">&larr; ${e(v.site.title)}</a></nav>\n`;
  out += '<main>\n<article>\n';
  if (truthy(v.drill)) out += DRILL;
  out += `<h1>${drill}${e(v.title)}</h1>\n${facts(v)}`;
  if (truthy(v.body)) out += `${call('markdown', v, [v.body])}\n`;
  if (truthy(v.roles)) {
    out += '<section>\n<h2>Roles</h2>\n<table>\n<thead><tr><th scope="col">Role</th><th scope="col">Name</th></tr></thead>\n<tbody>\n';
    for (const r of v.roles) out += `<tr><td>${e(r.label)}</td><td>${call('join', v, [r.names])}</td></tr>\n`;
    out += '</tbody>\n</table>\n</section>\n';
  }
  const figures = () => v.impact.figures.map((f) => `<li><strong>${e(f.label)}:</strong> ${e(f.value)}</li>\n`).join('');
  if (truthy(v.impact.summary)) {
    out += `<section>\n<h2>Impact in numbers</h2>\n<p>${e(v.impact.summary)}</p>\n`;
    if (truthy(v.impact.figures)) out += `<ul>\n${figures()}</ul>\n`;
    out += '</section>\n';
  } else if (truthy(v.impact.figures)) {
    out += `<section>\n<h2>Impact in numbers</h2>\n<ul>\n${figures()}</ul>\n</section>\n`;
  }
  if (truthy(v.metrics)) {
    out += '<section>\n<h2>Metrics</h2>\n<table>\n<thead><tr><th scope="col">Metric</th><th scope="col">Duration</th><th scope="col">From</th><th scope="col">To</th></tr></thead>\n<tbody>\n';
    for (const m of v.metrics) out += `<tr><td>${e(m.label)}</td><td>${call('duration', v, [m.ms], { approx: m.approx })}</td><td>${e(m.from)}</td><td>${e(m.to)}</td></tr>\n`;
    out += '</tbody>\n</table>\n</section>\n';
  }
  if (truthy(v.timeline)) {
    out += `<section>\n<h2>Timeline</h2>\n<p>Times in ${e(v.timezone)}; ~ marks an approximate time.</p>\n<table class="timeline">\n<thead><tr><th scope="col">Time</th><th scope="col">Kind</th><th scope="col">By</th><th scope="col">What</th></tr></thead>\n<tbody>\n`;
    for (const t of v.timeline) {
      const time = `${truthy(t.approx) ? '~' : ''}${truthy(t.new_day) ? `${e(t.local_date)} ` : ''}${e(t.local_time)}`;
      const kind = truthy(t.milestone) ? `<strong>${e(t.kind)}</strong>` : e(t.kind);
      out += `<tr><td>${time}</td><td>${kind}</td><td>${e(t.by)}</td><td>${e(t.text)}</td></tr>\n`;
    }
    out += '</tbody>\n</table>\n</section>\n';
  }
  if (truthy(v.action_items)) {
    out += '<section>\n<h2>Action items</h2>\n<table>\n<thead><tr><th scope="col">Item</th><th scope="col">Title</th><th scope="col">Type</th><th scope="col">Owner</th><th scope="col">Due</th><th scope="col">Status</th></tr></thead>\n<tbody>\n';
    for (const a of v.action_items) {
      const issue = truthy(a.issue) ? ` <a href="${call('safeurl', v, [a.issue])}">${e(a.issue)}</a>` : '';
      const status = `${truthy(a.status) ? e(a.status) : 'open'}${truthy(a.reason) ? `: ${e(a.reason)}` : ''}`;
      out += `<tr><td>${e(a.id)}</td><td>${e(a.title)}${issue}</td><td>${e(a.type)}</td><td>${e(a.owner)}</td><td>${e(a.due)}</td><td>${status}</td></tr>\n`;
    }
    out += '</tbody>\n</table>\n</section>\n';
  }
  return `${out}</article>\n</main>\n</body>\n</html>\n`;
}

/** The facts partial. */
function facts(v: PageView): string {
  let out = '<dl class="facts">\n';
  const time = (at: string) => `<time datetime="${call('iso', v, [at])}">${call('datetime', v, [at])}</time>`;
  if (truthy(v.started)) out += `<dt>Started</dt><dd>${time(v.started!)}</dd>\n`;
  if (truthy(v.ended)) out += `<dt>Ended</dt><dd>${time(v.ended!)}</dd>\n`;
  else if (truthy(v.ongoing)) out += '<dt>Ended</dt><dd>not yet (ongoing)</dd>\n';
  if (truthy(v.duration_ms)) out += `<dt>Duration</dt><dd>${call('duration', v, [v.duration_ms], { long: true, approx: v.duration_approx })}</dd>\n`;
  if (truthy(v.services)) out += `<dt>Affected services</dt><dd>${call('join', v, [v.services])}</dd>\n`;
  if (truthy(v.severity)) out += `<dt>Severity</dt><dd>${e(v.severity)}</dd>\n`;
  if (truthy(v.internal)) {
    if (truthy(v.status)) out += `<dt>Status</dt><dd>${e(v.status)}</dd>\n`;
    out += `<dt>Time zone</dt><dd>${e(v.timezone)}</dd>\n`;
  }
  return `${out}</dl>\n`;
}
