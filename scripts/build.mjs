// Bundles the CLI into dist/ with esbuild. Templates are inlined as text.
// - dist/cli.js: the full CLI (ESM) plus lazily loaded chunks, so each command parses only its code.
// - dist/lanes/<command>.cjs: one CommonJS file per lane (src/cli/lane.ts), the commands that
//   must start fast; bin/incident.cjs runs them without the ESM loader.
// - dist/remark.js, dist/action.js: the remark preset and the GitHub Action (action.js only chooses:
//   dist/issueops.cjs, one CommonJS file, for IssueOps; dist/action-main.js for the other commands).
// - dist/THIRD-PARTY-NOTICES.txt: every package bundled in the files above, with its licence.
// Everything the CLI runs is bundled: the published package has no dependencies to install.
import { build } from 'esbuild';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import semver from 'semver';
import { assertOnlyBuiltinsExternal, bundledPackages, enginesRefusing, licensesOutside, noticesText } from './third-party.mjs';

// Made on first use: loading node:module costs start-up time that `incident log` never needs.
const REQUIRE = 'let __casefileRequire; const require = (id) => (__casefileRequire ??= process.getBuiltinModule("node:module").createRequire(import.meta.url))(id);\n';
const nodeRequire = createRequire(import.meta.url);

// `import { readFileSync } from "node:fs"` makes Node build the module's ESM facade, which reads
// every export, lazy ones too: that loads the whole streams stack (~5 ms, more than the rest of
// `incident log`). So builtins are taken from process.getBuiltinModule (Node >= 20.16), exporting
// plain values and the few lazy ones (getters) we use; any other lazy export fails the build loudly.
const LAZY_EXPORTS_WE_USE = new Set(['parseArgs']);
// Plain values on Node 20 but deprecated getters on Node 24 (DEP0176: reading one prints a warning
// on every run): left out of the facade; fs.constants has them.
const DEPRECATED_EXPORTS = new Set(['F_OK', 'R_OK', 'W_OK', 'X_OK']);
const builtins = {
  name: 'builtins-without-esm-facade',
  setup(b) {
    // Only our ESM imports; CommonJS dependencies keep their own require() of builtins.
    b.onResolve({ filter: /^node:/ }, (args) =>
      args.kind === 'import-statement' ? { path: args.path, namespace: 'builtin' } : { path: args.path, external: true });
    b.onLoad({ filter: /.*/, namespace: 'builtin' }, ({ path }) => {
      const names = Object.entries(Object.getOwnPropertyDescriptors(nodeRequire(path)))
        .filter(([name, d]) => ('value' in d || LAZY_EXPORTS_WE_USE.has(name)) && /^[A-Za-z_$][\w$]*$/.test(name) && name !== 'default' && !DEPRECATED_EXPORTS.has(name))
        .map(([name]) => name);
      return {
        contents: `const m = process.getBuiltinModule(${JSON.stringify(path)});\nexport default m;\n` +
          names.map((n) => `export const ${n} = m.${n};`).join('\n'),
        loader: 'js',
      };
    });
  },
};

// The lanes: src/cli/actions/<name>.ts, each exporting main (bin/incident.cjs finds them by file).
const LANES = [
  'log', 'thread', 'evidence', 'report', 'status-update', 'render', 'show', 'validate',
  // The write commands after the incident (issue 12). Not close: it validates the record after
  // writing it, and a hand-over there (remark for an unusual body) would close it twice.
  'severity', 'amend', 'remove', 'action', 'impact', 'review', 'reopen', 'role', 'status',
];

