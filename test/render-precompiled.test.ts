// The default templates are precompiled by the build (scripts/build.mjs puts precompile.ts's module in
// place of the empty src/core/render/precompiled.ts): every default has its specification, and the
// built CLI (precompiled) renders every default template exactly as the source does (compiled when used).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import Handlebars from 'handlebars';
import { PRECOMPILED_TEMPLATES, precompiledModule } from '../src/core/render/precompile.ts';
import { compileOptions, templateKey } from '../src/core/render/compile-options.ts';
import { PRECOMPILED as IN_SOURCE } from '../src/core/render/precompiled.ts';
import { environment, runner, setUpOnce, type TemplateFn } from '../src/core/render/runtime.ts';
import { makeRepo, ROOT, type TestRepo } from './helpers/repo.ts';
import { builtModule, defaultTemplates } from './helpers/precompiled-module.ts';

const templates = defaultTemplates;


describe('precompiled default templates', () => {
  it('are made by the build, not kept in the source', async () => {
    assert.deepEqual(IN_SOURCE, {});
    const render = fs.readFileSync(path.join(ROOT, 'dist', 'lanes', 'render.cjs'), 'utf8');
    assert.ok(render.includes('compiler:[8'), 'the render lane carries the precompiled defaults');
  });

  it('cover every default template, found by their key', async () => {
    const table = (await builtModule()).PRECOMPILED;
    const ours = fs.readdirSync(path.join(ROOT, 'templates')).filter((n) => n.endsWith('.hbs'));
    assert.deepEqual(ours.sort(), [...PRECOMPILED_TEMPLATES].sort());
    for (const [name, source] of Object.entries(templates)) {
      const format = name.includes('.md.') ? 'md' : 'html';
      assert.ok(table[templateKey(format, source)], name);
    }
  });

  it('are found by their source, byte for byte, in their format only', async () => {
    const { PRECOMPILED, PRECOMPILED_KEYS } = await builtModule();
    for (const [name, source] of Object.entries(templates)) {
      const format = name.includes('.md.') ? 'md' : 'html';
      const other = format === 'md' ? 'html' : 'md';
      assert.equal(PRECOMPILED_KEYS[format].get(source), templateKey(format, source), name);
      assert.ok(PRECOMPILED[PRECOMPILED_KEYS[format].get(source)!], name);
      assert.equal(PRECOMPILED_KEYS[other].get(source), undefined, name);
      // A repository's copy that differs by one byte is its own template, compiled when used.
      assert.equal(PRECOMPILED_KEYS[format].get(`${source} `), undefined, name);
    }
  });

  it('key different sources differently', () => {
    const keys = new Set(Object.values(templates).map((s) => templateKey('md', s)));
    assert.equal(keys.size, Object.keys(templates).length);
    assert.notEqual(templateKey('md', 'a'), templateKey('html', 'a'));
    assert.notEqual(templateKey('md', '{{a}}'), templateKey('md', '{{b}}'));
  });

  it('use the options the renderer compiles with', () => {
    const env = Handlebars.create();
    const spec = Handlebars.precompile('{{a}}', compileOptions('md'));
    // eslint-disable-next-line no-new-func
    const template = env.template(new Function(`return ${spec}`)());
    assert.equal(template({ a: '<b>' }), '<b>'); // noEscape in Markdown
    assert.throws(() => template({}), /"a" not defined/); // strict
  });
});

