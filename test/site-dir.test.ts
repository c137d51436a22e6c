// src/io/site-dir.ts: a site made beside its directory, then swapped in by renames; the old site's
// files are removed after the swap, asynchronously (many at a time).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { openSiteDir, SITE_MARKER } from '../src/io/site-dir.ts';

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
