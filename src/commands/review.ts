// The review of a pull request's incident files: validation findings, each incident's metrics,
// and the public preview with its leak check, as Markdown for a job summary and a sticky comment.
// The GitHub Action calls it; nothing here talks to GitHub.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { CommandError, DocumentError } from '../core/util/errors.ts';
import { readFast } from '../core/edit/splice.ts';
import { computeMetrics, type Metric } from '../core/metrics/metrics.ts';
import { formatDuration } from '../core/time/duration.ts';
import type { Diagnostic } from '../core/rules/types.ts';
import type { TimelineEntry } from '../core/model/types.ts';
import { render } from './render.ts';
import { validate } from './validate.ts';
import type { Deps } from './context.ts';
// Text in a table cell or heading: one line, Markdown and HTML shown as text, @mentions defused.
import { codeBlock, tableCell as cell } from '../core/render/escape.ts';
import { markdownOut } from '../core/markdown/markdown-out.ts';

export const REVIEW_MARKER = '<!-- casefile:review -->';

export interface ReviewedIncident {
  file: string;
  id: string;
  title?: string;
  severity?: string;
  status?: string;
  metrics: Metric[];
  diagnostics: Diagnostic[];
  /** The public summary as customers would read it (incidents with public: true). */
  preview?: string;
  /** Why there is no preview: the leak check's or the renderer's one line. */
  previewProblem?: string;
  /**
   * What the base branch publishes for this incident: its public text (undefined when it is not
   * public there or new on this branch), or why it is not known.
   */
  published?: { text?: string; problem?: string };
}

export interface Review {
  errors: number;
  warnings: number;
  diagnostics: Diagnostic[];
  incidents: ReviewedIncident[];
  summary: string;
  comment: string;
}

export async function review(options: { files: string[]; base?: string }, deps: Deps): Promise<Review> {
  const { diagnostics, summary } = await validate({ paths: options.files, cache: false }, deps);
  const incidents: ReviewedIncident[] = [];
  for (const path of options.files) {
    const id = basename(path, '.md');
    const file = diagnostics.find((d) => d.file.endsWith(`${id}.md`))?.file ?? path;
    const mine = diagnostics.filter((d) => d.file === file);
    const incident: ReviewedIncident = { file, id, metrics: [], diagnostics: mine };
    try {
      const text = readFileSync(path, 'utf8');
      // The simple reader for a plain file (the yaml package costs the Action ~20 ms per file); the YAML document otherwise.
      const data = readFast(text, file)?.doc.data ?? (await import('../core/document/document.ts')).parseIncidentText(text, file).data;
      incident.title = str(data.title);
      incident.severity = str(data.severity);
      incident.status = str(data.status);
      incident.metrics = computeMetrics(Array.isArray(data.timeline) ? (data.timeline as TimelineEntry[]) : []);
      if (data.public === true) {
        try {
          incident.preview = (await render({ id, audience: 'public' }, deps)).text;
        } catch (error) {
          if (!(error instanceof CommandError || error instanceof DocumentError)) throw error;
          incident.previewProblem = error instanceof DocumentError ? error.describe() : error.message;
        }
        if (options.base) incident.published = await publishedText(id, path, options.base, deps);
      }
    } catch (error) {
      if (!(error instanceof DocumentError)) throw error; // unreadable: its findings say why
    }
    incidents.push(incident);
  }
  const review = { errors: summary.errors, warnings: summary.warnings, diagnostics, incidents };
  return { ...review, summary: summaryMarkdown(review), comment: await commentMarkdown(review) };
}

