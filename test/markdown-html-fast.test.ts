// Differential test of the fast Markdown-to-HTML path (src/core/render/markdown-html-fast.ts)
// against the unified pipeline it stands in for (markdown-sanitize.ts's pipelineHtml): on every
// CommonMark spec example, the generated corpus's bodies (which it must take), the real
// post-mortems and fixtures, snippets, and generated bodies (fast-check, seeded), it gives the
// pipeline's string or steps aside; and the site's pages are the same bytes with it and without.
// Longer runs: `node --import tsx scripts/fuzz-markdown-html.ts --cases 100000`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import spec from 'commonmark-spec';
import { incidentText } from '../scripts/corpus.mjs';
import { renderPages } from '../src/commands/site-render.ts';
import { splitFrontmatter } from '../src/core/document/document-split.ts';
import { fastSanitizedHtml } from '../src/core/render/markdown-html-fast.ts';
import { stripComments } from '../src/core/render/markdown-safe.ts';
import { pipelineHtml, sanitizedHtml, useFastHtml } from '../src/core/render/markdown-sanitize.ts';
import { bodyArb, cleanBodyArb, compareHtml } from './helpers/markdown-html-diff.ts';

const ROOT = join(import.meta.dirname, '..');

/** The body as the internal view passes it to `{{markdown body}}` (view-internal.ts). */
const bodyOf = (text: string) => stripComments(text.slice(splitFrontmatter(text).bodyStart)).replace(/\r\n?/g, '\n').replace(/\n{3,}/g, '\n\n').trim();

/** A sample of the bench's corpus (`.bench/corpus-2-10000-open1-init`, made by scripts/corpus.mjs). */
const corpus = Array.from({ length: 300 }, (_, k) => incidentText(k * 33, { n: 10_000, open: 1 }));

/** The real post-mortems and fixture incidents in the repository, and the template's body. */
function repositoryBodies(): [string, string][] {
  const files: string[] = [];
  for (const dir of readdirSync(join(ROOT, 'test/fixtures/backfill'))) files.push(join('test/fixtures/backfill', dir, 'incident.md'));
  for (const dir of ['incidents', 'test/fixtures/insights/incidents']) for (const f of readdirSync(join(ROOT, dir))) if (f.endsWith('.md')) files.push(join(dir, f));
  const bodies = files.map((f): [string, string] => [f, bodyOf(readFileSync(join(ROOT, f), 'utf8'))]);
  return [...bodies, ['templates/incident.md', stripComments(readFileSync(join(ROOT, 'templates/incident.md'), 'utf8')).trim()]];
}

test('every CommonMark spec example, offsets 0 and 1: the pipeline\'s HTML or a step aside', () => {
  const differences: string[] = [];
  let taken = 0;
  for (const example of spec.tests) {
    const markdown = example.markdown.replace(/→/g, '\t'); // the spec writes tabs as arrows
    for (const offset of [0, 1]) {
      const result = compareHtml(markdown, offset);
      if (result === 'same') taken++;
      else if (result !== 'aside') differences.push(`example ${example.number}: ${result}`);
    }
  }
  assert.deepEqual(differences, []);
  assert.ok(taken >= 350, `only ${taken} of ${spec.tests.length * 2} spec examples taken`);
});

test('the corpus\'s bodies: all taken, the pipeline\'s HTML', () => {
  for (const [k, text] of corpus.entries()) {
    const body = bodyOf(text);
    const offset = k % 2;
    const fast = fastSanitizedHtml(body, offset);
    assert.notEqual(fast, undefined, `corpus #${k * 33} stepped aside`);
    assert.equal(fast, pipelineHtml(body, offset), `corpus #${k * 33}, offset ${offset}`);
  }
});

test('the real post-mortems and fixture incidents: the pipeline\'s HTML (the post-mortems taken)', () => {
  let taken = 0;
  for (const [file, body] of repositoryBodies()) {
    for (const offset of [0, 1]) {
      const result = compareHtml(body, offset);
      assert.notEqual(result === 'same' || result === 'aside' ? 'ok' : result, result, file);
      if (result === 'same') taken++;
      if (file.includes('backfill')) assert.equal(result, 'same', `${file} stepped aside`);
    }
  }
  assert.ok(taken >= 100, `only ${taken} taken`); // all 51 bodies, both offsets, when written
});

test('snippets: what the fast path takes, what it steps aside for, and the pipeline\'s HTML for both', () => {
  const taken = [
    '## Impact\n\n| Metric | Value |\n| :-- | --: |\n| p99 | 8 s |\n| short |',
    '- a\n  - b\n\n    c\n- d',
    '1. one\n2. two\n\n3. three',
    '```console\n$ kubectl get pods & <x>\n\n  indented\n```',
    'R&D said "5 < 6" > 4 \'ok\' `a & b` é 😀',
    'line one  \nline two\nline three',
    '*em* _em_ **strong** __strong__ snake_case_name *[link](https://x.y/a_b?c=1&d=\'2\')*',
    '![a "b"](https://x.y/i.png) <https://x.y/?a&b> [mail](mailto:a@b.c)',
    '> quoted\n> text\n\n---\n\n###### deep\n\n# top #',
    '~40 MB, ~2 min',
    'a*b is a product',
    '«_a_» €_b_€ “*c*” *—d—*', // Unicode punctuation and symbols next to a run, as micromark classes them
    '- a\n\n\n\n- b',
  ];
  // Each one a near miss of a shape the fast path takes: taken or not, never a different string.
  const near = ['a*~x* b', '*a ~*b', '- a\n- - - -', '* a\n\n* * * *', 'x<*a@b.c>y', 'p99<8s@x>', 'a _~x_ b', '~a *b*~', 'x_«y»_z', '10. a\n11. b', '- a\n\n  b\n\n- c', '1. a\n\n   - b\n\n     c', '| a |\n|-|\n|*.a|'];
  for (const markdown of near) for (const offset of [0, 1]) assert.match(compareHtml(markdown, offset), /^(same|aside)$/, JSON.stringify(markdown));
  const aside = [
    'a\\*b', '&amp;', '<b>raw</b>', '[ref]\n\n[ref]: https://x.y', 'Setext\n===', '    indented code', 'a\tb', 'a\r\nb',
    '- a\nlazy', '~~gone~~', '[x](javascript:alert(1))', '<!-- note -->text', '***a***', '*a **b* c**',
  ];
  for (const markdown of taken) for (const offset of [0, 1, 5, -3]) assert.equal(compareHtml(markdown, offset), 'same', JSON.stringify(markdown));
  for (const markdown of aside) assert.equal(compareHtml(markdown, 0), 'aside', JSON.stringify(markdown));
});

