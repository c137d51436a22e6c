// The same headings and sections as scanBody, from remark's syntax tree: the fallback for the rare
// body the block-level scan is not sure of (`exact: false`). Loaded only then: remark is slow to load.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import { toString } from 'mdast-util-to-string';
import type { Body, Heading } from './sections.ts';
import { buildSections, COMMENTS, CONTENT } from './section-tree.ts';

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);
const ONLY_COMMENTS = /^(?:\s*<!--[\s\S]*?-->)+\s*$/;

export function remarkBody(text: string): Body {
  // remark does not count a BOM in its offsets; the file's text does.
  const shift = text.startsWith('\uFEFF') ? 1 : 0;
  const tree = processor.parse(text);
  const headings: Heading[] = [];
  const blocks: number[] = [];
  for (const node of tree.children) {
    if (node.type === 'yaml') continue;
    if (node.type === 'html' && ONLY_COMMENTS.test(node.value)) blocks.push(COMMENTS);
    else if (node.type !== 'heading') blocks.push(CONTENT);
    else {
      const { start, end } = node.position!;
      blocks.push(headings.length);
      headings.push({
        depth: node.depth, text: toString(node), line: start.line, column: start.column,
        start: start.offset! + shift, end: end.offset! + shift,
      });
    }
  }
  return { headings, sections: buildSections(text.length, headings, blocks), exact: true };
}
