// Markdown to HTML for public pages, built only from known blocks and inline syntax: no raw
// HTML passes (it is shown as text), and links go only to http, https, mailto or relative URLs.
import { parseBlocks, type Block } from './markdown-blocks.ts';
import { inlineHtml } from './markdown-inline.ts';
import { escapeHtml } from './escape.ts';
import { stripComments } from './markdown-safe.ts';

export interface HtmlOptions {
  /** Added to every heading's depth (clamped to 1-6), to fit the section into a page. */
  headingOffset?: number;
}

export function markdownToHtml(markdown: string, options: HtmlOptions = {}): string {
  return render(parseBlocks(stripComments(markdown)), options.headingOffset ?? 0, false);
}

function render(blocks: Block[], offset: number, tight: boolean): string {
  return blocks.map((b) => block(b, offset, tight)).join('\n');
}

function block(b: Block, offset: number, tight: boolean): string {
  switch (b.type) {
    case 'heading': {
      const h = Math.min(6, Math.max(1, b.depth + offset));
      return `<h${h}>${inlineHtml(b.text.trim())}</h${h}>`;
    }
    case 'paragraph':
      return tight ? inlineHtml(b.text) : `<p>${inlineHtml(b.text)}</p>`;
    case 'code': {
      const lang = b.lang.replace(/[^\w+#.-]/g, '');
      return `<pre><code${lang ? ` class="language-${lang}"` : ''}>${escapeHtml(b.text)}</code></pre>`;
    }
    case 'quote':
      return `<blockquote>\n${render(b.children, offset, false)}\n</blockquote>`;
    case 'hr':
      return '<hr>';
    case 'list': {
      const tag = b.ordered ? 'ol' : 'ul';
      const start = b.ordered && b.start !== 1 ? ` start="${b.start}"` : '';
      const items = b.items.map((item) => `<li>${render(item, offset, !b.loose)}</li>`);
      return `<${tag}${start}>\n${items.join('\n')}\n</${tag}>`;
    }
    case 'table': {
      const style = (k: number) => (b.align[k] ? ` style="text-align: ${b.align[k]}"` : '');
      const row = (cells: string[], tag: 'th' | 'td') =>
        `<tr>${cells.map((c, k) => `<${tag}${style(k)}>${inlineHtml(c)}</${tag}>`).join('')}</tr>`;
      const body = b.rows.length ? `\n<tbody>\n${b.rows.map((r) => row(r, 'td')).join('\n')}\n</tbody>` : '';
      return `<table>\n<thead>\n${row(b.head, 'th')}\n</thead>${body}\n</table>`;
    }
  }
}
