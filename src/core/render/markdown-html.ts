// Markdown to HTML for public pages: the sanitizing pipeline of markdown-sanitize.ts. It is
// loaded on demand (loadMarkdownHtml, called by load.ts for every HTML template) so that what
// renders only Markdown never loads remark-rehype and rehype-sanitize; the Handlebars helper that
// calls markdownToHtml is synchronous, so the module must be loaded before a template runs.

export interface HtmlOptions {
  /** Added to every heading's depth (clamped to 1-6), to fit the section into a page. */
  headingOffset?: number;
}

let convert: ((markdown: string, headingOffset: number) => string) | undefined;

export async function loadMarkdownHtml(): Promise<void> {
  convert ??= (await import('./markdown-sanitize.ts')).sanitizedHtml;
}

export function markdownToHtml(markdown: string, options: HtmlOptions = {}): string {
  if (!convert) throw new Error('markdownToHtml: call loadMarkdownHtml() before rendering HTML');
  return convert(markdown, options.headingOffset ?? 0);
}