// In a lane, a dynamic import becomes a module that throws the hand-over marker (lane.ts): the
// lane stays one small file, and what it left out runs in the full CLI. But for those of a module
// named *-lazy.ts (markdown-out-lazy.ts says why): bundled in the lane, evaluated (and compiled by V8)
// only when called.
const LAZY_IN_LANE = /-lazy\.ts$/;
// Those of markdown-out-lazy.ts (micromark and mdast-util-to-markdown: 220 KB, the Markdown tree a
// document the fast path steps aside from needs) go further: into a file of their own beside the
// lanes, dist/lanes/parts/markdown-tree.cjs, that bin/incident.cjs loads when asked, with its own code
// cache. Every run read its source with the lane's, and V8 held it in the young generation:
// `incident render` 1.1 ms of CPU less on Node 24.21 (medians of 31 interleaved runs).
// And those of public-check-lazy.ts (validate's public-leak render: the public templates, HTML ones
// too, and the sanitizer) into dist/lanes/parts/public-check.cjs, loaded when a public incident is
// checked (before, the lane handed the run over to the full CLI).
const LANE_PARTS = { 'markdown-out-lazy.ts': './parts/markdown-tree.cjs', 'public-check-lazy.ts': './parts/public-check.cjs' };
const partOf = (importer) => Object.entries(LANE_PARTS).find(([lazy]) => importer.endsWith(`/${lazy}`) || importer.endsWith(`\\${lazy}`))?.[1];
const handOver = {
  name: 'dynamic-imports-hand-over',
  setup(b) {
    b.onResolve({ filter: /.*/ }, (args) => {
      if (args.kind === 'require-call' && args.namespace === 'lane-part') return { path: args.path, external: true };
      if (args.kind !== 'dynamic-import') return undefined;
      const part = partOf(args.importer);
      if (part) return { path: part, namespace: 'lane-part' };
      return LAZY_IN_LANE.test(args.importer) ? undefined : { path: args.path, namespace: 'hand-over' };
    });
    // A require() (the bin's, which loads a part as it loads a lane), not an import() a script cannot make.
    b.onLoad({ filter: /.*/, namespace: 'lane-part' }, ({ path }) => ({ contents: `module.exports = require(${JSON.stringify(path)});`, loader: 'js' }));
    b.onLoad({ filter: /.*/, namespace: 'hand-over' }, ({ path }) => ({
      contents: `throw { [Symbol.for('casefile.hand-over')]: ${JSON.stringify(path)} };`,
      loader: 'js',
    }));
  },
};

// The default templates, precompiled here rather than committed: src/core/render/precompiled.ts is
// an empty table in the source, replaced in every bundle by precompile.ts's module for templates/.
// `only` keeps some of them: the rest compile when used, as a repository's own templates do.
async function precompiledDefaults(only = () => true) {
  const made = await build({ entryPoints: ['src/core/render/precompile.ts'], bundle: true, platform: 'node', format: 'cjs', write: false, logLevel: 'warning' });
  const tool = { exports: {} };
  new Function('module', 'exports', 'require', made.outputFiles[0].text)(tool, tool.exports, nodeRequire);
  const { PRECOMPILED_TEMPLATES, precompiledModule } = tool.exports;
  const templates = Object.fromEntries(PRECOMPILED_TEMPLATES.filter(only).map((name) => [name, readFileSync(new URL(`../templates/${name}`, import.meta.url), 'utf8')]));
  const contents = precompiledModule(templates);
  return {
    name: 'precompiled-default-templates',
    setup(b) {
      b.onLoad({ filter: /[\\/]src[\\/]core[\\/]render[\\/]precompiled\.ts$/ }, () => ({ contents, loader: 'js' }));
    },
  };
}
const precompiled = await precompiledDefaults();
// A lane renders Markdown only: an HTML template loads the Markdown-to-HTML module, a dynamic import,
// so it hands over to the full CLI before a template is looked up. The HTML templates' specifications
// (93 of the table's 195 KB) were only read, and their code cache loaded, on every run. (Were a lane
// to render HTML, a template missing here compiles through compile.ts, a dynamic import: it hands over.)
const precompiledMarkdown = await precompiledDefaults((name) => name.endsWith('.md.hbs'));

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });

const shared = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  minifySyntax: true,
  minifyWhitespace: true,
  loader: { '.md': 'text', '.hbs': 'text' },
  define: { CASEFILE_VERSION: JSON.stringify(pkg.version) },
  logLevel: 'warning',
  metafile: true,
};

// A lane is CommonJS that is also the function bin/incident.cjs calls: run as a script (V8's
// code cache, without Node's loader), its value is the module's function, so the loader no longer
// wraps the source itself. That wrapping made a second copy of the source (564 KB for render),
// young, and with it a scavenge: `incident render` 1.7 ms of CPU less on Node 24.21 (medians of 30
// interleaved runs). Required as a module (the tests do), it runs as any module does.
// (`this` tells the two apart: the global object in a script, module.exports in a module.)
const LANE_HEAD = '(function (top, lane) { return top === globalThis ? lane : lane.call(module.exports, module.exports, require, module, __filename, __dirname); })(this, function (exports, require, module, __filename, __dirname) {';
const LANE_TAIL = '\n});';

