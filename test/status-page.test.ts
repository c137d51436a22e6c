// The status page as a customer and their tools see it: an open incident with updates in the
// banner and on its service, the JSON API against Statuspage v2 schemas, the Atom feeds parsed by a
// feed library, and the pages in chromium (light, dark, 375 px wide): screenshots kept in
// test-artifacts/, no horizontal scroll, no serious axe-core violation, every page under 100 KB.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { Ajv } from 'ajv';
import { parseFeed } from '@rowanmanning/feed-parser';
import type { Browser } from 'playwright-core';
import { incidentText, launchBrowser, requireBrowser } from './helpers/browser.ts';
import { makeRepo, ROOT, type TestRepo } from './helpers/repo.ts';
import { STATUSPAGE_SCHEMAS } from './schemas/statuspage-v2.ts';

const NOW = { CASEFILE_NOW: '2026-03-01T10:00:00Z' };
const OPEN = '2026-03-01-checkout';
const ARTIFACTS = path.join(ROOT, 'test-artifacts');
const CONFIG = [
  'site_title: Acme status', 'site_url: https://status.example.com', 'site:', '  links:', '    Home: https://example.com',
  '  colors:', '    accent: "#8250df"', 'status_page:', '  components:', '    - checkout', '    - api', '    - search',
  '  severity_map:', '    SEV-1: major_outage', '',
].join('\n');
const OPEN_TEXT = [
  '---', `id: ${OPEN}`, 'title: Checkout errors for some customers', 'kind: incident', 'severity: SEV-2', 'status: identified', 'timezone: UTC',
  'services: [checkout, api]', 'public: true', 'roles:', '  incident_commander: Alice Example',
  'timeline:', '  - { at: 2026-03-01T08:40:00Z, kind: started, by: bob, text: Errors began }', '---', '', '## Summary', '', 'Internal: db-7 is down.', '',
].join('\n');

