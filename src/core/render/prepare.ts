// From an incident file's text to the view a template renders, for either audience, plus the
// origins (file ranges) the leak check names when public output holds something it must not.
import { lineColumn, splitFrontmatter, type Split } from '../document/document-split.ts';
import { DocumentError } from '../util/errors.ts';
import { parseSimpleYaml } from '../yaml/simple-yaml.ts';
import { scanBody, type Body } from '../markdown/sections.ts';
import { isValidTimeZone } from '../timeline/timeline.ts';
import type { Origin } from './leak.ts';
import { findSections } from '../markdown/named-sections.ts';
import { loadMarkdownParser, needsParser } from './markdown-safe.ts';
import { extractPublicSummary, type PublicSummary, type PublicSummaryView } from './public-summary.ts';
import type { Audience, View } from './view.ts';
import { internalView } from './view-internal.ts';
import { PUBLIC_FIELDS, publicFields, publicView } from './view-public.ts';

/** A file split and its frontmatter read: all a view needs but the Public summary. */
export interface PreparedData {
  text: string;
  split: Split;
  data: Record<string, unknown>;
  file: string;
}

export interface Prepared extends PreparedData {
  /** The body's headings and sections, exact (see prepare). */
  body: Body;
}

/**
 * Reads the frontmatter the cheap way (the simple reader), and with the `yaml` package only
 * when the simple reader steps aside; a malformed file is a DocumentError at its line.
 */
export async function prepareData(text: string, file: string): Promise<PreparedData> {
  const split = splitFrontmatter(text, file);
  let data = parseSimpleYaml(text.slice(split.fmStart, split.fmEnd))?.data;
  if (!data) data = (await import('../document/document.ts')).parseIncidentText(text, file).data;
  return { text, split, data, file };
}

/** prepareData, and the body's sections (where the Public summary is) with the parsers it needs. */
export async function prepare(text: string, file: string): Promise<Prepared> {
  return withBody(await prepareData(text, file));
}

/** The body's sections of a file prepareData read (the second half of prepare). */
export async function withBody({ text, split, data, file }: PreparedData): Promise<Prepared> {
  // The sections as remark gives them: the block scan's, or remark's where the scan is not sure.
  let body = scanBody(text, split.bodyStart);
  if (!body.exact) body = (await import('../markdown/remark-sections.ts')).remarkBody(text);
  const prepared = { text, split, data, file, body };
  await loadParsersFor(prepared);
  return prepared;
}

// The Public summary's section, found once per body (the leak check asks twice a file).
const summarySections = new WeakMap<Body, ReturnType<typeof findSections>[number] | null>();
function publicSummarySection(body: Body) {
  let section = summarySections.get(body);
  if (section === undefined) summarySections.set(body, (section = findSections(body.sections, 'Public summary')[0] ?? null));
  return section;
}

/**
 * The Markdown parser, when the Public summary holds a link or HTML that safeMarkdown must judge;
 * undefined when it needs none (most files: nothing to wait for).
 */
export function loadParsersFor(p: Prepared): Promise<void> | undefined {
  const section = publicSummarySection(p.body);
  if (section && needsParser(p.text.slice(section.contentStart, section.contentEnd))) return loadMarkdownParser();
  return undefined;
}

/**
 * Public Markdown (the Public summary, an update) longer than this is refused before anything is
 * rendered: no public page may pass 100 KB, and remark's parser takes time quadratic in the lines
 * of some long texts (a list item continued by thousands of lines: 20,000 took 10 s).
 */
export const PUBLIC_TEXT_MAX = 64 * 1024;

const size = (n: number) => (n < 1024 * 1024 ? `${Math.ceil(n / 1024)} KiB` : `${(n / 1024 / 1024).toFixed(1)} MiB`);

