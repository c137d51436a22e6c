// The differential check of the fast Markdown-to-HTML path (src/core/render/markdown-html-fast.ts)
// against the unified pipeline it stands in for, shared by test/markdown-html-fast.test.ts and
// scripts/fuzz-markdown-html.ts: generated bodies made of the shapes the fast path takes, with
// hostile characters and small mutations mixed in, so that both its answers and its step-asides
// are exercised.
import fc from 'fast-check';
import { fastSanitizedHtml } from '../../src/core/render/markdown-html-fast.ts';
import { pipelineHtml } from '../../src/core/render/markdown-sanitize.ts';

/** 'aside' (the fast path stepped aside), 'same', or both outputs (the fast path answered wrongly). */
export function compareHtml(markdown: string, headingOffset: number): 'aside' | 'same' | string {
  const fast = fastSanitizedHtml(markdown, headingOffset);
  if (fast === undefined) return 'aside';
  const want = pipelineHtml(markdown, headingOffset);
  return fast === want ? 'same' : `offset ${headingOffset} of ${JSON.stringify(markdown)}\n fast:     ${JSON.stringify(fast)}\n pipeline: ${JSON.stringify(want)}`;
}

const HOSTILE = ['*', '_', '[', ']', '(', ')', '<', '>', '&', '`', '!', '|', '~', '#', '\\', '-', '+', '=', ':', '"', "'", ' ', '  ', '\n', '1.', 'é', '😀', '\u00a0', '\t', '&amp;', '&copy;', '&#35;', '<!--', '-->'];
/** Words of clean text (the fast path takes them anywhere), and words that make it step aside next to others. */
const WORDS = ['a', 'b', 'foo', 'bar', 'x1', 'snake_case', 'R&D', 'p99<8s', '->', '100%', 'don\'t', '"q"', 'é', 'naïve', '😀', 'e.g.', '(paren)', '~40', '1.5', '#tag', 'a > b', '=', 'x_1', '«q»', '€5', '—', '“q”'];
const ODD_WORDS = ['a*b', '5*3', 'a|b', 'x~y', '*', '_', '~'];
const URLS = ['https://example.com', 'https://example.com/a_b?c=1&d=2', 'http://x.y/%20z', 'https://x.y/é', 'mailto:a@b.c', 'javascript:alert(1)', '/relative', 'https://x.y/a(b)', 'HTTPS://X.Y', 'https://x.y/&amp;', "https://x.y/'q'", 'https://x.y/a b', ''];

const word = fc.constantFrom(...WORDS);
const oddWord = fc.constantFrom(...WORDS, ...ODD_WORDS);
const goodUrl = fc.constantFrom(...URLS.slice(0, 3));
const linkUrl = fc.constantFrom(...URLS.slice(0, 3), 'mailto:a@b.c');
const url = fc.oneof({ weight: 3, arbitrary: goodUrl }, { weight: 1, arbitrary: fc.constantFrom(...URLS) });
const hostile = fc.constantFrom(...HOSTILE);
const plain = fc.array(word, { minLength: 1, maxLength: 3 }).map((w) => w.join(' '));
/** Image descriptions: text without markup (the alt attribute is the text of what they parse to). */
const alt = fc.array(fc.constantFrom('a', 'foo', 'p99 > 8s', '"q"', 'don\'t', 'é', '😀', '(paren)', '#tag', '100%'), { maxLength: 3 }).map((w) => w.join(' '));

/** One inline piece the fast path copies: text, emphasis, code, links, images, autolinks, breaks. */
const cleanAtom: fc.Arbitrary<string> = fc.oneof(
  { weight: 8, arbitrary: word },
  { weight: 6, arbitrary: fc.constant(' ') },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom('*', '_', '**', '__'), plain).map(([d, t]) => ` ${d}${t}${d} `) },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom('`', '``', '` ', '`` '), fc.constantFrom('code', 'a ` b', '*a*', '<b>', '&amp;', ' ', 'a\\b')).map(([d, c]) => `${d}${c}${[...d].reverse().join('')}`) },
  { weight: 2, arbitrary: fc.tuple(plain, linkUrl).map(([t, u]) => `[${t}](${u})`) },
  { weight: 1, arbitrary: fc.tuple(alt, goodUrl).map(([t, u]) => `![${t}](${u})`) },
  { weight: 1, arbitrary: linkUrl.map((u) => `<${u}>`) },
  { weight: 1, arbitrary: fc.constantFrom('  \n', '\n') },
);

