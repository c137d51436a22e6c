// The body's Public summary section (or a synonym): the only prose public output is made from.
// Its own text (or a "Summary" subsection) is the summary; "What happened" and "What we are doing
// about this" (or synonyms) are picked out by name; other subsections are kept in order.
import { lineColumn } from '../document/document-split.ts';
import { DocumentError } from '../util/errors.ts';
import { findSections, sectionNames } from '../markdown/named-sections.ts';
import { FENCE } from './markdown-blocks.ts';
import { normalizeTitle, scanBody, type Body } from '../markdown/sections.ts';
import { safeMarkdown } from './markdown-safe.ts';

export interface PublicPart {
  title: string;
  /** Safe Markdown (see safeMarkdown), headings moved so the part itself would be a `##`. */
  markdown: string;
}

export interface PublicSummaryView {
  summary: string | null;
  what_happened: string | null;
  what_we_are_doing: string | null;
  /** Subsections other than those three, in file order. */
  other_sections: PublicPart[];
  /** The whole section as safe Markdown, its subsections as `##`. */
  markdown: string;
}

export interface PublicSummary {
  view: PublicSummaryView;
  /** Where the section's content is in the file (the leak check names lines from it). */
  start: number;
  end: number;
}

// Made when a Public summary is first read, not when the module loads: a render that shows none
// (the post-mortem, the report) then normalizes no names, with the three patterns that takes.
let knownNames: { summary: Set<string>; what_happened: Set<string>; what_we_are_doing: Set<string> } | undefined;
const known = () => (knownNames ??= {
  summary: sectionNames('Summary'),
  what_happened: sectionNames('What happened'),
  what_we_are_doing: sectionNames('What we are doing about this'),
});

/**
 * The Public summary of an incident file's text, or null when the body has none. A code block or
 * raw HTML block left open would run to the end of the file and take the internal sections after
 * it into the public summary: that is refused, at its line. `body` must be exact (remark's, from
 * remarkBody, where the scan is not sure): where the section ends decides what is published.
 */
export function extractPublicSummary(text: string, bodyStart: number, file?: string, body: Body = scanBody(text, bodyStart)): PublicSummary | null {
  // A programming error, not the user's: an inexact scan may end the section after internal text.
  if (!body.exact) throw new Error('extractPublicSummary: the block scan is not exact here; pass remarkBody(text)');
  const section = findSections(body.sections, 'Public summary')[0];
  if (!section) return null;
  const open = runaway(text, section.contentStart, section.contentEnd);
  if (open !== undefined) {
    const { line, column } = lineColumn(text, open);
    throw new DocumentError('Unexpected unclosed block in the Public summary, expected it closed: everything after it would become public', file, line, column);
  }
  // The section's own text ends at its first subsection, so it holds no headings to move.
  const intro = safeMarkdown(text.slice(section.contentStart, section.children[0]?.heading.start ?? section.contentEnd)) || null;
  const names = known();
  const found: Partial<Record<keyof typeof names, string | null>> = {};
  const other_sections: PublicPart[] = [];
  for (const child of section.children) {
    const markdown = safeMarkdown(text.slice(child.contentStart, child.contentEnd), { headingOffset: 2 - child.heading.depth });
    const name = normalizeTitle(child.heading.text);
    const key = (Object.keys(names) as (keyof typeof names)[]).find((k) => names[k].has(name) && found[k] === undefined);
    if (key) found[key] = markdown || null;
    else if (markdown) other_sections.push({ title: child.heading.text, markdown });
  }
  const summary = [intro, found.summary].filter(Boolean).join('\n\n') || null;
  const view: PublicSummaryView = {
    summary,
    what_happened: found.what_happened ?? null,
    what_we_are_doing: found.what_we_are_doing ?? null,
    other_sections,
    markdown: safeMarkdown(text.slice(section.contentStart, section.contentEnd), { headingOffset: 1 - section.heading.depth }),
  };
  return { view, start: section.contentStart, end: section.contentEnd };
}

// CommonMark blocks that run to the end of the document when left open: fenced code, and the raw
// HTML blocks that end only at a closing tag or marker (<pre>, <script>, <style>, <textarea>,
// `<?`, `<![CDATA[`, a declaration `<!X` ending at `>`). HTML comments are removed from public
// output, so an open one is harmless.
const RAW_OPEN = /^ {0,3}(?:<(pre|script|style|textarea)(?=[\s>]|$)|(<\?)|(<!\[CDATA\[)|(<![A-Za-z]))/i;

/**
 * Whether a line starts with `<` after at most three spaces, as every line RAW_OPEN matches does:
 * the others skip it, and a summary without such a line never compiles it (case-insensitive,
 * 0.24 ms of a render on Node 24.21).
 */
function ltAfterIndent(line: string): boolean {
  let i = 0;
  while (i < 3 && line.charCodeAt(i) === 32) i++;
  return line.charCodeAt(i) === 60;
}

/** The offset of a block opened in text[from, to) and never closed, if any. */
function runaway(text: string, from: number, to: number): number | undefined {
  let open: { at: number; end: RegExp } | undefined;
  let at = from;
  // A comment starting a line is an HTML block: what it holds opens nothing (blanked, offsets kept).
  // One inside a paragraph is inline, and lines after it still start blocks as usual.
  // (Only text holding `<!--` compiles the pattern.)
  const slice = text.slice(from, to);
  const body = slice.includes('<!--') ? slice.replace(/^ {0,3}<!--[\s\S]*?(?:-->|$)/gm, (c) => c.replace(/[^\n]/g, ' ')) : slice;
  for (const line of body.split('\n')) {
    const here = at;
    at += line.length + 1;
    if (open) {
      if (open.end.test(line)) open = undefined;
      continue;
    }
    const fence = FENCE.exec(line);
    if (fence && !(fence[2]![0] === '`' && fence[3]!.includes('`'))) {
      open = { at: here, end: new RegExp(`^ {0,3}${fence[2]![0] === '`' ? '`' : '~'}{${fence[2]!.length},}[ \\t]*\\r?$`) };
      continue;
    }
    const raw = ltAfterIndent(line) ? RAW_OPEN.exec(line) : null;
    if (raw) {
      const end = raw[1] ? new RegExp(`</${raw[1]}>`, 'i') : raw[2] ? /\?>/ : raw[4] ? />/ : /\]\]>/;
      const rest = line.slice(raw[0].length);
      if (!end.test(rest)) open = { at: here, end };
    }
  }
  return open?.at;
}
