// Differential test of the block scanner (src/core/markdown/block-scanner.ts) against remark-parse: on
// a generated corpus, the repository's incidents, tricky snippets and random documents, scanBody()
// must give exactly the root-level headings (depth, text, positions) and section contents that
// remark gives, or say `exact: false` (then the caller parses with remark). The corpus, the
// incidents and the snippets not marked otherwise must be exact.
import { test } from 'node:test';
import { atxContent } from '../src/core/markdown/block-scanner.ts';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import type { Heading as MdastHeading, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { normalizeTitle, scanBody, sectionText, type Body, type Section } from '../src/core/markdown/sections.ts';
import { splitFrontmatter } from '../src/core/document/document-split.ts';

type IncidentText = (i: number, opts?: { n?: number; open?: number; seed?: number }) => string;
const corpusModule = new URL('../scripts/corpus.mjs', import.meta.url).href;
const { incidentText } = (await import(corpusModule)) as { incidentText: IncidentText };

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);
const COMMENT = /<!--[\s\S]*?-->/g;

/** What the comparison looks at, for one root-level heading. */
interface Seen {
  depth: number;
  text: string;
  line: number;
  column: number;
  start: number;
  end: number;
  hasContent: boolean;
  contentEnd: number;
}

/** remark's root-level headings, with hasContent and contentEnd computed from the root's children. */
function truth(text: string): Seen[] {
  const tree = processor.parse(text) as Root;
  const bom = text.startsWith('\uFEFF') ? 1 : 0; // micromark does not count the BOM in offsets
  const nodes = tree.children;
  const seen: Seen[] = [];
  nodes.forEach((node, i) => {
    if (node.type !== 'heading') return;
    let hasContent = false;
    let contentEnd = text.length;
    for (const next of nodes.slice(i + 1)) {
      if (next.type === 'heading' && next.depth <= node.depth) {
        contentEnd = next.position!.start.offset! + bom;
        break;
      }
      if (!commentsOnly(next)) hasContent = true;
    }
    const { start, end } = node.position!;
    seen.push({
      depth: node.depth, text: toString(node as MdastHeading).trim(), line: start.line, column: start.column,
      start: start.offset! + bom, end: end.offset! + bom, hasContent, contentEnd,
    });
  });
  return seen;
}

const commentsOnly = (node: RootContent) => node.type === 'html' && node.value.replace(COMMENT, '').trim() === '';

function flatten(sections: readonly Section[], out: Section[] = []): Section[] {
  for (const s of sections) {
    out.push(s);
    flatten(s.children, out);
  }
  return out;
}

function scanned(body: Body): Seen[] {
  const sections = flatten(body.sections);
  assert.equal(sections.length, body.headings.length, 'every heading is a section');
  return body.headings.map((h, k) => {
    const s = sections[k]!;
    assert.equal(s.heading, h, 'sections are in heading order');
    assert.equal(s.contentStart, h.end);
    return {
      depth: h.depth, text: h.text, line: h.line, column: h.column, start: h.start, end: h.end,
      hasContent: s.hasContent, contentEnd: s.contentEnd,
    };
  });
}

function bodyStartOf(text: string): number {
  try {
    return splitFrontmatter(text).bodyStart;
  } catch {
    return 0;
  }
}

/** Compares one file; returns whether the scanner claimed to be exact (and then was). */
function check(name: string, text: string, bodyStart = bodyStartOf(text)): boolean {
  const body = scanBody(text, bodyStart);
  if (!body.exact) return false;
  assert.deepEqual(scanned(body), truth(text), `${name}: scanBody differs from remark\n${JSON.stringify(text)}`);
  return true;
}

// ---------------------------------------------------------------------------------------------

const FM = '---\nid: x\n---\n';

