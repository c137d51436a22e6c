// The review of a pull request's incident files: validation findings, each incident's metrics,
// and the public preview with its leak check, as Markdown for a job summary and a sticky comment.
// The GitHub Action calls it; nothing here talks to GitHub.
import { readFileSync } from 'node:fs';
import { basename, relative, resolve } from 'node:path';
import { CommandError, DocumentError } from '../core/util/errors.ts';
import { readFast } from '../core/edit/splice.ts';
import { computeMetrics, type Metric } from '../core/metrics/metrics.ts';
import { formatDuration } from '../core/time/duration.ts';
import type { Diagnostic } from '../core/rules/types.ts';
import type { TimelineEntry } from '../core/model/types.ts';
import { render } from './render.ts';
import { validate } from './validate.ts';
import type { Deps } from './context.ts';
// Incident text as one line of Markdown that shows it as text (HTML too), @mentions defused.
import { codeBlock, codeSpan, inlineMarkdown as inline } from '../core/render/escape.ts';
import { ruleUrl } from '../core/validate/rule-url.ts';
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
    // As validate names it (relative to the working directory), also when it has no finding.
    const file = diagnostics.find((d) => resolve(deps.cwd, d.file) === resolve(deps.cwd, path))?.file ?? (relative(deps.cwd, path) || path);
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

/**
 * An incident's heading: its file name, which no other changed file has (a title may repeat, and
 * may be longer than a heading line can be) and which has no space to wrap at.
 */
const heading = (i: ReviewedIncident) => `## ${inline(basename(i.file, '.md'))}`;

/** The job summary: everything, including findings beyond the 10 annotations GitHub shows. */
export function summaryMarkdown(r: Counts): string {
  const out = ['# Casefile review', '', verdict(r), ''];
  for (const i of r.incidents) {
    out.push(heading(i), '', [i.title, i.severity, i.status].filter(Boolean).map((s) => inline(s!)).concat(codeSpan(i.file)).join(' · '), '');
    if (i.metrics.length) {
      out.push('| metric | value |', '|---|---|', ...i.metrics.map((m) => `| ${m.label} | ${formatDuration(m.ms, m.approx)} |`), '');
    }
    // A list, not a table: a message is longer than a table row can be (markdownlint's MD013).
    if (i.diagnostics.length) out.push(...i.diagnostics.map((d) => `- ${d.line}:${d.column} ${d.severity}: ${inline(d.message)} ([${d.ruleId}](${ruleUrl(d.ruleId)}))`), '');
    else out.push('No findings.', '');
    out.push(...previewLines(i));
  }
  return forGitHub(out.join('\n'));
}

/**
 * Markdown GitHub shows in a job summary or a comment, as a tree written again in the one style
 * every Markdown output has (src/core/markdown/markdown-out.ts), clean under markdownlint's default
 * rules: plain Markdown (no HTML to fold parts away), paragraphs wrapped at 80 columns. GitHub
 * shows a comment's line breaks, so a paragraph reads as lines of at most 80 columns.
 */
const forGitHub = (markdown: string) => markdownOut(markdown);

/**
 * The sticky pull-request comment: the verdict, and for each public incident the leak check, the
 * exact public text and its diff against what the base branch publishes.
 */
export async function commentMarkdown(r: Counts): Promise<string> {
  const out = [REVIEW_MARKER, '', '# Casefile review', '', verdict(r), ''];
  for (const i of r.incidents) {
    if (i.preview === undefined && i.previewProblem === undefined) continue;
    out.push(heading(i), '', ...(await commentLines(i)));
  }
  return forGitHub(out.join('\n'));
}

/**
 * The public text as it would be published, in a code block: exact to the character, and its
 * headings are not the review's (a rendered copy would repeat them for every incident).
 */
function previewLines(i: ReviewedIncident): string[] {
  const title = inline(i.title ?? i.id);
  if (i.previewProblem) return [`${title}: **the leak check or the public preview failed:** ${inline(i.previewProblem)}`, ''];
  if (i.preview === undefined) return [];
  return [`${title}: the leak check passed. The public text:`, '', codeBlock(i.preview.trim(), 'markdown'), ''];
}

/** The comment's part for one incident: the exact public text, and its diff against the published one. */
async function commentLines(i: ReviewedIncident): Promise<string[]> {
  const out = previewLines(i);
  if (i.preview === undefined || !i.published) return out;
  if (i.published.problem) return [...out, `Not compared with the published text: ${inline(i.published.problem)}.`, ''];
  if (i.published.text === undefined) return [...out, 'Not published on the base branch: all of this text is new.', ''];
  if (i.published.text === i.preview) return [...out, 'No change to the published text.', ''];
  const { createPatch } = await import('diff');
  const patch = createPatch(`${i.id} (public)`, i.published.text, i.preview, 'published', 'this branch', { context: 3 });
  const body = patch.split('\n').slice(4).join('\n').trimEnd(); // without the Index and file header lines
  return [...out, 'Changes against the published text:', '', codeBlock(body, 'diff'), ''];
}

const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;
