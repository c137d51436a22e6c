// The insights cache (src/io/insights-cache.ts, src/core/insights/pack.ts): a packed incident reads
// back as the very object the files give, and `incident insights` gives the same bytes from the
// cache as from the files, and reads a file again when it changed, even at the same size with its
// mtime set back (the ctime moved).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { incidentText } from '../scripts/corpus.mjs';
import { splitFrontmatter } from '../src/core/document/document-split.ts';
import { insightIncident } from '../src/core/insights/index.ts';
import { packIncident, unpackIncident } from '../src/core/insights/pack.ts';
import { InsightsCache, JsonText } from '../src/io/insights-cache.ts';
import { parseSimpleYaml } from '../src/core/yaml/simple-yaml.ts';
import { makeRepo, ROOT, type TestRepo } from './helpers/repo.ts';

const FIXTURE = path.join(ROOT, 'test', 'fixtures', 'insights');
const splitOf = (text: string) => {
  const split = splitFrontmatter(text);
  return text.slice(split.fmStart, split.fmEnd);
};
const env = { CASEFILE_NOW: '2026-12-20T12:00:00Z' };
const CACHE = path.join('.git', 'casefile', 'insights-cache.txt');

describe('insights cache: packing', () => {
  it('reads back every incident of the corpora as the object the file gives', () => {
    const texts: string[] = [];
    for (let i = 0; i < 300; i++) texts.push(incidentText(i, { n: 300, seed: 7 }));
    for (const dir of [path.join(FIXTURE, 'incidents'), path.join(ROOT, 'incidents')]) {
      for (const f of fs.readdirSync(dir).filter((f) => f.endsWith('.md'))) texts.push(fs.readFileSync(path.join(dir, f), 'utf8'));
    }
    let approx = 0;
    let items = 0;
    for (const text of texts) {
      const split = splitFrontmatter(text);
      const data = parseSimpleYaml(text.slice(split.fmStart, split.fmEnd))?.data;
      if (!data) continue;
      const incident = insightIncident(data, 'x');
      approx += incident.metrics.filter((m) => m.approx).length;
      items += incident.actionItems.length;
      assert.deepEqual(unpackIncident(JSON.parse(JSON.stringify(packIncident(incident)))), incident, String(data.id));
    }
    assert.ok(approx > 0 && items > 0, 'the corpora have approximate figures and action items');
  });

  it('refuses a record of another shape', () => {
    assert.throws(() => unpackIncident([1, 2, 3]));
    assert.throws(() => unpackIncident({} as unknown as unknown[]));
  });
});

