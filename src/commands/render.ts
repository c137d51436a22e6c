// `incident render <id>`: one incident through a template, for the team (internal) or for
// customers (public). Public output passes the leak check before it is printed or written.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DocumentError, UsageError } from '../core/util/errors.ts';
import { isPlainName } from '../core/util/chars.ts';
import type { Format } from '../core/render/compile-options.ts';
import { loadCompiled } from '../core/render/load.ts';
import { loadLeakCheck } from '../core/render/leak-lazy.ts';
import type { Origin } from '../core/render/leak.ts';
import { finishOutput } from '../core/render/output.ts';
import { markdownChatLazily, ownMarkdownLazily } from '../core/markdown/markdown-out-lazy.ts';
import { internalViewOf, prepareData, publicOrigins, publicSummaryOf, viewOf, withBody } from '../core/render/prepare.ts';
import type { Audience } from '../core/render/view.ts';
import { writeFileAtomic } from '../io/atomic-write.ts';
import { display, incidentPath, unknownIncident } from '../io/repo.ts';
import { DEFAULT_TEMPLATES, findTemplate, loadPartials, mayShowPublicSummary } from '../io/templates.ts';
import { context, type Deps } from './context.ts';

export interface RenderOptions {
  id: string;
  audience?: string;
  format?: string;
  /** A template name (`status-update`) or file name (`status-update.md.hbs`). */
  template?: string;
  /** Write here (atomically) instead of returning the text for stdout. */
  out?: string;
  /** Render this text as the incident's file instead of reading it (the review's base version). */
  text?: string;
  /** Markdown as chat text (markdown/chat.ts): no escapes, Slack's *bold*. */
  plain?: boolean;
}

export interface RenderResult {
  file: string;
  template: string;
  audience: Audience;
  format: Format;
  text: string;
  /** The file written, as shown, when `out` was given. */
  written?: string;
}

const AUDIENCES = ['internal', 'public'];
const FORMATS = ['md', 'html'];

export async function render(options: RenderOptions, deps: Deps): Promise<RenderResult> {
  const audience = choice(options.audience ?? 'internal', AUDIENCES, '--audience') as Audience;
  const { name, format } = templateName(options, audience);
  if (options.plain && format !== 'md') throw new UsageError(`Unexpected --plain with --format ${format}, expected Markdown`);
  const ctx = await context(deps);
  const path = incidentPath(ctx.repo, options.id);
  if (options.text === undefined && !existsSync(path)) throw unknownIncident(ctx.repo, options.id);
  const shown = display(ctx.repo, path);
  const template = findTemplate(ctx.repo, name);
  if (!template) {
    const known = DEFAULT_TEMPLATES.filter((t) => !t.startsWith('_') && t.endsWith('.hbs')).join(', ');
    throw new UsageError(`Unknown template "${name}": not in ${ctx.repo.config.templates_dir}/ nor built in (${known})`);
  }
  const data = await prepareData(options.text ?? readFileSync(path, 'utf8'), shown);
  // The body's sections, only to find the Public summary: public output always looks for it (and
  // refuses a malformed one), an internal one only for a template that may show it (the default
  // post-mortem does not; an internal summary that cannot be read is left out anyway).
  const { partials, files } = loadPartials(ctx.repo, format);
  const prepared = audience === 'public' || mayShowPublicSummary(template, files) ? await withBody(data) : undefined;
  const summary = prepared ? publicSummaryOf(prepared, audience === 'internal') : null;
  if (audience === 'public' && !summary && name.startsWith('public-summary.')) {
    throw new DocumentError('Missing section "Public summary", expected one: public output is made only from it and the public fields', shown);
  }
  const viewOptions = { audience, now: ctx.now, defaultTimeZone: () => ctx.defaultTimeZone };
  const view = prepared ? viewOf(prepared, viewOptions, summary) : internalViewOf(data, viewOptions, null);
  const run = await loadCompiled(template.source, { format, partials, name: template.file });
  const made = finishOutput(run(view as never), format);
  const text = format !== 'md' ? made : options.plain ? await markdownChatLazily(made) : await ownMarkdownLazily(template, made);
  if (audience === 'public' && prepared) { // (public output always has its body's sections)
    const { assertNoLeaks, leakRules, peopleOf } = await loadLeakCheck();
    const rules = leakRules(peopleOf(prepared.data), ctx.repo.config);
    // Where a leak came from: looked for only when there is one.
    let known: Origin[] | undefined;
    const origins = () => (known ??= [...publicOrigins(prepared, summary), ...[template, ...files].map((t) => ({ file: t.file, text: t.source }))]);
    // What the template made, then what goes out: writing the tree again changes no word, but
    // the check must hold for the bytes printed as much as for the text they came from.
    assertNoLeaks(made, rules, origins, options.out ?? 'stdout');
    if (text !== made) assertNoLeaks(text, rules, origins, options.out ?? 'stdout');
  }
  const result: RenderResult = { file: shown, template: template.file, audience, format, text };
  if (options.out) {
    const target = resolve(ctx.cwd, options.out);
    writeFileAtomic(target, text);
    result.written = display(ctx.repo, target);
  }
  return result;
}

function choice(value: string, allowed: string[], flag: string): string {
  if (!allowed.includes(value)) throw new UsageError(`Unexpected ${flag} "${value}", expected one of ${allowed.join(', ')}`);
  return value;
}

/**
 * The template's file name and the output format. `--template status-update` means
 * `status-update.<format>.hbs`; a full file name also sets the format when --format is not given.
 */
function templateName(options: RenderOptions, audience: Audience): { name: string; format: Format } {
  const given = options.template ?? (audience === 'public' ? 'public-summary' : 'postmortem');
  if (!isPlainName(given) || given.includes('..')) {
    throw new UsageError(`Unexpected template name "${given}", expected a file name in the templates directory, like status-update`);
  }
  const named = namedFormat(given);
  const format = choice(options.format ?? (named === 'html' || named === 'xml' ? 'html' : 'md'), FORMATS, '--format') as Format;
  if (named && (named === 'md') !== (format === 'md')) {
    throw new UsageError(`Unexpected --format ${format} for template "${given}", expected ${named === 'md' ? 'md' : 'html'}`);
  }
  return { name: named ? given : `${given.endsWith('.hbs') ? given.slice(0, -4) : given}.${format}.hbs`, format };
}

/** The format a template's file name says, as /\.(md|html|xml)\.hbs$/ reads it (by hand: every render asks). */
export function namedFormat(name: string): 'md' | 'html' | 'xml' | undefined {
  return name.endsWith('.md.hbs') ? 'md' : name.endsWith('.html.hbs') ? 'html' : name.endsWith('.xml.hbs') ? 'xml' : undefined;
}