/** The public text the base branch has for the incident (rendered from its version of the file, with today's templates). */
async function publishedText(id: string, path: string, base: string, deps: Deps): Promise<ReviewedIncident['published']> {
  const { fileAtBase } = await import('../io/git-show.ts');
  const { openRepo } = await import('../io/repo.ts');
  const repo = await openRepo(deps.cwd, { configFile: deps.env.CASEFILE_CONFIG, incidentsDir: deps.env.CASEFILE_INCIDENTS_DIR });
  const before = fileAtBase(repo.root, base, path);
  if (!before.found) return { problem: `the base ${base} is not in this checkout (actions/checkout with fetch-depth: 0)` };
  if (before.text === undefined || !/^public:[ \t]*true[ \t]*(?:#.*)?$/m.test(before.text)) return {};
  try {
    return { text: (await render({ id, audience: 'public', text: before.text }, deps)).text };
  } catch (error) {
    if (!(error instanceof CommandError || error instanceof DocumentError)) throw error;
    return { problem: `the base version does not render: ${error instanceof DocumentError ? error.describe() : error.message}` };
  }
}

type Counts = Pick<Review, 'errors' | 'warnings' | 'incidents'>;

const verdict = (r: Counts) =>
  r.incidents.length === 0
    ? 'No incident files changed.'
    : `${r.incidents.length} incident file${r.incidents.length === 1 ? '' : 's'} checked: ${count(r.errors, 'error')}, ${count(r.warnings, 'warning')}.`;

/** The job summary: everything, including findings beyond the 10 annotations GitHub shows. */
export function summaryMarkdown(r: Counts): string {
  const out = ['## Casefile review', '', verdict(r), ''];
  for (const i of r.incidents) {
    out.push(`### ${cell(i.title ?? i.id)}`, '', `\`${i.file}\` · ${[i.severity, i.status].filter(Boolean).map((s) => cell(s!)).join(' · ')}`, '');
    if (i.metrics.length) {
      out.push('| metric | value |', '|---|---|', ...i.metrics.map((m) => `| ${m.label} | ${formatDuration(m.ms, m.approx)} |`), '');
    }
    if (i.diagnostics.length) {
      out.push('| line | severity | message | rule |', '|---|---|---|---|');
      out.push(...i.diagnostics.map((d) => `| ${d.line}:${d.column} | ${d.severity} | ${cell(d.message)} | \`${d.ruleId}\` |`), '');
    } else out.push('No findings.', '');
    out.push(...previewLines(i));
  }
  return forGitHub(out.join('\n'));
}

/**
 * Markdown GitHub shows in a job summary or a comment, as a tree written again: tables aligned,
 * and each paragraph on one line (GitHub shows a comment's line breaks; the public preview inside
 * is wrapped at 80 columns as a document).
 */
const forGitHub = (markdown: string) => markdownOut(markdown, { wrap: false, join: true });

/**
 * The sticky pull-request comment: the verdict, and for each public incident the leak check, the
 * public preview, its exact text and its diff against what the base branch publishes.
 */
export async function commentMarkdown(r: Counts): Promise<string> {
  const out = [REVIEW_MARKER, '## Casefile review', '', verdict(r), ''];
  for (const i of r.incidents) {
    if (i.preview === undefined && i.previewProblem === undefined) continue;
    out.push(`### Public summary: ${cell(i.title ?? i.id)}`, '', ...(await commentLines(i)));
  }
  return forGitHub(out.join('\n'));
}

function previewLines(i: ReviewedIncident): string[] {
  if (i.previewProblem) return [`**Leak check / public preview failed:** ${cell(i.previewProblem)}`, ''];
  if (i.preview === undefined) return [];
  return ['Leak check passed. Public preview:', '', '<details><summary>Public summary</summary>', '', i.preview.trim(), '', '</details>', ''];
}

/** The comment's part for one incident: the exact public text, and its diff against the published one. */
async function commentLines(i: ReviewedIncident): Promise<string[]> {
  const out = previewLines(i);
  if (i.preview === undefined) return out;
  out.push('<details><summary>Exact public text</summary>', '', codeBlock(i.preview, 'markdown'), '', '</details>', '');
  if (!i.published) return out;
  if (i.published.problem) return [...out, `Not compared with the published text: ${cell(i.published.problem)}.`, ''];
  if (i.published.text === undefined) return [...out, 'Not published on the base branch: all of this text is new.', ''];
  if (i.published.text === i.preview) return [...out, 'No change to the published text.', ''];
  const { createPatch } = await import('diff');
  const patch = createPatch(`${i.id} (public)`, i.published.text, i.preview, 'published', 'this branch', { context: 3 });
  const body = patch.split('\n').slice(4).join('\n').trimEnd(); // without the Index and file header lines
  return [...out, 'Changes against the published text:', '', codeBlock(body, 'diff'), ''];
}

const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;
