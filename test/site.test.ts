// `incident site` on the insights fixture corpus (40 incidents over 2026, 4 drills; see
// test/insights.test.ts for its rules): the chart data worked out by hand, golden HTML and SVG, and
// the pages in Debian's chromium: no console error, no axe-core violation (light and dark), the
// charts drawn at their size, links between pages that work, readable at 375 px. Screenshots of the
// index and the insights page go to test-artifacts/. After an intended change:
//   UPDATE_GOLDEN=1 node --import tsx --import ./test/helpers/text-loader.mjs --test test/site.test.ts
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { incidentText } from '../scripts/corpus.mjs';
import { escapeHtml } from '../src/core/render/escape.ts';
import { stackedBars } from '../src/core/site/charts.ts';
import { launchBrowser, requireBrowser } from './helpers/browser.ts';
import { makeRepo, ROOT, type TestRepo } from './helpers/repo.ts';

const FIXTURE = path.join(ROOT, 'test', 'fixtures', 'insights');
const GOLDEN = path.join(ROOT, 'test', 'golden', 'site');
const ARTIFACTS = path.join(ROOT, 'test-artifacts');
const env = { CASEFILE_NOW: '2026-12-20T12:00:00Z' };

function golden(name: string, actual: string): void {
  const file = path.join(GOLDEN, name);
  if (process.env.UPDATE_GOLDEN) {
    fs.mkdirSync(GOLDEN, { recursive: true });
    fs.writeFileSync(file, actual);
  }
  assert.equal(actual, fs.readFileSync(file, 'utf8'), `${name} differs from its golden file`);
}