describe('insights cache: the file', () => {
  it('writes a record given as its JSON text (JsonText) as the same bytes as the record itself, and reads it back', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'insights-cache-'));
    try {
      // The site's records: [SiteIncident, packed incident], with names in any script and an undefined left out.
      const records = Array.from({ length: 30 }, (_, i) => [
        { id: `INC-${i}`, title: `Zoë "${i}" \\ 東京 \u2028`, owner: i % 2 ? undefined : 'Łukasz' },
        packIncident(insightIncident(parseSimpleYaml(splitOf(incidentText(i, { n: 30, seed: 5 })))!.data, `f${i}`)),
      ]);
      const save = (path: string, asText: boolean) => {
        const cache = InsightsCache.open(path, 'key', 'test cache 1');
        records.forEach((_, i) => cache.keep(`f${i}.md`, { size: i, mtimeMs: 0, ctimeMs: 0, hash: `h${i}` }, true));
        cache.save((name) => {
          const record = records[Number(name.slice(1, -3))];
          return asText ? new JsonText(JSON.stringify(record)) : record;
        });
      };
      save(path.join(dir, 'values.txt'), false);
      save(path.join(dir, 'texts.txt'), true);
      assert.equal(fs.readFileSync(path.join(dir, 'texts.txt'), 'utf8'), fs.readFileSync(path.join(dir, 'values.txt'), 'utf8'));
      const back = InsightsCache.open(path.join(dir, 'texts.txt'), 'key', 'test cache 1');
      records.forEach((r, i) => assert.deepEqual(back.unchanged(`f${i}.md`, i, 0, 0)?.record, JSON.parse(JSON.stringify(r))));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('insights: many files on several threads', () => {
  it('gives the same bytes on one thread, on two, and from the cache, problems included', () => {
    const repo = makeRepo();
    try {
      // 450 files: above the 400 from which a worker reads beside this thread.
      for (let i = 0; i < 450; i++) {
        const text = incidentText(i, { n: 450, seed: 3 });
        const id = /^id: (\S+)$/m.exec(text)![1]!;
        repo.write(`incidents/${id}.md`, i === 7 ? text.replace(/^severity: .*$/m, 'severity: [unclosed') : text);
      }
      const one = repo.run(['insights', '--json', '--no-cache', '--threads', '1'], { env });
      assert.equal(one.code, 0, one.stderr);
      assert.match(one.stderr, /^incident: skipped incidents\/\S+\.md:\d+:\d+: /m, 'the broken file is reported');
      const two = repo.run(['insights', '--json', '--no-cache', '--threads', '2'], { env });
      assert.deepEqual([two.stdout, two.stderr], [one.stdout, one.stderr]);
      const cached = repo.run(['insights', '--json'], { env });
      assert.deepEqual([cached.stdout, cached.stderr], [one.stdout, one.stderr]);
      assert.equal(repo.run(['insights', '--json'], { env }).stdout, one.stdout);
      assert.match(repo.run(['insights', '--threads', '0'], { env }).stderr, /Unexpected --threads "0", expected a positive whole number/);
    } finally {
      repo.cleanup();
    }
  });
});

describe('insights cache: the command', () => {
  let repo: TestRepo;
  let cold: string;
  const file = path.join('incidents', '2026-01-02-incident-01.md');
  const old = new Date('2026-06-01T00:00:00Z');

  before(() => {
    repo = makeRepo();
    fs.cpSync(FIXTURE, repo.dir, { recursive: true, filter: (src) => !src.endsWith('generate.mjs') });
    // Old mtimes: a file changed within the last 2 s is never trusted by its stamp alone.
    for (const f of fs.readdirSync(path.join(repo.dir, 'incidents'))) fs.utimesSync(path.join(repo.dir, 'incidents', f), old, old);
    const r = repo.run(['insights', '--json', '--no-cache'], { env });
    assert.equal(r.code, 0, r.stderr);
    cold = r.stdout;
  });
  after(() => repo?.cleanup());

  it('--no-cache writes no cache; a run without it writes one and gives the same bytes, warm or cold', () => {
    assert.equal(fs.existsSync(path.join(repo.dir, CACHE)), false);
    const first = repo.run(['insights', '--json'], { env });
    assert.equal(first.stdout, cold);
    assert.ok(fs.readFileSync(path.join(repo.dir, CACHE), 'utf8').startsWith('casefile insights cache 2\t'));
    const warm = repo.run(['insights', '--json'], { env });
    assert.equal(warm.stdout, cold);
    for (const args of [['insights'], ['insights', '--csv'], ['insights', '--by', 'service', '--include-drills']]) {
      assert.equal(repo.run(args, { env }).stdout, repo.run([...args, '--no-cache'], { env }).stdout, args.join(' '));
    }
  });

  it('reads a file whose stamp changed, even an edit of the same size with its mtime set back (cp -p, rsync -t)', () => {
    const text = repo.read(file);
    const sev2 = text.replace('severity: SEV-1', 'severity: SEV-2'); // same length
    assert.notEqual(sev2, text);
    repo.write(file, sev2);
    fs.utimesSync(path.join(repo.dir, file), old, old);
    const bySeverity = (out: string) => JSON.parse(out).counts.by_severity.map((g: { group: string; n: number }) => [g.group, g.n]);
    // Same size, same mtime as cached: its ctime moved, so it is read again, as --no-cache reads it.
    assert.deepEqual(bySeverity(repo.run(['insights', '--json'], { env }).stdout), [['SEV-1', 9], ['SEV-2', 11], ['SEV-3', 10], ['SEV-4', 10]]);
    assert.deepEqual(bySeverity(repo.run(['insights', '--json', '--no-cache'], { env }).stdout), [['SEV-1', 9], ['SEV-2', 11], ['SEV-3', 10], ['SEV-4', 10]]);
    // A new mtime: read again.
    fs.utimesSync(path.join(repo.dir, file), new Date('2026-06-02T00:00:00Z'), new Date('2026-06-02T00:00:00Z'));
    assert.deepEqual(bySeverity(repo.run(['insights', '--json'], { env }).stdout), [['SEV-1', 9], ['SEV-2', 11], ['SEV-3', 10], ['SEV-4', 10]]);
    // Back as it was, with the old mtime again: a stamp other than the cached one, so read again.
    repo.write(file, text);
    fs.utimesSync(path.join(repo.dir, file), old, old);
    assert.equal(repo.run(['insights', '--json'], { env }).stdout, cold);
  });

  it('finds the rows of files named with any character (escaped in the cache, or not ASCII)', () => {
    const odd = ['2026-01-02-café-"quoted".md', '2026-01-02-back\\slash-Ωmega.md'];
    const text = repo.read(file);
    for (const name of odd) {
      repo.write(path.join('incidents', name), text.replace(/^id: .*$/m, `id: ${name.slice(0, -3).replace(/["\\]/g, '-')}`));
      fs.utimesSync(path.join(repo.dir, 'incidents', name), old, old);
    }
    try {
      // Their ctimes are now: a stamp within 2 s of a run is not trusted (a change in the same tick).
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 2100);
      const before = repo.run(['insights', '--json'], { env }).stdout; // writes their rows
      const cache = path.join(repo.dir, CACHE);
      assert.ok(fs.readFileSync(cache, 'utf8').includes('café-\\"quoted\\".md'));
      // Each file's row found by its name: nothing read again, so the cache is not written again
      // (a save is a new file, renamed into place).
      const written = fs.statSync(cache).ino;
      assert.equal(repo.run(['insights', '--json'], { env }).stdout, before);
      assert.equal(fs.statSync(cache).ino, written);
    } finally {
      for (const name of odd) fs.rmSync(path.join(repo.dir, 'incidents', name));
    }
  });

  it('a damaged or foreign cache is an empty one; a file that went is left out', () => {
    fs.writeFileSync(path.join(repo.dir, CACHE), 'casefile insights cache 1\tkey\n[[1, 2');
    assert.equal(repo.run(['insights', '--json'], { env }).stdout, cold);
    fs.writeFileSync(path.join(repo.dir, CACHE), 'something else\n');
    assert.equal(repo.run(['insights', '--json'], { env }).stdout, cold);
    const moved = path.join(repo.dir, 'elsewhere.md');
    fs.renameSync(path.join(repo.dir, file), moved);
    const without = JSON.parse(repo.run(['insights', '--json'], { env }).stdout);
    assert.equal(without.counts.total, 39);
    assert.ok(!fs.readFileSync(path.join(repo.dir, CACHE), 'utf8').includes('2026-01-02-incident-01.md'));
    fs.renameSync(moved, path.join(repo.dir, file));
    assert.equal(repo.run(['insights', '--json'], { env }).stdout, cold);
  });
});
