// The fast path of Markdown out (src/core/markdown/markdown-fast.ts) against the long way it stands
// for (markdownRoundTrip: micromark's tree written by mdast-util-to-markdown): on what the default
// templates make of every fixture, on generated documents (seeded) made of the shapes it knows and
// of the characters that make it step aside, and on the Markdown people wrote in the fixtures, it
// gives the same bytes or steps aside (undefined), and markdownOut gives the long way's bytes.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import spec from 'commonmark-spec';
import { fastMarkdownOut } from '../src/core/markdown/markdown-fast.ts';
import { markdownOut, markdownRoundTrip } from '../src/core/markdown/markdown-out.ts';
import { renderTemplate } from '../src/core/render/compile.ts';
import { finishOutput } from '../src/core/render/output.ts';
import { prepare, publicSummaryOf, viewOf } from '../src/core/render/prepare.ts';
import type { Audience } from '../src/core/render/view.ts';
import { reportContext } from '../src/commands/report.ts';
import { ROOT } from './helpers/repo.ts';

/** Same bytes as the long way, or a step aside; counts the documents the fast path took. */
function check(markdown: string, taken: { fast: number; all: number }, label: string): void {
  const fast = fastMarkdownOut(markdown);
  const long = markdownRoundTrip(markdown);
  taken.all++;
  if (fast !== undefined) {
    taken.fast++;
    assert.equal(fast, long, `${label}\n--- input\n${markdown}`);
  }
  assert.equal(markdownOut(markdown), long, label);
}

function fixtures(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of fs.readdirSync(path.join(ROOT, 'incidents'))) out[name] = fs.readFileSync(path.join(ROOT, 'incidents', name), 'utf8');
  const backfill = path.join(ROOT, 'test', 'fixtures', 'backfill');
  for (const dir of fs.readdirSync(backfill)) out[dir] = fs.readFileSync(path.join(backfill, dir, 'incident.md'), 'utf8');
  return out;
}

const template = (name: string) => fs.readFileSync(path.join(ROOT, 'templates', name), 'utf8');
const PARTIALS = { facts: template('_facts.md.hbs'), drill: template('_drill.md.hbs') };

/** What a default template makes of an incident before Markdown out (commands/render.ts and report.ts). */
async function made(text: string, file: string, name: string, audience: Audience, now: number): Promise<string> {
  const prepared = await prepare(text, file);
  const summary = publicSummaryOf(prepared, audience === 'internal');
  const view = viewOf(prepared, { audience, now, defaultTimeZone: () => 'UTC' }, summary);
  const context = name === 'coordinator-report.md.hbs' ? reportContext(view, prepared.data, now, undefined, file) : view;
  return finishOutput(renderTemplate(template(name), context as unknown as Record<string, unknown>, { format: 'md', partials: PARTIALS, name }), 'md');
}

