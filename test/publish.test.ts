// `incident publish` end to end: which incidents make the site, its pages and links, the feed,
// replacing an old site, and the leak check that stops everything before a file is written.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { HOSTILE, incidentText } from './helpers/browser.ts';
import { makeRepo, ROOT, type RunResult, type TestRepo } from './helpers/repo.ts';

const EXAMPLE_ID = '2017-01-06-db2kafka-outage-from-oom-kills';

function ok(r: RunResult): RunResult {
  assert.equal(r.code, 0, `expected exit 0, got ${r.code}\nstdout: ${r.stdout}\nstderr: ${r.stderr}`);
  return r;
}
const files = (dir: string) => fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();

function seed(repo: TestRepo): void {
  repo.write(`incidents/${EXAMPLE_ID}.md`, fs.readFileSync(path.join(ROOT, 'incidents', `${EXAMPLE_ID}.md`), 'utf8'));
  const add = (f: Parameters<typeof incidentText>[0]) => repo.write(`incidents/${f.id}.md`, incidentText(f));
  add({ id: '2026-01-05-newest', started: '2026-01-05T10:00:00Z', recovered: '2026-01-05T12:30:00Z', severity: 'SEV-1' });
  add(HOSTILE);
  add({ id: '2026-01-20-drill', kind: 'drill', started: '2026-01-20T10:00:00Z' });
  add({ id: '2026-01-21-private', public: false, started: '2026-01-21T10:00:00Z' });
  add({ id: '2026-01-22-draft', postmortem: 'in-review', started: '2026-01-22T10:00:00Z' });
}

