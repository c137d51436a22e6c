// The house rules of ARCHITECTURE.md, checked on the source: src/core is pure (no file system,
// process, network or adapter imports), and its folders form layers (no two import each other,
// directly or round a longer loop), so each folder can be read with only those below it.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { ROOT } from './helpers/repo.ts';

const CORE = path.join(ROOT, 'src', 'core');
const files = fs.readdirSync(CORE, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
/** Every module a file names (static, type-only and dynamic imports, re-exports). */
const specifiers = (text: string) => [...text.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|^import\s+)['"]([^'"]+)['"]/gm)].map((m) => m[1]!);
const folderOf = (rel: string) => (rel.includes(path.sep) ? rel.split(path.sep)[0]! : '.');

test('src/core imports no adapter and no I/O module', () => {
  const found: string[] = [];
  for (const f of files) {
    for (const s of specifiers(fs.readFileSync(path.join(CORE, f), 'utf8'))) {
      // The default templates come in as text (the build inlines them): data, not code.
      const outside = s.startsWith('.') && !/\.(?:hbs|md)$/.test(s) && !path.resolve(CORE, path.dirname(f), s).startsWith(CORE + path.sep);
      if (outside || /^node:(?:fs|child_process|os|net|http|https|worker_threads|process)(?:\/|$)/.test(s)) found.push(`${f}: ${s}`);
    }
  }
  assert.deepEqual(found, []);
});

test('the folders of src/core import one another in layers, never in a loop', () => {
  const edges = new Map<string, Map<string, string>>(); // folder -> folder -> one import that makes the edge
  for (const f of files) {
    const from = folderOf(f);
    for (const s of specifiers(fs.readFileSync(path.join(CORE, f), 'utf8'))) {
      if (!s.startsWith('.')) continue;
      const to = folderOf(path.relative(CORE, path.resolve(CORE, path.dirname(f), s)));
      if (to === from) continue;
      if (!edges.has(from)) edges.set(from, new Map());
      if (!edges.get(from)!.has(to)) edges.get(from)!.set(to, `${f} -> ${s}`);
    }
  }
  assert.ok([...edges.values()].some((m) => m.size > 0), 'the folders import one another');
  // A loop: a path from a folder back to itself. Reported with the imports that make it.
  const loops: string[] = [];
  const visit = (start: string, at: string, trail: string[], seen: Set<string>) => {
    for (const [next, why] of edges.get(at) ?? []) {
      if (next === start) loops.push([...trail, why].join('; '));
      else if (!seen.has(next)) visit(start, next, [...trail, why], new Set([...seen, next]));
    }
  };
  for (const folder of edges.keys()) visit(folder, folder, [], new Set([folder]));
  assert.deepEqual(loops, []);
});
