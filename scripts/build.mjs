// Bundles the CLI into dist/ with esbuild: one ESM entry (dist/cli.js) plus lazily loaded
// chunks, so `incident log` parses only the code it runs. Templates are inlined as text.
import { build } from 'esbuild';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

const REQUIRE = 'import { createRequire as __casefileRequire } from "node:module"; const require = __casefileRequire(import.meta.url);\n';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });

await build({
  entryPoints: { cli: 'src/cli/main.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  minifySyntax: true,
  minifyWhitespace: true,
  chunkNames: 'chunks/[name]-[hash]',
  loader: { '.md': 'text', '.hbs': 'text' },
  define: { CASEFILE_VERSION: JSON.stringify(pkg.version) },
  logLevel: 'warning',
  write: false,
}).then(({ outputFiles }) => {
  for (const file of outputFiles) {
    // CommonJS dependencies call require(): give one, but only to the chunk holding esbuild's
    // require shim, so the other chunks (those `incident log` loads) skip the cost.
    const text = file.text.includes('Dynamic require of') ? REQUIRE + file.text : file.text;
    mkdirSync(dirname(file.path), { recursive: true });
    writeFileSync(file.path, text);
  }
});