describe('incident site', () => {
  let repo: TestRepo;
  let out: string;
  const read = (rel: string) => fs.readFileSync(path.join(out, rel), 'utf8');

  before(() => {
    repo = makeRepo();
    fs.cpSync(FIXTURE, repo.dir, { recursive: true, filter: (src) => !src.endsWith('generate.mjs') });
    const r = repo.run(['site', '--out', 'internal-site'], { env });
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, '', 'a confirmation goes to stderr');
    assert.equal(r.stderr, 'wrote internal-site/ (44 incidents)\n');
    out = path.join(repo.dir, 'internal-site');
  });
  after(() => repo?.cleanup());

  it('writes the same site on one thread as on several (a builder thread and a worker per core from 200 files), cold or warm', () => {
    const big = makeRepo();
    try {
      for (let i = 0; i < 230; i++) {
        const text = incidentText(i, { n: 230, seed: 5 });
        big.write(`incidents/${/^id: (\S+)$/m.exec(text)![1]}.md`, text);
      }
      const tree = (rel: string) => {
        const root = path.join(big.dir, rel);
        return fs.readdirSync(root, { recursive: true, encoding: 'utf8' }).sort().map((f) => [f, fs.statSync(path.join(root, f)).isFile() ? fs.readFileSync(path.join(root, f), 'utf8') : '']);
      };
      assert.equal(big.run(['site', '--out', 'one', '--threads', '1', '--no-cache'], { env }).code, 0);
      const two = big.run(['site', '--out', 'two', '--threads', '2', '--no-cache'], { env });
      assert.equal(two.code, 0, two.stderr);
      assert.equal(two.stderr, 'wrote two/ (230 incidents)\n');
      const [a, b] = [tree('one'), tree('two')];
      assert.equal(a.length, b.length);
      assert.deepEqual(b, a);
      // With the cache: written by the first build, every page from it in the second (on the builder
      // thread), and in a third on this thread (fewer than 3,000 files, no --threads: src/io/threads.ts).
      for (const dir of ['first', 'warm']) assert.equal(big.run(['site', '--out', dir, '--threads', '2'], { env }).code, 0);
      assert.deepEqual(tree('first'), a);
      assert.deepEqual(tree('warm'), a);
      const here = big.run(['site', '--out', 'here'], { env });
      assert.equal(here.code, 0, here.stderr);
      assert.deepEqual(tree('here'), a);
      // An error on the builder thread is the same error here: its message, its exit code.
      big.write('foreign/notes.txt', 'not a site\n');
      const refused = big.run(['site', '--out', 'foreign', '--threads', '2'], { env });
      assert.equal(refused.code, 2);
      assert.equal(refused.stderr, 'incident: Unexpected files in foreign, expected an empty directory or a site written by Casefile (no .casefile-site in it)\n');
      assert.deepEqual(fs.readdirSync(big.dir).filter((f) => f.startsWith('.foreign')), []);
    } finally {
      big.cleanup();
    }
  });

  it('takes unchanged pages from the site cache: the same site; a changed file rendered again', () => {
    const c = makeRepo();
    try {
      fs.cpSync(FIXTURE, c.dir, { recursive: true, filter: (src) => !src.endsWith('generate.mjs') });
      const old = new Date('2026-06-01T00:00:00Z');
      const file = path.join(c.dir, 'incidents', '2026-01-02-incident-01.md');
      for (const f of fs.readdirSync(path.join(c.dir, 'incidents'))) fs.utimesSync(path.join(c.dir, 'incidents', f), old, old);
      const tree = (rel: string) => fs.readdirSync(path.join(c.dir, rel), { recursive: true, encoding: 'utf8' }).sort()
        .filter((f) => fs.statSync(path.join(c.dir, rel, f)).isFile()).map((f) => [f, fs.readFileSync(path.join(c.dir, rel, f), 'utf8')]);
      const page = (rel: string) => fs.readFileSync(path.join(c.dir, rel, 'incidents', '2026-01-02-incident-01.html'), 'utf8');
      assert.equal(c.run(['site', '--out', 'cold', '--no-cache'], { env }).code, 0);
      assert.equal(fs.existsSync(path.join(c.dir, '.git', 'casefile', 'site-cache.txt')), false);
      assert.equal(c.run(['site', '--out', 'first'], { env }).code, 0);
      // The cache holds a new page by a hard link to the site's (no bytes copied, no inode made).
      const cachedPage = path.join(c.dir, '.git', 'casefile', 'site-pages', '2026-01-02-incident-01.html');
      const inode = (f: string) => fs.statSync(f).ino;
      assert.equal(inode(cachedPage), inode(path.join(c.dir, 'first', 'incidents', '2026-01-02-incident-01.html')));
      assert.equal(c.run(['site', '--out', 'warm'], { env }).code, 0);
      assert.deepEqual(tree('warm'), tree('cold'));
      assert.deepEqual(tree('first'), tree('cold'));
      // A change that keeps size and mtime (cp -p, rsync -t) is seen by its ctime: that page is
      // rendered again (and the index with it), the site made before is untouched.
      const text = fs.readFileSync(file, 'utf8');
      fs.writeFileSync(file, text.replace('title: Incident 1\n', 'title: Incident X\n'));
      fs.utimesSync(file, old, old);
      assert.equal(c.run(['site', '--out', 'warm'], { env }).code, 0);
      assert.match(page('warm'), /<h1>Incident X<\/h1>/);
      assert.match(fs.readFileSync(path.join(c.dir, 'warm', 'index.html'), 'utf8'), />Incident X</);
      assert.match(page('first'), /<h1>Incident 1<\/h1>/);
      // The cached page was replaced (a rename), not rewritten: the new one is the warm site's.
      assert.equal(inode(cachedPage), inode(path.join(c.dir, 'warm', 'incidents', '2026-01-02-incident-01.html')));
      assert.match(fs.readFileSync(cachedPage, 'utf8'), /<h1>Incident X<\/h1>/);
      assert.equal(c.run(['site', '--out', 'cold', '--no-cache'], { env }).code, 0);
      assert.deepEqual(tree('warm'), tree('cold'));
    } finally {
      c.cleanup();
    }
  });

  it('keeps and places cached pages by copies where no link can be made (the site on another file system)', () => {
    const c = makeRepo();
    // /dev/shm is another file system than the temp directory on Linux: links between them fail
    // (EXDEV). Where it is the same one (or absent), the same build runs with links.
    const other = fs.existsSync('/dev/shm') ? fs.mkdtempSync('/dev/shm/casefile-site-') : fs.mkdtempSync(path.join(c.dir, 'elsewhere-'));
    try {
      fs.cpSync(FIXTURE, c.dir, { recursive: true, filter: (src) => !src.endsWith('generate.mjs') });
      const elsewhere = fs.statSync(other).dev !== fs.statSync(c.dir).dev;
      const page = (dir: string) => path.join(dir, 'incidents', '2026-01-02-incident-01.html');
      const cachedPage = path.join(c.dir, '.git', 'casefile', 'site-pages', '2026-01-02-incident-01.html');
      assert.equal(c.run(['site', '--out', 'here', '--no-cache'], { env }).code, 0);
      const rendered = fs.readFileSync(page(path.join(c.dir, 'here')), 'utf8');
      const first = c.run(['site', '--out', path.join(other, 'first')], { env });
      assert.equal(first.code, 0, first.stderr);
      assert.equal(fs.readFileSync(page(path.join(other, 'first')), 'utf8'), rendered);
      assert.equal(fs.readFileSync(cachedPage, 'utf8'), rendered, 'kept in the cache');
      // Marked (a new file, as the cache replaces its pages), so that the next site shows it came from the cache.
      fs.writeFileSync(`${cachedPage}.new`, `${rendered}<!-- from the cache -->\n`);
      fs.renameSync(`${cachedPage}.new`, cachedPage);
      const warm = c.run(['site', '--out', path.join(other, 'warm')], { env });
      assert.equal(warm.code, 0, warm.stderr);
      assert.equal(fs.readFileSync(page(path.join(other, 'warm')), 'utf8'), `${rendered}<!-- from the cache -->\n`, 'placed from the cache');
      assert.equal(fs.statSync(cachedPage).ino === fs.statSync(page(path.join(other, 'warm'))).ino, !elsewhere, 'copies across file systems, links within one');
    } finally {
      fs.rmSync(other, { recursive: true, force: true });
      c.cleanup();
    }
  });

  it('asks for --out', () => {
    const r = repo.run(['site'], { env });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /Unexpected missing --out, expected the directory/);
  });

  it('writes every page: index, filters, one page per incident, insights, action items, review queue', () => {
    const incidents = fs.readdirSync(path.join(out, 'incidents'));
    assert.equal(incidents.length, 44);
    assert.deepEqual(fs.readdirSync(path.join(out, 'filter')).filter((f) => f.startsWith('severity-')), ['severity-SEV-1.html', 'severity-SEV-2.html', 'severity-SEV-3.html', 'severity-SEV-4.html']);
    // Drills are listed, marked, and said to be counted apart.
    const index = read('index.html');
    assert.equal(index.match(/<span class="drill">DRILL<\/span>/g)?.length, 4);
    assert.match(index, /44 incidents, newest first \(4 of them drills/);
    // The incident page is its internal render (the post-mortem template), sanitized HTML.
    const page = read('incidents/2026-01-02-incident-01.html');
    assert.match(page, /<h1>Incident 1<\/h1>/);
    assert.doesNotMatch(page, /<script/i);
    assert.match(page, /<h2>Timeline<\/h2>/);
    golden('incident.html', page);
  });

  it('charts the figures worked out by hand, with the same numbers in the tables', () => {
    const html = read('insights.html');
    // Incidents per month (the generator: Jan-Apr 4 each, May-Dec 3 each; drills never), the Total column.
    const perMonth = html.slice(html.indexOf('<caption>Incidents per month by severity</caption>'));
    const totals = [...perMonth.slice(0, perMonth.indexOf('</table>')).matchAll(/<tr><td>2026-\d\d<\/td>(?:<td>\d+<\/td>)*<td>(\d+)<\/td><\/tr>/g)].map((m) => Number(m[1]));
    assert.deepEqual(totals, [4, 4, 4, 4, 3, 3, 3, 3, 3, 3, 3, 3]);
    // Four charts, each an image with its title and description.
    assert.equal(html.match(/<svg [^>]*role="img" aria-labelledby="[\w-]+-title [\w-]+-desc">/g)?.length, 4);
    golden('insights.html', html);
    golden('index.html', read('index.html'));
    golden('actions.html', read('actions.html'));
    golden('reviews.html', read('reviews.html'));
  });

  it('says so where the monthly charts leave months out (the last 24 of more)', () => {
    // The 40-incident corpus spans 12 months: all shown, nothing said.
    assert.doesNotMatch(read('insights.html'), /The last \d+ months/);
    // Five real post-mortems from 2017-01 to 2021-10: 58 months.
    const real = makeRepo();
    try {
      const dir = path.join(ROOT, 'test', 'fixtures', 'backfill');
      for (const name of fs.readdirSync(dir).filter((n) => fs.existsSync(path.join(dir, n, 'incident.md')))) {
        const text = fs.readFileSync(path.join(dir, name, 'incident.md'), 'utf8');
        real.write(`incidents/${/^id: (\S+)$/m.exec(text)![1]}.md`, text);
      }
      const r = real.run(['site', '--out', 'site'], { env });
      assert.equal(r.code, 0, r.stderr);
      const html = fs.readFileSync(path.join(real.dir, 'site', 'insights.html'), 'utf8');
      const said = '<p>The last 24 months, 2019-11 to 2021-10, of 58 since 2017-01: <code>incident insights --by month</code> has the months before.</p>';
      assert.equal(html.split(said).length - 1, 2, 'under both monthly headings');
      const perMonth = html.slice(html.indexOf('<caption>Incidents per month by severity</caption>'));
      assert.equal(perMonth.slice(0, perMonth.indexOf('</table>')).match(/<tr><td>\d{4}-\d\d<\/td>/g)?.length, 24);
    } finally {
      real.cleanup();
    }
  });

  it('holds the figures the charts do not show, the same as `incident insights --json` gives', () => {
    const html = read('insights.html');
    const r = repo.run(['insights', '--json'], { env });
    assert.equal(r.code, 0, r.stderr);
    const j = JSON.parse(r.stdout);
    const row = (...cells: (string | number)[]) => `<tr>${cells.map((c) => `<td>${escapeHtml(String(c))}</td>`).join('')}</tr>`;
    const pct = (share: number | null) => (share === null ? '-' : `${Math.round(share * 100)}%`);
    const expected: [string, string[]][] = [
      ['Incidents per quarter', j.counts.by_quarter.map((g: { group: string; n: number }) => row(g.group, g.n))],
      ['Incidents per service', j.counts.by_service.map((g: { group: string; n: number }) => row(g.group, g.n))],
      ['Action items created and done per month', j.follow_through.per_month.map((g: { group: string; created: number; completed: number }) => row(g.group, g.created, g.completed))],
      ['Timeline entries outside working hours', j.load.outside_hours.by_month.map((g: { group: string; outside: number; entries: number; share: number | null }) => row(g.group, g.outside, g.entries, pct(g.share)))],
      ['Incidents per person and role', j.load.roles.map((g: { month: string; person: string; role: string; n: number }) => row(g.month, g.person, g.role, g.n))],
      ['Repeated services', j.repeats.services.map((g: { group: string; n: number }) => row(g.group, g.n))],
    ];
    for (const [heading, rows] of expected) {
      assert.ok(rows.length > 0, `${heading}: the fixture corpus has some`);
      const at = html.indexOf(`<h2>${heading}</h2>`);
      assert.ok(at > 0, heading);
      const section = html.slice(at, html.indexOf('</section>', at));
      for (const tr of rows) assert.ok(section.includes(tr), `${heading}: ${tr}`);
      assert.equal(section.split('<tr><td>').length - 1, rows.length, `${heading}: no other row`);
    }
    const ft = j.follow_through;
    assert.ok(html.includes(`<p>${ft.items} action items, ${ft.linked_to_issue.linked} linked to an issue (${pct(ft.linked_to_issue.share)}).</p>`));
  });

  it('draws stacked bars to scale (an SVG of its own, golden)', () => {
    const svg = stackedBars({ id: 't', title: 'T', description: 'D', xLabel: 'X', yLabel: 'Y' }, ['a', 'b'], [{ name: 'one', values: [1, 2] }, { name: 'two', values: [3, 0] }]);
    // The y scale is 0..4 (the tallest bar): "a" stacks 1 then 3 up to the top; "b" has one bar, half as tall as "a".
    const rects = [...svg.matchAll(/<rect class="s(\d)" x="[\d.]+" y="([\d.]+)" width="[\d.]+" height="([\d.]+)">/g)].map((m) => [Number(m[1]), Number(m[2]), Number(m[3])]);
    assert.equal(rects.length, 3);
    const [a1, a2, b1] = rects as [number[], number[], number[]];
    assert.equal(Math.round((a1[2]! + a2[2]!) / b1[2]! * 10) / 10, 2);
    assert.equal(Math.round(a2[2]! / a1[2]! * 10) / 10, 3);
    golden('stacked-bars.svg', svg + '\n');
  });

  describe('in chromium', () => {
    let browser: Browser;
    const problems: string[] = [];
    const url = (rel: string) => pathToFileURL(path.join(out, rel)).href;
    const axe = () => fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

    before(async () => {
      requireBrowser();
      browser = await launchBrowser();
    });
    after(async () => browser?.close());

    async function open(rel: string, options: { width?: number; dark?: boolean } = {}): Promise<Page> {
      // bypassCSP: axe is injected; the pages' CSP allows no script.
      const context = await browser.newContext({ viewport: { width: options.width ?? 1000, height: 900 }, colorScheme: options.dark ? 'dark' : 'light', bypassCSP: true });
      const page = await context.newPage();
      page.on('pageerror', (e) => problems.push(`${rel}: ${e.message}`));
      page.on('console', (m) => problems.push(`${rel}: console ${m.type()} ${m.text()}`));
      page.on('requestfailed', (r) => problems.push(`${rel}: failed ${r.url()}`));
      await page.goto(url(rel));
      return page;
    }

    it('loads every kind of page with no console error and no axe-core violation, light and dark', async () => {
      for (const rel of ['index.html', 'insights.html', 'actions.html', 'reviews.html', 'filter/severity-SEV-1.html', 'incidents/2026-01-02-incident-01.html']) {
        for (const dark of [false, true]) {
          const page = await open(rel, { dark });
          await page.addScriptTag({ content: axe() });
          const result = await page.evaluate(() => (globalThis as unknown as { axe: { run(): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } }).axe.run());
          assert.deepEqual(result.violations.map((v) => `${v.id} ${JSON.stringify(v.nodes.map((n) => n.target))}`), [], `${rel}${dark ? ' (dark)' : ''}`);
          await page.context().close();
        }
      }
      assert.deepEqual(problems, []);
    });

    it('draws four charts at their size, in light and dark, and at 375 px without the page scrolling sideways', async () => {
      fs.mkdirSync(ARTIFACTS, { recursive: true });
      const page = await open('insights.html');
      const boxes = await page.locator('svg.chart').evaluateAll((svgs) => svgs.map((s) => {
        const r = s.getBoundingClientRect();
        return [Math.round(r.width), Math.round(r.height), s.querySelectorAll('rect, path, circle').length];
      }));
      assert.equal(boxes.length, 4);
      for (const [w, h, marks] of boxes) {
        assert.deepEqual([w, h], [640, 300]);
        assert.ok(marks! >= 3, 'the chart has its bars, lines or points');
      }
      await page.screenshot({ path: path.join(ARTIFACTS, 'site-insights.png'), fullPage: true });
      await page.context().close();
      for (const dark of [false, true]) {
        const narrow = await open('insights.html', { width: 375, dark });
        type Doc = { document: { documentElement: { scrollWidth: number }; body: unknown }; getComputedStyle(e: unknown): { backgroundColor: string } };
        assert.equal(await narrow.evaluate(() => (globalThis as unknown as Doc).document.documentElement.scrollWidth), 375, 'no sideways scroll of the page');
        const bg = await narrow.evaluate(() => { const g = globalThis as unknown as Doc; return g.getComputedStyle(g.document.body).backgroundColor; });
        assert.equal(bg, dark ? 'rgb(13, 17, 23)' : 'rgb(255, 255, 255)');
        await narrow.screenshot({ path: path.join(ARTIFACTS, `site-insights-375-${dark ? 'dark' : 'light'}.png`), fullPage: true });
        await narrow.context().close();
      }
      const index = await open('index.html');
      await index.screenshot({ path: path.join(ARTIFACTS, 'site-index.png'), fullPage: true });
      await index.context().close();
      assert.deepEqual(problems, []);
    });

    it('links: index -> filter -> incident -> back, and the site navigation from an incident page', async () => {
      const page = await open('index.html');
      await page.getByRole('link', { name: 'SEV-2 (10)' }).click();
      assert.equal(page.url(), url('filter/severity-SEV-2.html'));
      assert.equal(await page.locator('tbody tr').count(), 10);
      await page.locator('tbody a').first().click();
      assert.match(page.url(), /\/incidents\/2026-[\w-]+\.html$/);
      assert.equal(await page.locator('h1').count(), 1);
      await page.getByRole('navigation', { name: 'Site' }).getByRole('link').click(); // back to the catalogue
      assert.equal(page.url(), url('index.html'));
      await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Insights' }).click();
      assert.equal(page.url(), url('insights.html'));
      await page.getByRole('link', { name: 'Review queue' }).click();
      const first = page.locator('tbody a').first();
      const name = await first.textContent();
      await first.click();
      assert.equal(await page.locator('h1').textContent(), name);
      await page.getByRole('navigation', { name: 'Site' }).getByRole('link').click();
      assert.equal(page.url(), url('index.html'));
      await page.context().close();
      assert.deepEqual(problems, []);
    });
  });
});
