// What an install of casefile ships besides its own code: scripts/third-party.mjs, which the build
// runs on esbuild's metafiles, fails the build when a bundle would import a package at run time,
// lists each bundled package with its licence text in dist/THIRD-PARTY-NOTICES.txt, and refuses a
// licence or an engines range we could not ship. Real esbuild builds of small entries in a temp
// directory inside the repository (so they resolve the real node_modules), and the notice the
// build wrote for dist/.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { build, type Metafile } from 'esbuild';
// @ts-expect-error: a plain .mjs script without types
import { assertOnlyBuiltinsExternal, bundledPackages, enginesRefusing, licensesOutside, noticesText } from '../scripts/third-party.mjs';
import { ensureBuilt, ROOT } from './helpers/repo.ts';

type Package = { name: string; version: string; license: string; dir: string; pkg: Record<string, any> };

describe('the third-party notice and the bundle checks', () => {
  let dir: string;
  const bundle = async (source: string, external: string[] = []): Promise<Metafile> => {
    fs.writeFileSync(path.join(dir, 'entry.mjs'), source);
    const r = await build({ entryPoints: [path.join(dir, 'entry.mjs')], bundle: true, platform: 'node', format: 'esm', write: false, metafile: true, external, logLevel: 'silent' });
    return r.metafile;
  };

  before(() => {
    dir = fs.mkdtempSync(path.join(ROOT, 'test-artifacts', 'third-party-'));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('a package in the bundle is listed with its version, licence and licence text; a tree-shaken or Node module is not', async () => {
    const metafile = await bundle("import { parse } from 'yaml';\nimport { readFileSync } from 'node:fs';\nconsole.log(parse(readFileSync(0, 'utf8')));\n");
    assertOnlyBuiltinsExternal([metafile]);
    const packages = bundledPackages([metafile], ROOT) as Package[];
    const yaml = JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules', 'yaml', 'package.json'), 'utf8'));
    assert.deepEqual(packages.map((p) => `${p.name}@${p.version} ${p.license}`), [`yaml@${yaml.version} ISC`]);
    const notice = noticesText(packages, ROOT) as string;
    assert.match(notice, /dist\/ bundles the 1 packages below/);
    assert.match(notice, new RegExp(`\\nyaml ${yaml.version.replace(/\./g, '\\.')}\\nLicense: ISC\\n`));
    assert.ok(notice.includes(fs.readFileSync(path.join(ROOT, 'node_modules', 'yaml', 'LICENSE'), 'utf8').trim()), 'the licence text itself');
  });

  it('a package left outside the bundle fails the build, naming it and who imports it', async () => {
    const metafile = await bundle("import { parse } from 'yaml';\nconsole.log(parse('a: 1'));\n", ['yaml']);
    assert.throws(() => assertOnlyBuiltinsExternal([metafile]), /^Error: Unexpected import left outside the bundle, expected every package bundled: yaml \(imported by .*entry\.mjs\)$/);
  });

  it('a licence that asks more than its notice, and an engines range without our oldest Node, are refused unless excused', () => {
    const pkg = (name: string, license: string, node?: string): Package => ({ name, version: '1.0.0', license, dir: ROOT, pkg: node ? { engines: { node } } : {} });
    const packages = [pkg('ok', 'MIT', '>=18'), pkg('copyleft', 'GPL-3.0'), pkg('new', 'ISC', '>=22'), pkg('excused', 'MIT', '>=22')];
    assert.deepEqual(licensesOutside(packages, ['MIT', 'ISC']), ['copyleft@1.0.0 (GPL-3.0)']);
    assert.deepEqual(enginesRefusing(packages, ['20.16.0', '22.3.0'], { excused: 'plain code' }), ['new@1.0.0 (engines.node >=22)']);
  });

  it('dist/THIRD-PARTY-NOTICES.txt lists what the CLI, the Action and the remark plugin bundle', () => {
    ensureBuilt();
    const notice = fs.readFileSync(path.join(ROOT, 'dist', 'THIRD-PARTY-NOTICES.txt'), 'utf8');
    const listed = [...notice.matchAll(/^-{78}\n\n(\S+) (\S+)\nLicense: (.+)$/gm)].map((m) => m[1]);
    assert.equal(Number(/bundles the (\d+) packages/.exec(notice)?.[1]), listed.length);
    for (const name of ['commander', 'handlebars', 'yaml', 'mdast-util-to-markdown', 'micromark', '@octokit/core', 'bottleneck', 'unified']) {
      assert.ok(listed.includes(name), `${name} is in the notice`);
    }
    for (const name of ['esbuild', 'typescript', 'tsx', 'playwright-core']) assert.ok(!listed.includes(name), `${name} (a tool, not bundled) is not`);
  });
});
