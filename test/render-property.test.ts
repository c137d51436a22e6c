// The public guarantee, as properties over generated incidents (fast-check):
// 1. no internal field's text reaches public output, whatever the public text around it holds;
// 2. a person named in the incident and written into the public summary is always caught by the
//    leak check, which names the field and the line it came from.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { DocumentError } from '../src/core/util/errors.ts';
import { compileTemplate } from '../src/core/render/compile.ts';
import { findLeaks, leakRules, peopleOf, readable } from '../src/core/render/leak.ts';
import { prepare, publicOrigins, publicSummaryOf, viewOf } from '../src/core/render/prepare.ts';
import { DEFAULT_CONFIG } from '../src/core/config/config.ts';
import { ROOT } from './helpers/repo.ts';
import { loadMarkdownHtml } from '../src/core/render/markdown-html.ts';

// HTML templates run the sanitizing Markdown pipeline, loaded on demand.
await loadMarkdownHtml();

const template = (name: string) => fs.readFileSync(path.join(ROOT, 'templates', name), 'utf8');
const partials = (format: string) => Object.fromEntries(['drill', 'facts', 'head'].flatMap((n) => {
  const file = path.join(ROOT, 'templates', `_${n}.${format}.hbs`);
  return fs.existsSync(file) ? [[n, fs.readFileSync(file, 'utf8')]] : [];
}));
const PUBLIC_TEMPLATES = [
  compileTemplate(template('public-summary.md.hbs'), { format: 'md', partials: partials('md') }),
  compileTemplate(template('public-summary.html.hbs'), { format: 'html', partials: partials('html') }),
  compileTemplate(template('status-update.md.hbs'), { format: 'md', partials: partials('md') }),
];

// Internal text carries a marker no public text can hold (public text has no "z").
const internal = fc.stringMatching(/^[a-y]{5,8}$/).map((s) => `zq${s}qz`);
const WORDS = ['Customers', 'saw', 'errors', 'We', 'fixed', 'it', '*', '**', '_', '`', '```', '~~~', '<pre>', '</pre>', '<script>', '<?',
  '<!--', '-->', '[', ']', '(', ')', '![', 'https://x.test', 'javascript:', '#', '##', '###', '\n', '\n\n', '- ', '1. ', '> ', '|', '&amp;',
  '&', '"', "'", '\\', '{{', '}}', '    ', '---', '===', '<b>'];
const publicText = fc.array(fc.constantFrom(...WORDS), { maxLength: 25 }).map((w) => w.join(' '));
const ZONES = ['UTC', 'Europe/Berlin', 'America/Los_Angeles', 'Asia/Kolkata'];
const MINUTE = 60_000;

const incidentArb = fc.record({
  title: publicText.map((t) => t.replace(/\n/g, ' ') || 'Outage'),
  severity: fc.constantFrom('SEV-1', 'SEV-2', 'SEV-3'),
  kind: fc.constantFrom('incident', 'drill'),
  status: fc.constantFrom('investigating', 'identified', 'monitoring', 'resolved', 'closed'),
  timezone: fc.constantFrom(...ZONES),
  services: fc.array(fc.constantFrom('checkout', 'web-app', 'api'), { maxLength: 3 }),
  roles: fc.array(internal, { minLength: 6, maxLength: 6 }),
  timeline: fc.array(fc.record({
    offset: fc.integer({ min: 0, max: 3 * 24 * 60 }),
    kind: fc.constantFrom('started', 'detected', 'acknowledged', 'declared', 'mitigated', 'recovered', 'resolved', 'note', 'action', 'comms', 'role'),
    by: fc.option(internal, { nil: undefined }),
    text: internal,
    approx: fc.boolean(),
  }), { maxLength: 12 }),
  impact: fc.record({ summary: internal, label: internal, value: internal }),
  items: fc.array(fc.record({ title: internal, owner: internal, reason: internal, issue: internal }), { maxLength: 3 }),
  postmortem: fc.record({ owner: internal, meeting: internal }),
  extra: internal,
  prose: fc.array(internal, { minLength: 4, maxLength: 4 }),
  comment: internal,
  summary: publicText,
  happened: publicText,
  doing: publicText,
});

type Generated = typeof incidentArb extends fc.Arbitrary<infer T> ? T : never;

