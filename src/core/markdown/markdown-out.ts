// Every Markdown document Casefile prints (render, report, status-update, issue bodies, the
// review) goes out as an mdast serialized by mdast-util-to-markdown (what remark-stringify runs),
// with mdast-util-gfm-table's serializer for tables: whatever a template or a person wrote is read
// into the tree (CommonMark + GFM tables and strikethrough) and written back in one style, clean
// under markdownlint's default rules: ATX headings, `-` bullets, fenced code with a language,
// aligned tables, blank lines around blocks, bare URLs as autolinks, and paragraphs wrapped at 80
// columns (never inside code, a link's destination or HTML, never before a word that would start
// a block). The same tree gives the chat flavour (chat.ts). Pure, and byte-stable: the same text
// in, the same text out.
import type { Code, Heading, Nodes, Paragraph, PhrasingContent, Root, Text } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { defaultHandlers, toMarkdown, type Handle, type Options } from 'mdast-util-to-markdown';
import { gfmTableFromMarkdown, gfmTableToMarkdown } from 'mdast-util-gfm-table';
import { gfmStrikethroughFromMarkdown, gfmStrikethroughToMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { fastMarkdownOut } from './markdown-fast.ts';
import { BARE, bareTildeCells, inOurStyle, lonelyTilde, URL_OR_EMAIL, WIDTH, wrap } from './markdown-style.ts';

export { MAX_TREE, WIDTH, wrap } from './markdown-style.ts';

/** The tree of a Markdown document, as GitHub reads it (tables, strikethrough with one tilde or two). */
export function markdownTree(markdown: string): Root {
  // GFM's constructs only when the text can hold them: the table's is tried at every line and
  // doubles the parse of a document that has none (the lanes parse cold, once).
  const table = DELIMITER_ROW.test(markdown);
  const strike = markdown.includes('~');
  const tree = fromMarkdown(markdown, {
    extensions: [...(table ? [gfmTable()] : []), ...(strike ? [gfmStrikethrough()] : [])],
    mdastExtensions: [...(table ? [gfmTableFromMarkdown()] : []), ...(strike ? [gfmStrikethroughFromMarkdown()] : [])],
  });
  tidy(tree);
  return tree;
}

export interface OutOptions {
  /**
   * Paragraphs reflowed and wrapped at 80 columns (default): for documents. Off for what GitHub
   * shows as a comment or an issue body, where every line break in a paragraph is shown as one.
   */
  wrap?: boolean;
  /** Not wrapped, but each paragraph on one line (a wrapped document shown where GitHub keeps line breaks). */
  join?: boolean;
}

/** A GFM table's delimiter row (`|---|:-:|`), which every table has: without one there is no table. */
const DELIMITER_ROW = /^ {0,3}\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/m;

/** `markdown` written again from its tree: the one style every Markdown output has. */
export function markdownOut(markdown: string, options: OutOptions = {}): string {
  const wrapping = options.wrap !== false;
  // The shapes Casefile's own templates write, without the round trip (markdown-fast.ts).
  const fast = wrapping && !options.join ? fastMarkdownOut(markdown) : undefined;
  return fast ?? markdownRoundTrip(markdown, options);
}

/** markdownOut the long way, always: read into a tree and written again (the fast path's tests compare with it). */
export function markdownRoundTrip(markdown: string, options: OutOptions = {}): string {
  const wrapping = options.wrap !== false;
  const tree = markdownTree(markdown);
  if (wrapping || options.join) reflow(tree);
  return serialize(tree, wrapping);
}

/** Markdown from one of Casefile's templates written again in the one style (markdown-style.ts says which). */
export const ownMarkdown = (template: { file: string; builtIn?: boolean }, made: string, options: OutOptions = {}): string =>
  inOurStyle(template, made) ? markdownOut(made, options) : made;

/** A tree as Markdown (ends with one line break; empty for an empty tree). */
export function serialize(tree: Root, wrapping = true): string {
  if (tree.children.length === 0) return '';
  const labels = new Set<string>();
  visit(tree, (n) => {
    if (n.type === 'definition') labels.add(n.identifier.toLowerCase());
  });
  const tidyText = (value: string) => bareHash(bareBrackets(lonelyTilde(value), labels));
  const handlers: Options['handlers'] = {
    paragraph: (node, parent, state, info) => {
      const value = tidyText(defaultHandlers.paragraph(node as Paragraph, parent as never, state, info));
      return wrapping ? wrap(value, WIDTH - (info.now.column - 1), WIDTH - info.lineShift) : value;
    },
    heading: (node, parent, state, info) => tidyText(defaultHandlers.heading(node as Heading, parent as never, state, info)),
    table,
  };
  return toMarkdown(tree, { ...OPTIONS, handlers }).replace(/\n+$/, '') + '\n';
}

/** A line's `#` is escaped, but only `#` then a space (or the line's end) opens a heading: `#k7m2q` (a thread) is written bare. */
const bareHash = (value: string): string => value.replace(/(^|\n)\\#(?=[^\s#])/g, '$1#');

function visit(node: Nodes, fn: (node: Nodes) => void): void {
  fn(node);
  if ('children' in node) for (const child of node.children as Nodes[]) visit(child, fn);
}

/**
 * The serializer escapes every `[`; `[DRILL]` is a link only when followed by `(`, `[` or `:`, or
 * when the document defines that label (a shortcut reference): otherwise written bare.
 */
function bareBrackets(value: string, labels: ReadonlySet<string>): string {
  if (!value.includes('\\[')) return value;
  return value.replace(/(?<!\\)\\\[([^[\]\\\n]*)\](?![([:])/g, (all, label: string) =>
    label.startsWith('^') || labels.has(label.trim().replace(/\s+/g, ' ').toLowerCase()) ? all : `[${label}]`);
}

/** A paragraph's soft line breaks made spaces (what they are in a rendered document), to wrap it anew. */
function reflow(node: Nodes, inParagraph = false): void {
  if (node.type === 'text' && inParagraph) node.value = node.value.replace(/[ \t]*\n[ \t]*/g, ' ');
  if ('children' in node) for (const child of node.children as Nodes[]) reflow(child, inParagraph || node.type === 'paragraph');
}

const TABLE = gfmTableToMarkdown({ tablePipeAlign: true, tableCellPadding: true });

/** A table as GFM's serializer aligns it, a cell's lonely `~` bare too (markdown-style.ts). */
const table: Handle = (node, parent, state, info) => bareTildeCells(TABLE.handlers!.table!(node as never, parent as never, state, info));

const OPTIONS: Options = {
  bullet: '-',
  bulletOther: '*',
  bulletOrdered: '.',
  emphasis: '_',
  strong: '*',
  fence: '`',
  fences: true,
  rule: '-',
  listItemIndent: 'one',
  incrementListMarker: true,
  setext: false,
  closeAtx: false,
  resourceLink: false,
  extensions: [TABLE, gfmStrikethroughToMarkdown()],
};

/**
 * What the style needs beyond the serializer's options: a fenced block without a language says
 * `text` (MD040), and a bare URL or e-mail address in text becomes the autolink GitHub shows it
 * as anyway (MD034). Links and code keep their text.
 */
function tidy(node: Nodes): void {
  if (node.type === 'code') {
    (node as Code).lang ||= 'text';
    return;
  }
  if (node.type === 'link' || node.type === 'linkReference' || node.type === 'inlineCode') return;
  if (!('children' in node)) return;
  const children = node.children as Nodes[];
  for (let i = 0; i < children.length; i++) {
    const child = children[i]!;
    if (child.type === 'text' && BARE.test(child.value)) {
      const parts = autolinked(child);
      children.splice(i, 1, ...(parts as Nodes[]));
      i += parts.length - 1;
    } else tidy(child);
  }
}

function autolinked(node: Text): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  let last = 0;
  for (const m of node.value.matchAll(URL_OR_EMAIL)) {
    const found = m[0];
    if (m.index > last) out.push({ type: 'text', value: node.value.slice(last, m.index) });
    const url = found.includes('@') && !found.includes('/') ? `mailto:${found}` : found.startsWith('www.') ? `http://${found}` : found;
    out.push({ type: 'link', url, title: null, children: [{ type: 'text', value: found }] });
    last = m.index + found.length;
  }
  if (last < node.value.length) out.push({ type: 'text', value: node.value.slice(last) });
  return out;
}

