// A site page skips finding the Public summary when its templates are Casefile's own: they never
// show it. Proved here by rendering them with a Public summary that throws when read; a
// repository's own template that shows it still gets it.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { incidentText } from '../scripts/corpus.mjs';
import os from 'node:os';
import { renderPages } from '../src/commands/site-render.ts';
import { finishOutput } from '../src/core/render/output.ts';
import { keptCount } from '../src/core/render/markdown-sanitize.ts';
import { insightIncident } from '../src/core/insights/index.ts';
import { loadCompiled } from '../src/core/render/load.ts';
import { prepare, viewOf } from '../src/core/render/prepare.ts';
import { makeRepo, ROOT } from './helpers/repo.ts';

const template = (name: string) => fs.readFileSync(path.join(ROOT, 'templates', name), 'utf8');
const PARTIALS = { drill: template('_drill.html.hbs'), facts: template('_facts.html.hbs'), head: template('_head.html.hbs') };
const PAGE = { source: template('postmortem.html.hbs'), file: 'built-in:postmortem.html.hbs', builtIn: true };

describe('site pages and the Public summary', () => {
  it("Casefile's own page template and partials never read it", async () => {
    const render = await loadCompiled(PAGE.source, { format: 'html', partials: PARTIALS, name: PAGE.file });
    let withSummary = 0;
    for (let i = 0; i < 60; i++) {
      const prepared = await prepare(incidentText(i, { n: 60, seed: 11 }), `incidents/${i}.md`);
      const view = { ...viewOf(prepared, { audience: 'internal', now: Date.UTC(2026, 11, 5), defaultTimeZone: () => 'UTC' }), site: { title: 'T', index: '../index.html', feed: '' } };
      if (view.public_summary) withSummary++;
      const expected = render(view as never);
      const unread = Object.defineProperty({ ...view }, 'public_summary', { enumerable: true, get: () => assert.fail('the template read public_summary') });
      assert.equal(render(unread as never), expected);
    }
    assert.ok(withSummary > 30, `only ${withSummary} files with a Public summary: the test shows nothing`);
  });

  it("a repository's own page template shows it, on this thread and on workers", () => {
    const repo = makeRepo();
    try {
      const n = 210;
      for (let i = 0; i < n; i++) {
        const text = incidentText(i, { n, seed: 7 });
        repo.write(`incidents/${/^id: (\S+)$/m.exec(text)![1]}.md`, text);
      }
      repo.write('templates/postmortem.html.hbs', '<p>{{title}}</p>\n{{#if public_summary}}<p>{{public_summary.summary}}</p>{{/if}}\n');
      for (const threads of ['1', '2']) {
        const r = repo.run(['site', '--out', `site-${threads}`, '--threads', threads, '--no-cache']);
        assert.equal(r.code, 0, r.stderr);
      }
      const pages = fs.readdirSync(path.join(repo.dir, 'site-1', 'incidents'));
      assert.equal(pages.length, n);
      let shown = 0;
      for (const page of pages) {
        const one = fs.readFileSync(path.join(repo.dir, 'site-1', 'incidents', page), 'utf8');
        assert.equal(fs.readFileSync(path.join(repo.dir, 'site-2', 'incidents', page), 'utf8'), one);
        if (/<p>[^<]+<\/p>\n<p>[^<]+<\/p>/.test(one)) shown++;
      }
      assert.ok(shown > n / 2, `the Public summary shown on ${shown} of ${n} pages`);
    } finally {
      repo.cleanup();
    }
  });
});

describe("a site page's incident for the insights", () => {
  it('is the one insightIncident reads by itself, from the view\'s metrics and without copies', async () => {
    const texts: string[] = [];
    for (let i = 0; i < 300; i++) texts.push(incidentText(i, { n: 300, seed: 5 }));
    for (const dir of [path.join(ROOT, 'test', 'fixtures', 'insights', 'incidents'), path.join(ROOT, 'incidents')]) {
      for (const f of fs.readdirSync(dir).filter((f) => f.endsWith('.md'))) texts.push(fs.readFileSync(path.join(dir, f), 'utf8'));
    }
    // Timelines the metrics must read alike: kinds that are not text, times that do not parse, estimates, a reopening.
    texts.push([
      '---', 'id: 2026-01-02-odd', 'title: Odd', 'status: resolved', 'timezone: Europe/Berlin', 'timeline:',
      '  - at: 2026-01-02T10:00:00+01:00', '    kind: started', '    approx: true',
      '  - at: 2026-01-02T10:05:00+01:00', '    kind: 7',
      '  - at: 2026-01-02T10:06:00+01:00', '    kind: [detected]',
      '  - at: not a time', '    kind: detected',
      '  - at: 2026-01-02T10:07:00+01:00', '    kind: detected', '    by: Ana',
      '  - at: 2026-01-02T10:09:00+01:00', '    kind: resolved',
      '  - at: 2026-01-02T10:10:00+01:00', '    kind: reopened',
      '  - at: 2026-01-02T11:00:00+01:00', '    kind: recovered', '    approx: true',
      '  - at: 2026-01-02T11:30:00+01:00', '    kind: resolved', '    approx: yes',
      '  - kind: mitigated',
      '---', '', '## Summary', '', 'Odd.', '',
    ].join('\n'));
    let metrics = 0;
    for (const [k, text] of texts.entries()) {
      const prepared = await prepare(text, `incidents/${k}.md`);
      const view = viewOf(prepared, { audience: 'internal', now: Date.UTC(2026, 11, 5), defaultTimeZone: () => 'UTC' });
      const own = insightIncident(prepared.data, `${k}`);
      metrics += own.metrics.length;
      assert.deepEqual(insightIncident(prepared.data, `${k}`, { keep: false, metrics: view.metrics }), own, String(prepared.data.id));
    }
    assert.ok(metrics > 1000, `only ${metrics} metrics: the test shows little`);
  });
});

describe("a site page's body", () => {
  it('is converted without being kept (each is converted once), and other conversions are kept again after the pages', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'casefile-site-render-'));
    try {
      const jobs = [];
      for (let i = 0; i < 12; i++) {
        const text = incidentText(i, { n: 12, seed: 3 });
        const file = path.join(dir, `${i}.md`);
        fs.writeFileSync(file, text);
        jobs.push({ path: file, shown: `incidents/${i}.md`, name: String(i) });
      }
      fs.mkdirSync(path.join(dir, 'site', 'incidents'), { recursive: true });
      const settings = { template: PAGE, partials: PARTIALS, summary: false, dir: path.join(dir, 'site'), title: 'T', now: Date.UTC(2026, 11, 5), defaultTimeZone: 'UTC', hashing: false };
      const before = keptCount();
      const { outcomes } = await renderPages(jobs, settings, 1);
      assert.ok(outcomes.every((o) => o.problem === undefined));
      assert.equal(keptCount(), before);
      // The same pages as a conversion that keeps what it converts gives them.
      const render = await loadCompiled(PAGE.source, { format: 'html', partials: PARTIALS, name: PAGE.file });
      for (const job of jobs) {
        const prepared = await prepare(fs.readFileSync(job.path, 'utf8'), job.shown);
        const view = { ...viewOf(prepared, { audience: 'internal', now: settings.now, defaultTimeZone: () => 'UTC' }), site: { title: 'T', index: '../index.html', feed: '' } };
        assert.equal(fs.readFileSync(path.join(dir, 'site', 'incidents', `${job.name}.html`), 'utf8'), finishOutput(render(view as never), 'html'));
      }
      assert.ok(keptCount() > before, 'conversions outside the pages are kept again');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
