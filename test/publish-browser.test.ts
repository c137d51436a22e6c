// The public site in a real browser, from file://: the index links to every page and back, and
// a title or summary holding <script>, javascript: links or HTML is shown as text and never runs.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { HOSTILE, incidentText, launchBrowser, requireBrowser } from './helpers/browser.ts';
import { makeRepo, ROOT, type TestRepo } from './helpers/repo.ts';

const EXAMPLE_ID = '2017-01-06-db2kafka-outage-from-oom-kills';
describe('the public site in chromium', () => {
  let repo: TestRepo;
  let browser: Browser;
  let page: Page;
  const ran: string[] = [];
  let index: string;

  before(async () => {
    requireBrowser();
    repo = makeRepo();
    repo.write(`incidents/${EXAMPLE_ID}.md`, fs.readFileSync(path.join(ROOT, 'incidents', `${EXAMPLE_ID}.md`), 'utf8'));
    repo.write(`incidents/${HOSTILE.id}.md`, incidentText(HOSTILE));
    repo.write('incidents/2026-01-05-plain.md', incidentText({ id: '2026-01-05-plain', title: 'Checkout errors', started: '2026-01-05T10:00:00Z', recovered: '2026-01-05T10:45:00Z' }));
    const r = repo.run(['publish']);
    assert.equal(r.code, 0, r.stderr);
    index = pathToFileURL(path.join(repo.dir, 'site', 'index.html')).href;
    browser = await launchBrowser();
    page = await browser.newPage();
    // Anything that runs is a failure: dialogs, errors, console output from a script.
    page.on('dialog', (d) => { ran.push(`dialog ${d.message()}`); void d.dismiss(); });
    page.on('pageerror', (e) => ran.push(`error ${e.message}`));
    page.on('console', (m) => ran.push(`console ${m.text()}`));
  });
  after(async () => {
    await browser?.close();
    repo?.cleanup();
  });

  /** Nothing ran on the page, and it holds no script, no javascript: link, no element from incident text. */
  async function assertInert(): Promise<void> {
    assert.equal(await page.evaluate(() => (globalThis as { __pwned?: unknown }).__pwned), undefined);
    assert.equal(await page.locator('script, iframe, img, object, embed').count(), 0);
    assert.equal(await page.locator('[href^="javascript:" i], [src^="javascript:" i]').count(), 0);
    assert.equal(await page.locator('[onerror], [onclick], [onload]').count(), 0);
    assert.deepEqual(ran, []);
  }

  it('shows the index with every incident, newest first', async () => {
    await page.goto(index);
    assert.equal(await page.title(), 'Incident history');
    const rows = await page.locator('table.incidents tbody tr').allInnerTexts();
    assert.equal(rows.length, 3);
    assert.match(rows[0]!, /^2026-02-10\t<script>window.__pwned = "title"<\/script> Checkout & "quotes" <b>bold<\/b>\tSEV-2\t30m$/);
    assert.match(rows[1]!, /^2026-01-05\tCheckout errors\tSEV-2\t45m$/);
    assert.match(rows[2]!, /^2017-01-06\tdb2kafka outage from OOM kills\tSEV-2\t1h14m$/);
    await assertInert();
  });

  it('follows each link from the index to its page and back', async () => {
    await page.goto(index);
    const titles = await page.locator('table.incidents a').allTextContents();
    for (const [i, title] of titles.entries()) {
      await page.locator('table.incidents a').nth(i).click();
      await page.waitForLoadState('load');
      assert.match(page.url(), /^file:\/\/.*\/site\/incidents\/[^/]+\.html$/);
      assert.equal(await page.locator('h1').textContent(), title);
      await assertInert();
      await page.goBack();
      assert.equal(page.url(), index);
      // And by the page's own link back, a relative one.
      await page.locator('table.incidents a').nth(i).click();
      await page.locator('nav a').click();
      assert.equal(page.url(), index);
    }
  });

  it('shows hostile text as text', async () => {
    await page.goto(index);
    await page.getByRole('link', { name: /window.__pwned/ }).click();
    assert.equal(await page.title(), '<script>window.__pwned = "title"</script> Checkout & "quotes" <b>bold</b> · Incident history');
    const text = await page.locator('article').innerText();
    // A script link keeps its text, without the link (rehype-sanitize's pipeline); raw HTML is shown as text.
    assert.ok(text.includes('Read the details or'), text);
    assert.equal(await page.getByRole('link', { name: 'the details' }).count(), 0);
    for (const shown of [
      '<a href="javascript:window.__pwned=1">this</a>', '<b>raw</b>',
      `<img src=x onerror="window.__pwned='img'">`, '<script>window.__pwned="script"</script>', '<iframe src="javascript:alert(1)"></iframe>',
    ]) assert.ok(text.includes(shown), `"${shown}" not shown as text in:\n${text}`);
    // The one safe link stays a link.
    assert.equal(await page.getByRole('link', { name: 'ok' }).getAttribute('href'), 'https://status.example.com');
    // Clicking where the script link was does nothing either.
    await page.getByText('Read the details', { exact: false }).click();
    await assertInert();
  });

  it('serves a well-formed Atom feed', async () => {
    const xml = fs.readFileSync(path.join(repo.dir, 'site', 'feed.xml'), 'utf8');
    await page.goto(index);
    // Runs in the page, which has the DOM that this project's TypeScript libs do not describe.
    type Doc = { getElementsByTagName(n: string): ArrayLike<{ textContent: string | null; getElementsByTagName(n: string): ArrayLike<{ textContent: string | null }> }> };
    const parsed = await page.evaluate((source) => {
      const { DOMParser } = globalThis as unknown as { DOMParser: new () => { parseFromString(s: string, type: string): Doc } };
      const doc = new DOMParser().parseFromString(source, 'application/xml');
      return {
        error: doc.getElementsByTagName('parsererror').length,
        entries: Array.from(doc.getElementsByTagName('entry')).map((e) => e.getElementsByTagName('title')[0]!.textContent),
      };
    }, xml);
    assert.equal(parsed.error, 0);
    assert.deepEqual(parsed.entries, ['<script>window.__pwned = "title"</script> Checkout & "quotes" <b>bold</b>', 'Checkout errors', 'db2kafka outage from OOM kills']);
  });
});
