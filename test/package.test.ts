// Every package the code imports is declared in package.json (a package that only arrives as
// another's dependency can vanish with that one's next release), and the manifest stays one a
// team can install alone: nothing in dependencies, since the build bundles what runs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { builtinModules } from 'node:module';
import { ROOT } from './helpers/repo.ts';

const SOURCES = ['src', 'scripts', 'test', 'bin'];
// import x from <p>, } from <p> (the last line of a long import), export ... from <p>, import <p>,
// import(<p>), require(<p>), with <p> quoted: statements, not the word "from" in a string.
const IMPORT = /(?:^\s*(?:import|export)\b[^'"\n]*?\bfrom\s*|^\s*\}\s*from\s*|^\s*import\s*|\bimport\(\s*|\brequire\(\s*)['"]((?:@[a-z0-9][\w.-]*\/)?[a-z0-9][\w.-]*(?:\/[^'"]*)?)['"]/gm;

/** `@scope/name/sub` and `name/sub` to the package's name. */
const packageOf = (specifier: string) => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');

test('every package imported in src, scripts, test and bin is declared in package.json', () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const declared = new Set([...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.devDependencies ?? {}), pkg.name]);
  const builtins = new Set(builtinModules);
  const undeclared = new Map<string, string>();
  for (const dir of SOURCES) {
    for (const rel of fs.readdirSync(path.join(ROOT, dir), { recursive: true, encoding: 'utf8' })) {
      if (!/\.(?:ts|mts|cts|js|mjs|cjs)$/.test(rel) || rel.includes('fixtures')) continue;
      const text = fs.readFileSync(path.join(ROOT, dir, rel), 'utf8');
      for (const [, specifier] of text.matchAll(IMPORT)) {
        const name = packageOf(specifier!);
        // Type-only packages of @types/<name> count for <name>; `mdast`, `hast` are types only.
        if (specifier!.startsWith('node:') || builtins.has(name) || declared.has(name) || declared.has(`@types/${name}`)) continue;
        undeclared.set(name, `${dir}/${rel}`);
      }
    }
  }
  assert.deepEqual(Object.fromEntries(undeclared), {}, 'imported but not in package.json (npm i -D <name>)');
});

test('the manifest installs casefile alone: no dependencies, no private, no install-time script', () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  assert.deepEqual(pkg.dependencies ?? {}, {});
  assert.equal(pkg.private, undefined);
  for (const script of ['preinstall', 'install', 'postinstall', 'prepare']) assert.equal(pkg.scripts?.[script], undefined, script);
  assert.equal(pkg.scripts.dependencies, 'npm run build', 'npm ci in a clone builds dist/');
  assert.equal(pkg.scripts.prepack, 'npm run build', 'npm pack and publish build dist/');
  assert.equal(pkg.engines.node, '^20.16.0 || >=22.3.0', 'process.getBuiltinModule: 20.16 and 22.3');
});
