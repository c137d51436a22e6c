// The differential check of the block scanner (src/core/markdown/block-scanner.ts) against
// remark-parse, shared by test/markdown-differential.test.ts and scripts/fuzz-sections.ts: the
// root-level headings (depth, text, positions), each section's end and hasContent, and where the
// Public summary ends (what render and publish would publish).
import fc from 'fast-check';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import type { Heading as MdastHeading, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { normalizeTitle, scanBody, type Body, type Section } from '../../src/core/markdown/sections.ts';
import { sectionNames } from '../../src/core/markdown/named-sections.ts';
import { prepare, publicSummaryOf } from '../../src/core/render/prepare.ts';

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);
const COMMENT = /<!--[\s\S]*?-->/g;

export interface Seen {
  depth: number;
  text: string;
  line: number;
  column: number;
  start: number;
  end: number;
  hasContent: boolean;
  contentEnd: number;
}

/** remark's root-level headings, with hasContent and contentEnd computed from the root's children. */
export function truth(text: string): Seen[] {
  const tree = processor.parse(text) as Root;
  const bom = text.startsWith('\uFEFF') ? 1 : 0;
  const nodes = tree.children;
  const commentsOnly = (node: RootContent) => node.type === 'html' && node.value.replace(COMMENT, '').trim() === '';
  const seen: Seen[] = [];
  nodes.forEach((node, i) => {
    if (node.type !== 'heading') return;
    let hasContent = false;
    let contentEnd = text.length;
    for (const next of nodes.slice(i + 1)) {
      if (next.type === 'heading' && next.depth <= node.depth) {
        contentEnd = next.position!.start.offset! + bom;
        break;
      }
      if (!commentsOnly(next)) hasContent = true;
    }
    const { start, end } = node.position!;
    seen.push({
      depth: node.depth, text: toString(node as MdastHeading).trim(), line: start.line, column: start.column,
      start: start.offset! + bom, end: end.offset! + bom, hasContent, contentEnd,
    });
  });
  return seen;
}

function flatten(sections: readonly Section[], out: Section[] = []): Section[] {
  for (const s of sections) {
    out.push(s);
    flatten(s.children, out);
  }
  return out;
}

function scanned(body: Body): Seen[] {
  const sections = flatten(body.sections);
  return body.headings.map((h, k) => {
    const s = sections[k]!;
    return {
      depth: h.depth, text: h.text, line: h.line, column: h.column, start: h.start, end: h.end,
      hasContent: s.hasContent, contentEnd: s.contentEnd,
    };
  });
}

/** 'inexact' (the scanner stepped aside), 'same', or what differs (the scanner claimed exact). */
export function compareSections(text: string, bodyStart: number, remark: Seen[] = truth(text)): 'inexact' | 'same' | string {
  const body = scanBody(text, bodyStart);
  if (!body.exact) return 'inexact';
  const fast = JSON.stringify(scanned(body));
  const want = JSON.stringify(remark);
  if (fast !== want) return `scan ${fast}\nremark ${want}`;
  if (flatten(body.sections).length !== body.headings.length) return 'a heading without its section';
  return 'same';
}

/**
 * Where the Public summary's content starts and ends as render and publish find it (prepare, then
 * publicSummaryOf), and as remark's tree gives it; `null` for none, 'refused' for an unclosed block.
 */
export async function publicSummaryRanges(text: string, remarkSeen: Seen[] = truth(text), file = 'x.md'): Promise<{ fast: unknown; remark: unknown }> {
  let fast: unknown;
  try {
    const summary = publicSummaryOf(await prepare(text, file));
    fast = summary ? [summary.start, summary.end] : null;
  } catch (error) {
    fast = (error as Error).constructor.name === 'DocumentError' ? 'refused' : `threw ${(error as Error).message}`;
  }
  // The first heading with one of its names, in file order (as findSections looks).
  const names = sectionNames('Public summary');
  const section = remarkSeen.find((h) => names.has(normalizeTitle(h.text)));
  const remark = section ? [section.end, section.contentEnd] : null;
  return { fast, remark };
}

// ---------------------------------------------------------------------------------------------
// Generated bodies: post-mortem sections, a Public summary followed by internal sections, and the
// lines that are tricky alone or together (setext underlines, raw HTML, definitions, fences,
// containers, lazy continuations, tabs, CRLF).

const TRICKY = [
  '', '', '', 'text', 'more text', '  indented text', '## Heading', '# H1 #', '### *emph* `code`', '#no', '   ## three', '    ## four',
  '```', '~~~', '````', '``` js', '---', '===', '- - -', '***', '- item', '* item', '+ item', '1. item', '2) item', '-', '1.',
  '  - nested', '    continued', '> quote', '> ## quoted', '>', '> - q item', '<!-- c -->', '<!--', '-->', '<div>', '</div>',
  '<custom>', '\t# tab', '- ## in item', '  ## in item?', '[a]: /url', '[b]:', '  /url "t"', '| a | b |', '| --- | --- |', 'Setext', '  ---',
  '- ```', '  ```', '> ```', '<!-- a --> b', '## Title ##', '##', '1. # x', '10. ten', '-\t tab item', ' >  > deep',
  '-     five', '   - f', '\t- tab item', '>\tq', '>     qcode', '<script>', '</script>', '<?php', '?>', '<![CDATA[', ']]>',
  '<p/>', '<table>', '<br>', '<details>', '</details>', '~~~~', '`` `', 'a `code', 'span` b', 'hard  ', 'break\\', '  ===  ', '3) d', '*', '+',
  '## [docs]', '## &amp; &copy; &bogus;', '## a\\', '<a href="x">', '</a>', '<pre>', '</pre>', '<style>', '<textarea>', '<!DOCTYPE html>',
  'Public summary', '=====', 'What happened', '--',
];

const SECTION_NAMES = ['Public summary', 'Summary', 'Impact', 'Root cause', 'What happened', 'What we are doing about this', 'Timeline', 'Internal notes', 'Action items'];

const headingLine = fc.tuple(fc.constantFrom('#', '##', '##', '###', '####'), fc.constantFrom(...SECTION_NAMES), fc.constantFrom('', '', ' ##', ' ')).map(([h, t, close]) => `${h} ${t}${close}`);
const setextHeading = fc.tuple(fc.constantFrom(...SECTION_NAMES), fc.constantFrom('===', '---', '  ---  ')).map(([t, u]) => `${t}\n${u}`);
const line = fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...TRICKY) }, { weight: 1, arbitrary: headingLine }, { weight: 1, arbitrary: setextHeading });

/** A body: a Public summary (ATX or setext) with tricky lines, then an internal section, then more. */
export const bodyArb: fc.Arbitrary<string> = fc
  .tuple(
    fc.array(line, { maxLength: 3 }),
    fc.constantFrom('## Public summary', '# Public summary', '### Public summary', 'Public summary\n--------------', '## Public Summary ##'),
    fc.array(line, { minLength: 1, maxLength: 8 }),
    fc.constantFrom('## Internal notes', '# Root cause', '### Timeline', 'Internal\n---', '## Impact'),
    fc.array(line, { maxLength: 5 }),
    fc.constantFrom('\n', '\n', '\n', '\r\n'),
    fc.boolean(),
  )
  .map(([before, summary, inside, internal, after, eol, finalEol]) => {
    const lines = [...before, summary, ...inside, internal, 'SECRET internal text', ...after];
    return lines.join('\n').replace(/\n/g, eol) + (finalEol ? eol : '');
  });

export const FM = '---\nid: x\n---\n';
