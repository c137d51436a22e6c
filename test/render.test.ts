// The renderer's contract (strict Handlebars, no prototype access, Markdown escaping only through
// helpers, incident text never compiled), the helpers, the views and the default templates.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { DocumentError } from '../src/core/util/errors.ts';
import { renderTemplate, compileTemplate } from '../src/core/render/compile.ts';
import { extractPublicSummary } from '../src/core/render/public-summary.ts';
import { prepare, viewOf } from '../src/core/render/prepare.ts';
import { feedContext, isPublished, newestFirst, siteEntry, FEED_ENTRIES } from '../src/core/render/site.ts';
import { PUBLIC_FIELDS } from '../src/core/render/view-public.ts';
import { finishOutput } from '../src/core/render/output.ts';
import { ROOT } from './helpers/repo.ts';
import { loadMarkdownHtml } from '../src/core/render/markdown-html.ts';

// HTML templates run the sanitizing Markdown pipeline, loaded on demand.
await loadMarkdownHtml();

const md = (source: string, context: Record<string, unknown> = {}, partials?: Record<string, string>) =>
  renderTemplate(source, context, { format: 'md', partials, name: 'test.md.hbs' });
const html = (source: string, context: Record<string, unknown> = {}) => renderTemplate(source, context, { format: 'html', name: 'test.html.hbs' });
const template = (name: string) => fs.readFileSync(path.join(ROOT, 'templates', name), 'utf8');
const EXAMPLE = fs.readFileSync(path.join(ROOT, 'incidents/2017-01-06-db2kafka-outage-from-oom-kills.md'), 'utf8');

