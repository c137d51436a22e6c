// The internal site's page written without Handlebars (postmortem-page.ts) must equal Handlebars'
// render of Casefile's own templates: on generated incidents, and on views with every field in
// each of its shapes (missing, empty, zero, text to escape).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { incidentText } from '../scripts/corpus.mjs';
import { loadCompiled } from '../src/core/render/load.ts';
import { postmortemPage, type PageView } from '../src/core/render/postmortem-page.ts';
import { prepare, viewOf } from '../src/core/render/prepare.ts';
import { ROOT } from './helpers/repo.ts';

const template = (name: string) => fs.readFileSync(path.join(ROOT, 'templates', name), 'utf8');
const PAGE = template('postmortem.html.hbs');
const PARTIALS = { drill: template('_drill.html.hbs'), facts: template('_facts.html.hbs'), head: template('_head.html.hbs') };
const SITE = { title: 'Incident history (internal)', index: '../index.html', feed: '' };
const NOW = Date.UTC(2026, 11, 5, 9, 30);

async function views(n: number, seed: number): Promise<PageView[]> {
  const out: PageView[] = [];
  for (let i = 0; i < n; i++) {
    const prepared = await prepare(incidentText(i, { n, seed }), `incidents/${i}.md`);
    out.push({ ...viewOf(prepared, { audience: 'internal', now: NOW, defaultTimeZone: () => 'UTC' }), site: SITE });
  }
  return out;
}

const SPECIAL = `<b>&amp; "q" 'a' \`t\` = x</b> ü`;

/** Each field of a view in each shape a template may meet it in. */
function variants(v: PageView): PageView[] {
  const out: PageView[] = [];
  const top: Record<string, unknown[]> = {
    drill: [true, false], title: ['', SPECIAL], severity: [null, '', SPECIAL], status: [null, '', SPECIAL], timezone: ['UTC', 'America/St_Johns', SPECIAL],
    internal: [false], services: [[], [SPECIAL, 'b']], started: [null, '', 'not a time', '2026-01-01T00:00:00Z'],
    ended: [null, '', 'x<y', '2026-01-01T01:30:00+05:45'], ongoing: [true, false], duration_ms: [null, 0, 1, 90_061_000], duration_approx: [true, false],
    roles: [[], [{ key: 'scribe', label: SPECIAL, names: [SPECIAL, 'x'] }, { key: 'k', label: 'L', names: [] }]],
    metrics: [[], [{ key: 'k', label: SPECIAL, ms: 0, from: SPECIAL, to: 'b', approx: true }, { key: 'k', label: 'l', ms: 61_000, from: 'a', to: 'b', approx: false }]],
    impact: [{ summary: null, figures: [] }, { summary: SPECIAL, figures: [] }, { summary: null, figures: [{ label: SPECIAL, value: SPECIAL }] }, { summary: 'S', figures: [{ label: 'a', value: '' }] }],
    action_items: [[], [
      { id: SPECIAL, title: SPECIAL, type: null, owner: SPECIAL, due: null, status: '', reason: SPECIAL, issue: 'javascript:alert(1)' },
      { id: 'AI-2', title: 't', type: 'prevent', owner: null, due: '2026-01-01', status: 'done', reason: null, issue: 'https://example.com/a?b=c&d="e"' },
      { id: 'AI-3', title: 't', type: null, owner: null, due: null, status: 'wont-do', reason: '', issue: '' },
    ]],
    timeline: [[], [
      { at: 'x', local_date: '', local_time: SPECIAL, new_day: true, kind: SPECIAL, milestone: true, by: null, text: SPECIAL, approx: true },
      { at: 'y', local_date: SPECIAL, local_time: '10:00:00', new_day: false, kind: 'note', milestone: false, by: SPECIAL, text: '', approx: false },
    ]],
    body: ['', SPECIAL, '# Heading\n\n<script>alert(1)</script>\n\n[link](javascript:x) *em*'],
    site: [{ title: SPECIAL, index: SPECIAL, feed: '' }],
  };
  for (const [key, values] of Object.entries(top)) for (const value of values) out.push({ ...v, [key]: value });
  return out;
}

describe('the site page without Handlebars', () => {
  it("equals Handlebars' render of the built-in templates, on generated incidents", async () => {
    const handlebars = await loadCompiled(PAGE, { format: 'html', partials: PARTIALS, name: 'postmortem.html.hbs' });
    const page = postmortemPage(PAGE, PARTIALS);
    assert.ok(page, 'the built-in templates are the mirrored ones');
    let drills = 0;
    for (const seed of [1, 2, 3]) {
      for (const view of await views(120, seed)) {
        if (view.drill) drills++;
        assert.equal(page(view), handlebars(view as never), view.id);
      }
    }
    assert.ok(drills > 0, 'some drills among them');
  });

  it("equals Handlebars' render for every field in every shape", async () => {
    const handlebars = await loadCompiled(PAGE, { format: 'html', partials: PARTIALS, name: 'postmortem.html.hbs' });
    const page = postmortemPage(PAGE, PARTIALS)!;
    let cases = 0;
    for (const base of (await views(6, 9)).concat(await views(6, 10))) {
      for (const view of variants(base)) {
        // A view that makes Handlebars throw (a zone Intl does not know) makes the page throw too.
        const outcome = (render: () => string) => {
          try {
            return render();
          } catch {
            return 'threw';
          }
        };
        assert.equal(outcome(() => page(view)), outcome(() => handlebars(view as never)), JSON.stringify(view).slice(0, 300));
        cases++;
      }
    }
    assert.ok(cases > 500);
  });

  it('steps aside for any other template or partial', () => {
    assert.equal(postmortemPage(`${PAGE} `, PARTIALS), undefined);
    assert.equal(postmortemPage(PAGE, { ...PARTIALS, facts: PARTIALS.facts.replace('Started', 'Began') }), undefined);
    assert.equal(postmortemPage(PAGE, { ...PARTIALS, head: `${PARTIALS.head}\n` }), undefined);
    assert.equal(postmortemPage(PAGE, { ...PARTIALS, drill: undefined }), undefined);
    assert.equal(postmortemPage(PAGE, { facts: PARTIALS.facts, drill: PARTIALS.drill }), undefined);
  });
});