// A specification's source locations and helper options are made by functions (precompile.ts says
// why): the same objects, so a helper's options and every error message are those of the template
// compiled when used.
describe('source locations in precompiled templates', () => {
  const source = [
    'Text that looks like a location: {"start":{"line":1,"column":2},"end":{"line":3,"column":4}}',
    '{{#if flag}}',
    '  {{where first}} and {{where}}',
    '{{/if}}',
    '{{inline missing}}',
    '{{#block}}in{{else}}out{{/block}}{{#block}}in{{/block}}{{where first long=true}}',
  ].join('\n');
  const strictSource = 'one\n  two {{a.b}}';
  const both = async (text: string) => {
    const { PRECOMPILED, PRECOMPILED_KEYS } = await builtModule({ 'x.md.hbs': text });
    const spec = PRECOMPILED[PRECOMPILED_KEYS.md.get(text)!]!;
    const env = environment(Handlebars, 'md');
    const locations: unknown[] = [];
    const options: unknown[] = [];
    const seen = (given: Record<string, unknown>) => {
      locations.push(given.loc);
      options.push({ keys: Object.keys(given), name: given.name, hash: given.hash, loc: given.loc, fn: typeof given.fn, inverse: typeof given.inverse });
    };
    env.registerHelper('where', (...args: unknown[]) => {
      seen(args[args.length - 1] as Record<string, unknown>);
      return 'here';
    });
    env.registerHelper('block', (given: Record<string, unknown>) => {
      seen(given);
      return 'block';
    });
    return { precompiled: env.template(spec as never), compiled: env.compile(text, compileOptions('md')), locations, options };
  };
  const outcome = (run: () => string) => {
    try {
      return { output: run() };
    } catch (error) {
      return { error: (error as Error).message };
    }
  };

  it('are calls in the module, never literals, and never in the templates\' text', () => {
    const made = precompiledModule({ ...templates, 'x.md.hbs': source });
    assert.doesNotMatch(made.replace(/Text that looks like a location: [^\n]*?\}\}/, ''), /"start":\{"line"/);
    assert.doesNotMatch(made, /\{"name":"\w+","hash":\{\}/);
    assert.match(made, /helperOptions\("inline", data, sourceLocation\(5, 0, 5, 18\)\)/);
    assert.match(made, /blockHelperOptions\("block", container\.program\(\d+, data, 0\), container\.noop, data, sourceLocation\(6, 33, 6, 55\)\)/);
    // Handlebars' own if, called inline (precompile-blocks.ts): no options are made for it.
    assert.match(made, /ifBlock\(container, [^\n]*lookupProperty\(depth0,"flag"\), \d+, -1, data\)/);
    // A hash keeps its literal.
    assert.match(made, /\{"name":"where","hash":\{"long":true\}/);
  });

  it('give helpers the same options, the text unchanged', async () => {
    const { precompiled, compiled, locations, options } = await both(source);
    const context = { flag: true, first: 1, missing: 'm' };
    const output = precompiled(context);
    assert.equal(output, compiled(context));
    assert.match(output, /Text that looks like a location: \{"start":\{"line":1,"column":2\},"end":\{"line":3,"column":4\}\}/);
    assert.equal(options.length, 10);
    assert.deepEqual(options.slice(0, 5), options.slice(5));
    assert.deepEqual(locations[0], { start: { line: 3, column: 2 }, end: { line: 3, column: 17 } });
    assert.deepEqual(options.slice(1, 5).map((o) => (o as { keys: string[] }).keys), [
      ['name', 'hash', 'data', 'loc', 'lookupProperty'], ['name', 'hash', 'fn', 'inverse', 'data', 'loc', 'lookupProperty'],
      ['name', 'hash', 'fn', 'inverse', 'data', 'loc', 'lookupProperty'], ['name', 'hash', 'data', 'loc', 'lookupProperty'],
    ]); // lookupProperty: the runtime's, added to every helper's options
  });

  it('give the same error messages, with their line and column', async () => {
    const helper = await both(source);
    const missing = { flag: false };
    assert.deepEqual(outcome(() => helper.precompiled(missing)), outcome(() => helper.compiled(missing)));
    assert.match(outcome(() => helper.precompiled(missing)).error!, /argument 1 is not in the context .* - 5:0$/);
    const strict = await both(strictSource);
    assert.deepEqual(outcome(() => strict.precompiled({ a: {} })), outcome(() => strict.compiled({ a: {} })));
    assert.match(outcome(() => strict.precompiled({ a: {} })).error!, /"b" not defined in \[object Object\] - 2:8$/);
  });
});

describe('a precompiled template set up once', () => {
  it('renders as one set up on every call, and is set up again after a call that threw', async () => {
    const text = '{{#each items}}{{inline this}} {{/each}}{{a.b}}';
    const { PRECOMPILED, PRECOMPILED_KEYS } = await builtModule({ 'x.md.hbs': text });
    const spec = PRECOMPILED[PRECOMPILED_KEYS.md.get(text)!]!;
    const env = environment(Handlebars, 'md');
    const everyCall = runner(env.template(spec as never) as TemplateFn, 'x.md.hbs');
    const template = env.template(spec as never) as unknown as TemplateFn & { _setup(options: object): void };
    const setup = template._setup;
    let setups = 0;
    template._setup = (options) => {
      setups++;
      setup(options);
    };
    const once = runner(setUpOnce(template), 'x.md.hbs');
    const contexts = [{ items: ['x*', 'y'], a: { b: 'z' } }, { items: ['w'], a: { b: '' } }];
    for (const context of contexts) assert.equal(once(context), everyCall(context));
    assert.equal(setups, 1);
    assert.throws(() => once({ items: [], a: {} }), /"b"/);
    for (const context of contexts) assert.equal(once(context), everyCall(context));
    assert.equal(setups, 2);
  });
});

// Every default template through the built CLI (precompiled) and through the source (compiled when used).
describe('the built CLI and the source render alike', () => {
  let repo: TestRepo;
  const fromSource = (args: string[]) => {
    const script = `const { main } = await import(${JSON.stringify(pathToFileURL(path.join(ROOT, 'src', 'cli', 'main.ts')).href)});
      process.exitCode = await main(process.argv.slice(1));`;
    const r = spawnSync(process.execPath, ['--import', import.meta.resolve('tsx'), '--import', pathToFileURL(path.join(ROOT, 'test', 'helpers', 'text-loader.mjs')).href, '--input-type=module', '-e', script, ...args], {
      cwd: repo.dir, encoding: 'utf8', env: { ...process.env, CASEFILE_NOW: '2026-03-01T14:05:00Z', GIT_AUTHOR_NAME: 'Alice Example', TZ: 'UTC' },
    });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  };
  before(() => {
    repo = makeRepo();
    assert.equal(repo.run(['init']).code, 0);
    repo.write('.incident.yml', `${repo.read('.incident.yml')}\nsite_url: https://status.example.com/\n`);
    const fixture = path.join(ROOT, 'test', 'fixtures', 'backfill', 'aws-s3-2017', 'incident.md');
    const text = fs.readFileSync(fixture, 'utf8');
    repo.write(path.join('incidents', `${/^id: (.+)$/m.exec(text)![1]}.md`), text);
  });
  after(() => repo.cleanup());

  const id = () => fs.readdirSync(path.join(repo.dir, 'incidents')).find((n) => n.endsWith('.md'))!.replace(/\.md$/, '');
  const cases = [
    ['render'], ['render', '--format', 'html'], ['render', '--audience', 'public'], ['render', '--audience', 'public', '--format', 'html'],
    ['render', '--template', 'status-update'], ['report'], ['status-update'],
  ];
  for (const args of cases) {
    it(args.join(' '), () => {
      const built = repo.run([...args, id()]);
      const source = fromSource([...args, id()]);
      assert.equal(built.code, 0, built.stderr);
      assert.deepEqual(source, built);
    });
  }

  it('publish (the site index, feed and pages)', () => {
    const read = (dir: string) => Object.fromEntries(fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()
      .filter((f) => fs.statSync(path.join(dir, f)).isFile()).map((f) => [f, fs.readFileSync(path.join(dir, f), 'utf8')]));
    const built = repo.run(['publish', '--out', 'site-built']);
    assert.equal(built.code, 0, built.stderr);
    const source = fromSource(['publish', '--out', 'site-source']);
    assert.equal(source.code, 0, source.stderr);
    const a = read(path.join(repo.dir, 'site-built'));
    assert.ok(Object.keys(a).length > 3);
    assert.deepEqual(read(path.join(repo.dir, 'site-source')), a);
  });
});
