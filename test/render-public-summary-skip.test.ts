// `incident render` finds the Public summary (a scan of the whole body) only for a template that may
// show it (mayShowPublicSummary, src/io/templates.ts; the site's pages ask the same). Proved here by
// rendering Casefile's own templates that do not name it with a Public summary that throws when
// read; a repository's own template or partial still gets it.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { incidentText } from '../scripts/corpus.mjs';
import { loadCompiled } from '../src/core/render/load.ts';
import { prepare, viewOf } from '../src/core/render/prepare.ts';
import type { Repo } from '../src/io/repo.ts';
import { DEFAULT_TEMPLATES, findTemplate, loadPartials, mayShowPublicSummary } from '../src/io/templates.ts';
import { makeRepo } from './helpers/repo.ts';

const NOW = Date.UTC(2026, 11, 5);
/** A repository without a templates directory, as `incident init` makes it. */
const bare = (dir: string) => ({ root: dir, cwd: dir, config: { templates_dir: 'templates' } }) as unknown as Repo;

/** What rendering gives: the text, or the error's message. */
function outcome(render: (view: never) => string, view: object): string {
  try {
    return render(view as never);
  } catch (error) {
    return `error: ${(error as Error).message}`;
  }
}

describe('render and the Public summary', () => {
  it("Casefile's own templates that do not name it never read it", async () => {
    const repo = bare(fs.mkdtempSync(path.join(fs.realpathSync('/tmp'), 'casefile-skip-')));
    const skipped: string[] = [];
    for (const name of DEFAULT_TEMPLATES.filter((n) => !n.startsWith('_') && /\.(md|html)\.hbs$/.test(n))) {
      const format = name.endsWith('.md.hbs') ? 'md' : 'html';
      const template = findTemplate(repo, name)!;
      const { partials, files } = loadPartials(repo, format);
      if (mayShowPublicSummary(template, files)) continue;
      skipped.push(name);
      const render = await loadCompiled(template.source, { format, partials, name: template.file });
      let withSummary = 0;
      for (let i = 0; i < 40; i++) {
        const prepared = await prepare(incidentText(i, { n: 40, seed: 5 }), `incidents/${i}.md`);
        const view = viewOf(prepared, { audience: 'internal', now: NOW, defaultTimeZone: () => 'UTC' });
        if (view.public_summary) withSummary++;
        const unread = Object.defineProperty({ ...view }, 'public_summary', { enumerable: true, get: () => assert.fail(`${name} read public_summary`) });
        assert.equal(outcome(render, unread), outcome(render, view), name);
      }
      assert.ok(withSummary > 20, `only ${withSummary} files with a Public summary: the test shows nothing`);
    }
    // The default post-mortem is the one `incident render <id>` uses, the HTML one the site's pages.
    assert.ok(skipped.includes('postmortem.md.hbs') && skipped.includes('postmortem.html.hbs'), `skipped: ${skipped.join(', ')}`);
    fs.rmSync(repo.root, { recursive: true, force: true });
  });

  it("is found for a template or partial that names it, or a repository's own", () => {
    const dir = fs.mkdtempSync(path.join(fs.realpathSync('/tmp'), 'casefile-skip-'));
    try {
      const repo = bare(dir);
      const own = (name: string) => findTemplate(repo, name)!;
      const md = () => loadPartials(repo, 'md').files;
      assert.equal(mayShowPublicSummary(own('postmortem.md.hbs'), md()), false);
      assert.equal(mayShowPublicSummary(own('status-update.md.hbs'), md()), true);
      assert.equal(mayShowPublicSummary(own('public-summary.md.hbs'), md()), true);
      assert.equal(mayShowPublicSummary({ ...own('postmortem.md.hbs'), builtIn: false }, md()), true);
      assert.equal(mayShowPublicSummary({ source: own('postmortem.md.hbs').source, file: 'x' }, md()), true);
      // A templates directory with a copy of a default changes nothing; a partial of its own (`{{> mine}}`,
      // or `lookup` of any field) may read anything, in its format only.
      fs.mkdirSync(path.join(dir, 'templates'));
      fs.writeFileSync(path.join(dir, 'templates', '_facts.md.hbs'), own('_facts.md.hbs').source);
      fs.writeFileSync(path.join(dir, 'templates', 'public-summary.html.hbs'), '{{public_summary.summary}}');
      assert.equal(mayShowPublicSummary(own('postmortem.md.hbs'), md()), false);
      fs.writeFileSync(path.join(dir, 'templates', '_mine.html.hbs'), '{{lookup this field}}');
      assert.equal(mayShowPublicSummary(own('postmortem.md.hbs'), md()), false);
      assert.equal(mayShowPublicSummary(own('postmortem.html.hbs'), loadPartials(repo, 'html').files), true);
      fs.writeFileSync(path.join(dir, 'templates', '_facts.md.hbs'), `${own('_facts.md.hbs').source}\n`);
      assert.equal(mayShowPublicSummary(own('postmortem.md.hbs'), md()), true);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("a repository's own post-mortem shows it through the built CLI", () => {
    const repo = makeRepo();
    try {
      const text = Array.from({ length: 30 }, (_, i) => incidentText(i, { n: 30, seed: 3 })).find((t) => t.includes('## Public summary'))!;
      const id = /^id: (\S+)$/m.exec(text)![1]!;
      repo.write(`incidents/${id}.md`, text);
      const before = repo.run(['render', id]);
      assert.equal(before.code, 0, before.stderr);
      assert.doesNotMatch(before.stdout, /SUMMARY:/);
      repo.write('templates/postmortem.md.hbs', '{{title}}\n{{#if public_summary}}SUMMARY: yes{{else}}SUMMARY: no{{/if}}\n');
      const r = repo.run(['render', id]);
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stdout, /SUMMARY: yes\n$/);
    } finally {
      repo.cleanup();
    }
  });
});