// A lane's local names shortened too: V8 reads every byte of the lane on every run, and its code
// cache holds the names of what ran (render.cjs 334 -> 245 KB). `incident report` 35.8 -> 34.4 ms
// of CPU, render 38.5 -> 38.0 (Node 24.21, medians of 41 interleaved runs; `node -e 0`: 25.9).
// Nothing reads a function's name (errors name themselves). CASEFILE_READABLE_LANES=1 keeps the
// names, for a --cpu-prof that names its functions.
const laneMinify = { minifyIdentifiers: !process.env.CASEFILE_READABLE_LANES };

const lanes = await build({
  ...shared,
  ...laneMinify,
  banner: { js: LANE_HEAD },
  footer: { js: LANE_TAIL },
  entryPoints: Object.fromEntries(LANES.map((name) => [name, `src/cli/actions/${name}.ts`])),
  outdir: 'dist/lanes',
  outExtension: { '.js': '.cjs' },
  format: 'cjs',
  plugins: [handOver, precompiledMarkdown],
  // src/commands/validate-pool.ts finds its worker by __dirname in a lane, by import.meta.url elsewhere.
  logOverride: { 'empty-import-meta': 'silent' },
});

// The parts: each the module of the imports it stands for (markdown-out-lazy.ts imports these two,
// public-check-lazy.ts the third), built as a lane is (a script whose value is the module's
// function), requiring builtins only: a part's own dynamic imports are bundled in it. A part has its
// own copy of the modules it shares with its lane (their state too), so it takes and gives plain data.
const part = (contents, outfile, plugins = []) => build({
  ...shared,
  ...laneMinify,
  banner: { js: LANE_HEAD },
  footer: { js: LANE_TAIL },
  stdin: { contents, resolveDir: fileURLToPath(new URL('..', import.meta.url)), loader: 'ts' },
  outfile,
  format: 'cjs',
  plugins,
  logOverride: { 'empty-import-meta': 'silent' },
});
const parts = await part(
  "export { markdownRoundTrip } from './src/core/markdown/markdown-out.ts';\nexport { markdownChat } from './src/core/markdown/chat.ts';",
  'dist/lanes/parts/markdown-tree.cjs',
);
// (with its zone rules' setter: public-check-lazy.ts gives it the lane's)
const publicCheckPart = await part(
  "export * from './src/core/publish/public-check.ts';\nexport { useZoneRules } from './src/core/timeline/timeline.ts';",
  'dist/lanes/parts/public-check.cjs',
  [precompiled],
);

// Lanes run with V8's default compilers: without Maglev and Turbofan (a flag line, set through
// node:v8, which loads the streams) the main thread was no faster once the fast Markdown path took
// the templates' shapes (CPU, medians of 15: Node 24.21 render 39.0 ms without them, 39.2 with).

const full = await build({
  // validate-worker: the validation threads' module, started by the full CLI and by the validate lane.
  entryPoints: { cli: 'src/cli/main.ts', remark: 'src/remark/index.ts', 'action-main': 'src/action/main.ts', 'validate-worker': 'src/commands/validate-worker.ts' },
  outdir: 'dist',
  splitting: true,
  format: 'esm',
  chunkNames: 'chunks/[name]-[hash]',
  ...shared,
  plugins: [builtins, precompiled],
  write: false,
});
for (const file of full.outputFiles) {
  // CommonJS dependencies call require(): give one, but only to the chunk holding esbuild's
  // require shim, so the other chunks skip the cost.
  const text = file.text.includes('Dynamic require of') ? REQUIRE + file.text : file.text;
  mkdirSync(dirname(file.path), { recursive: true });
  writeFileSync(file.path, text);
}