describe('incident publish', () => {
  let repo: TestRepo;
  let site: string;
  before(() => {
    repo = makeRepo();
    seed(repo);
    site = path.join(repo.dir, 'site');
  });
  after(() => repo.cleanup());

  it('builds pages for public incidents with a published post-mortem only, never drills', () => {
    const r = ok(repo.run(['publish']));
    assert.equal(r.stdout, '');
    assert.equal(r.stderr, 'wrote site/ (3 incidents)\n'); // a confirmation: stderr
    const services = ['android-app', 'checkout', 'db2kafka', 'log-entries-service', 'notifications', 'web-app'];
    assert.deepEqual(files(site), [
      '.casefile-site', 'api', 'api/v2', 'api/v2/components.json', 'api/v2/incidents', 'api/v2/incidents.json', 'api/v2/incidents/unresolved.json',
      'api/v2/status.json', 'api/v2/summary.json', 'badges', ...services.map((s) => `badges/${s}.svg`),
      'feed.xml', 'feeds', ...services.map((s) => `feeds/${s}.xml`), 'incidents', `incidents/${EXAMPLE_ID}.html`, 'incidents/2026-01-05-newest.html',
      'incidents/2026-02-10-hostile.html', 'index.html',
    ]);
  });

  it('lists them newest first with severity and duration, all links relative', () => {
    const index = repo.read('site/index.html');
    const rows = [...index.matchAll(/<tr><td>.*?<\/tr>/g)].map((m) => m[0]);
    assert.equal(rows.length, 3);
    assert.match(rows[0]!, /<time datetime="2026-02-10T09:00:00Z">2026-02-10<\/time>.*href="incidents\/2026-02-10-hostile\.html".*<td>SEV-2<\/td><td>30m<\/td>/);
    assert.match(rows[1]!, /href="incidents\/2026-01-05-newest\.html">2026-01-05-newest<\/a><\/td><td>SEV-1<\/td><td>2h30m<\/td>/);
    assert.match(rows[2]!, /href="incidents\/2017-01-06-db2kafka-outage-from-oom-kills\.html">db2kafka outage from OOM kills<\/a><\/td><td>SEV-2<\/td><td>1h14m<\/td>/);
    for (const file of ['index.html', `incidents/${EXAMPLE_ID}.html`, 'feed.xml']) {
      const text = repo.read(`site/${file}`);
      for (const [, url] of text.matchAll(/(?:href|src)="([^"]*)"/g)) assert.ok(!/^(?:\/|[a-z]+:)/i.test(url!), `${file}: non-relative link ${url}`);
    }
    const page = repo.read(`site/incidents/${EXAMPLE_ID}.html`);
    assert.match(page, /<a href="\.\.\/index\.html" rel="index">&larr; Incident history<\/a>/);
    assert.ok(!/<script/i.test(index + page), 'no script needed, none present');
  });

  it('escapes hostile titles and summaries and drops script links', () => {
    const page = repo.read('site/incidents/2026-02-10-hostile.html');
    assert.ok(!/<(script|iframe|img)\b/i.test(page), page);
    assert.ok(!/<a\s[^<>]*href="javascript:/i.test(page), 'raw HTML is shown as text, never a link');
    assert.match(page, /<h1>&lt;script&gt;window.__pwned &#x3D; &quot;title&quot;&lt;\/script&gt; Checkout &amp; &quot;quotes&quot; &lt;b&gt;bold&lt;\/b&gt;<\/h1>/);
    assert.match(page, /<a href="https:\/\/status\.example\.com">ok<\/a>/);
  });

  it('writes an Atom feed, newest first, with escaped summaries', () => {
    const feed = repo.read('site/feed.xml');
    assert.ok(feed.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">'));
    assert.deepEqual([...feed.matchAll(/<id>urn:casefile:incident:([^<]+)<\/id>/g)].map((m) => m[1]), ['2026-02-10-hostile', '2026-01-05-newest', EXAMPLE_ID]);
    assert.match(feed, /<updated>2026-02-10T09:30:00Z<\/updated>\n<link rel="alternate"/);
    assert.match(feed, /<summary type="html">&lt;p&gt;Some customers could not check out\. The issue is resolved\.&lt;\/p&gt;<\/summary>/);
    assert.ok(!/<script|<img/.test(feed));
  });

  it('is deterministic, and replaces the old site: pages of unpublished incidents disappear', () => {
    // Only the index's 90-day bars follow the clock: every other file is the same on a later day.
    const all = () => files(site).map((f) => [f, fs.statSync(path.join(site, f)).isFile() ? repo.read(`site/${f}`) : '']);
    const before = all();
    ok(repo.run(['publish']));
    assert.deepEqual(all(), before);
    ok(repo.run(['publish'], { env: { CASEFILE_NOW: '2030-01-01T00:00:00Z' } }));
    assert.deepEqual(all().filter(([f]) => f !== 'index.html'), before.filter(([f]) => f !== 'index.html'));
    repo.write('incidents/2026-01-05-newest.md', repo.read('incidents/2026-01-05-newest.md').replace('public: true', 'public: false'));
    assert.equal(ok(repo.run(['publish'])).stderr, 'wrote site/ (2 incidents)\n');
    assert.ok(!fs.existsSync(path.join(site, 'incidents/2026-01-05-newest.html')));
    assert.ok(!repo.read('site/index.html').includes('2026-01-05-newest'));
    assert.deepEqual(fs.readdirSync(repo.dir).filter((n) => n.includes('site')), ['site']); // no temp directories left
  });

  it('--out is relative to where it runs; --json tells what was published', () => {
    fs.mkdirSync(path.join(repo.dir, 'docs'), { recursive: true });
    const r = ok(repo.run(['publish', '--out', 'public', '--json'], { cwd: 'docs' }));
    assert.deepEqual(JSON.parse(r.stdout), { out: 'public', incidents: ['2026-02-10-hostile', EXAMPLE_ID], problems: [], held: [] });
    assert.ok(fs.existsSync(path.join(repo.dir, 'docs/public/index.html')));
  });
});

describe('what incident publish refuses', () => {
  it('never replaces a directory it did not write', () => {
    const repo = makeRepo();
    seed(repo);
    repo.write('site/notes.txt', 'mine');
    const r = repo.run(['publish']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /Unexpected files in site, expected an empty directory or a site written by incident publish/);
    assert.equal(repo.read('site/notes.txt'), 'mine');
    repo.cleanup();
  });

  it('holds back a leaking incident, publishes the others, keeps its last good page, names every leak and exits 1', () => {
    const repo = makeRepo();
    seed(repo);
    ok(repo.run(['publish']));
    const lastGood = repo.read('site/incidents/2026-01-05-newest.html');
    repo.write('incidents/2026-01-05-newest.md', incidentText({
      id: '2026-01-05-newest', title: 'Checkout down', started: '2026-01-05T10:00:00Z', summary: 'Alice rolled back the change on 10.1.2.3.', commander: 'Alice',
    }));
    repo.write('.incident.yml', 'redact: [Checkout down]\n');
    const r = repo.run(['publish']);
    assert.equal(r.code, 1, r.stderr);
    const lines = r.stderr.trim().split('\n');
    assert.ok(lines.some((l) => /^incidents\/2026-01-05-newest\.md:\d+:1: Unexpected name "Alice" in public output \(site\/incidents\/2026-01-05-newest\.html line \d+\)/.test(l)), r.stderr);
    assert.ok(lines.some((l) => /^incidents\/2026-01-05-newest\.md:\d+:\d+: Unexpected private IP address "10\.1\.2\.3"/.test(l)), r.stderr);
    assert.ok(lines.some((l) => /^incidents\/2026-01-05-newest\.md:3:\d+: Unexpected "Checkout down" in public output/.test(l)), r.stderr);
    assert.ok(lines.includes('incident: held back 2026-01-05-newest (its last published page kept): fix the lines above and publish again'), r.stderr);
    assert.equal(lines.at(-1), 'wrote site/ (2 incidents, 1 held back)');
    // The others are published; the held one keeps its last good page and is in neither the index nor the feed.
    assert.equal(repo.read('site/incidents/2026-01-05-newest.html'), lastGood);
    assert.ok(fs.existsSync(path.join(repo.dir, `site/incidents/${EXAMPLE_ID}.html`)));
    for (const file of ['site/index.html', 'site/feed.xml']) {
      const text = repo.read(file);
      assert.ok(!text.includes('2026-01-05-newest') && !/Alice|10\.1\.2\.3|Checkout down/.test(text), file);
    }
    // Never published before: left out.
    repo.write('incidents/2026-01-07-new.md', incidentText({ id: '2026-01-07-new', started: '2026-01-07T10:00:00Z', summary: 'Mail bob@acme.com.' }));
    const again = repo.run(['publish']);
    assert.equal(again.code, 1);
    assert.match(again.stderr, /^incidents\/2026-01-07-new\.md:\d+:\d+: Unexpected email address "bob@acme\.com"/m);
    assert.match(again.stderr, /^incident: held back 2026-01-07-new \(left out\)/m);
    assert.ok(!fs.existsSync(path.join(repo.dir, 'site/incidents/2026-01-07-new.html')));
    repo.cleanup();
  });

  it('writes nothing when the leak is no incident\'s (the site title)', () => {
    const repo = makeRepo();
    seed(repo);
    ok(repo.run(['publish']));
    const before = repo.read('site/index.html');
    repo.write('.incident.yml', 'site_title: Status of db-7.internal.acme\n');
    const r = repo.run(['publish']);
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stderr, /^\.incident\.yml:1:\d+: Unexpected internal hostname "db-7\.internal\.acme"/m);
    assert.equal(repo.read('site/index.html'), before);
    repo.cleanup();
  });

  it('refuses a published public incident without a public summary, and skips unreadable files', () => {
    const repo = makeRepo();
    repo.write('incidents/2026-01-05-no-summary.md', incidentText({ id: '2026-01-05-no-summary' }).replace(/## Public summary[\s\S]*?### What happened/, '### What happened'));
    const r = repo.run(['publish']);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /^incidents\/2026-01-05-no-summary\.md: Missing public summary text/);
    repo.write('incidents/2026-01-05-no-summary.md', incidentText({ id: '2026-01-05-no-summary' }));
    repo.write('incidents/2026-01-06-broken.md', '---\npublic: true\npostmortem: { status: published }\ntitle: [x\n---\n');
    const skipped = repo.run(['publish']);
    assert.equal(skipped.code, 1, 'a file that cannot be read is an error, the others are published');
    assert.match(skipped.stderr, /^incident: skipped incidents\/2026-01-06-broken\.md:\d+:\d+: Invalid YAML/);
    assert.match(skipped.stderr, /\nwrote site\/ \(1 incident\)\n$/);
    repo.cleanup();
  });

  it('holds back an incident whose Public summary is over 64 KiB (no page may pass 100 KB), before rendering it', () => {
    const repo = makeRepo();
    try {
      repo.write('incidents/2026-01-05-short.md', incidentText({ id: '2026-01-05-short' }));
      // A list item continued by 3,000 lines: remark's parser is quadratic on it, so it is never parsed.
      const long = incidentText({ id: '2026-01-06-long' }).replace('### What happened', `- one item\n${'continued line of the item\n'.repeat(3000)}\n### What happened`);
      repo.write('incidents/2026-01-06-long.md', long);
      const r = repo.run(['publish']);
      assert.equal(r.code, 1, r.stderr);
      const line = long.split('\n').indexOf('## Public summary') + 1;
      assert.match(r.stderr, new RegExp(`^incidents/2026-01-06-long\\.md:${line}:1: Unexpected Public summary of 80 KiB, expected at most 64 KiB \\(a public page stays under 100 KB\\)`, 'm'));
      assert.match(r.stderr, /\nwrote site\/ \(1 incident, 1 held back\)\n$/);
      assert.ok(!fs.existsSync(path.join(repo.dir, 'site', 'incidents', '2026-01-06-long.html')));
    } finally {
      repo.cleanup();
    }
  });

  it('skips an incident whose id is not its file name (pages are named by the file), with one line', () => {
    const repo = makeRepo();
    repo.write('incidents/2026-01-05-renamed.md', incidentText({ id: '2026-01-05-first-name' }));
    const r = repo.run(['publish']);
    assert.equal(r.code, 1);
    assert.equal(r.stderr, 'incident: skipped incidents/2026-01-05-renamed.md: Unexpected id "2026-01-05-first-name", expected "2026-01-05-renamed" (the file name)\nwrote site/ (0 incidents)\n');
    assert.equal(r.stdout, '');
    repo.cleanup();
  });

  it('publishes an empty history when nothing is public', () => {
    const repo = makeRepo();
    assert.equal(ok(repo.run(['publish'])).stderr, 'wrote site/ (0 incidents)\n');
    assert.match(repo.read('site/index.html'), /No incidents have been published\./);
    repo.cleanup();
  });
});
