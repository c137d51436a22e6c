// For the import tests: a repository made by `incident init`, the frontmatter of a written file,
// every file under incidents/ (a second import must change no byte), and the real samples in
// ../shared/import-samples/ (read at test time, never copied into the repository).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { makeRepo, ROOT, type TestRepo } from './repo.ts';

// Beside the repository (../shared), or where the workplace keeps them when the repository is a
// clone elsewhere (CI runs on a fresh clone in a temporary directory); CASEFILE_IMPORT_SAMPLES wins.
export const SAMPLES = [process.env.CASEFILE_IMPORT_SAMPLES, path.join(ROOT, '..', 'shared', 'import-samples'), '/work/shared/import-samples']
  .find((dir): dir is string => dir !== undefined && fs.existsSync(dir)) ?? path.join(ROOT, '..', 'shared', 'import-samples');
export const FIXTURES = path.join(ROOT, 'test', 'fixtures', 'import');

/** The real samples' folder; a test that needs them fails (never skips) without them. */
export function samples(name: string): string {
  const dir = path.join(SAMPLES, name);
  assert.ok(fs.existsSync(dir), `the real samples are read from ${dir} (../shared/import-samples beside the repository, /work/shared/import-samples, or CASEFILE_IMPORT_SAMPLES)`);
  return dir;
}

/** A temporary git repository set up by `incident init`, with extra `.incident.yml` lines. */
export function initRepo(config = ''): TestRepo {
  const repo = makeRepo();
  const r = repo.run(['init']);
  assert.equal(r.code, 0, r.stderr);
  if (config) fs.appendFileSync(path.join(repo.dir, '.incident.yml'), `\n${config}\n`);
  return repo;
}

/** The frontmatter of an incident file as data. */
export function frontmatter(text: string): Record<string, unknown> {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(text);
  assert.ok(m, 'no frontmatter');
  return parse(m[1]!, { schema: 'core' }) as Record<string, unknown>;
}

/** Every file under incidents/ with its bytes, to compare before and after a second import. */
export function snapshot(repo: TestRepo): Map<string, string> {
  const dir = path.join(repo.dir, 'incidents');
  const out = new Map<string, string>();
  if (!fs.existsSync(dir)) return out;
  for (const f of fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    const full = path.join(dir, f);
    if (fs.statSync(full).isFile()) out.set(f, fs.readFileSync(full, 'latin1'));
  }
  return out;
}

/** The incident files an import wrote, by the source id in their `import:` block. */
export function bySourceId(repo: TestRepo): Map<string, { file: string; text: string; data: Record<string, unknown> }> {
  const out = new Map<string, { file: string; text: string; data: Record<string, unknown> }>();
  const dir = path.join(repo.dir, 'incidents');
  for (const f of fs.readdirSync(dir).filter((x) => x.endsWith('.md')).sort()) {
    const text = fs.readFileSync(path.join(dir, f), 'utf8');
    const data = frontmatter(text);
    const block = data.import as { source_id?: unknown } | undefined;
    if (block && typeof block.source_id === 'string') out.set(block.source_id, { file: `incidents/${f}`, text, data });
  }
  return out;
}

/** `incident validate` on the repository: its exit code and the errors it printed (no warnings). */
export function validateErrors(repo: TestRepo): { code: number | null; errors: string[]; out: string } {
  const r = repo.run(['validate', '--no-cache']);
  const errors = r.stdout.split('\n').filter((l) => / error /.test(l));
  return { code: r.code, errors, out: r.stdout + r.stderr };
}