/** Snippets that must be exact, each checked after a frontmatter and on its own (bodyStart 0). */
const SNIPPETS: Record<string, string> = {
  'plain sections': '## Summary\n\nText.\n\n## Impact\n\n- a\n- b\n',
  'heading right after frontmatter': '# Title\n## Sub\ntext\n',
  'heading in a backtick fence': '## A\n\n```\n## not a heading\n```\n\n## B\n',
  'heading in a tilde fence': '## A\n~~~ yaml\n# comment\n---\n~~~\n## B\n',
  'longer closing fence': '````\n```\n## in\n`````\n## out\n',
  'shorter fence does not close': '````\n## in\n```\n## still in\n````\n## out\n',
  'unclosed fence runs to the end': '## A\n```\n## in\n## in too\n',
  'indented fence': '   ```\n# in\n   ```\n# out\n',
  'fence indented 4 is code': '    ```\n# out\n',
  'backtick fence info with a backtick is no fence': '``` a`b\n# out\n',
  'closing fence with trailing text': '```\n``` x\n# in\n```\n# out\n',
  'indented code': '## A\n\n    # not a heading\n    more\n\n## B\n',
  'indented code after a paragraph is a continuation': 'para\n    # continuation\n# h\n',
  'tab-indented code': '\t# code\n# h\n',
  'space and tab': ' \t# code\n  \t# code\n',
  'setext h1 and h2': 'Title\n=====\n\nSub\n---\n',
  'setext after blank is a thematic break': '## A\n\n---\n\ntext\n',
  'setext underline with spaces': 'Title\n   ===   \nT2\n    ---\n',
  'multi-line setext': 'Line one\nline two\n---\n',
  'setext with hard breaks': 'Foo  \nBar\\\nBaz \nQux\t\n===\n',
  'setext one char': 'A\n=\nB\n-\n',
  'dash list vs setext': 'a\n- b\n',
  'setext after list item is lazy text': '- item\n===\n\n- item\n---\n',
  'thematic break variants': '* * *\n_ _ _\n- - -\n***\n',
  'heading in list item': '- # in list\n- item\n\n  # still in list\n# out\n',
  'ordered list heading': '1. # in\n2) x\n# out\n',
  'list item with indented code': '-     code\n# out\n',
  'blank list item start': '-\n  # in\n\n-\n\n  # out\n',
  'heading in blockquote': '> # quoted\n> text\n# out\n',
  'lazy blockquote paragraph': '> a\nb\n# out\n',
  'blockquote lazy underline': '> a\n---\n> b\n===\n',
  'nested containers': '> - a\n>   # in\n> b\n\n- > c\n  # in\n# out\n',
  'html comment with heading': '## A\n\n<!--\n## not a heading\n-->\n\n## B\n',
  'html comment only section': '## A\n<!-- guidance -->\n## B\n<!-- a --><!-- b -->\n\n## C\n<!-- x --> text\n',
  'html comment then text': '## A\n<!-- a -->\ntext\n',
  'html div block': '<div>\n# in html\n\n# out\n',
  'html kind 7': '<custom-tag>\n# in\n\n# out\n',
  'html kind 7 cannot interrupt a paragraph': 'para\n<custom-tag>\n# out\n',
  'html script': '<script>\n# in\n</script>\n# out\n',
  'html declaration and PI': '<!DOCTYPE html>\n# out\n<?php\n# in\n?>\n# out2\n',
  'cdata': '<![CDATA[\n# in\n]]>\n# out\n',
  'empty comment': '<!-->\n# out\n<!--->\n# out2\n',
  'closing sequence': '## Title ##\n### Title ###   \n# Title#\n## Title \\##\n',
  'hash without space': '#5 bolt\n#hashtag\n####### seven\n',
  'four-space indented hash': '    # code\n',
  'three-space indented hash': '   ### ok\n',
  'empty headings': '##\n## \n#\n# #\n## ##\n### ###  x\n',
  'tabs in headings': '#\tTab\n##\t\tTabs\t#\n',
  'emphasis in heading': '## *What* went **well**\n## _under_score_ and snake_case\n',
  'code in heading': '## The `## x` command\n## ``a ` b``\n',
  'links in heading': '## See [the docs](http://x.example "t") and ![img](a.png)\n## <http://auto.example> <b>bold</b>\n',
  'entities in heading': '## R&amp;D &copy; &#35; &#x41;\n## Root cause &amp; contributing factors\n',
  'escapes in heading': '## \\*not emphasis\\* \\# \\[x\\]\n',
  'brackets without link': '## [WIP] Summary\n## [a][b] and [c][]\n',
  'headings only': '# A\n## B\n### C\n## D\n# E\n',
  'deep then shallow': '### C\ntext\n## B\n#### D\n### E\n',
  'no trailing newline': '## A\ntext',
  'crlf': '## A\r\n\r\ntext\r\n\r\nSetext\r\n---\r\n```\r\n# in\r\n```\r\n# B\r\n',
  'lone cr': '## A\rtext\r## B\r',
  'table is a paragraph': '| a | b |\n| --- | --- |\n| 1 | 2 |\n---\n',
  'ordered list interrupt': 'para\n2. not a list\n# h\npara\n1. a list\n',
  'empty bullet cannot interrupt': 'para\n-\n',
  'star bullet after dash list': '- a\n*\n# h\n',
  'code then list': '    code\n-\n# h\n',
  'list in list': '* a\n  * b\n\n    # deep\n# top\n',
  'fence in list closed by outdent': '- ~~~\n  # in\n# out\n',
  'fence in quote closed by lazy line': '> ```\n# out\n',
  'html in list': '- <!--\n  # in\n  -->\n# out\n',
  'only whitespace': '   \n\t\n',
  'empty': '',
  'trailing spaces before heading': 'text   \n# h\n',
  'quote with setext inside': '> Foo\n> ---\n# h\n',
  'heading after html block ends': '<div>\ntext\n\n## Section\n',
  'unicode': '## Über “quotes” — ok\n## 事故の概要\n',
};