/** Near misses and what the fast path steps aside for. */
const hostileAtom: fc.Arbitrary<string> = fc.oneof(
  hostile,
  oddWord,
  fc.tuple(fc.constantFrom('*', '_', '**', '__', '***', '~', '~~'), plain).map(([d, t]) => `${d}${t}${d}`),
  fc.tuple(fc.constantFrom('*', '_', '**'), plain, fc.constantFrom('*', '_', '**', '')).map(([a, t, b]) => `${a}${t}${b}`),
  fc.tuple(plain, url).map(([t, u]) => `[${t}](${u})`),
  fc.tuple(plain, url).map(([t, u]) => `![${t}](${u})`),
  url.map((u) => `<${u}>`),
  fc.tuple(plain, url).map(([t, u]) => `[*${t}*](${u} "title")`),
  fc.constantFrom('[ref]', '[a][b]', '[x]: https://x.y', '<b>', '</i>', '<a@b.c>', '<*x@y.z>', '<1@2>', '<8s', '\\*', 'a\\\nb'),
);

/** Clean values only, or clean and hostile ones. */
const among = <T>(clean: boolean, good: T[], bad: T[]) => fc.constantFrom(...good, ...(clean ? [] : bad));

/** The block shapes, all clean (what the fast path should take) or with near misses mixed in. */
function shapes(clean: boolean): fc.Arbitrary<string> {
  const inlineAtom = clean ? cleanAtom : fc.oneof({ weight: 8, arbitrary: cleanAtom }, { weight: 1, arbitrary: hostileAtom });
  const inline = fc.array(inlineAtom, { minLength: 1, maxLength: 6 }).map((a) => a.join(''));
  // A line of text that starts no block (most of the time).
  const lineStart = fc.oneof({ weight: 9, arbitrary: word }, { weight: 1, arbitrary: linkUrl.map((u) => `<${u}>`) });
  const textLine = fc.tuple(lineStart, inline).map(([w, rest]) => `${w}${rest}`.replace(/\n/g, ' ').replace(/ +$/, ''));
  const heading = fc.tuple(among(clean, [1, 2, 3, 4, 5, 6], [7]), among(clean, [' '], ['  ', '']), inline, among(clean, ['', ' #', ' ##'], ['#', '  ']))
    .map(([d, sp, t, close]) => `${'#'.repeat(d)}${sp}${t.replace(/\n/g, ' ').replace(/ +$/, '')}${close}`);
  const paragraph = fc.array(fc.tuple(textLine, among(clean, ['', '', '', '  '], [' ', '    '])), { minLength: 1, maxLength: 3 })
    .map((ls) => ls.map(([l, end], k) => l + (k < ls.length - 1 ? end : '')).join('\n'));
  const fence = fc.tuple(among(clean, ['```', '````'], ['~~~', '``']), among(clean, ['', 'js', 'console', 'c++', 'yaml', ' js extra'], ['a"b', 'x`y', '&amp;']),
    fc.array(among(clean, ['code', '  indented', '', '$ kubectl get pods', '<b>&</b>', '---', 'a\\b', '   '], ['```']), { maxLength: 4 }), among(clean, ['```', '````'], ['', '   ```', '``` x']))
    .map(([open, info, lines, close]) => [`${open}${info}`, ...lines, open === '````' && close === '```' ? '````' : close].join('\n'));
  const rule = among(clean, ['---', '***', '___', '- - -', '* * *', '- - - -', '* * * *', '----------'], ['--']);
  const alignCell = among(clean, ['---', ':--', '--:', ':-:', ' --- ', '-'], [': -', '']);
  const table = fc.tuple(fc.integer({ min: 1, max: 3 }), fc.array(fc.integer({ min: 0, max: 4 }), { maxLength: 3 }), fc.array(textLine, { minLength: 12, maxLength: 12 }), fc.array(alignCell, { minLength: 3, maxLength: 3 }), among(clean, ['padded', 'tight'], ['none']))
    .map(([cols, rowWidths, texts, aligns, pipes]) => {
      const row = (cellsOf: string[]) => (pipes === 'padded' ? `| ${cellsOf.join(' | ')} |` : pipes === 'tight' ? `|${cellsOf.join('|')}|` : cellsOf.join(' | '));
      return [row(texts.slice(0, cols)), row(aligns.slice(0, cols)), ...rowWidths.map((w, k) => row(texts.slice(3 + k, 3 + k + w)))].join('\n');
    });
  const quote = fc.array(fc.tuple(among(clean, ['> ', '>'], ['>  ', '']), textLine), { minLength: 1, maxLength: 3 }).map((ls) => ls.map(([p, t]) => p + t).join('\n'));

  // A list: items of one to three blocks, tight or loose, nested to `depth`.
  const list = (depth: number, nested = false): fc.Arbitrary<string> => {
    const itemBody = depth > 0
      ? fc.oneof({ weight: 4, arbitrary: paragraph }, { weight: 2, arbitrary: list(depth - 1, true) }, { weight: 1, arbitrary: fence }, { weight: 1, arbitrary: heading }, { weight: 1, arbitrary: table }, { weight: 1, arbitrary: quote })
      : fc.oneof({ weight: 4, arbitrary: paragraph }, { weight: 1, arbitrary: fence });
    // Clean: only a list, a fence or a heading right after a line (anything else would be lazy or a table).
    const body = itemBody.chain((b) => fc.tuple(clean && !/^(?:[-*+]|\d+[.)]|```|#)/.test(b) ? fc.constant('\n\n') : among(clean, ['\n', '\n\n'], ['\n\n\n']), fc.constant(b)));
    const item = fc.tuple(paragraph, fc.array(body, { maxLength: 2 }));
    return fc.tuple(
      // Only `1.` may start a list right after a line (a clean nested one is often there).
      nested && clean ? fc.constantFrom('-', '*', '+', '1.', '1)') : fc.constantFrom('-', '*', '+', '1.', '1)', '3.', '0.', '10.'),
      among(clean, [' ', ' ', '  ', '   '], ['    ', '     ']),
      fc.array(fc.tuple(item, among(clean, ['\n', '\n\n'], ['\n\n\n']), among(clean, [0], [1, -1, 2])), { minLength: 1, maxLength: 4 }),
    ).map(([marker, gap, items]) => items.map(([[first, rest], sep, shift], k) => {
      const m = /^\d+/.test(marker) ? marker.replace(/^\d+/, (n) => String(Number(n) + k)) : marker;
      const indent = Math.max(0, m.length + gap.length + shift);
      // In a clean list a paragraph after a nested block is set off by a blank line (not lazy).
      const body = rest.map(([sep2, b]) => sep2 + b).join('');
      const lines = `${first}${body}`.split('\n').map((l, n) => (n === 0 ? `${m}${gap}${l}` : l === '' ? '' : `${' '.repeat(indent)}${l}`));
      return lines.join('\n') + (k < items.length - 1 ? sep : '');
    }).join(''));
  };

  return fc.oneof(
    { weight: 5, arbitrary: paragraph },
    { weight: 3, arbitrary: heading },
    { weight: 3, arbitrary: list(2) },
    { weight: 2, arbitrary: table },
    { weight: 2, arbitrary: fence },
    { weight: 1, arbitrary: rule },
    { weight: 1, arbitrary: quote },
  );
}

/** A small edit somewhere: a hostile character, a space, a line break, a deletion. */
const mutation = fc.tuple(fc.nat(), fc.oneof(hostile, fc.constantFrom('', '   ', '\n\n', '\n')), fc.nat({ max: 2 }));
function mutate(text: string, [at, insert, remove]: [number, string, number]): string {
  const k = text.length ? at % text.length : 0;
  return text.slice(0, k) + insert + text.slice(k + remove);
}

/** Bodies of clean shapes, blocks between blank lines (the fast path should take most). */
export const cleanBodyArb: fc.Arbitrary<string> = fc.array(shapes(true), { minLength: 1, maxLength: 5 }).map((blocks) => blocks.join('\n\n'));

/** Bodies with near misses, blocks not always apart, and small mutations. */
export const hostileBodyArb: fc.Arbitrary<string> = fc.tuple(
  fc.array(fc.tuple(shapes(false), fc.constantFrom('\n\n', '\n\n', '\n', '\n\n\n')), { minLength: 1, maxLength: 5 }),
  fc.oneof(fc.constant([]), fc.array(mutation, { minLength: 1, maxLength: 3 })),
).map(([blocks, mutations]) => mutations.reduce(mutate, blocks.map(([b, sep]) => b + sep).join('').trim()));

/** Half clean, half hostile. */
export const bodyArb: fc.Arbitrary<string> = fc.oneof(cleanBodyArb, hostileBodyArb);
