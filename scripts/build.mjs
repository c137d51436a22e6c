// Bundles the CLI into dist/ with esbuild: one ESM entry (dist/cli.js) plus lazily loaded
// chunks, so `incident log` parses only the code it runs. Templates are inlined as text.
import { build } from 'esbuild';
import { readFileSync, rmSync } from 'node:fs';

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
  // CommonJS dependencies call require(); give the ESM bundle one.
  banner: { js: 'import { createRequire as __casefileRequire } from "node:module"; const require = __casefileRequire(import.meta.url);' },
  logLevel: 'warning',
});