const BOM_SNIPPETS: Record<string, string> = {
  'bom before frontmatter': `\uFEFF${FM}# Title\n\nText\n## Sub\n`,
  'bom and crlf': `\uFEFF${FM}# Title\r\n## Sub\r\n`.replace(/\n/g, '\r\n').replace(/\r\r/g, '\r'),
  'bom without frontmatter': '\uFEFF# Title\n## Sub\n',
  'frontmatter with trailing spaces': '---  \nid: x\n---\t\n## A\n',
};

test('snippets: scanBody equals remark', () => {
  const inexact: string[] = [];
  for (const [name, body] of Object.entries(SNIPPETS)) {
    if (!check(`${name} (after frontmatter)`, FM + body)) inexact.push(`${name} (after frontmatter)`);
    if (!check(`${name} (no frontmatter)`, body, 0)) inexact.push(`${name} (no frontmatter)`);
  }
  for (const [name, text] of Object.entries(BOM_SNIPPETS)) if (!check(name, text)) inexact.push(name);
  assert.deepEqual(inexact, [], 'every snippet is exact');
});

test('snippets the scanner does not model are flagged inexact', () => {
  const cases = [
    '[a]: /u\n===\n', // definitions only, then an underline: a paragraph for remark
    '[a]: /u\nFoo\n---\n',
    '## [docs]\n\n[docs]: http://x.example\n', // a shortcut reference link in a heading
    '## &unknownentity;\n',
  ];
  for (const body of cases) {
    const text = FM + body;
    assert.equal(scanBody(text, bodyStartOf(text)).exact, false, JSON.stringify(body));
  }
  // The frontmatter remark does not see the way splitFrontmatter does.
  const dots = '---\nid: x\n...\n## A\n';
  assert.equal(scanBody(dots, bodyStartOf(dots)).exact, false);
  assert.equal(scanBody(FM + '## A\n', 0).exact, false);
});

const CORPUS = Array.from({ length: 300 }, (_, i) => incidentText(i, { n: 300, open: 20 }));

test('generated corpus: all exact and equal to remark', () => {
  CORPUS.forEach((text, i) => assert.ok(check(`corpus file ${i}`, text), `corpus file ${i} is exact`));
});

test('repository incidents: all exact and equal to remark', () => {
  const dir = new URL('../incidents/', import.meta.url);
  const files = readdirSync(dir).filter((f) => f.endsWith('.md'));
  assert.ok(files.length > 0);
  for (const file of files) assert.ok(check(file, readFileSync(new URL(file, dir), 'utf8')), `${file} is exact`);
});

