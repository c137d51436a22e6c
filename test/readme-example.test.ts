// The README's "File format" example is a file people copy: it must pass `incident validate` as
// printed (empty optional fields such as `reason:` included), and every reading command must take it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeRepo, ROOT } from './helpers/repo.ts';

/** The first ```yaml block after the "## File format" heading, as printed in the README. */
function fileFormatExample(): string {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.search(/^## File format/m));
  const m = /^```yaml\n([\s\S]*?)^```$/m.exec(section);
  assert.ok(m && section.search(/^## File format/m) === 0, 'no ```yaml block under "## File format" in README.md');
  return m[1]!;
}

test("the README's File format example passes validate, and show and list read it", () => {
  const text = fileFormatExample();
  const id = /^id: (\S+)/m.exec(text)?.[1];
  assert.ok(id, 'the example has an id');
  assert.match(text, /^\s+reason:\s*$/m, 'the example still shows an empty optional field');
  const repo = makeRepo();
  try {
    const file = `incidents/${id}.md`;
    repo.write(file, text);
    const v = repo.run(['validate', file, '--no-cache']);
    assert.equal(v.code, 0, `validate: ${v.stdout}${v.stderr}`);
    assert.doesNotMatch(v.stdout + v.stderr, /error/);
    for (const args of [['show', id!], ['list'], ['report', id!]]) {
      const r = repo.run(args);
      assert.equal(r.code, 0, `${args.join(' ')}: ${r.stderr}`);
    }
  } finally {
    repo.cleanup();
  }
});
