// The public guarantee over Markdown bodies (fast-check, seeded, 100,000 cases): bodies built from
// CommonMark constructs (headings ATX and setext, paragraphs, lists, quotes, code fenced and
// indented, raw HTML blocks of every kind, comments, definitions, tables, links) with internal
// sections before and after the Public summary. What is published from the Public summary (its
// safe Markdown, every part) never holds internal text, and the leak check run on that text with
// the internal marker as a person's name agrees (finds nothing). A block left open that would run
// into an internal section must be refused. In-process, no CLI: each case is a few small strings.
// The 100,000 cases run before remark's parser is loaded: safeMarkdown then keeps every character
// of the section as text (nothing is filtered out), so what is checked is everything the section
// boundaries let through, at a fraction of the cost; a smaller run checks the filtered output too.
// More cases: CASEFILE_PROPERTY_RUNS=1000000.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { DEFAULT_CONFIG } from '../src/core/config/config.ts';
import { DocumentError } from '../src/core/util/errors.ts';
import { findLeaks, leakRules } from '../src/core/render/leak.ts';
import { loadMarkdownParser } from '../src/core/render/markdown-safe.ts';
import { extractPublicSummary } from '../src/core/render/public-summary.ts';
import { remarkBody } from '../src/core/markdown/remark-sections.ts';
import { scanBody } from '../src/core/markdown/sections.ts';

const RUNS = Number(process.env.CASEFILE_PROPERTY_RUNS ?? 100_000);
const SEED = Number(process.env.CASEFILE_PROPERTY_SEED ?? 20261204);

// Internal text is the one word public text never holds.
const MARK = 'Zqinternal';
const RULES = leakRules(new Map([[MARK, ['roles.scribe']]]), DEFAULT_CONFIG);

/** Public prose and markup: every construct closed (what is left open is chosen below). */
const PUBLIC_BLOCKS = [
  'Customers saw errors.', 'Some *requests* failed with `500` and **timeouts**.', 'A [status page](https://status.example.com) update.',
  '- one\n- two', '1. first\n2. second', '> quoted text', '```\ncode\n```', '~~~sh\nls\n~~~', '    indented code', '---', '***',
  '<div>\nraw html\n</div>', '<!-- a comment -->', '<!--\nguidance\n-->', '[ref]: https://example.com', 'See [ref].', '| a | b |\n|---|---|\n| 1 | 2 |',
  'Setext title\n============', 'Setext sub\n----------', '### What happened', '#### Deeper', '<details>\ntext\n</details>', 'Text with <b>html</b> inline.',
  '<pre>\nclosed\n</pre>', '<?php echo 1; ?>', '<![CDATA[ x ]]>', '<!DOCTYPE html>', '\\## not a heading', '  ## indented heading', '* * *',
  '[x](javascript:alert(1))', '<https://example.com>', 'Line with trailing spaces  \nnext', '- item\n\n  continued', '>', '-', '#', '######',
];
/** Blocks that stay open to the end of the document (what follows them is theirs). */
const OPENERS = ['```', '~~~', '<pre>', '<script>', '<style>', '<textarea>', '<?', '<![CDATA[', '<!--', '<!DOCTYPE x', '    ', '   <pre>', ' <?', '  <!X'];
const INTERNAL_HEADINGS = ['## Timeline', '## Internal notes', '# Root cause', 'Lessons learned\n---------------', 'Internal\n========', '## Action items'];
const PUBLIC_HEADINGS = ['## Public summary', 'Public summary\n--------------', '# Public summary', '## Customer summary'];

const blocks = (maxLength: number) => fc.array(fc.constantFrom(...PUBLIC_BLOCKS), { maxLength });
const depthOf = (h: string) => (h.startsWith('#') ? /^#+/.exec(h)![0].length : h.endsWith('=') ? 1 : 2);
/** An internal section that ends the Public summary: a heading no deeper than its own. */
const internal = (depth: number) => fc.constantFrom(...INTERNAL_HEADINGS.filter((h) => depthOf(h) <= depth)).map((h) => `${h}\n\n${MARK} said db-7 failed.`);

const body = fc.constantFrom(...PUBLIC_HEADINGS).chain((heading) => fc.record({
  before: fc.option(internal(6), { nil: undefined }),
  heading: fc.constant(heading),
  content: blocks(6),
  open: fc.option(fc.constantFrom(...OPENERS), { freq: 4, nil: undefined }),
  after: fc.array(internal(depthOf(heading)), { minLength: 1, maxLength: 2 }),
  separator: fc.constantFrom('\n\n', '\n\n\n', '\n'),
}));

const FRONTMATTER = '---\ntitle: x\n---\n';

/** The Public summary as the renderers get it, or null when refused (or when there is none). */
function publicText(text: string): string | null {
  let parsed = scanBody(text, FRONTMATTER.length);
  if (!parsed.exact) parsed = remarkBody(text);
  try {
    const s = extractPublicSummary(text, FRONTMATTER.length, 'x.md', parsed);
    if (!s) return null;
    const v = s.view;
    return [v.markdown, v.summary, v.what_happened, v.what_we_are_doing, ...v.other_sections.map((o) => o.markdown)].filter(Boolean).join('\n\n');
  } catch (error) {
    if (error instanceof DocumentError && /unclosed block/.test(error.message)) return null;
    throw error;
  }
}

interface Generated { before: string | undefined; heading: string; content: string[]; open: string | undefined; after: string[]; separator: string }

function check(b: Generated): void {
  const parts = [...(b.before ? [b.before] : []), b.heading, ...b.content, ...(b.open ? [b.open] : []), ...b.after];
  // Blocks are kept apart by a blank line, the first internal heading by the chosen separator (a blank line after an open block).
  const head = parts.slice(0, parts.length - b.after.length).join('\n\n');
  const text = `${FRONTMATTER}${head}${b.separator === '\n' && !b.open ? '\n\n' : b.separator}${b.after.join('\n\n')}\n`;
  const out = publicText(text);
  if (out === null) return;
  assert.ok(!out.includes(MARK), `internal text published from:\n${text}\n--- published:\n${out}`);
  assert.deepEqual(findLeaks(out, RULES, [], 'out'), []);
}

describe('the Public summary never publishes internal text (property-based)', () => {
  it(`${RUNS} generated bodies: nothing internal within the section's bounds, seed ${SEED}`, () => {
    fc.assert(fc.property(body, check), { numRuns: RUNS, seed: SEED, endOnFailure: true });
  });

  it(`${Math.ceil(RUNS / 40)} more with links and HTML filtered by remark's tree, seed ${SEED + 1}`, async () => {
    await loadMarkdownParser();
    fc.assert(fc.property(body, check), { numRuns: Math.ceil(RUNS / 40), seed: SEED + 1, endOnFailure: true });
  });
});
