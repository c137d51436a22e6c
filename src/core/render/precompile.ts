// The default templates compiled ahead of time, so that rendering with the defaults (the common
// case) skips Handlebars' compiler, which costs more than the rest of `incident render`. The build
// (scripts/build.mjs) puts this module's text in place of precompiled.ts; a repository's own
// templates compile when they are used. test/render-precompiled.test.ts renders through both.
import Handlebars from 'handlebars';
import { compileOptions, formatOfName, templateKey, type Format } from './compile-options.ts';
import { helpers } from './helpers.ts';
import { BLOCK_FUNCTIONS, withInlineBlocks } from './precompile-blocks.ts';

/** The default templates compiled ahead of time (others, and a repository's own, compile when used). */
export const PRECOMPILED_TEMPLATES = [
  'postmortem.md.hbs', 'postmortem.html.hbs', 'public-summary.md.hbs', 'public-summary.html.hbs', 'status-update.md.hbs', 'action-item-issue.md.hbs', 'coordinator-report.md.hbs',
  'site-index.html.hbs', 'site-feed.xml.hbs', '_drill.md.hbs', '_drill.html.hbs', '_facts.md.hbs', '_facts.html.hbs', '_head.html.hbs',
];

// The literals of a specification that V8 builds a boilerplate for the first time each one runs
// (and a template has hundreds): made by a few functions instead, the same objects. Each pattern is
// JSON-like text (`{"`) that is never inside one of the specification's strings, where quotes are escaped.

/** A source location: `options.loc` of a helper, the place a strict lookup names in its error. */
const LOCATION_LITERAL = /\{"start":\{"line":(\d+),"column":(\d+)\},"end":\{"line":(\d+),"column":(\d+)\}\}/g;
const LOCATION_FUNCTION = 'sourceLocation';
const NAME = '"(?:[^"\\\\]|\\\\.)*"';
const LOCATION_CALL = `${LOCATION_FUNCTION}\\(\\d+, \\d+, \\d+, \\d+\\)`;
const PROGRAM = 'container\\.program\\(\\d+, data, \\d+\\)';
/** A helper's options without a hash (`{{datetime started}}`), most of them. */
const OPTIONS_LITERAL = new RegExp(`\\{"name":(${NAME}),"hash":\\{\\},"data":data,"loc":(${LOCATION_CALL})\\}`, 'g');
const OPTIONS_FUNCTION = 'helperOptions';
/** A block helper's options without a hash or block parameters (`{{#if}}`, `{{#each}}`). */
const BLOCK_OPTIONS_LITERAL = new RegExp(`\\{"name":(${NAME}),"hash":\\{\\},"fn":(${PROGRAM}),"inverse":(${PROGRAM}|container\\.noop),"data":data,"loc":(${LOCATION_CALL})\\}`, 'g');
const BLOCK_OPTIONS_FUNCTION = 'blockHelperOptions';

/** The functions, in the module: each object as its literal made it, keys in the same order. */
const LITERAL_FUNCTIONS = `/** A source location, as Handlebars gives it to a helper (options.loc) and to a strict lookup. */
const ${LOCATION_FUNCTION} = (startLine, startColumn, endLine, endColumn) => ({ start: { line: startLine, column: startColumn }, end: { line: endLine, column: endColumn } });
/** A helper's options, as Handlebars makes them: a new hash each call. */
const ${OPTIONS_FUNCTION} = (name, data, loc) => ({ name, hash: {}, data, loc });
const ${BLOCK_OPTIONS_FUNCTION} = (name, fn, inverse, data, loc) => ({ name, hash: {}, fn, inverse, data, loc });`;

/**
 * The specification with those literals made by the functions. On Node 24.21, `incident render`
 * 0.6 ms of CPU less (37.9 against 38.5 ms, medians of 151 interleaved runs; 2.0 M instructions
 * fewer under callgrind), `status-update` 0.5 to 0.9 ms less; no change on Node 20.
 */
export const withFewerLiterals = (spec: string): string => spec
  .replace(LOCATION_LITERAL, (_, startLine, startColumn, endLine, endColumn) => `${LOCATION_FUNCTION}(${startLine}, ${startColumn}, ${endLine}, ${endColumn})`)
  .replace(OPTIONS_LITERAL, (_, name, loc) => `${OPTIONS_FUNCTION}(${name}, data, ${loc})`)
  .replace(BLOCK_OPTIONS_LITERAL, (_, name, fn, inverse, loc) => `${BLOCK_OPTIONS_FUNCTION}(${name}, ${fn}, ${inverse}, data, ${loc})`);

/** Our helpers by name, for Handlebars' compiler (it knows its own: if, each, log...). */
export const knownHelpers = (format: Format): Record<string, true> =>
  Object.fromEntries(Object.keys(helpers(format, String as never)).map((name) => [name, true]));

/**
 * How the defaults are compiled: the renderer's options, and every helper known, so that a name
 * that is not one is a field (knownHelpersOnly): a lookup instead of code that tries the helpers
 * first. The same output, as the known helpers are all the helpers the templates run with
 * (test/render-inline-blocks.test.ts); a repository's own templates keep the renderer's options.
 */
function precompiled(source: string, format: Format): string {
  try {
    return String(Handlebars.precompile(source, { ...compileOptions(format), knownHelpers: knownHelpers(format), knownHelpersOnly: true }));
  } catch (error) {
    // A helper that is not ours (a test's): compiled as a repository's template is, which names it.
    if (!/knownHelpersOnly/.test((error as Error).message)) throw error;
    return String(Handlebars.precompile(source, compileOptions(format)));
  }
}

/** The JavaScript module that replaces precompiled.ts in the build, for these templates (file name -> source). */
export function precompiledModule(templates: Record<string, string>): string {
  const locations = { next: 0 };
  const specs: string[] = [];
  const entries = Object.keys(templates).sort().flatMap((name) => {
    const format = formatOfName(name);
    if (!format) return [];
    const source = templates[name]!;
    // Source text, whatever the type says (a TemplateSpecification is what that text evaluates to).
    const self = `spec${specs.length}`;
    specs.push(`// ${name}\nconst ${self} = ${withInlineBlocks(withFewerLiterals(precompiled(source, format)), self, locations)};`);
    return [`  ${JSON.stringify(templateKey(format, source))}: ${self},`];
  });
  const sources = (format: string) => Object.keys(templates).sort().filter((name) => formatOfName(name) === format)
    .map((name) => `[${JSON.stringify(templates[name])}, ${JSON.stringify(templateKey(format as never, templates[name]!))}]`).join(',\n  ');
  return `// Generated by src/core/render/precompile.ts from templates/ when the CLI is built.
${LITERAL_FUNCTIONS}
${BLOCK_FUNCTIONS}
${specs.join('\n')}
/** Handlebars template specifications of the default templates, by templateKey(format, source). */
export const PRECOMPILED = {
${entries.join('\n')}
};
/**
 * The same keys by format and source text: a lookup that hashes the text natively (the bundle's
 * copy of a default is the same string, so its hash is computed once), instead of templateKey's
 * loop over every character of every template on every run.
 */
export const PRECOMPILED_KEYS = {
  md: new Map([
  ${sources('md')}]),
  html: new Map([
  ${sources('html')}]),
};
`;
}
