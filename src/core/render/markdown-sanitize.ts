// Markdown to HTML for public pages, by the unified pipeline: remark-parse (with GFM's tables and
// strikethrough), remark-rehype,
// rehype-sanitize (GitHub's schema, narrowed: links only to http, https and mailto, images only
// from http and https), rehype-stringify. Raw HTML is shown as text, never passed through.
// Loaded only by what renders HTML (markdown-html.ts's loader): the lanes that don't stay small.
import type { Nodes as MdastNodes, Root as MdastRoot } from 'mdast';
import type { Root as HastRoot } from 'hast';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified, type Processor } from 'unified';
import { fastSanitizedHtml } from './markdown-html-fast.ts';
import { isSafeLink, stripComments } from './markdown-safe.ts';

const schema = {
  ...defaultSchema,
  protocols: { ...defaultSchema.protocols, href: ['http', 'https', 'mailto'], cite: ['http', 'https'], src: ['http', 'https'], longDesc: ['http', 'https'] },
};

/** Raw HTML becomes text (shown, not run), and headings move by `offset` (clamped to 1-6). */
function prepare(offset: number) {
  return (tree: MdastRoot) => {
    const walk = (node: MdastNodes) => {
      if (node.type === 'heading') node.depth = Math.min(6, Math.max(1, node.depth + offset)) as 1;
      if ('children' in node) {
        // A block of raw HTML becomes a paragraph of its text; inline HTML, text in its place.
        const block = node.type === 'root' || node.type === 'blockquote' || node.type === 'listItem';
        node.children = (node.children as MdastNodes[]).flatMap((child): MdastNodes[] => {
          // The same links as in public Markdown (markdown-safe.ts): others keep their text only.
          if (child.type === 'link' && !isSafeLink(child.url)) return child.children;
          if (child.type === 'image' && !isSafeLink(child.url)) return [{ type: 'text', value: child.alt ?? '' }];
          if (child.type === 'definition' && !isSafeLink(child.url)) return [];
          if (child.type !== 'html') return [child];
          const text = { type: 'text', value: child.value, position: child.position } as const;
          return [block ? { type: 'paragraph', children: [text], position: child.position } : text];
        }) as never;
        for (const child of node.children as MdastNodes[]) walk(child);
      }
    };
    walk(tree);
  };
}

/**
 * GFM's tables and strikethrough, as remark-gfm adds them, without its autolink literals: bare URLs
 * stay text (as public pages always showed them), and its parser takes minutes on a long paragraph
 * (20,000 lines: 4.5 s, against 0.4 s without it).
 */
function tablesAndStrikethrough(this: Processor) {
  // The two lists remark-parse reads its syntax extensions from (what remark-gfm fills in).
  const data = this.data() as { micromarkExtensions?: unknown[]; fromMarkdownExtensions?: unknown[] };
  (data.micromarkExtensions ??= []).push(gfmTable(), gfmStrikethrough());
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown(), gfmStrikethroughFromMarkdown());
}

const processors = new Map<number, ReturnType<typeof build>>();
const build = (offset: number) =>
  unified().use(remarkParse).use(tablesAndStrikethrough).use(() => prepare(offset)).use(remarkRehype).use(rehypeSanitize, schema).use(rehypeStringify).freeze();

// The index and the feed show the summaries the pages already converted: the last few are kept.
const memo = new Map<string, string>();

let fast = true;
/** Tests only: the pipeline for everything (the site's pages compared with and without the fast path). */
export function useFastHtml(on: boolean): void {
  fast = on;
  memo.clear();
}

/** How many converted texts are kept (tests). */
export const keptCount = () => memo.size;

/** `remember`: kept for the same text converted again (see markdown-html.ts rememberConverted). */
export function sanitizedHtml(markdown: string, headingOffset = 0, remember = true): string {
  if (!remember) return (fast ? fastSanitizedHtml(markdown, headingOffset) : undefined) ?? pipelineHtml(markdown, headingOffset);
  const key = `${headingOffset}\u0000${markdown}`;
  const hit = memo.get(key);
  if (hit !== undefined) return hit;
  // The plain shapes most bodies are written in, without the pipeline (the same bytes, proved by
  // test/markdown-html-fast.test.ts); it steps aside for anything else.
  const html = (fast ? fastSanitizedHtml(markdown, headingOffset) : undefined) ?? pipelineHtml(markdown, headingOffset);
  if (memo.size > 256) memo.delete(memo.keys().next().value!);
  memo.set(key, html);
  return html;
}

/** The unified pipeline alone (no memo, no fast path): what the fast path is compared with. */
export function pipelineHtml(markdown: string, headingOffset = 0): string {
  let processor = processors.get(headingOffset);
  if (!processor) processors.set(headingOffset, (processor = build(headingOffset)));
  const tree = processor.runSync(processor.parse(stripComments(markdown))) as HastRoot;
  return processor.stringify(tree).trim();
}
