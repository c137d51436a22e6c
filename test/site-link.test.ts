// A site made over an old one links the old site's files whose bytes are the same instead of
// writing new ones (src/io/site-write.ts), and the old site is only read: it stays as it was until
// the swap, and after a failed build. The built CLI on real files, and openSiteDir itself.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { incidentText } from '../scripts/corpus.mjs';
import { openSiteDir, SITE_MARKER } from '../src/io/site-dir.ts';
import { writeSiteFile } from '../src/io/site-write.ts';
import { makeRepo, ROOT } from './helpers/repo.ts';

const FIXTURE = path.join(ROOT, 'test', 'fixtures', 'insights');
const env = { CASEFILE_NOW: '2026-12-20T12:00:00Z' };

/** Every file under `dir` (relative, sorted) with its inode, link count, mode, mtime and bytes. */
function snapshot(dir: string) {
  return fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort().flatMap((rel) => {
    const st = fs.statSync(path.join(dir, rel));
    return st.isFile() ? [{ rel, ino: st.ino, nlink: st.nlink, mode: st.mode, mtimeMs: st.mtimeMs, text: fs.readFileSync(path.join(dir, rel), 'utf8') }] : [];
  });
}
/** `diff -r`: the same files with the same bytes. */
function assertSameTree(a: string, b: string): void {
  const r = spawnSync('diff', ['-r', a, b], { encoding: 'utf8' });
  assert.equal(r.status, 0, `diff -r ${a} ${b}:\n${r.stdout.slice(0, 2000)}`);
}
function tempRoot(): string {
  return fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'site-link-')));
}

describe('a site made over an old one (the built CLI)', () => {
  it('links every unchanged page from the old site on worker threads (230 incidents), writes a changed one anew, and gives the same bytes as a build into a new directory', () => {
    const repo = makeRepo();
    try {
      for (let i = 0; i < 230; i++) {
        const text = incidentText(i, { n: 230, seed: 7 });
        repo.write(`incidents/${/^id: (\S+)$/m.exec(text)![1]}.md`, text);
      }
      const site = path.join(repo.dir, 'site');
      assert.equal(repo.run(['site', '--out', 'site', '--no-cache', '--threads', '2'], { env }).code, 0); // (by default, fewer than 3,000 files: on this thread)
      const before = new Map(snapshot(site).map((f) => [f.rel, f]));
      assert.equal([...before.keys()].filter((rel) => rel.startsWith('incidents/')).length, 230);
      const changed = fs.readdirSync(path.join(repo.dir, 'incidents')).sort()[17]!;
      const changedPage = `incidents/${changed.replace(/\.md$/, '.html')}`;
      const file = path.join(repo.dir, 'incidents', changed);
      fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/^title: .*$/m, 'title: Renamed for the test'));

      const r = repo.run(['site', '--out', 'site', '--no-cache', '--threads', '2'], { env });
      assert.equal(r.code, 0, r.stderr);
      assert.equal(r.stderr, 'wrote site/ (230 incidents)\n');
      const after = snapshot(site);
      assert.deepEqual(after.map((f) => f.rel), [...before.keys()], 'the same files');
      assert.notEqual(after.find((f) => f.rel === changedPage)!.text, before.get(changedPage)!.text);
      assert.match(after.find((f) => f.rel === changedPage)!.text, /Renamed for the test/);
      const linked: string[] = [];
      for (const f of after) {
        assert.equal(f.nlink, 1, `${f.rel}: the old site's name is gone, the page is intact`);
        const old = before.get(f.rel)!;
        if (f.text === old.text) {
          assert.equal(f.ino, old.ino, `${f.rel} (the same bytes) is the old site's file`);
          linked.push(f.rel);
        } else assert.notEqual(f.ino, old.ino, `${f.rel} is a new file`);
      }
      assert.equal(linked.filter((rel) => rel.startsWith('incidents/')).length, 229, 'every incident page but the changed one');
      assert.ok(linked.includes(SITE_MARKER) && !linked.includes('index.html') && !linked.includes(changedPage));
      assert.deepEqual(fs.readdirSync(repo.dir).filter((f) => f.startsWith('.site')), [], 'nothing left beside the site');

      // The same bytes as a build with no old site: on this thread (the default), and on the builder alone.
      assert.equal(repo.run(['site', '--out', 'fresh', '--no-cache'], { env }).code, 0);
      assertSameTree(site, path.join(repo.dir, 'fresh'));
      assert.equal(repo.run(['site', '--out', 'fresh', '--no-cache', '--threads', '1'], { env }).code, 0);
      assertSameTree(site, path.join(repo.dir, 'fresh'));
    } finally {
      repo.cleanup();
    }
  });

  it('leaves the old site exactly as it was when the build fails halfway (a template that throws on the first drill)', () => {
    const repo = makeRepo();
    try {
      fs.cpSync(FIXTURE, repo.dir, { recursive: true, filter: (src) => !src.endsWith('generate.mjs') });
      assert.equal(repo.run(['site', '--out', 'site'], { env }).code, 0);
      const site = path.join(repo.dir, 'site');
      const before = snapshot(site);
      const template = fs.readFileSync(path.join(ROOT, 'templates', 'postmortem.html.hbs'), 'utf8');
      repo.write('templates/postmortem.html.hbs', template.replace('<main>', '<main>{{#if drill}}{{noSuchHelper title}}{{/if}}'));

      const r = repo.run(['site', '--out', 'site', '--no-cache'], { env });
      assert.notEqual(r.code, 0, 'the build failed');
      assert.match(r.stderr, /noSuchHelper/);
      assert.deepEqual(snapshot(site), before, 'every file of the old site: the same inode, link count, mode, mtime and bytes');
      assert.deepEqual(fs.readdirSync(repo.dir).filter((f) => f.startsWith('.site')), [], 'nothing left beside the site');
    } finally {
      repo.cleanup();
    }
  });
});

