// The committed precompiled defaults (src/core/render/precompiled.ts) are those of templates/*.hbs
// today, and a precompiled default renders exactly as the same source compiled at run time.
// UPDATE_GOLDEN=1 rewrites the file.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import Handlebars from 'handlebars';
import { PRECOMPILED_TEMPLATES, precompiledModule } from '../src/core/render/precompile.ts';
import { compileOptions, templateKey } from '../src/core/render/compile-options.ts';
import { PRECOMPILED } from '../src/core/render/precompiled.ts';
import { ROOT } from './helpers/repo.ts';

const FILE = path.join(ROOT, 'src/core/render/precompiled.ts');
const templates = Object.fromEntries(PRECOMPILED_TEMPLATES.map((n) => [n, fs.readFileSync(path.join(ROOT, 'templates', n), 'utf8')]));

describe('precompiled default templates', () => {
  it('are current', () => {
    const expected = precompiledModule(templates);
    if (process.env.UPDATE_GOLDEN === '1') fs.writeFileSync(FILE, expected);
    assert.equal(fs.readFileSync(FILE, 'utf8'), expected, 'templates changed: run with UPDATE_GOLDEN=1 to regenerate precompiled.ts');
  });

  it('cover every default template, found by their key', () => {
    const ours = fs.readdirSync(path.join(ROOT, 'templates')).filter((n) => n.endsWith('.hbs'));
    assert.deepEqual(ours.sort(), [...PRECOMPILED_TEMPLATES].sort());
    for (const [name, source] of Object.entries(templates)) {
      const format = name.includes('.md.') ? 'md' : 'html';
      assert.ok(PRECOMPILED[templateKey(format, source)], name);
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
