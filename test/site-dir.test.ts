// src/io/site-dir.ts: a site made beside its directory, then swapped in by renames; the old site's
// files are removed after the swap, asynchronously (many at a time).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { openSiteDir, scanOldSite, SITE_MARKER } from '../src/io/site-dir.ts';

describe('openSiteDir', () => {
  it('puts the new site in place when finish() returns, and has removed the old one when its promise resolves', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'site-dir-'));
    try {
      const dir = path.join(root, 'site');
      const first = openSiteDir(dir, 'site', 'test');
      for (let i = 0; i < 300; i++) first.write(`pages/${i}.html`, `old ${i}`);
      await first.finish();
      assert.equal(fs.readFileSync(path.join(dir, 'pages', '7.html'), 'utf8'), 'old 7');

      const second = openSiteDir(dir, 'site', 'test');
      second.write('index.html', 'new');
      const removed = second.finish();
      // Swapped before anything is awaited: readers see the old site or the new one.
      assert.deepEqual(fs.readdirSync(dir).sort(), [SITE_MARKER, 'index.html']);
      assert.ok(removed instanceof Promise);
      await removed;
      assert.deepEqual(fs.readdirSync(root), ['site'], 'neither the old site nor the new one left beside it');
      assert.equal(fs.readFileSync(path.join(dir, 'index.html'), 'utf8'), 'new');
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });

  it('removes the old site from a scan made before the swap: its files linked into the new site, the others, and those the scan missed', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'site-dir-'));
    try {
      const dir = path.join(root, 'site');
      const first = openSiteDir(dir, 'site', 'test');
      for (let i = 0; i < 50; i++) first.write(`pages/${i}.html`, `page ${i}`);
      first.write('index.html', 'old index');
      await first.finish();

      const second = openSiteDir(dir, 'site', 'test');
      for (let i = 0; i < 40; i++) second.write(`pages/${i}.html`, `page ${i}`); // the same bytes: linked from the old site
      second.write('index.html', 'new index');
      assert.equal(fs.statSync(path.join(dir, 'pages', '3.html')).nlink, 2, 'linked, not written');
      const scanned = scanOldSite(dir);
      assert.deepEqual(scanned.named.sort(), Array.from({ length: 40 }, (_, i) => path.join('pages', `${i}.html`)).sort());
      assert.deepEqual(scanned.freeing.sort(), [SITE_MARKER, 'index.html', ...Array.from({ length: 10 }, (_, i) => path.join('pages', `${40 + i}.html`))].sort());
      // After the scan: one more file in the old site, one classed wrongly, one gone.
      fs.writeFileSync(path.join(dir, 'late.html'), 'late');
      scanned.named.push('index.html');
      scanned.named.splice(scanned.named.indexOf(path.join('pages', '7.html')), 1);
      fs.rmSync(path.join(dir, 'pages', '45.html'));
      await second.finish(scanned);
      assert.deepEqual(fs.readdirSync(root), ['site'], 'the old site removed whole');
      assert.equal(fs.readFileSync(path.join(dir, 'index.html'), 'utf8'), 'new index');
      assert.equal(fs.readFileSync(path.join(dir, 'pages', '7.html'), 'utf8'), 'page 7');
      assert.equal(fs.statSync(path.join(dir, 'pages', '7.html')).nlink, 1);
      assert.equal(fs.existsSync(path.join(dir, 'pages', '45.html')), false);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });

  it('writes a text given in parts (nested, any length, any characters) as the parts one after the other', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'site-dir-'));
    try {
      const row = (k: number) => `<tr><td>${k}</td><td>Zoë, Łukasz, 東京 ${'é'.repeat(k % 7)}</td></tr>`;
      const rows = Array.from({ length: 5000 }, (_, k) => row(k));
      const parts = ['<table>\n', [rows.flatMap((r, k) => (k ? ['\n', r] : [r]))], '\n</table>\n', [], ''];
      const site = openSiteDir(path.join(root, 'site'), 'site', 'test');
      site.write('big.html', parts);
      site.write('small.html', ['a', ['b', ['c']]]);
      await site.finish();
      assert.equal(fs.readFileSync(path.join(root, 'site', 'big.html'), 'utf8'), `<table>\n${rows.join('\n')}\n</table>\n`);
      assert.equal(fs.readFileSync(path.join(root, 'site', 'small.html'), 'utf8'), 'abc');
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });

  it('leaves the old site in place when the new one is abandoned', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'site-dir-'));
    try {
      const dir = path.join(root, 'site');
      fs.mkdirSync(dir);
      fs.writeFileSync(path.join(dir, SITE_MARKER), '');
      fs.writeFileSync(path.join(dir, 'index.html'), 'old');
      const site = openSiteDir(dir, 'site', 'test');
      site.write('index.html', 'new');
      site.abandon();
      assert.deepEqual(fs.readdirSync(root), ['site']);
      assert.equal(fs.readFileSync(path.join(dir, 'index.html'), 'utf8'), 'old');
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});
