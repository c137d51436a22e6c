// Templates for the commands: the precompiled defaults run on Handlebars' runtime alone, and the
// compiler (render.ts) is loaded only for a repository's own templates.
import { precompiledTemplate, type Compiled, type RenderOptions } from './runtime.ts';

export async function loadCompiled(source: string, options: RenderOptions): Promise<Compiled> {
  return precompiledTemplate(source, options) ?? (await import('../render.ts')).compileTemplate(source, options);
}