// The Action's entry, which imports nothing, and IssueOps in one file (src/action/entry.ts says why).
const actionEntry = await build({ ...shared, entryPoints: { action: 'src/action/entry.ts' }, outdir: 'dist', format: 'esm' });
// The yaml package (160 KB, a third of the file) in a file of its own, dist/issueops-yaml.cjs: IssueOps
// needs it only where the fast reader steps aside (a /log never loads it), and V8 reads every byte of
// a file it loads, on every comment. It keeps no state shared with our code, so one copy is safe.
// The same for Octokit and its plugins (dist/issueops-octokit.cjs): a comment's calls go without it
// (src/github/comment-client.ts); only an issue opened or labelled, and the mirror, load it.
// Bottleneck is its one default export: a small CommonJS module of its own hands it over (a default
// import of a CommonJS file is its whole module.exports).
const OCTOKIT = /^(?:@octokit\/(?:core|plugin-paginate-rest|plugin-throttling|plugin-retry)|\.\/issueops-octokit\.cjs)$/;
const yamlApart = {
  name: 'yaml-in-a-file-of-its-own',
  setup(b) {
    b.onResolve({ filter: /^yaml$/ }, () => ({ path: './issueops-yaml.cjs', external: true }));
    b.onResolve({ filter: OCTOKIT }, () => ({ path: './issueops-octokit.cjs', external: true }));
    b.onResolve({ filter: /^bottleneck\/light\.js$/ }, () => ({ path: 'bottleneck', namespace: 'issueops-octokit' }));
    b.onLoad({ filter: /.*/, namespace: 'issueops-octokit' }, () => ({ contents: "module.exports = require('./issueops-octokit.cjs').Bottleneck;", loader: 'js' }));
    // The leak check's tables (a /update's): look-alike characters and top-level domains.
    b.onResolve({ filter: /^\.\/issueops-text-data\.cjs$/ }, () => ({ path: './issueops-text-data.cjs', external: true }));
    b.onResolve({ filter: /^(?:tlds|confusables\/dist\/characters\.js)$/ }, (args) => ({ path: args.path, namespace: 'issueops-text-data' }));
    b.onLoad({ filter: /.*/, namespace: 'issueops-text-data' }, ({ path }) => ({
      contents: path === 'tlds' ? "module.exports = require('./issueops-text-data.cjs').tlds;" : "module.exports = { characters: require('./issueops-text-data.cjs').characters };",
      loader: 'js',
    }));
  },
};
const issueops = await build({
  ...shared, entryPoints: { issueops: 'src/action/issueops/action.ts' }, outdir: 'dist', outExtension: { '.js': '.cjs' }, format: 'cjs', plugins: [precompiled, yamlApart],
});
const issueopsYaml = await build({
  ...shared, stdin: { contents: "module.exports = require('yaml');", resolveDir: fileURLToPath(new URL('..', import.meta.url)) }, outfile: 'dist/issueops-yaml.cjs', format: 'cjs',
});

const issueopsOctokit = await build({
  ...shared, outfile: 'dist/issueops-octokit.cjs', format: 'cjs', stdin: {
    resolveDir: fileURLToPath(new URL('..', import.meta.url)), contents: [
      "export { Octokit } from '@octokit/core';", "export { paginateRest } from '@octokit/plugin-paginate-rest';",
      "export { throttling } from '@octokit/plugin-throttling';", "export { retry } from '@octokit/plugin-retry';",
      "export { default as Bottleneck } from 'bottleneck/light.js';",
    ].join('\n'),
  },
});

const issueopsTextData = await build({
  ...shared, outfile: 'dist/issueops-text-data.cjs', format: 'cjs', stdin: {
    resolveDir: fileURLToPath(new URL('..', import.meta.url)),
    contents: "export { default as tlds } from 'tlds';\nexport { characters } from 'confusables/dist/characters.js';",
  },
});

const metafiles = [lanes.metafile, parts.metafile, publicCheckPart.metafile, full.metafile, actionEntry.metafile, issueops.metafile, issueopsYaml.metafile, issueopsOctokit.metafile, issueopsTextData.metafile];
assertOnlyBuiltinsExternal(metafiles);
const root = fileURLToPath(new URL('..', import.meta.url));
const packages = bundledPackages(metafiles, root);
// Permissive licences only: dist/ may be shipped under MIT with their notices kept.
const odd = licensesOutside(packages, ['MIT', 'ISC', 'BSD-2-Clause', 'BSD-3-Clause', 'Apache-2.0', '0BSD']);
if (odd.length) throw new Error(`Unexpected licence of a bundled package, expected MIT, ISC, BSD or Apache-2.0: ${odd.join(', ')}`);
// Each bundled package must run on every Node our `engines` admits (its oldest 20 and 22).
const floors = pkg.engines.node.split('||').map((range) => semver.minVersion(range.trim()).version);
const refusing = enginesRefusing(packages, floors, {
  // Declares >=22 since 3.1 for its own tooling; its code is plain ES2020 with no Node API, and the
  // GitHub client's tests run it on Node 20.
  'content-type': 'plain code',
});
if (refusing.length) throw new Error(`Unexpected bundled package that needs a newer Node, expected one that runs on ${floors.join(' and ')}: ${refusing.join(', ')}`);
writeFileSync(new URL('../dist/THIRD-PARTY-NOTICES.txt', import.meta.url), noticesText(packages, root));