/** The incident file: internal text in every internal field and section, public text only in public places. */
function incidentFile(g: Generated): string {
  const q = (s: string) => JSON.stringify(s);
  const start = Date.parse('2026-03-28T21:00:00Z');
  const lines = [
    '---', `# ${g.comment}`, 'id: 2026-03-28-generated', `title: ${q(g.title)}`, `kind: ${g.kind}`, `severity: ${g.severity}`, `status: ${g.status}`,
    `timezone: ${g.timezone}`, `services: [${g.services.join(', ')}]`, 'public: true',
    'roles:', ...['incident_commander', 'deputy', 'scribe', 'communications_liaison', 'investigation_coordinator'].map((r, i) => `  ${r}: ${q(g.roles[i]!)}`),
    `  subject_matter_experts: [${q(g.roles[5]!)}]`,
    'impact:', `  summary: ${q(g.impact.summary)}`, '  figures:', `    - { label: ${q(g.impact.label)}, value: ${q(g.impact.value)} }`,
    'timeline:', ...g.timeline.flatMap((e) => [
      `  - at: ${new Date(start + e.offset * MINUTE).toISOString().replace('.000Z', 'Z')}`, `    kind: ${e.kind}`,
      ...(e.by ? [`    by: ${q(e.by)}`] : []), `    text: ${q(e.text)}`, ...(e.approx ? ['    approx: true'] : []),
    ]),
    'action_items:', ...g.items.flatMap((a, i) => [`  - id: AI-${i + 1}`, `    title: ${q(a.title)}`, `    owner: ${q(a.owner)}`, `    reason: ${q(a.reason)}`, `    issue: ${q(a.issue)}`]),
    'postmortem:', `  owner: ${q(g.postmortem.owner)}`, `  meeting: ${q(g.postmortem.meeting)}`, '  status: published',
    `internal_notes: ${q(g.extra)}`, '---',
  ];
  const body = [
    '## Summary', '', g.prose[0], '', '## Root cause and contributing factors', '', g.prose[1], '',
    '## Public summary', '', `<!-- ${g.comment} -->`, g.summary, '', '### What happened', '', g.happened, '',
    '### What we are doing about this', '', g.doing, '', '## Lessons learned', '', g.prose[2], '', '## Appendix', '', g.prose[3], '',
  ];
  return [...lines, ...body].join('\n');
}

/** Every internal marker of a generated incident. */
function markers(g: Generated): string[] {
  return [
    ...g.roles, ...g.timeline.flatMap((e) => [e.text, ...(e.by ? [e.by] : [])]), g.impact.summary, g.impact.label, g.impact.value,
    ...g.items.flatMap((a) => [a.title, a.owner, a.reason, a.issue]), g.postmortem.owner, g.postmortem.meeting, g.extra, ...g.prose, g.comment,
  ];
}

describe('the public guarantee (property-based)', () => {
  it('no internal field or section reaches public output', async () => {
    await fc.assert(fc.asyncProperty(incidentArb, async (g) => {
      const p = await prepare(incidentFile(g), 'incidents/generated.md');
      let view;
      try {
        view = viewOf(p, { audience: 'public', now: Date.parse('2026-04-01T00:00:00Z'), defaultTimeZone: () => 'UTC' });
      } catch (error) {
        // A code or HTML block left open in the public summary would swallow what follows: refused.
        assert.ok(error instanceof DocumentError && /unclosed block in the Public summary/.test(error.message), String(error));
        return;
      }
      for (const run of PUBLIC_TEMPLATES) {
        const out = run(view as never);
        const seen = readable(out);
        for (const m of markers(g)) assert.ok(!out.includes(m) && !seen.includes(m), `internal "${m}" in public output:\n${out}`);
      }
    }), { numRuns: 300, seed: 20261205 });
  });

  it('a person named in the incident and written into the public summary is caught, with its origin', async () => {
    const name = fc.tuple(fc.constantFrom('B', 'D', 'K', 'M', 'R'), fc.stringMatching(/^[a-y]{3,7}$/)).map(([a, b]) => a + b);
    const where = fc.constantFrom('incident_commander', 'scribe', 'by', 'owner');
    await fc.assert(fc.asyncProperty(incidentArb, name, where, fc.nat(), async (g, person, field, at) => {
      const words = g.happened.split(' ');
      words.splice(at % (words.length + 1), 0, ` ${person} `);
      const happened = words.join(' ').replace(/```|~~~|<pre>|<script>|<\?/g, ''); // keep the section closed
      const changed: Generated = {
        ...g, happened,
        roles: field === 'incident_commander' ? [person, ...g.roles.slice(1)] : field === 'scribe' ? [...g.roles.slice(0, 2), person, ...g.roles.slice(3)] : g.roles,
        timeline: field === 'by' ? [...g.timeline, { offset: 5, kind: 'note', by: person, text: 'x', approx: false }] : g.timeline,
        items: field === 'owner' ? [...g.items, { title: 'x', owner: person, reason: 'x', issue: 'x' }] : g.items,
        summary: g.summary.replace(/```|~~~|<pre>|<script>|<\?/g, ''),
        doing: g.doing.replace(/```|~~~|<pre>|<script>|<\?/g, ''),
      };
      const text = incidentFile(changed);
      const p = await prepare(text, 'incidents/generated.md');
      const summary = publicSummaryOf(p);
      const view = viewOf(p, { audience: 'public', now: 0, defaultTimeZone: () => 'UTC' }, summary);
      const out = PUBLIC_TEMPLATES[1]!(view as never);
      if (!readable(out).includes(person)) return; // the Markdown around it made it something else (e.g. a link target)
      const leaks = findLeaks(out, leakRules(peopleOf(p.data), DEFAULT_CONFIG), publicOrigins(p, summary), 'page.html');
      const leak = leaks.find((l) => l.message.includes(`name "${person}"`));
      assert.ok(leak, `"${person}" not reported:\n${out}`);
      const fieldName = { incident_commander: 'roles.incident_commander', scribe: 'roles.scribe', by: 'timeline[', owner: 'action_items[' }[field];
      assert.ok(leak.message.includes(fieldName), leak.message);
      assert.equal(leak.file, 'incidents/generated.md');
      assert.ok(text.split('\n')[leak.line! - 1]!.includes(person), `line ${leak.line} does not hold ${person}`);
    }), { numRuns: 200, seed: 20261205 });
  });
});
