// The same headings and sections as scanBody, from remark's syntax tree: the fallback for the rare
// body the block-level scan is not sure of (`exact: false`). Loaded only then: remark is slow to load.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import { toString } from 'mdast-util-to-string';
import type { Body, Heading, Section } from './sections.ts';

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);
const ONLY_COMMENTS = /^(?:\s*<!--[\s\S]*?-->)+\s*$/;

export function remarkBody(text: string): Body {
  // remark does not count a BOM in its offsets; the file's text does.
  const shift = text.startsWith('\uFEFF') ? 1 : 0;
  const tree = processor.parse(text);
  const headings: Heading[] = [];
  const roots: Section[] = [];
  const open: Section[] = [];
  for (const node of tree.children) {
    if (node.type === 'yaml' || (node.type === 'html' && ONLY_COMMENTS.test(node.value))) continue;
    if (node.type !== 'heading') {
      const top = open[open.length - 1];
      if (top) top.hasContent = true;
      continue;
    }
    const { start, end } = node.position!;
    const heading: Heading = {
      depth: node.depth, text: toString(node), line: start.line, column: start.column,
      start: start.offset! + shift, end: end.offset! + shift,
    };
    headings.push(heading);
    while (open.length && open[open.length - 1]!.heading.depth >= heading.depth) open.pop()!.contentEnd = heading.start;
    const section: Section = { heading, contentStart: heading.end, contentEnd: text.length, hasContent: false, children: [] };
    const parent = open[open.length - 1];
    if (parent) {
      parent.hasContent = true;
      parent.children.push(section);
    } else {
      roots.push(section);
    }
    open.push(section);
  }
  return { headings, sections: roots, exact: true };
}
