// The section tree, from the root-level blocks of a body in order: built the same way from the
// block scanner's pass (block-scanner.ts) and from remark's tree (remark-sections.ts).
import type { Heading, Section } from './sections.ts';

/** Root-level blocks other than headings (a heading is its index in the headings). */
export const CONTENT = -1, COMMENTS = -2;

/** HTML comments: a block of nothing else is not content. */
export const COMMENT = /<!--[\s\S]*?-->/g;

/**
 * The section tree from the root-level blocks in order (a heading's index, CONTENT or COMMENTS):
 * a section runs to the next heading of the same or a higher level; subsections count as content.
 */
export function buildSections(textLength: number, headings: readonly Heading[], blocks: readonly number[]): Section[] {
  const roots: Section[] = [];
  const open: Section[] = [];
  for (const block of blocks) {
    if (block === COMMENTS) continue;
    if (block === CONTENT) {
      const top = open[open.length - 1];
      if (top) top.hasContent = true;
      continue;
    }
    const heading = headings[block]!;
    while (open.length && open[open.length - 1]!.heading.depth >= heading.depth) open.pop()!.contentEnd = heading.start;
    const section: Section = { heading, contentStart: heading.end, contentEnd: textLength, hasContent: false, children: [] };
    const parent = open[open.length - 1];
    if (parent) {
      parent.hasContent = true;
      parent.children.push(section);
    } else {
      roots.push(section);
    }
    open.push(section);
  }
  return roots;
}
