// Markdown to HTML for public pages: the sanitizing pipeline of markdown-sanitize.ts. It is
// loaded on demand (loadMarkdownHtml, called by load.ts for every HTML template) so that what
// renders only Markdown never loads remark-rehype and rehype-sanitize; the Handlebars helper that
// calls markdownToHtml is synchronous, so the module must be loaded before a template runs.

export interface HtmlOptions {
  /** Added to every heading's depth (clamped to 1-6), to fit the section into a page. */
  headingOffset?: number;
}

let convert: ((markdown: string, headingOffset: number, remember: boolean) => string) | undefined;
let remember = true;

/**
 * Whether what is converted is kept, for the same text converted again (the status site's index and
 * feed show the summaries its pages converted). The internal site's pages convert each body once:
 * kept, the last 256 only outlive the young generation's collections and are promoted, garbage
 * (a site page: ~45 us of 500 less without, Node 20, 10,000 pages on one thread).
 */
export function rememberConverted(on: boolean): void {
  remember = on;
}

export async function loadMarkdownHtml(): Promise<void> {
  convert ??= (await import('./markdown-sanitize.ts')).sanitizedHtml;
}

export function markdownToHtml(markdown: string, options: HtmlOptions = {}): string {
  if (!convert) throw new Error('markdownToHtml: call loadMarkdownHtml() before rendering HTML');
  return convert(markdown, options.headingOffset ?? 0, remember);
}