// Random documents from lines that are tricky on their own and in combination.
const LINES = [
  '', '', '', 'text', 'more text', '  indented text', '## Heading', '# H1 #', '### *emph* `code`', '#no', '   ## three', '    ## four',
  '```', '~~~', '````', '``` js', '---', '===', '- - -', '***', '- item', '* item', '+ item', '1. item', '2) item', '-', '1.',
  '  - nested', '    continued', '> quote', '> ## quoted', '>', '> - q item', '<!-- c -->', '<!--', '-->', '<div>', '</div>',
  '<custom>', '\t# tab', '- ## in item', '  ## in item?', '[a]: /url', '| a | b |', 'Setext', '  ---', '- ```', '  ```',
  '> ```', '<!-- a --> b', '## Title ##', '##', '1. # x', '10. ten', '-\t tab item', ' >  > deep',
  '-     five', '   - f', '\t- tab item', '>\tq', '>     qcode', '<script>', '</script>', '<?php', '?>', '<![CDATA[', ']]>',
  '<p/>', '<table>', '~~~~', '`` `', 'a `code', 'span` b', 'hard  ', 'break\\', '  ===  ', '3) d', '*', '+',
];

function fuzzDoc(seed: number): string {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const count = 3 + Math.floor(next() * 12);
  const lines = Array.from({ length: count }, () => LINES[Math.floor(next() * LINES.length)]!);
  const text = FM + lines.join('\n') + (next() < 0.5 ? '\n' : '');
  return next() < 0.2 ? text.replace(/\n/g, '\r\n') : text;
}

test('random documents: equal to remark whenever exact', () => {
  let exact = 0;
  const n = 3000;
  for (let seed = 1; seed <= n; seed++) if (check(`fuzz ${seed}`, fuzzDoc(seed))) exact++;
  assert.ok(exact > n * 0.95, `${exact} of ${n} random documents are exact`);
  console.log(`random documents: ${exact}/${n} exact`);
});

// ---------------------------------------------------------------------------------------------

test('normalizeTitle', () => {
  assert.equal(normalizeTitle("What didn't go so well?"), 'what didnt go so well');
  assert.equal(normalizeTitle('What didn’t go so well?'), 'what didnt go so well');
  assert.equal(normalizeTitle('  Root cause & contributing   factors: '), 'root cause and contributing factors');
  assert.equal(normalizeTitle('TL;DR'), normalizeTitle('TLDR'));
  assert.equal(normalizeTitle('Public post-mortem'), 'public postmortem');
  assert.equal(normalizeTitle('Resolution/recovery'), 'resolution recovery');
  assert.equal(normalizeTitle('Lessons learned (so far)!'), 'lessons learned so far');
  assert.equal(normalizeTitle('Über. Straße'), 'über straße');
  assert.equal(normalizeTitle(''), '');
});

