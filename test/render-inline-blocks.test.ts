// The precompiled default templates call Handlebars' `if`, `unless` and `each` inline, know their
// helpers (knownHelpersOnly) and make their strict lookups' locations once (precompile-blocks.ts):
// every template renders exactly what Handlebars' own compiler makes of it (the path a
// repository's own template takes), the same text or the same error, for the incidents of the
// fixtures and for edge values of every block.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import Handlebars from 'handlebars';
import { compileOptions, formatOfName } from '../src/core/render/compile-options.ts';
import { helpers } from '../src/core/render/helpers.ts';
import { loadMarkdownHtml } from '../src/core/render/markdown-html.ts';
import { PRECOMPILED_TEMPLATES, knownHelpers, precompiledModule } from '../src/core/render/precompile.ts';
import { withInlineBlocks } from '../src/core/render/precompile-blocks.ts';
import { prepare, viewOf } from '../src/core/render/prepare.ts';
import { environment } from '../src/core/render/runtime.ts';
import { ROOT } from './helpers/repo.ts';
import { builtModule, defaultTemplates } from './helpers/precompiled-module.ts';

const templates = defaultTemplates;


type Render = (context: unknown) => string;
/** A template both ways, in environments with the helpers (and partials, each made the same way). */
async function both(sources: Record<string, string>, name: string): Promise<{ precompiled: Render; compiled: Render; spec: string }> {
  const { PRECOMPILED, PRECOMPILED_KEYS } = await builtModule(sources);
  const format = formatOfName(name)!;
  const precompiledEnv = environment(Handlebars, format);
  const compiledEnv = environment(Handlebars, format);
  const partials = Object.keys(sources).filter((n) => n.startsWith('_') && formatOfName(n) === format);
  const spec = (n: string) => PRECOMPILED[PRECOMPILED_KEYS[format].get(sources[n]!)!]!;
  for (const p of partials) {
    const partial = p.replace(/^_/, '').replace(/\..*$/, '');
    precompiledEnv.registerPartial(partial, precompiledEnv.template(spec(p) as never));
    compiledEnv.registerPartial(partial, compiledEnv.compile(sources[p]!, compileOptions(format)));
  }
  const options = { allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false };
  const precompiledTemplate = precompiledEnv.template(spec(name) as never);
  const compiledTemplate = compiledEnv.compile(sources[name]!, compileOptions(format));
  return {
    precompiled: (context) => precompiledTemplate(context, options),
    compiled: (context) => compiledTemplate(context, options),
    spec: precompiledModule({ [name]: sources[name]! }),
  };
}

const outcome = (run: () => string) => {
  try {
    return { output: run() };
  } catch (error) {
    return { error: (error as Error).message };
  }
};

/** The contexts the default templates get: each incident's internal and public views, and variants. */
async function views(): Promise<{ name: string; context: Record<string, unknown> }[]> {
  const files = [
    ...fs.readdirSync(path.join(ROOT, 'incidents')).map((n) => path.join(ROOT, 'incidents', n)),
    ...fs.readdirSync(path.join(ROOT, 'test', 'fixtures', 'backfill')).map((n) => path.join(ROOT, 'test', 'fixtures', 'backfill', n, 'incident.md')),
    ...fs.readdirSync(path.join(ROOT, 'test', 'fixtures', 'insights', 'incidents')).map((n) => path.join(ROOT, 'test', 'fixtures', 'insights', 'incidents', n)),
  ].filter((f) => f.endsWith('.md') && fs.existsSync(f));
  const out: { name: string; context: Record<string, unknown> }[] = [];
  for (const file of files) {
    const prepared = await prepare(fs.readFileSync(file, 'utf8'), path.relative(ROOT, file));
    for (const audience of ['internal', 'public'] as const) {
      const view = viewOf(prepared, { audience, now: Date.parse('2026-12-31T00:00:00Z'), defaultTimeZone: () => 'UTC' }) as unknown as Record<string, unknown>;
      out.push({ name: `${file} ${audience}`, context: view });
      out.push({ name: `${file} ${audience} site`, context: { ...view, site: { title: 'History', index: '../index.html', feed: '../feed.xml' } } });
      out.push({ name: `${file} ${audience} emptied`, context: { ...view, drill: !view.drill, roles: [], timeline: [], metrics: [], action_items: [], services: [], body: '' } });
    }
  }
  assert.ok(out.length > 100);
  return out;
}