describe('fast Markdown out', () => {
  it('writes what the default templates make of every fixture as the long way does, and takes most of them', async () => {
    const taken = { fast: 0, all: 0 };
    const now = Date.parse('2030-01-01T00:00:00Z');
    for (const [name, text] of Object.entries(fixtures())) {
      for (const [tpl, audience] of [
        ['postmortem.md.hbs', 'internal'], ['status-update.md.hbs', 'public'], ['status-update.md.hbs', 'internal'], ['coordinator-report.md.hbs', 'internal'],
      ] as const) {
        check(await made(text, name, tpl, audience, now), taken, `${name} ${tpl} ${audience}`);
      }
      if (/^## Public summary/m.test(text)) check(await made(text, name, 'public-summary.md.hbs', 'public', now), taken, `${name} public-summary`);
    }
    assert.ok(taken.fast >= taken.all * 0.6, `the fast path took ${taken.fast} of ${taken.all}`);
  });

  it('writes the Markdown people wrote in the fixtures as the long way does, or steps aside', () => {
    const taken = { fast: 0, all: 0 };
    for (const [name, text] of Object.entries(fixtures())) {
      const body = text.replace(/^---\n[\s\S]*?\n---\n/, '');
      check(finishOutput(body, 'md'), taken, name);
      // Each section on its own too: a single odd block makes the whole body step aside.
      for (const section of body.split(/\n(?=## )/)) check(finishOutput(section, 'md'), taken, `${name} section`);
    }
    assert.ok(taken.fast > 0);
  });

  // Pieces of text, the shapes the templates write and the characters that make the fast path step aside.
  const safe = fc.constantFrom(
    'alpha', 'Beta', 'pg_stat', 'a_b_c', 'C#', '#9627', '(ticket', 'done)', '10.5', '~5m', '(+~3m)', '\\~', '\\~2h', '**AI-1**', '**Started:**',
    '**x**:', '`code`', '`a b`', 'https://example.com/a_b?x=1&y=2', 'https://e.com/x.', '[DRILL]', 'Ana María', 'ümlaut', '\u200B@x', '"q"', "it's",
    '-', '+', '=', 'x'.repeat(90),
  );
  const risky = fc.constantFrom(
    '_x', 'x_', '#', '1.', '2)', '~', '~~', 'x~y', '**bad **', '** bad**', '*', '` x`', '``', 'www.example.com', 'a@b.example', '&amp;', '&', 'R&D',
    '[x](y)', '[^1]', '[x]:', '<b>', '>', '|', '\\|', '\\', '!', ':-', '---',
  );
  const word = fc.oneof({ arbitrary: safe, weight: 40 }, { arbitrary: risky, weight: 1 });
  // Mostly spaces between the pieces; sometimes none, or punctuation, so that pieces touch.
  const joint = fc.constantFrom(' ', ' ', ' ', ' ', '', ':', '(', ')', '.');
  const line = fc.array(fc.tuple(word, joint), { minLength: 1, maxLength: 12 }).map((ws) => ws.map(([w, j]) => w + j).join('').trim());
  const cell = fc.array(word, { minLength: 0, maxLength: 3 }).map((ws) => ws.join(' ').replace(/(?<!\\)\|/g, '\\|'));
  const block = fc.oneof(
    fc.tuple(fc.integer({ min: 1, max: 3 }), line).map(([d, l]) => `${'#'.repeat(d)} ${l}`),
    fc.array(line, { minLength: 1, maxLength: 3 }).map((ls) => ls.join('\n')),
    fc.array(fc.array(line, { minLength: 1, maxLength: 2 }).map((ls) => `- ${ls.join('\n  ')}`), { minLength: 1, maxLength: 4 }).map((is) => is.join('\n')),
    fc.tuple(fc.integer({ min: 1, max: 3 }), fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 3 }), fc.constantFrom('---', ':--', '--:', ':-:'))
      .map(([, rows, d]) => [`| ${rows[0]!.join(' | ')} |`, `|${[d, '---', d].join('|')}|`, ...rows.slice(1).map((r) => `| ${r.join(' | ')} |`)].join('\n')),
    fc.array(line, { minLength: 1, maxLength: 2 }).map((ls) => ls.map((l) => `> ${l}`).join('\n')),
    fc.tuple(fc.constantFrom('', 'console', 'c++'), fc.array(line, { minLength: 1, maxLength: 3 })).map(([lang, ls]) => `\`\`\`${lang}\n${ls.join('\n')}\n\`\`\``),
  );
  const doc = fc.array(fc.tuple(block, fc.constantFrom('\n\n', '\n')), { minLength: 1, maxLength: 6 }).map((bs) => bs.map(([b, sep]) => b + sep).join(''));

  it('reads the line starts and ends it tests by hand as the long way does (ordered-list markers, fences, white space)', () => {
    const taken = { fast: 0, all: 0 };
    const starts = ['1.', '2)', '12)', '123456789.', '1234567890)', '1', '1:', '(1)', '```', '~~~', ' ```', '   ~~~x', '\t```', '\u00a0```', '\u3000~~~', '``x', '~~x'];
    const ends = ['', ' ', '\t', '\u00a0', '\u2003', '\uFEFF', 'x'];
    for (const start of starts) {
      for (const end of ends) {
        const l = `${start} text${end}`;
        for (const markdown of [`${l}\n`, `Text\n${l}\n`, `- item\n  ${l}\n`, `- ${l}\n`, `> ${l}\n`, `# ${l}\n`, `Code \`${l}\` here\n`, `| a |\n|---|\n| ${l} |\n`]) {
          check(markdown, taken, JSON.stringify(markdown));
        }
      }
    }
    for (const strong of ['**AI-1**:', '**AI-1**,', '**AI-1**.', '**AI-1**)', '**AI-1**;', '**AI-**:', '**AI-1:**x', '**(x)**.']) check(`See ${strong} then\n`, taken, strong);
    assert.ok(taken.fast > 20, `the fast path took only ${taken.fast}`);
  });

  it('writes generated documents as the long way does, or steps aside (seeded)', () => {
    const taken = { fast: 0, all: 0 };
    for (const markdown of fc.sample(doc, { numRuns: 1500, seed: 20261205 })) check(finishOutput(markdown, 'md'), taken, 'generated');
    assert.ok(taken.fast > 150, `the fast path took ${taken.fast} of ${taken.all}`);
  });

  it('writes every CommonMark spec example as the long way does, or steps aside (an external suite: the corners of the syntax)', () => {
    const taken = { fast: 0, all: 0 };
    for (const example of spec.tests as { markdown: string; number: number }[]) {
      const markdown = example.markdown.replace(/\u2192/g, '\t'); // the spec writes tabs as arrows
      check(markdown, taken, `spec example ${example.number}`);
      check(`# Summary\n\n${markdown}`, taken, `spec example ${example.number} after a heading`);
    }
    assert.equal(taken.all, spec.tests.length * 2);
    assert.ok(taken.fast > 30, `the fast path took only ${taken.fast} spec texts: it is not being exercised`);
  });

  it('steps aside for what it does not know', () => {
    for (const markdown of [
      '> a\nlazy\n', '> a\n\n> b\n', 'a ~b~ c\n', 'x &amp; y\n', '1. one\n', '- a\n\n- b\n', '- a\nlazy\n', 'hard  \nbreak\n', 'a\n===\n', '<div>x</div>\n',
      '[x]: https://example.com\n', 'www.example.com\n', '* star\n', 'a *b* c\n', '    indented\n', '~~~\ncode\n~~~\n', '# Title #\n',
    ]) {
      assert.equal(fastMarkdownOut(markdown), undefined, markdown);
      assert.equal(markdownOut(markdown), markdownRoundTrip(markdown), markdown);
    }
  });

  it('takes the shapes of a post-mortem', () => {
    const markdown = [
      '# [DRILL] Elevated 5xx on log-entries-service in the C# worker', '',
      '> **DRILL**: this is a practice incident, not a real one. It never counts in metrics and is never published.', '',
      '- **Started:** 2026-01-02 14:53 UTC', '- **File:** `incidents/2026-01-02-x.md`', '',
      'Times in Europe/London; ~ marks an approximate time.', '',
      '- ~2026-01-02 14:53:00 **started**: First errors in pg_stat_activity (ticket #9627).',
      '- 16:11:54 evidence: Graph: https://grafana.example.com/d/76234?from=now-6h&var-service=log', '',
      '| Metric | Duration |', '|---|---|', '| Time to detect | \\~3m54s |', '',
      '**Milestones:** started 08:00, detected 08:08 (+~8m46s), declared 08:22 (+~22m09s)', '',
      '```console', '$ kubectl get pods', '```', '',
    ].join('\n');
    const fast = fastMarkdownOut(markdown);
    assert.notEqual(fast, undefined);
    assert.equal(fast, markdownRoundTrip(markdown));
  });

  it("takes the report's open threads, each item starting with its number", () => {
    const markdown = [
      '**Open threads:**', '- #nwjkx Why is the queue growing? (dave)', '- #9627 Which replica lags behind the primary by more than the others, and since when? (Ana María)', '',
      '**Answered:**', '- #aqsbx Is the CDN involved? → no (carmen)', '',
    ].join('\n');
    const fast = fastMarkdownOut(markdown);
    assert.notEqual(fast, undefined);
    assert.equal(fast, markdownRoundTrip(markdown));
    // Still not a heading's `# `, nor `##x`, which the style leaves escaped.
    for (const item of ['- # x\n', '- ##x\n']) assert.equal(fastMarkdownOut(item), undefined, item);
  });
});