test('normalizeTitle: an ASCII title (its own character class) reads as the Unicode classes read it', () => {
  // The reference: the Unicode property classes for every title, ASCII or not.
  const reference = (title: string) => title.toLowerCase().replace(/&/g, ' and ').replace(/\//g, ' ')
    .replace(/[\p{P}\p{S}]+/gu, '').replace(/\s+/g, ' ').trim();
  for (let code = 0; code < 128; code++) {
    const ch = String.fromCharCode(code);
    for (const title of [`a${ch}b`, `${ch}${ch}x`, `What${ch} went well`]) assert.equal(normalizeTitle(title), reference(title), JSON.stringify(title));
  }
  // Generated titles over ASCII and a few other characters (the other class).
  const alphabet = ['a', 'Z', '9', ' ', '\t', '-', '_', '&', '/', '(', '!', '?', '~', '`', '|', 'é', '’', '€', '…'];
  let seed = 7;
  for (let n = 0; n < 2000; n++) {
    let title = '';
    for (let i = 0; i < 1 + (n % 12); i++) title += alphabet[(seed = (seed * 1103515245 + 12345) % 2 ** 31) % alphabet.length];
    assert.equal(normalizeTitle(title), reference(title), JSON.stringify(title));
  }
});

test('sectionText and hasContent', () => {
  const text = `${FM}## Summary\n<!-- What happened,\n  and for how long. -->\n\n## Impact\n\nCustomers   saw\n<!-- x -->errors.\n\n### Detail\n\nmore\n## Empty\n\n<!-- only guidance -->\n`;
  const body = scanBody(text, bodyStartOf(text));
  const [summary, impact, empty] = body.sections;
  assert.equal(body.sections.length, 3);
  assert.equal(sectionText(text, summary!), '');
  assert.equal(summary!.hasContent, false);
  assert.equal(sectionText(text, impact!), 'Customers saw errors.');
  assert.equal(impact!.hasContent, true);
  assert.equal(impact!.children.length, 1);
  assert.equal(sectionText(text, impact!.children[0]!), 'more');
  assert.equal(empty!.hasContent, false);
  assert.equal(sectionText(text, empty!), '');
  assert.equal(text.slice(impact!.heading.start, impact!.heading.end), '## Impact');
});

test('headings keep their text and file positions', () => {
  const text = `${FM}## *Root* cause &amp; [contributing](http://x.example) \`factors\` ##\n\nA\nB\n---\n`;
  const { headings } = scanBody(text, bodyStartOf(text));
  assert.deepEqual(headings.map((h) => [h.depth, h.text, h.line, h.column]), [
    [2, 'Root cause & contributing factors', 4, 1],
    [2, 'A\nB', 6, 1],
  ]);
  assert.equal(text.slice(headings[1]!.start, headings[1]!.end), 'A\nB\n---');
});

// ---------------------------------------------------------------------------------------------

test('benchmark (printed, not asserted): scanBody vs remark per file', () => {
  const starts = CORPUS.map(bodyStartOf);
  const time = (fn: () => void, reps: number) => {
    fn(); // warm up
    const t0 = performance.now();
    for (let r = 0; r < reps; r++) fn();
    return (performance.now() - t0) / reps / CORPUS.length;
  };
  const scan = time(() => CORPUS.forEach((text, i) => scanBody(text, starts[i]!)), 20);
  const remark = time(() => CORPUS.forEach((text) => processor.parse(text)), 1);
  const bodyKb = CORPUS.reduce((n, text, i) => n + text.length - starts[i]!, 0) / CORPUS.length / 1024;
  console.log(`sections benchmark (${CORPUS.length} files, body ${bodyKb.toFixed(1)} KB avg): scanBody ${(scan * 1000).toFixed(1)} µs/file, remark ${remark.toFixed(2)} ms/file (${Math.round(remark / scan)}x)`);
});

test('the remark fallback gives the same body as the scan wherever the scan is exact', async () => {
  const { remarkBody } = await import('../src/core/markdown/remark-sections.ts');
  const { splitFrontmatter } = await import('../src/core/document/document-split.ts');
  const { incidentText } = await import('../scripts/corpus.mjs');
  const strip = (b: { headings: unknown[]; sections: unknown[] }) => JSON.stringify({ h: b.headings, s: b.sections });
  for (let i = 0; i < 50; i++) {
    const text = incidentText(i, {});
    const fast = scanBody(text, splitFrontmatter(text).bodyStart);
    assert.ok(fast.exact);
    assert.equal(strip(remarkBody(text)), strip(fast), `corpus file ${i}`);
  }
});

test('atxContent answers as the regular expressions it stands in for, on seeded random heading lines', () => {
  const byRegExp = (content: string) => {
    let raw = content.replace(/^[ \t]+|[ \t]+$/g, '');
    const closing = /(?:^|[ \t])#+$/.exec(raw);
    if (closing) raw = raw.slice(0, closing.index).replace(/[ \t]+$/, '');
    return raw;
  };
  const pieces = [' ', '\t', '#', '##', 'a', 'Foo', '\\#', '`#`', ' #', '# ', 'é'];
  let seed = 9;
  const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648) % n);
  let closed = 0;
  for (let i = 0; i < 20_000; i++) {
    const content = Array.from({ length: rand(7) }, () => pieces[rand(pieces.length)]!).join('');
    const line = `## ${content}`;
    const expected = byRegExp(line.slice(2));
    assert.equal(atxContent(line, 2, line.length), expected, JSON.stringify(line));
    if (expected !== content.trim()) closed++;
  }
  assert.ok(closed > 1000, `${closed} lines lost a closing sequence or padding`);
});