test('2,000 generated bodies (seeded): the pipeline\'s HTML or a step aside', () => {
  const seed = Number(process.env.MARKDOWN_HTML_SEED ?? 20261205);
  const differences: string[] = [];
  let taken = 0;
  fc.sample(bodyArb, { numRuns: 2_000, seed }).forEach((body, k) => {
    const result = compareHtml(body, k % 3 === 0 ? 1 : 0);
    if (result === 'same') taken++;
    else if (result !== 'aside') differences.push(result);
  });
  assert.deepEqual(differences.slice(0, 3), [], `${differences.length} differences (seed ${seed})`);
  assert.ok(taken >= 700, `only ${taken} of 2,000 taken`);
  // Bodies of the clean shapes alone: most are taken.
  const clean = fc.sample(cleanBodyArb, { numRuns: 300, seed }).filter((body) => fastSanitizedHtml(body, 0) !== undefined).length;
  assert.ok(clean >= 200, `only ${clean} of 300 clean bodies taken`);
});

test('the site\'s pages: the same bytes with the fast path and without', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'casefile-mdhtml-'));
  try {
    mkdirSync(join(dir, 'in'));
    const files = [
      ...corpus.slice(0, 40).map((text, k): [string, string] => [`corpus-${k}`, text]),
      ...readdirSync(join(ROOT, 'test/fixtures/backfill')).map((name): [string, string] => [name, readFileSync(join(ROOT, 'test/fixtures/backfill', name, 'incident.md'), 'utf8')]),
    ];
    const jobs = files.map(([name, text]) => {
      writeFileSync(join(dir, 'in', `${name}.md`), text);
      return { path: join(dir, 'in', `${name}.md`), shown: `incidents/${name}.md`, name };
    });
    const partials: Record<string, string> = {};
    for (const f of readdirSync(join(ROOT, 'templates'))) if (/^_.*\.html\.hbs$/.test(f)) partials[f.slice(1, -'.html.hbs'.length)] = readFileSync(join(ROOT, 'templates', f), 'utf8');
    const template = { source: readFileSync(join(ROOT, 'templates/postmortem.html.hbs'), 'utf8'), file: 'built-in:postmortem.html.hbs' };
    const pages = async (fast: boolean) => {
      const out = join(dir, fast ? 'fast' : 'pipeline');
      mkdirSync(join(out, 'incidents'), { recursive: true });
      useFastHtml(fast);
      const settings = { template, partials, summary: true, dir: out, title: 'Incidents', now: Date.parse('2026-12-05T00:00:00Z'), defaultTimeZone: 'UTC', hashing: false };
      const { outcomes } = await renderPages(jobs, settings, 1);
      assert.deepEqual(outcomes.filter((o) => o.problem), []);
      return jobs.map((job) => readFileSync(join(out, 'incidents', `${job.name}.html`), 'utf8'));
    };
    const withFast = await pages(true);
    const without = await pages(false);
    assert.equal(withFast.length, files.length);
    for (const [k, page] of withFast.entries()) assert.equal(page, without[k], `${files[k]![0]}.html differs`);
    // The pages do hold the bodies' HTML (a table, lists, code): the comparison is not vacuous.
    assert.match(withFast[0]!, /<table>[\s\S]*<li>[\s\S]*<\/li>/);
    assert.equal(sanitizedHtml('| a |\n| - |'), '<table>\n<thead>\n<tr>\n<th>a</th>\n</tr>\n</thead>\n</table>');
  } finally {
    useFastHtml(true);
    rmSync(dir, { recursive: true, force: true });
  }
});

test('steps aside for exactly the characters it does not copy: controls, the BOM, lone surrogates, HTML comments', () => {
  const UNSURE_TEXT = /[\u0000-\u0009\u000B-\u001F\u007F\uFEFF]|<!--|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
  const parts = ['a', ' ', '\n', '\t', '\u0000', '\u001f', '\u007f', '\u0080', '\ufeff', '\ud83d', '\ude00', '\ud83d\ude00', '<!--', '<!-', '-->', 'é'];
  let seed = 11;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
  for (let n = 0; n < 3000; n++) {
    const text = `Text ${Array.from({ length: 1 + (next() % 6) }, () => parts[next() % parts.length]).join('')} end`;
    if (UNSURE_TEXT.test(text)) assert.equal(fastSanitizedHtml(text, 0), undefined, JSON.stringify(text));
    else assert.notEqual(fastSanitizedHtml(`${text.replace(/[<>\t]/g, 'x')}`, 0), undefined, JSON.stringify(text));
  }
});
