// The Handlebars environment every Casefile document is rendered with. Templates are compiled in
// strict mode (a misspelt field throws instead of printing nothing); prototype access is never
// allowed. Markdown output is compiled without HTML escaping and escapes only through explicit
// helpers (`inline`, `cell`, `code`, ...); HTML output keeps Handlebars' escaping. Incident text
// only ever reaches a template as data in the context: it is never compiled.
import Handlebars from 'handlebars';
import { compileOptions, type Format } from './compile-options.ts';
import { environment, precompiled, precompiledTemplate, runner, templateError, type Compiled, type RenderOptions } from './runtime.ts';

export type { Format } from './compile-options.ts';
export type { Compiled, RenderOptions } from './runtime.ts';

// Environments (with their compiled partials) and compiled templates are reused: a publish run
// renders thousands of pages from a handful of templates, and `renderTemplate` may run per item.
const environments = new Map<string, typeof Handlebars>();
const compiled = new Map<string, Compiled>();
const CACHE_LIMIT = 64;

function environmentFor(format: Format, partials: Record<string, string>): { env: typeof Handlebars; key: string } {
  const names = Object.keys(partials).sort();
  const key = JSON.stringify([format, names.map((n) => [n, partials[n]])]);
  let env = environments.get(key);
  if (!env) {
    env = environment(Handlebars, format);
    for (const name of names) env.registerPartial(name, compileWith(env, partials[name]!, format, `partial ${name}`));
    if (environments.size >= CACHE_LIMIT) environments.clear();
    environments.set(key, env);
  }
  return { env, key };
}

function compileWith(env: typeof Handlebars, source: string, format: Format, name: string): Handlebars.TemplateDelegate {
  // The defaults come precompiled (render/precompiled.ts): the same options, without the compile cost.
  const spec = precompiled(format, source);
  if (spec) return env.template(spec as never);
  try {
    // Parsed now, so a syntax error names the template at once (Handlebars compiles on first use).
    return env.compile(env.parse(source), compileOptions(format));
  } catch (error) {
    throw templateError(error, name);
  }
}

/** A template compiled once, to render many contexts. */
export function compileTemplate(source: string, options: RenderOptions): Compiled {
  const fast = precompiledTemplate(source, options);
  if (fast) return fast;
  const { env, key } = environmentFor(options.format, options.partials ?? {});
  const cacheKey = `${key}\u0000${options.name ?? ''}\u0000${source}`;
  let fn = compiled.get(cacheKey);
  if (!fn) {
    const name = options.name ?? 'template';
    fn = runner(compileWith(env, source, options.format, name), name);
    if (compiled.size >= CACHE_LIMIT) compiled.clear();
    compiled.set(cacheKey, fn);
  }
  return fn;
}

export function renderTemplate(source: string, context: Record<string, unknown>, options: RenderOptions): string {
  return compileTemplate(source, options)(context);
}