describe('openSiteDir over an old site', () => {
  const page = (k: number) => `<p>page ${k} ${'é'.repeat(k % 5)}</p>\n`;

  it('links a file of the same bytes (the old site untouched until the swap), writes one of other bytes, and the old site\'s removal leaves the new one whole', async () => {
    const root = tempRoot();
    try {
      const dir = path.join(root, 'site');
      const first = openSiteDir(dir, 'site', 'test');
      assert.equal(first.previous, undefined);
      for (let k = 0; k < 50; k++) first.write(`pages/${k}.html`, page(k));
      first.write('big.html', ['<table>', Array.from({ length: 3000 }, (_, k) => [`<tr><td>${k}</td>`, '<td>Zoë 東京</td></tr>\n']), '</table>\n']);
      first.write('index.html', 'old index\n');
      await first.finish();
      const old = snapshot(dir);
      const oldIno = new Map(old.map((f) => [f.rel, f.ino]));

      const second = openSiteDir(dir, 'site', 'test');
      assert.equal(second.previous, dir);
      for (let k = 0; k < 50; k++) second.write(`pages/${k}.html`, k === 3 ? page(103) : page(k)); // page 3: other bytes, the same length
      second.write('big.html', ['<table>', Array.from({ length: 3000 }, (_, k) => [`<tr><td>${k}</td>`, '<td>Zoë 東京</td></tr>\n']), '</table>\n']); // other parts, the same bytes
      second.write('index.html', 'new index\n');
      second.write('new.html', 'a page the old site did not have\n');
      const made = (rel: string) => fs.statSync(path.join(second.path, rel));
      assert.equal(made('pages/7.html').ino, oldIno.get('pages/7.html'), 'linked while the old site exists');
      assert.equal(made('big.html').ino, oldIno.get('big.html'), 'a text in parts is linked too');
      assert.notEqual(made('pages/3.html').ino, oldIno.get('pages/3.html'));
      assert.notEqual(made('index.html').ino, oldIno.get('index.html'));
      assert.deepEqual(snapshot(dir).map(({ nlink, ...f }) => f), old.map(({ nlink, ...f }) => f), 'the old site unchanged before the swap');
      assert.equal(fs.readFileSync(path.join(dir, 'pages', '3.html'), 'utf8'), page(3));

      await second.finish();
      assert.deepEqual(fs.readdirSync(root), ['site']);
      const now = snapshot(dir);
      for (const f of now) assert.equal(f.nlink, 1, f.rel);
      assert.equal(now.find((f) => f.rel === 'pages/7.html')!.ino, oldIno.get('pages/7.html'));
      assert.equal(now.find((f) => f.rel === 'pages/7.html')!.text, page(7));
      assert.equal(now.find((f) => f.rel === 'pages/3.html')!.text, page(103));
      assert.equal(now.find((f) => f.rel === 'index.html')!.text, 'new index\n');
      assert.equal(now.find((f) => f.rel === 'big.html')!.text, old.find((f) => f.rel === 'big.html')!.text);
      assert.equal(now.length, old.length + 1);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });

  it('writes, never links, a file that differs only after a prefix, is shorter or longer, or has another mode; and an abandoned site leaves the old one as it was', async () => {
    const root = tempRoot();
    try {
      const dir = path.join(root, 'site');
      const first = openSiteDir(dir, 'site', 'test');
      first.write('a.html', 'abcdef');
      first.write('b.html', 'abcdef');
      first.write('c.html', ['abc', 'def']);
      first.write('d.html', 'same bytes');
      first.write('e.html', 'same bytes');
      await first.finish();
      fs.chmodSync(path.join(dir, 'd.html'), 0o600);
      const old = snapshot(dir);
      const second = openSiteDir(dir, 'site', 'test');
      second.write('a.html', 'abcdefg');
      second.write('b.html', 'abcde');
      second.write('c.html', ['abc', 'deF']);
      second.write('d.html', 'same bytes');
      second.write('e.html', 'same bytes');
      const ino = (rel: string) => fs.statSync(path.join(second.path, rel)).ino;
      const oldIno = (rel: string) => old.find((f) => f.rel === rel)!.ino;
      for (const rel of ['a.html', 'b.html', 'c.html', 'd.html']) assert.notEqual(ino(rel), oldIno(rel), rel);
      assert.equal(ino('e.html'), oldIno('e.html'));
      assert.equal(fs.readFileSync(path.join(second.path, 'c.html'), 'utf8'), 'abcdeF');
      assert.equal(fs.statSync(path.join(second.path, 'd.html')).mode & 0o777, fs.statSync(path.join(second.path, 'a.html')).mode & 0o777, 'a new file\'s mode');
      second.abandon();
      assert.deepEqual(snapshot(dir), old, 'the same inodes, link counts, modes, mtimes and bytes');
      assert.deepEqual(fs.readdirSync(root), ['site']);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });

  it('writes the bytes a site with no old one gets, for any text (multi-byte characters, a lone surrogate, an empty page, a large one)', async () => {
    const root = tempRoot();
    try {
      const texts = ['', 'é東京😀', 'a\uD800b\uDFFFc', 'x'.repeat(3 << 20), `${'Zoë '.repeat(20_000)}\uD83D`];
      const build = async (name: string, old: boolean) => {
        const site = openSiteDir(path.join(root, name), name, 'test');
        texts.forEach((t, k) => site.write(`${k}.html`, old ? `${t}.` : t)); // other bytes: every file written
        await site.finish();
      };
      await build('fresh', false);
      await build('over', true);
      await build('over', false);
      assertSameTree(path.join(root, 'fresh'), path.join(root, 'over'));
      for (const [k, t] of texts.entries()) assert.deepEqual(fs.readFileSync(path.join(root, 'over', `${k}.html`)), Buffer.from(t, 'utf8'));
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });

  it('writes every file when the old site is on another file system (a link fails)', () => {
    const root = tempRoot();
    const shm = fs.mkdtempSync(path.join('/dev/shm', 'site-link-'));
    try {
      assert.notEqual(fs.statSync(root).dev, fs.statSync(shm).dev, 'two file systems');
      for (let k = 0; k < 5; k++) fs.writeFileSync(path.join(shm, `${k}.html`), page(k));
      const target = { dir: path.join(root, 'new'), previous: shm };
      fs.mkdirSync(target.dir);
      for (let k = 0; k < 5; k++) writeSiteFile(target, `${k}.html`, page(k));
      for (let k = 0; k < 5; k++) {
        const st = fs.statSync(path.join(target.dir, `${k}.html`));
        assert.equal(st.nlink, 1);
        assert.equal(fs.readFileSync(path.join(target.dir, `${k}.html`), 'utf8'), page(k));
      }
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
      fs.rmSync(shm, { recursive: true, force: true });
    }
  });
});
