// Templates for the commands: the precompiled defaults run on Handlebars' runtime alone, and the
// compiler (render.ts) is loaded only for a repository's own templates.
import { loadMarkdownHtml } from './markdown-html.ts';
import { precompiledTemplate, type Compiled, type RenderOptions } from './runtime.ts';

export async function loadCompiled(source: string, options: RenderOptions): Promise<Compiled> {
  // An HTML template may show Markdown (the `markdown` helper): its sanitizer, loaded before it runs.
  if (options.format === 'html') await loadMarkdownHtml();
  return precompiledTemplate(source, options) ?? (await import('./compile.ts')).compileTemplate(source, options);
}