describe('precompiled default templates, blocks inline', () => {
  before(async () => {
    await loadMarkdownHtml(); // the HTML templates' `markdown` helper
  });

  it('stand for Handlebars\' own if, unless and each: no helper of ours has their names', () => {
    for (const format of ['md', 'html'] as const) {
      const names = Object.keys(helpers(format, String as never));
      for (const builtIn of ['if', 'unless', 'each', 'with', 'lookup']) assert.ok(!names.includes(builtIn), builtIn);
    }
  });

  it('know exactly the helpers they run with (knownHelpersOnly resolves no name differently)', () => {
    for (const format of ['md', 'html'] as const) {
      const env = environment(Handlebars, format) as unknown as { helpers: Record<string, unknown> };
      // Handlebars' compiler knows its own helpers (each, if, log...) without being told.
      const builtIn = ['helperMissing', 'blockHelperMissing', 'each', 'if', 'unless', 'with', 'log', 'lookup'];
      assert.deepEqual([...new Set([...Object.keys(knownHelpers(format)), ...builtIn])].sort(), Object.keys(env.helpers).sort());
    }
  });

  it('have their blocks inline (the rewrite applies to every default)', () => {
    const made = precompiledModule(templates);
    assert.doesNotMatch(made, /lookupProperty\(helpers,"(?:if|unless)"\)/);
    assert.match(made, /ifBlock\(container, spec\d+, /);
    assert.match(made, /eachBlock\(container, helpers, spec\d+, /);
    assert.match(made, /strictLocation\(\d+, /);
  });

  it('leave a template with decorators, ../ or block parameters as Handlebars made it', () => {
    for (const source of ['{{#each xs}}{{../a}}{{/each}}{{#if b}}x{{/if}}', '{{#each xs as |x|}}{{x}}{{/each}}{{#if b}}x{{/if}}']) {
      const spec = String(Handlebars.precompile(source, compileOptions('md')));
      assert.equal(withInlineBlocks(spec, 'spec0'), spec, source);
    }
  });

  it('never rewrite the text of a template, only its code', async () => {
    const source = 'lookupProperty(helpers,"if").call(a, b, c) "x", sourceLocation(1, 2, 3, 4) ) {{#if a}}{{b}}{{/if}}';
    const { precompiled, compiled } = await both({ 'x.md.hbs': source }, 'x.md.hbs');
    assert.equal(precompiled({ a: 1, b: 2 }), compiled({ a: 1, b: 2 }));
    assert.match(precompiled({ a: 1, b: 2 }), /^lookupProperty\(helpers,"if"\)\.call\(a, b, c\) "x", sourceLocation\(1, 2, 3, 4\) \) 2$/);
  });

  // Every value a block may be given, and what a block's programs see (@data, the context, errors).
  const values: [string, unknown][] = [
    ['true', true], ['false', false], ['0', 0], ['1', 1], ['NaN', NaN], ['empty string', ''], ['string', 'ab'], ['null', null],
    ['undefined', undefined], ['[]', []], ['[0]', [0]], ['[a, b, c]', ['a', 'b', 'c']], ['sparse', [1, , 3]], ['{}', {}], // eslint-disable-line no-sparse-arrays
    ['object', { k: 'v', w: 'x' }], ['Map', new Map([['k', 'v']])], ['Set', new Set(['s'])], ['function to true', () => true],
    ['function to []', () => []], ['function to array', () => ['f', 'g']], ['function to 0', () => 0], ['array of objects', [{ x: 1 }, { x: 2 }]],
  ];
  const blocks = [
    '{{#if v}}yes {{this.n}}{{else}}no {{n}}{{/if}}',
    '{{#if v}}yes{{/if}}|{{#unless v}}not{{/unless}}|{{#unless v}}u{{else}}e{{/unless}}',
    '{{#if v}}1{{else if n}}2{{else}}3{{/if}}',
    '{{#each v}}[{{@index}} {{@key}} {{@first}} {{@last}} {{this}} {{@root.n}}]{{else}}empty{{/each}}',
    '{{#each v}}{{#each ../w}}{{@index}}{{/each}}{{/each}}',
    '{{#each v}}{{#if @first}}F{{/if}}{{#unless @last}},{{/unless}}{{inline this}}{{/each}}',
    '{{#each v}}{{x}}{{/each}}',
    '{{#each v}}{{#each this}}{{@index}}{{/each}}{{/each}}{{#with o}}{{#if p}}{{p}}{{/if}}{{/with}}',
    '{{#if v}}{{missing}}{{/if}}',
    '{{#each v}}{{date this}}{{/each}}',
  ];
  for (const block of blocks) {
    it(`render ${block} as Handlebars does, for every value`, async () => {
      for (const format of ['md', 'html'] as const) {
        const name = `x.${format}.hbs`;
        const { precompiled, compiled } = await both({ [name]: block }, name);
        for (const [label, v] of values) {
          const context = { v, n: 'N', w: [1, 2], o: { p: v } };
          assert.deepEqual(outcome(() => precompiled(context)), outcome(() => compiled(context)), `${format} ${label}`);
        }
      }
    });
  }

  it('render every default template as Handlebars compiles it, for the fixtures\' incidents', async () => {
    const contexts = await views();
    let rendered = 0;
    for (const name of PRECOMPILED_TEMPLATES.filter((n) => !n.startsWith('_'))) {
      const { precompiled, compiled } = await both(templates, name);
      for (const { name: label, context } of contexts) {
        const a = outcome(() => precompiled(context));
        assert.deepEqual(a, outcome(() => compiled(context)), `${name}: ${label}`);
        if (a.output !== undefined) rendered++;
      }
    }
    assert.ok(rendered > 500, `only ${rendered} renders without an error`);
  });
});
