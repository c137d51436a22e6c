// What running a template needs, without Handlebars' compiler: the environment (helpers, no
// prototype access), and templates precompiled ahead of time (the defaults, see precompile.ts).
// `incident render` and `publish` with the default templates load only this; the compiler
// (render.ts) is loaded for a repository's own templates.
import runtime from 'handlebars/dist/cjs/handlebars.runtime.js';
import { DocumentError } from '../util/errors.ts';
import type { Format } from './compile-options.ts';
import { helpers } from './helpers.ts';
import { PRECOMPILED, PRECOMPILED_KEYS } from './precompiled.ts';

type Handlebars = typeof import('handlebars');
export type Compiled = (context: Record<string, unknown>) => string;
export type TemplateFn = (context: unknown, options?: object) => string;

export interface RenderOptions {
  format: Format;
  /** Partials by name (`{{> facts}}`), as template sources. */
  partials?: Record<string, string>;
  /** The template's file as shown in error messages. */
  name?: string;
}

const RUNTIME_OPTIONS = {
  allowProtoPropertiesByDefault: false,
  allowProtoMethodsByDefault: false,
  allowedProtoProperties: {},
  allowedProtoMethods: {},
  allowCallsToHelperMissing: false,
};

/** A new environment of `base` (the runtime, or the full build) with Casefile's helpers. */
export function environment(base: Handlebars, format: Format): Handlebars {
  const env = base.create();
  for (const [name, fn] of Object.entries(helpers(format, env.SafeString))) env.registerHelper(name, fn);
  return env;
}

/** The key of a default template's precompiled specification, if `source` is one (byte for byte). */
const precompiledKey = (format: Format, source: string): string | undefined => PRECOMPILED_KEYS[format].get(source);

/** The precompiled specification of a default template, if `source` is one. */
export function precompiled(format: Format, source: string): object | undefined {
  const key = precompiledKey(format, source);
  return key === undefined ? undefined : PRECOMPILED[key];
}

/** A template function that renders with prototype access off and names the template in errors. */
export function runner(template: TemplateFn, name: string): Compiled {
  return (context) => {
    try {
      return template(context, RUNTIME_OPTIONS);
    } catch (error) {
      throw templateError(error, name);
    }
  };
}

/**
 * A template of Handlebars' runtime (env.template) whose set-up is made once: each top-level call
 * sets the template's container up again from the options (_setup: every helper wrapped anew, the
 * prototype-access lists made, the decorators copied), ~10 us of a site page; from the same options
 * (runner's, the only ones given) and environment (its helpers all registered before) the same
 * state. A call that throws sets up the next one again (an inline partial that threw may have left
 * its partials in the container).
 */
export function setUpOnce(template: TemplateFn): TemplateFn {
  const t = template as TemplateFn & { _setup(options: object): void };
  const setup = t._setup;
  let ready = false;
  t._setup = (options) => {
    if (ready && options === RUNTIME_OPTIONS) return;
    ready = false;
    setup(options);
    ready = options === RUNTIME_OPTIONS;
  };
  return (context, options) => {
    try {
      return t(context, options);
    } catch (error) {
      ready = false;
      throw error;
    }
  };
}

const runtimeEnvs = new Map<string, Handlebars>();

/** The template when it and all its partials are precompiled defaults; undefined otherwise. */
export function precompiledTemplate(source: string, options: RenderOptions): Compiled | undefined {
  const spec = precompiled(options.format, source);
  const partials = Object.entries(options.partials ?? {}).map(([name, s]) => [name, precompiledKey(options.format, s)] as const);
  if (!spec || partials.some(([, k]) => k === undefined || !PRECOMPILED[k])) return undefined;
  const key = JSON.stringify([options.format, partials.map(([n]) => n), partials.map(([, k]) => k)]);
  let env = runtimeEnvs.get(key);
  if (!env) {
    env = environment(runtime.default, options.format);
    for (const [name, k] of partials) env.registerPartial(name, env.template(PRECOMPILED[k!] as never));
    runtimeEnvs.set(key, env);
  }
  return runner(setUpOnce(env.template(spec as never) as TemplateFn), options.name ?? 'template');
}

/** A Handlebars error as a DocumentError at the template's line (and column, when it gives one). */
export function templateError(error: unknown, file: string): DocumentError {
  if (error instanceof DocumentError) return error;
  const message = error instanceof Error ? error.message : String(error);
  const lines = message.split('\n');
  const parse = /^Parse error on line (\d+):/.exec(lines[0]!);
  if (parse) return new DocumentError(`Unexpected template syntax: ${lines[lines.length - 1]}`, file, Number(parse[1]));
  const missing = /^"(.+)" not defined in .* - (\d+):(\d+)$/.exec(lines[0]!);
  if (missing) {
    return new DocumentError(
      `Unexpected "${missing[1]}" in the template, expected a helper or a field of the context (see the README's template section)`,
      file, Number(missing[2]), Number(missing[3]) + 1,
    );
  }
  // Strict mode reads `a.b.c` without guards: a missing `a.b` is a TypeError with no position.
  const parent = /^Cannot read properties of (?:undefined|null) \(reading '(.+)'\)$/.exec(lines[0]!);
  if (parent) {
    return new DocumentError(`Unexpected path to "${parent[1]}" in the template, expected its parent object in the context (wrap optional parts in {{#if}})`, file);
  }
  const at = / - (\d+):(\d+)$/.exec(lines[0]!);
  return new DocumentError(`Template error: ${lines[0]!.replace(/ - \d+:\d+$/, '')}`, file, at ? Number(at[1]) : undefined, at ? Number(at[2]) + 1 : undefined);
}