describe('renderTemplate', () => {
  it('compiles Markdown without HTML escaping and HTML with it', () => {
    assert.equal(md('{{x}}', { x: '<b>&' }), '<b>&');
    assert.equal(html('{{x}}', { x: '<b>&"\'' }), '&lt;b&gt;&amp;&quot;&#x27;');
  });

  it('throws on fields missing from the context (strict mode), naming the template and the place', () => {
    assert.throws(() => md('line\n  {{titel}}', { title: 'x' }), (error: unknown) => {
      assert.ok(error instanceof DocumentError);
      assert.equal(error.describe(), 'test.md.hbs:2:5: Unexpected "titel" in the template, expected a helper or a field of the context (see the README\'s template section)');
      return true;
    });
    assert.throws(() => md('{{inline nope}}', {}), /argument 1 is not in the context/);
    assert.equal(md('{{#if nope}}x{{else}}y{{/if}}', {}), 'y'); // block helpers test optional fields
  });

  it('names the line of a syntax error', () => {
    assert.throws(() => md('ok\n{{#if x}}\nno end'), (e: unknown) => e instanceof DocumentError && /^test\.md\.hbs:3: Unexpected template syntax/.test(e.describe()));
  });

  it('never resolves prototype properties', () => {
    for (const source of ['{{x.constructor}}', '{{x.__proto__}}', '{{lookup x "constructor"}}', '{{#with x}}{{toString}}{{/with}}', '{{#each x}}{{@key}}{{/each}}']) {
      assert.equal(md(source, { x: {} }), '', source);
    }
    // One step further is a missing field: strict mode throws rather than read through the prototype.
    assert.throws(() => md('{{x.constructor.name}}', { x: {} }), /Unexpected "name"/);
  });

  it('treats incident text as data: template syntax inside it is printed, never run', () => {
    const evil = '{{#each this}}{{constructor.constructor "return process"}}{{/each}} {{> facts}} {{{raw}}}';
    assert.equal(md('{{inline t}}', { t: evil }), evil.replace(/[\\`*[\]<>|~]/g, '\\$&'));
    const escaped = evil.replace(/"/g, '&quot;').replace(/>/g, '&gt;');
    assert.equal(html('<p>{{t}}</p>', { t: evil }), `<p>${escaped}</p>`);
  });

  it('has a silent log helper (Handlebars\' own would write into the document)', () => {
    assert.equal(md('a{{log "x"}}b'), 'ab');
  });

  it('renders partials given by name, compiled in strict mode too', () => {
    assert.equal(md('[{{> p}}]', { a: 'A' }, { p: '{{inline a}}' }), '[A]');
    assert.throws(() => md('{{> p}}', {}, { p: '{{missing}}' }), /Unexpected "missing"/);
    assert.equal(md('[{{> p}}]', { a: 'A' }, { p: '<{{a}}>' }), '[<A>]'); // another partial set, another environment
  });

  it('compiles a template once for many contexts', () => {
    const run = compileTemplate('{{inline a}}', { format: 'md' });
    assert.deepEqual(['x', 'y'].map((a) => run({ a })), ['x', 'y']);
  });
});

describe('helpers', () => {
  it('inline: shows text as text in Markdown', () => {
    const cases: [string, string][] = [
      ['*bold* _it_ `code` [a](b) <script> a|b ~x~', '\\*bold\\* \\_it\\_ \\`code\\` \\[a\\](b) \\<script\\> a\\|b \\~x\\~'],
      ['snake_case_name', 'snake_case_name'],
      ['# not a heading', '\\# not a heading'],
      ['- not a list', '\\- not a list'],
      ['1. not a list', '1\\. not a list'],
      ['ping @alice and bob@example.com', 'ping @\u200Balice and bob@example.com'],
      ['AT&T &amp; &#42;', 'AT&T \\&amp; \\&#42;'],
      ['two\nlines\t tab', 'two lines tab'],
      ['back\\slash', 'back\\\\slash'],
    ];
    for (const [input, expected] of cases) assert.equal(md('{{inline x}}', { x: input }), expected, input);
    assert.equal(md('{{inline x}}', { x: null }), '');
    assert.equal(md('{{inline x}}', { x: 42 }), '42');
    assert.equal(html('{{inline x}}', { x: '<b>"' }), '&lt;b&gt;&quot;');
  });

  it('cell: one line, pipes escaped', () => {
    assert.equal(md('| {{cell x}} |', { x: 'a | b\nc' }), '| a \\| b c |');
  });

  it('code and codespan: fences and ticks longer than any run inside', () => {
    assert.equal(md('{{code x "sh"}}', { x: 'echo ```\nls' }), '````sh\necho ```\nls\n````');
    assert.equal(md('{{codespan x}}', { x: 'a`b' }), '``a`b``');
    assert.equal(md('{{codespan x}}', { x: '`a' }), '`` `a ``');
    assert.equal(html('{{code x}}', { x: '<b>' }), '<pre><code>&lt;b&gt;</code></pre>');
  });

  it('html: escapes in either format, once', () => {
    assert.equal(md('{{html x}}', { x: '<a href="x">' }), '&lt;a href&#x3D;&quot;x&quot;&gt;');
    assert.equal(html('{{html x}}', { x: '<a>' }), '&lt;a&gt;');
  });

  it('dates and times in a zone: the context timezone, or one given', () => {
    const ctx = { at: '2017-01-06T22:50:26Z', timezone: 'America/Los_Angeles' };
    assert.equal(md('{{date at}} {{time at}} {{time at seconds=true}}', ctx), '2017-01-06 14:50 14:50:26');
    assert.equal(md('{{datetime at}}', ctx), '2017-01-06 14:50 UTC-08:00');
    assert.equal(md('{{datetime at "UTC"}}', ctx), '2017-01-06 22:50 UTC');
    assert.equal(md('{{datetime at "Asia/Kolkata"}}', ctx), '2017-01-07 04:20 UTC+05:30');
    assert.equal(md('{{iso at}}', ctx), '2017-01-06T14:50:26-08:00');
    assert.equal(md('{{datetime at}}', { at: '2026-07-01T12:00:00Z', timezone: 'Europe/Berlin' }), '2026-07-01 14:00 UTC+02:00'); // summer time
    assert.equal(md('{{date at}}', { at: null, timezone: 'UTC' }), '');
    assert.equal(md('{{date at}}', { at: 'soon*', timezone: 'UTC' }), 'soon\\*'); // unreadable: shown as text
  });

  it('durations', () => {
    assert.equal(md('{{duration ms}}', { ms: 4_474_000 }), '1h14m');
    assert.equal(md('{{duration ms long=true}}', { ms: 4_474_000 }), '1 hour 14 minutes');
    assert.equal(md('{{duration ms long=true}}', { ms: 60_000 }), '1 minute');
    assert.equal(md('{{duration ms long=true}}', { ms: 0 }), '0 seconds');
    assert.equal(md('{{duration a b}}', { a: '2017-01-06T22:50:26Z', b: '2017-01-07T00:05:00Z' }), '1h14m');
    assert.equal(md('{{duration ms}}', { ms: null }), '');
  });

  it('metrics_table in both formats', () => {
    const metrics = [{ label: 'Time to detect', ms: 394_000, from: 'started', to: 'detected' }];
    assert.equal(md('{{metrics_table m}}', { m: metrics }), '| Metric | Duration | From | To |\n|---|---|---|---|\n| Time to detect | 6m34s | started | detected |');
    assert.match(html('{{metrics_table m}}', { m: metrics }), /<td>Time to detect<\/td><td>6m34s<\/td>/);
    assert.equal(md('{{metrics_table m}}', { m: [] }), '');
  });

  it('join, safeurl, mention, humanize and the logic helpers', () => {
    assert.equal(md('{{join xs}}', { xs: ['a*', 'b'] }), 'a\\*, b');
    assert.equal(md('{{join xs " / "}}', { xs: ['a', 'b'] }), 'a / b');
    assert.equal(md('{{safeurl u}}', { u: 'javascript:alert(1)' }), '#');
    assert.equal(md('{{safeurl u}}', { u: 'https://x.test/a (b)' }), 'https://x.test/a%28b%29');
    assert.equal(html('{{safeurl u}}', { u: 'https://x.test/?a=1&b=2' }), 'https://x.test/?a&#x3D;1&amp;b&#x3D;2');
    assert.equal(md('{{mention u}}', { u: 'alice<b>' }), '@aliceb');
    assert.equal(md('{{humanize k}}', { k: 'time_to_detect' }), 'Time to detect');
    assert.equal(md('{{#if (and (eq a 1) (or b (not c)))}}y{{/if}}{{inline (default d "none")}}{{length xs}}', { a: 1, b: false, c: false, d: null, xs: [1, 2] }), 'ynone2');
  });
});

describe('the public summary section', () => {
  const body = (text: string) => `---\nid: x\n---\n${text}`;
  const extract = (text: string) => extractPublicSummary(body(text), body('').length)?.view ?? null;

  it('is picked out by name or synonym, with its parts', () => {
    const view = extract(`## Summary\n\nInternal.\n\n## Public post-mortem\n\n<!-- guidance -->\nCustomers saw errors.\n\n### What happened\n\nA change failed.\n\n#### Detail\n\nMore.\n\n### Next steps\n\nCanaries.\n\n### Timeline for customers\n\n- 10:00 UTC\n\n## Lessons learned\n\nInternal again.\n`)!;
    assert.equal(view.summary, 'Customers saw errors.');
    assert.equal(view.what_happened, 'A change failed.\n\n### Detail\n\nMore.');
    assert.equal(view.what_we_are_doing, 'Canaries.');
    assert.deepEqual(view.other_sections, [{ title: 'Timeline for customers', markdown: '- 10:00 UTC' }]);
    assert.ok(!view.markdown.includes('Internal'));
    assert.match(view.markdown, /^Customers saw errors\.\n\n## What happened/);
  });

  it('takes the summary from a "Summary" subsection when the section has no text of its own', () => {
    const view = extract('## Public summary\n\n<!-- only guidance -->\n\n### Summary\n\nShort.\n\n### What happened\n\n<!-- nothing yet -->\n')!;
    assert.equal(view.summary, 'Short.');
    assert.equal(view.what_happened, null);
  });

  it('is null when the body has none', () => {
    assert.equal(extract('## Summary\n\nText.\n'), null);
  });
});

describe('views', () => {
  const now = Date.parse('2017-01-07T00:30:00Z');
  const options = (audience: 'internal' | 'public') => ({ audience, now, defaultTimeZone: () => 'UTC' });

  it('public: only the public fields, times in UTC, every internal part empty', async () => {
    const p = await prepare(EXAMPLE, 'incidents/example.md');
    const view = viewOf(p, options('public'));
    assert.deepEqual(Object.keys(view.incident).sort(), [...PUBLIC_FIELDS].sort());
    assert.deepEqual([view.roles, view.timeline, view.recent, view.metrics, view.action_items, view.impact.figures], [[], [], [], [], [], []]);
    assert.deepEqual([view.body, view.file, view.impact.summary, view.postmortem.owner], ['', null, null, null]);
    assert.deepEqual([view.started, view.ended, view.duration_ms, view.timezone], ['2017-01-06T22:50:26Z', '2017-01-07T00:05:00Z', 4_474_000, 'UTC']);
    assert.equal(view.ongoing, false);
  });

  it('internal: everything, in the incident zone; a date on the first entry of each local day', async () => {
    const p = await prepare(EXAMPLE, 'incidents/example.md');
    const view = viewOf(p, options('internal'));
    assert.equal(view.timezone, 'America/Los_Angeles');
    assert.equal(view.started, '2017-01-06T14:50:26-08:00');
    assert.equal(view.timeline.filter((r) => r.new_day).length, 1);
    assert.deepEqual(view.roles.at(-1), { key: 'subject_matter_experts', label: 'Subject matter experts', names: ['David', 'Cees', 'Evan', 'Renee', 'Zayna', 'JD', 'Priyam'] });
    assert.equal(view.metrics.find((m) => m.key === 'time_to_detect')?.ms, 394_000);
    assert.ok(view.body.startsWith('## Summary'));
  });

  it('multi-day incidents in a zone: a date row whenever the local day changes; approx kept', async () => {
    const text = `---\nid: 2026-03-28-x\ntitle: X\nkind: drill\ntimezone: Europe/Berlin\nstatus: investigating\ntimeline:\n  - { at: 2026-03-28T22:30:00Z, kind: started, text: a }\n  - { at: 2026-03-29T01:30:00Z, kind: note, text: b, approx: true }\n  - { at: 2026-03-30T09:00:00Z, kind: note, text: c }\n---\n`;
    const view = viewOf(await prepare(text, 'x.md'), options('internal'));
    assert.deepEqual(view.timeline.map((r) => [r.new_day, r.local_date, r.local_time, r.approx]), [
      [true, '2026-03-28', '23:30:00', false], [true, '2026-03-29', '03:30:00', true], [true, '2026-03-30', '11:00:00', false],
    ]);
    assert.equal(view.drill, true);
    assert.equal(view.ongoing, true);
    assert.equal(view.ended, null);
  });
});

describe('default templates', () => {
  const partialsMd = { drill: template('_drill.md.hbs'), facts: template('_facts.md.hbs') };

  it('action-item-issue works with exactly the issue sync context', async () => {
    const { data } = await prepare(EXAMPLE, 'x.md');
    const source = template('action-item-issue.md.hbs');
    const item = { id: 'AI-9', title: 'Page @oncall on *every* change', type: 'process', owner: 'Ken', due: '2017-02-01', status: 'wont-do', reason: 'Too noisy', issue: null };
    const withUrl = renderTemplate(source, { incident: data, item, file: 'incidents/x.md', url: 'https://github.com/o/r/blob/HEAD/incidents/x.md' }, { format: 'md' });
    assert.match(withUrl, /^# AI-9: Page @\u200Boncall on \\\*every\\\* change\n\n- \*\*Incident:\*\* \[db2kafka outage from OOM kills\]\(https:\/\/github\.com\/o\/r\/blob\/HEAD\/incidents\/x\.md\)\n- \*\*File:\*\* `incidents\/x\.md`\n/);
    assert.match(withUrl, /- \*\*Status:\*\* wont-do \(Too noisy\)/);
    const bare = { id: 'AI-1', title: 'Fix it', type: null, owner: null, due: null, status: null, reason: null, issue: null };
    const noUrl = renderTemplate(source, { incident: { title: 'T' }, item: bare, file: 'incidents/x.md', url: undefined }, { format: 'md' });
    assert.equal(finishOutput(noUrl, 'md'), '# AI-1: Fix it\n\n- **Incident:** T\n- **File:** `incidents/x.md`\n\nClosing or reopening this issue updates the action item in the file.\n');
    const drill = renderTemplate(source, { incident: { title: 'T', kind: 'drill' }, item: bare, file: 'f.md' }, { format: 'md' });
    assert.match(drill, /^# AI-1: Fix it\n\n> \*\*DRILL\*\*/);
  });

  it('every rendering of a drill says DRILL', async () => {
    const text = EXAMPLE.replace('kind: incident', 'kind: drill');
    const p = await prepare(text, 'x.md');
    for (const [name, audience] of [['postmortem.md.hbs', 'internal'], ['public-summary.md.hbs', 'public'], ['status-update.md.hbs', 'internal'], ['status-update.md.hbs', 'public']] as const) {
      const out = md(template(name), viewOf(p, { audience, now: 0, defaultTimeZone: () => 'UTC' }) as never, partialsMd);
      assert.match(out, /DRILL/, name);
    }
    const page = renderTemplate(template('public-summary.html.hbs'), viewOf(p, { audience: 'public', now: 0, defaultTimeZone: () => 'UTC' }) as never,
      { format: 'html', partials: { drill: template('_drill.html.hbs'), facts: template('_facts.html.hbs'), head: template('_head.html.hbs') } });
    assert.match(page, /<title>\[DRILL\]/);
    assert.match(page, /<strong>DRILL<\/strong>/);
  });
});

describe('the site model', () => {
  const entry = (id: string, started: string | null) => ({
    id, title: id, href: `incidents/${id}.html`, entry_id: id, severity: null, started, ended: null, duration_ms: null, duration_approx: false, services: [], summary: null,
    updated: started ?? `${id.slice(0, 10)}T00:00:00Z`,
  });

  it('publishes public incidents with a published post-mortem, never drills', () => {
    assert.equal(isPublished({ public: true, postmortem: { status: 'published' } }), true);
    assert.equal(isPublished({ public: true, kind: 'drill', postmortem: { status: 'published' } }), false);
    assert.equal(isPublished({ public: true, postmortem: { status: 'approved' } }), false);
    assert.equal(isPublished({ public: 'true', postmortem: { status: 'published' } }), false);
    assert.equal(isPublished({ postmortem: { status: 'published' } }), false);
  });

  it('orders newest first by start, then by id', () => {
    const sorted = newestFirst([entry('2020-01-01-a', '2020-01-01T10:00:00Z'), entry('2021-01-01-b', null), entry('2020-01-01-c', '2020-01-01T10:00:00Z')]);
    assert.deepEqual(sorted.map((e) => e.id), ['2021-01-01-b', '2020-01-01-c', '2020-01-01-a']);
  });

  it('feeds the newest entries with a deterministic updated time', () => {
    const many = Array.from({ length: FEED_ENTRIES + 5 }, (_, i) => entry(`2020-01-${String(i + 1).padStart(2, '0')}-x`, null));
    const feed = feedContext('T', newestFirst(many));
    assert.equal(feed.incidents.length, FEED_ENTRIES);
    assert.equal(feed.updated, newestFirst(many)[0]!.updated);
    assert.equal(feedContext('T', []).updated, '1970-01-01T00:00:00Z');
  });

  it('falls back to the id date when an incident has no times', () => {
    const view = { id: '2020-02-03-x', title: 'X', severity: null, started: null, ended: null, resolved: null, duration_ms: null, services: [], public_summary: null };
    assert.equal(siteEntry(view as never).updated, '2020-02-03T00:00:00Z');
  });
});