describe('the status page', () => {
  let repo: TestRepo;
  let site: string;
  before(() => {
    repo = makeRepo();
    repo.write('.incident.yml', CONFIG);
    repo.write(`incidents/${OPEN}.md`, OPEN_TEXT);
    repo.write('incidents/2026-02-20-search.md', incidentText({ id: '2026-02-20-search', title: 'Slow search', severity: 'SEV-3', started: '2026-02-20T10:00:00Z', recovered: '2026-02-20T12:15:00Z' }).replace('services: [checkout]', 'services: [search]'));
    repo.write('incidents/2026-02-25-draft.md', incidentText({ id: '2026-02-25-draft', title: 'Private draft', postmortem: 'draft', started: '2026-02-25T10:00:00Z', recovered: '2026-02-25T10:30:00Z' }).replace('status: closed', 'status: resolved'));
    for (const [text, status, at] of [['We are investigating failed checkouts.', 'investigating', '08:50'], ['The cause is a bad deploy; rolling back. See [our blog](https://example.com/blog).', 'identified', '09:20']]) {
      const r = repo.run(['status-update', OPEN, '--post', text!, '--status', status!, '--at', at!, '--by', 'Dana'], { env: NOW });
      assert.equal(r.code, 0, r.stderr);
    }
    const r = repo.run(['publish'], { env: NOW });
    assert.equal(r.code, 0, r.stderr);
    site = path.join(repo.dir, 'site');
  });
  after(() => repo?.cleanup());

  it('shows the open incident in the banner, its services with its state, and updates newest first', () => {
    const index = repo.read('site/index.html');
    assert.match(index, /<p class="banner major" role="status">Partial System Outage<\/p>/);
    assert.match(index, /<span>checkout<\/span><span class="state partial_outage">Partial outage<\/span>/);
    assert.match(index, /<span>search<\/span><span class="state operational">Operational<\/span>/);
    assert.match(index, /<li class="degraded_performance" title="2026-02-20: Slow search \(Degraded performance, 2h15m\)"/);
    assert.match(index, /title="2026-03-01: Checkout errors for some customers \(Partial outage, 1h20m\)"/);
    const page = repo.read(`site/incidents/${OPEN}.html`);
    assert.ok(page.indexOf('Identified') < page.indexOf('Investigating'), 'newest first');
    assert.ok(!/Dana|Alice|db-7/.test(page + index), 'no names, no internals');
    assert.ok(!page.includes('Private draft') && !index.includes('Private draft'), 'a resolved incident without updates or post-mortem stays out');
    assert.ok(!/<script/i.test(index + page));
  });

  it('writes Statuspage API v2 JSON that validates against its schemas', () => {
    const ajv = new Ajv({ allErrors: true });
    for (const [name, schema] of Object.entries(STATUSPAGE_SCHEMAS)) {
      const data = JSON.parse(repo.read(`site/api/v2/${name}`));
      const valid = ajv.validate(schema, data);
      assert.ok(valid, `${name}: ${ajv.errorsText(ajv.errors)}`);
    }
    const summary = JSON.parse(repo.read('site/api/v2/summary.json'));
    assert.deepEqual(summary.status, { indicator: 'major', description: 'Partial System Outage' });
    assert.deepEqual(summary.components.map((c: { name: string; status: string }) => [c.name, c.status]), [['checkout', 'partial_outage'], ['api', 'partial_outage'], ['search', 'operational']]);
    assert.deepEqual(summary.incidents[0].incident_updates.map((u: { status: string }) => u.status), ['identified', 'investigating']);
    assert.equal(summary.incidents[0].shortlink, `https://status.example.com/incidents/${OPEN}.html`);
    assert.ok(!JSON.stringify(summary).includes('Dana'));
    // The schemas are not empty promises: a wrong enum fails.
    assert.equal(ajv.validate(STATUSPAGE_SCHEMAS['status.json']!, { ...summary, status: { indicator: 'red', description: 'x' } }), false);
  });

  it('writes Atom feeds that parse, with absolute links and an entry per update', () => {
    const feed = parseFeed(repo.read('site/feed.xml'));
    assert.equal(feed.title, 'Acme status');
    const ids = feed.items.map((i) => i.id);
    assert.ok(ids.includes(`urn:casefile:incident:${OPEN}:update:2026-03-01T09:20:00Z`), ids.join());
    assert.ok(ids.includes(`urn:casefile:incident:${OPEN}:update:2026-03-01T08:50:00Z`));
    for (const i of feed.items) assert.match(i.url ?? '', /^https:\/\/status\.example\.com\/incidents\//);
    const search = parseFeed(repo.read('site/feeds/search.xml'));
    assert.deepEqual(search.items.map((i) => i.title), ['Slow search']);
    assert.match(repo.read('site/badges/checkout.svg'), /<svg [^>]*aria-label="checkout: partial outage"/);
  });

  it('holds back an incident whose hand-written update leaks: at its line, in no page, feed, badge or JSON', () => {
    const leaky = makeRepo();
    try {
      leaky.write(`incidents/${OPEN}.md`, OPEN_TEXT.replace('---\n\n## Summary', 'updates:\n  - at: 2026-03-01T09:00:00Z\n    status: investigating\n    text: Restarted db-7.internal.acme\n---\n\n## Summary'));
      leaky.write('incidents/2026-02-20-search.md', incidentText({ id: '2026-02-20-search', title: 'Slow search', started: '2026-02-20T10:00:00Z', recovered: '2026-02-20T12:15:00Z' }));
      const r = leaky.run(['publish'], { env: NOW });
      assert.equal(r.code, 1, r.stderr);
      assert.match(r.stderr, new RegExp(`^incidents/${OPEN}\\.md:17:21: Unexpected internal hostname "db-7\\.internal\\.acme"`, 'm'));
      const dir = path.join(leaky.dir, 'site');
      const all = fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => fs.statSync(path.join(dir, f)).isFile());
      assert.ok(all.includes('api/v2/summary.json') && all.includes('incidents/2026-02-20-search.html'), all.join());
      for (const f of all) assert.ok(!/db-7|Checkout errors/.test(fs.readFileSync(path.join(dir, f), 'utf8')), f);
    } finally {
      leaky.cleanup();
    }
  });

  it('validate finds a leak in a hand-written update at its line (public-leak), before anything is published', () => {
    const leaky = makeRepo();
    try {
      leaky.write(`incidents/${OPEN}.md`, OPEN_TEXT.replace('---\n\n## Summary', 'updates:\n  - at: 2026-03-01T09:00:00Z\n    status: investigating\n    text: Restarted db-7.internal.acme\n  - at: 2026-03-01T09:30:00Z\n    status: identified\n    text: Fixed.\n---\n\n## Summary'));
      const r = leaky.run(['validate', `incidents/${OPEN}.md`], { env: NOW });
      assert.equal(r.code, 1, r.stderr);
      assert.match(r.stdout, new RegExp(`^incidents/${OPEN}\\.md:17:21 +error +Unexpected internal hostname "db-7\\.internal\\.acme" in public output \\(publish incidents/${OPEN}\\.html line \\d+\\).* public-leak$`, 'm'));
      assert.equal(r.stdout.match(/public-leak/g)?.length, 1, r.stdout);
      // The same update said without the host: nothing to report.
      leaky.write(`incidents/${OPEN}.md`, leaky.read(`incidents/${OPEN}.md`).replace('Restarted db-7.internal.acme', 'Restarted the database'));
      assert.doesNotMatch(leaky.run(['validate', `incidents/${OPEN}.md`], { env: NOW }).stdout, /public-leak/);
    } finally {
      leaky.cleanup();
    }
  });

  it('pages the history (100 a page, newest first), so every page stays under 100 KB', () => {
    const many = makeRepo();
    try {
      for (let n = 0; n < 205; n++) {
        const day = new Date(Date.UTC(2025, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
        const id = `${day}-outage-${n}`;
        many.write(`incidents/${id}.md`, incidentText({ id, title: `Outage ${n}`, started: `${day}T10:00:00Z`, recovered: `${day}T10:30:00Z` }));
      }
      const r = many.run(['publish'], { env: NOW });
      assert.equal(r.code, 0, r.stderr);
      const rows = (f: string) => [...many.read(`site/${f}`).matchAll(/<tr><td>.*?>Outage (\d+)<\/a>/g)].map((m) => Number(m[1]));
      assert.deepEqual(rows('index.html'), Array.from({ length: 100 }, (_, i) => 204 - i));
      assert.deepEqual(rows('history-2.html'), Array.from({ length: 100 }, (_, i) => 104 - i));
      assert.deepEqual(rows('history-3.html'), [4, 3, 2, 1, 0]);
      assert.match(many.read('site/index.html'), /Page 1 of 3 · <a href="history-2.html" rel="next">Older incidents<\/a>/);
      assert.match(many.read('site/history-3.html'), /Page 3 of 3 · <a href="history-2.html" rel="prev">Newer incidents<\/a><\/p>/);
      for (const f of ['index.html', 'history-2.html', 'history-3.html']) assert.ok(Buffer.byteLength(many.read(`site/${f}`)) < 100_000, f);
    } finally {
      many.cleanup();
    }
  });

  it('looks right in chromium: light, dark, 375 px; no horizontal scroll, no serious axe violation, pages under 100 KB', async () => {
    requireBrowser();
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    const pages = fs.readdirSync(site, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
    for (const f of pages) assert.ok(fs.statSync(path.join(site, f)).size < 100_000, `${f} under 100 KB`);
    const axe = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    let browser: Browser | undefined;
    try {
      browser = await launchBrowser();
      for (const [name, file] of [['index', 'index.html'], ['incident', `incidents/${OPEN}.html`]] as const) {
        for (const [variant, options] of [
          ['light', { viewport: { width: 1024, height: 900 }, colorScheme: 'light' }],
          ['dark', { viewport: { width: 1024, height: 900 }, colorScheme: 'dark' }],
          ['narrow', { viewport: { width: 375, height: 800 }, colorScheme: 'light' }],
          ['narrow-dark', { viewport: { width: 375, height: 800 }, colorScheme: 'dark' }],
        ] as const) {
          const context = await browser.newContext({ ...options, bypassCSP: true }); // axe is injected; the pages' CSP allows no script
          const page = await context.newPage();
          await page.goto(pathToFileURL(path.join(site, file)).href);
          await page.screenshot({ path: path.join(ARTIFACTS, `status-${name}-${variant}.png`), fullPage: true });
          const overflow = await page.evaluate(() => {
            const root = (globalThis as unknown as { document: { documentElement: { scrollWidth: number; clientWidth: number } } }).document.documentElement;
            return root.scrollWidth - root.clientWidth;
          });
          assert.equal(overflow, 0, `${file} ${variant}: no horizontal scroll`);
          await page.addScriptTag({ content: axe });
          const result = await page.evaluate(() => (globalThis as unknown as { axe: { run(): Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> } }).axe.run());
          const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${JSON.stringify(v.nodes.slice(0, 2).map((n) => (n as { target: unknown; failureSummary: string }).target))}`);
          assert.deepEqual(bad, [], `${file} ${variant}`);
          await context.close();
        }
      }
    } finally {
      await browser?.close();
    }
  });
});
