// A Markdown excerpt (the public summary) made safe to put into a Markdown document that others
// render: HTML comments (guidance and private notes) removed, raw HTML shown as text, links and
// images kept only to http, https and mailto URLs (judged on remark's syntax tree, where character
// references are already decoded), and headings moved to fit the document's outline. The
// author's text is otherwise kept as written.
import type { Nodes, Root } from 'mdast';
import { inlineMarkdown } from './escape.ts';
import { FENCE } from './markdown-blocks.ts';
import { unixLineBreaks, collapseBlankLines } from '../util/line-breaks.ts';

/** HTML comments removed; one left open runs to the end, as CommonMark's HTML block does. */
export function stripComments(markdown: string): string {
  return markdown.replace(/<!--[\s\S]*?(?:-->|$)/g, '');
}

export interface SafeOptions {
  /** Added to every ATX heading's depth (clamped to 1-6). */
  headingOffset?: number;
}

// remark's parser (mdast-util-from-markdown), loaded only for Markdown that needs it: the lanes
// that render public text without links or HTML (most status updates) stay small.
let parse: ((markdown: string) => Root) | undefined;

/** Links, images, definitions and raw HTML all start with `[` or `<` (a character reference is never syntax). */
export const needsParser = (markdown: string) => /[[<]/.test(stripComments(markdown));

/** Loads the parser safeMarkdown needs for text with links or HTML (prepare.ts calls it for the Public summary). */
export async function loadMarkdownParser(): Promise<void> {
  parse ??= (await import('mdast-util-from-markdown')).fromMarkdown;
}

export function safeMarkdown(markdown: string, options: SafeOptions = {}): string {
  const offset = options.headingOffset ?? 0;
  let source = unixLineBreaks(stripComments(markdown));
  // Text without `[` or `<` needs no parser, only its ATX headings moved. Without the parser
  // loaded (a template's own use of the helper on another field), such text is shown as text.
  if (!needsParser(source)) source = movedHeadings(source, offset);
  else source = parse ? filtered(source, offset, parse) : source.split('\n').map(inlineMarkdown).join('\n');
  return collapseBlankLines(source.replace(/[ \t]+$/gm, '')).trim();
}

/** ATX headings moved by `offset`, line by line outside fenced code (no HTML here to hide one). */
function movedHeadings(markdown: string, offset: number): string {
  if (offset === 0) return markdown;
  let fence: RegExp | undefined;
  return markdown.split('\n').map((line) => {
    if (fence) {
      if (fence.test(line)) fence = undefined;
      return line;
    }
    const open = FENCE.exec(line);
    if (open && !(open[2]![0] === '`' && open[3]!.includes('`'))) {
      fence = new RegExp(`^ {0,3}${open[2]![0] === '`' ? '`' : '~'}{${open[2]!.length},}[ \\t]*$`);
      return line;
    }
    return line.replace(/^( {0,3})(#{1,6})(?=[ \t]|$)/, (_, sp: string, h: string) => sp + '#'.repeat(depth(h.length, offset)));
  }).join('\n');
}

const depth = (d: number, offset: number) => Math.min(6, Math.max(1, d + offset));

/** The only schemes a public link or image may use, judged on remark's decoded `url`. */
const SAFE_SCHEMES = new Set(['http', 'https', 'mailto']);

/** Whether a URL (as remark decoded it: character references resolved) is one a reader may follow. */
export function isSafeLink(url: string): boolean {
  // Browsers drop controls and white space before reading the scheme (`java\tscript:`).
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(url.replace(/[\u0000-\u0020\u007F-\u009F]/g, ''));
  return scheme !== null && SAFE_SCHEMES.has(scheme[1]!.toLowerCase());
}

interface Edit {
  from: number;
  to: number;
  text: string;
}

/**
 * The Markdown with every link, image and definition whose URL is not http, https or mailto
 * taken out (a link keeps its text, an image its alt text), raw HTML shown as text and headings
 * moved: edits at remark's node positions, the rest kept byte for byte. Parsed again until
 * nothing changes, so an edit can never make a new link.
 */
function filtered(markdown: string, offset: number, parse: (markdown: string) => Root): string {
  let text = markdown;
  let headingOffset = offset;
  for (let round = 0; round < 8; round++) {
    const edits = editsOf(text, parse(text), headingOffset);
    if (edits.length === 0) return text;
    headingOffset = 0; // moved once
    text = apply(text, edits);
  }
  // Still changing: nothing of it is kept as Markdown.
  return inlineMarkdown(markdown);
}

function editsOf(text: string, tree: Root, offset: number): Edit[] {
  const edits: Edit[] = [];
  const span = (n: Nodes) => ({ from: n.position!.start.offset!, to: n.position!.end.offset! });
  const walk = (node: Nodes) => {
    switch (node.type) {
      case 'link':
        if (!isSafeLink(node.url)) {
          const kids = node.children;
          const inner = kids.length ? text.slice(span(kids[0]!).from, span(kids[kids.length - 1]!).to) : '';
          // An autolink's text is its URL: as plain text it links nowhere (no GFM literal autolinks here).
          edits.push({ ...span(node), text: inner });
          return;
        }
        break;
      case 'image':
        if (!isSafeLink(node.url)) {
          edits.push({ ...span(node), text: inlineMarkdown(node.alt ?? '') });
          return;
        }
        break;
      case 'definition':
        if (!isSafeLink(node.url)) edits.push({ ...span(node), text: '' });
        return;
      case 'html':
        edits.push({ ...span(node), text: text.slice(span(node).from, span(node).to).replace(/</g, '&lt;') });
        return;
      case 'heading': {
        const { from } = span(node);
        const atx = /^#{1,6}/.exec(text.slice(from, from + 6));
        if (offset !== 0 && atx) edits.push({ from, to: from + atx[0].length, text: '#'.repeat(depth(node.depth, offset)) });
        break;
      }
    }
    if ('children' in node) for (const child of node.children) walk(child as Nodes);
  };
  walk(tree);
  return edits;
}

/** Applied from the end backwards; an edit inside another one waits for the next round. */
function apply(text: string, edits: Edit[]): string {
  let out = text;
  let floor = Infinity;
  for (const e of [...edits].sort((a, b) => b.from - a.from || b.to - a.to)) {
    if (e.to > floor) continue;
    out = out.slice(0, e.from) + e.text + out.slice(e.to);
    floor = e.from;
  }
  return out;
}
