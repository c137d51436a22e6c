// The headings and sections of an incident's Markdown body, as remark would give them, from one
// block-level pass over its lines (block-scanner.ts); what rules ask of a section (its title in
// comparable form, its own text). Pure: no fs, no remark.
import { Scanner } from './block-scanner.ts';
import { COMMENT } from './section-tree.ts';

export interface Heading {
  /** 1-6. */
  depth: number;
  /** Plain text, as mdast-util-to-string gives for remark's heading node, trimmed. */
  text: string;
  /** 1-based file position where remark's heading node starts (a BOM is not counted, as remark does). */
  line: number;
  column: number;
  /**
   * Offsets of the heading node in `text` (the JS string): remark's position.start.offset and
   * end.offset, plus 1 when the file starts with a BOM (micromark drops the BOM before counting).
   */
  start: number;
  end: number;
}

export interface Section {
  heading: Heading;
  /** Offset just after the heading node. */
  contentStart: number;
  /** Offset where the next heading of the same or a higher level starts, or the end of the file. */
  contentEnd: number;
  /**
   * Whether any root-level block between contentStart and contentEnd is something else than an
   * HTML block made only of comments (subsections' headings and content count).
   */
  hasContent: boolean;
  /** Direct subsections (deeper headings). */
  children: Section[];
}

export interface Body {
  /**
   * Root-level headings only, in order: headings inside block quotes or list items are not
   * sections, and are left out (remark does produce heading nodes for them, deeper in the tree).
   */
  headings: Heading[];
  /** Top-level sections (tree roots), in order. */
  sections: Section[];
  /** False when the scanner met something it does not model: parse the file with remark instead. */
  exact: boolean;
}

/** Scans the body of `text` (the whole file) from `bodyStart` (from splitFrontmatter, or 0). */
export function scanBody(text: string, bodyStart: number): Body {
  return new Scanner(text).run(bodyStart);
}

/**
 * A section title in comparable form: lowercase, `&` as `and`, `/` as a space, other punctuation
 * and symbols removed (so `post-mortem` = `postmortem`, `TL;DR` = `TLDR`), whitespace collapsed.
 * "What didn't go so well?" -> "what didnt go so well".
 */
export function normalizeTitle(title: string): string {
  let normal = normalized.get(title);
  if (normal === undefined) {
    if (normalized.size > 10_000) normalized.clear(); // titles repeat: a small memo, kept small
    normalized.set(title, (normal = normalize(title)));
  }
  return normal;
}

const normalized = new Map<string, string>();

function normalize(title: string): string {
  return title
    .toLowerCase()
    .replaceAll('&', ' and ')
    .replaceAll('/', ' ')
    .replace(NON_ASCII.test(title) ? /[\p{P}\p{S}]+/gu : ASCII_PUNCTUATION_AND_SYMBOLS, '')
    .replace(/\s+/g, ' ')
    .trim();
}

// An ASCII title (most are) takes the ASCII class: what \p{P} and \p{S} match below U+0080, the
// same 32 characters (test/sections.test.ts checks), without compiling the Unicode property
// tables, 0.5 ms of a run on Node 24.21 (the section names at load, in every render).
const NON_ASCII = /[^\0-\x7f]/;
const ASCII_PUNCTUATION_AND_SYMBOLS = /[!-/:-@[-`{-~]+/g;

/** A section's own text (up to its first subsection), HTML comments removed, whitespace collapsed. */
export function sectionText(text: string, section: Section): string {
  const end = section.children[0]?.heading.start ?? section.contentEnd;
  return text.slice(section.contentStart, end).replace(COMMENT, '').replace(/\s+/g, ' ').trim();
}

/** Whether sectionText would not be empty: cheaper, as it stops at the first character of text. */
export function hasSectionText(text: string, section: Section): boolean {
  const end = section.children[0]?.heading.start ?? section.contentEnd;
  const own = text.slice(section.contentStart, end);
  return /\S/.test(own.includes('<!--') ? own.replace(COMMENT, '') : own);
}
