// `incident site` from 200 files, where the build runs on a builder thread: the files listed and
// stat-ed once, by the main thread (for the builder's heap bound), and the builder's site cache
// checks use those sizes and mtimes. A file changed, added or removed between builds is seen.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { incidentText } from '../scripts/corpus.mjs';
import { makeRepo, type TestRepo } from './helpers/repo.ts';

const env = { CASEFILE_NOW: '2026-12-20T12:00:00Z' };

describe('incident site on a builder thread, with its cache', () => {
  let repo: TestRepo;
  const files: string[] = [];
  before(() => {
    repo = makeRepo();
    for (let i = 0; i < 210; i++) {
      const text = incidentText(i, { n: 211, seed: 9 });
      const name = /^id: (\S+)$/m.exec(text)![1]!;
      files.push(name);
      repo.write(`incidents/${name}.md`, text);
    }
    const old = new Date('2026-06-01T00:00:00Z');
    for (const f of files) fs.utimesSync(path.join(repo.dir, 'incidents', `${f}.md`), old, old);
  });
  after(() => repo?.cleanup());

  const build = (out: string, ...args: string[]) => {
    const r = repo.run(['site', '--out', out, ...args], { env });
    assert.equal(r.code, 0, r.stderr);
    return r.stderr;
  };
  const page = (out: string, name: string) => fs.readFileSync(path.join(repo.dir, out, 'incidents', `${name}.html`), 'utf8');

  it('renders a changed file again, adds a new one and drops a removed one, as a build without the cache does', () => {
    assert.equal(build('first'), 'wrote first/ (210 incidents)\n');
    const changed = path.join(repo.dir, 'incidents', `${files[3]}.md`);
    const text = fs.readFileSync(changed, 'utf8');
    const title = /^title: (.*)$/m.exec(text)![1]!;
    fs.writeFileSync(changed, text.replace(`title: ${title}\n`, 'title: Changed since the last build\n'));
    fs.rmSync(path.join(repo.dir, 'incidents', `${files[5]}.md`));
    const added = incidentText(210, { n: 211, seed: 9 });
    const addedName = /^id: (\S+)$/m.exec(added)![1]!;
    repo.write(`incidents/${addedName}.md`, added);

    assert.equal(build('warm'), 'wrote warm/ (210 incidents)\n');
    assert.match(page('warm', files[3]!), /<h1>Changed since the last build<\/h1>/);
    assert.equal(fs.existsSync(path.join(repo.dir, 'warm', 'incidents', `${files[5]}.html`)), false);
    assert.ok(page('warm', addedName).includes('<h1>'));
    assert.match(page('first', files[3]!), new RegExp(`<h1>${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}</h1>`));

    build('cold', '--no-cache');
    const tree = (rel: string) => fs.readdirSync(path.join(repo.dir, rel), { recursive: true, encoding: 'utf8' }).sort()
      .filter((f) => fs.statSync(path.join(repo.dir, rel, f)).isFile()).map((f) => [f, fs.readFileSync(path.join(repo.dir, rel, f), 'utf8')]);
    assert.deepEqual(tree('warm'), tree('cold'));
  });
});
