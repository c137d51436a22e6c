import { build } from 'esbuild';
const r = await build({ entryPoints: { x: process.argv[2] }, outdir: '/tmp/mb/ml', bundle: true, format: 'cjs', platform: 'node', target: 'node20', minifySyntax: true, minifyWhitespace: true, loader: { '.md': 'text', '.hbs': 'text' }, metafile: true, write: false, logLevel: 'error',
 plugins: [{ name: 'h', setup(b) { b.onResolve({ filter: /.*/ }, (a) => (a.kind === 'dynamic-import' ? { path: a.path, namespace: 'h' } : undefined)); b.onLoad({ filter: /.*/, namespace: 'h' }, () => ({ contents: 'throw 1', loader: 'js' })); } }] });
for (const o of Object.values(r.metafile.outputs)) Object.entries(o.inputs).sort((a, b) => b[1].bytesInOutput - a[1].bytesInOutput).slice(0, 12).forEach(([k, v]) => console.log('   ', v.bytesInOutput, k));