/** The first public text that is too long to publish, said at its line; undefined when none is. */
export function oversizedPublicText(p: Prepared): { message: string; line: number; column: number } | undefined {
  const section = publicSummarySection(p.body);
  const expected = () => `expected at most ${size(PUBLIC_TEXT_MAX)} (a public page stays under 100 KB)`;
  if (section && section.contentEnd - section.contentStart > PUBLIC_TEXT_MAX) {
    return { message: `Unexpected Public summary of ${size(section.contentEnd - section.contentStart)}, ${expected()}`, line: section.heading.line, column: section.heading.column };
  }
  const updates = Array.isArray(p.data.updates) ? p.data.updates : [];
  const long = updates.findIndex((u) => typeof (u as { text?: unknown } | null)?.text === 'string' && (u as { text: string }).text.length > PUBLIC_TEXT_MAX);
  if (long < 0) return undefined;
  const at = /^updates[ \t]*:/m.exec(p.text.slice(p.split.fmStart, p.split.fmEnd));
  const { line, column } = lineColumn(p.text, p.split.fmStart + (at?.index ?? 0));
  return { message: `Unexpected update ${long + 1} of ${size((updates[long] as { text: string }).text.length)} in updates, ${expected()}`, line, column };
}

export interface ViewOptions {
  audience: Audience;
  now: number;
  /** The zone when the incident has none (or an unknown one). */
  defaultTimeZone: () => string;
}

/**
 * The Public summary. `lenient` (internal documents, which hold the whole body anyway): a block
 * left open in it gives no summary instead of an error.
 */
export function publicSummaryOf(p: Prepared, lenient = false): PublicSummary | null {
  try {
    return extractPublicSummary(p.text, p.split.bodyStart, p.file, p.body);
  } catch (error) {
    if (lenient && error instanceof DocumentError) return null;
    throw error;
  }
}

export function viewOf(p: Prepared, options: ViewOptions, summary = publicSummaryOf(p, options.audience === 'internal')): View {
  if (options.audience === 'public') {
    const fallbackId = p.file.replace(/^.*[\\/]/, '').replace(/\.md$/, '');
    return publicView(publicFields(p.data), fallbackId, summary?.view ?? null, options.now);
  }
  return internalViewOf(p, options, summary?.view ?? null);
}

/** The internal view with the Public summary given: null for a template known not to show it (the body then need not be scanned). */
export function internalViewOf(p: PreparedData, options: Omit<ViewOptions, 'audience'>, publicSummary: PublicSummaryView | null): View {
  const tz = p.data.timezone;
  const timeZone = typeof tz === 'string' && isValidTimeZone(tz) ? tz : options.defaultTimeZone();
  return internalView({
    data: p.data, text: p.text, bodyStart: p.split.bodyStart, file: p.file, timeZone, now: options.now,
    publicSummary,
  });
}

/** The parts of the file public output is made from: the public fields and the Public summary. */
export function publicOrigins(p: Prepared, summary: PublicSummary | null): Origin[] {
  const origins: Origin[] = [];
  if (summary) origins.push({ file: p.file, text: p.text, from: summary.start, to: summary.end });
  return [...origins, ...fieldOrigins(p, PUBLIC_FIELDS)];
}

/** The lines of top-level fields of the frontmatter (each with its items), where a leak in them comes from. */
export function fieldOrigins(p: Pick<Prepared, 'text' | 'file' | 'split'>, keys: readonly string[]): Origin[] {
  const fm = p.text.slice(0, p.split.fmEnd);
  const origins: Origin[] = [];
  for (const key of keys) {
    const m = new RegExp(`^${key}[ \\t]*:`, 'm').exec(fm.slice(p.split.fmStart));
    if (!m) continue;
    const from = p.split.fmStart + m.index;
    // The field runs to the next top-level key (a line starting with a name character).
    const next = /\n(?=[A-Za-z_"'])/g;
    next.lastIndex = from + m[0].length;
    const end = next.exec(fm);
    origins.push({ file: p.file, text: p.text, from, to: end ? end.index : p.split.fmEnd });
  }
  return origins;
}
