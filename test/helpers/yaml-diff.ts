// The differential check of the fast YAML readers against the `yaml` package, shared by
// test/yaml-differential.test.ts and scripts/fuzz-yaml.ts: a generator of frontmatters shaped like
// incident files (with the tricky tokens that broke the readers before), the reference verdict
// (what parseIncidentText decides), and a strict comparison (types, key order, -0).
import fc from 'fast-check';
import { isAlias, isMap, isScalar, parseDocument, visit, type Document } from 'yaml';
import { parseSimpleYaml, placeAt, type SimpleDoc } from '../../src/core/yaml/simple-yaml.ts';
import { quickFields } from '../../src/core/yaml/fast-frontmatter.ts';
import { splitFrontmatter } from '../../src/core/document/document-split.ts';

export type Verdict = { ok: true; data: Record<string, unknown>; doc?: Document.Parsed } | { ok: false; why: string };

/** What parseIncidentText decides about a frontmatter text (src/core/document/document.ts, same options). */
export function yamlVerdict(fm: string): Verdict {
  const doc = parseDocument(fm, { prettyErrors: false, uniqueKeys: true, schema: 'core', strict: true });
  if (doc.errors.length) return { ok: false, why: doc.errors[0]!.code };
  let refused = '';
  visit(doc, {
    Alias() {
      refused = 'alias';
      return visit.BREAK;
    },
    Pair(_k, pair) {
      if (isScalar(pair.key) && pair.key.value === '__proto__') {
        refused = '__proto__';
        return visit.BREAK;
      }
    },
  });
  if (refused) return { ok: false, why: refused };
  if (!isMap(doc.contents)) return { ok: false, why: doc.contents === null ? 'empty' : isAlias(doc.contents) ? 'alias' : 'not a map' };
  return { ok: true, data: doc.toJS({ maxAliasCount: 0 }) as Record<string, unknown>, doc };
}

/** Where the `yaml` package's nodes start for a path: the value, and the key for map entries. */
function yamlPlace(doc: Document.Parsed, path: (string | number)[]): { key?: number; value: number } | undefined {
  const parent = doc.getIn(path.slice(0, -1), true) as { items?: unknown[] } | undefined;
  const last = path[path.length - 1];
  if (!parent?.items) return undefined;
  if (typeof last === 'number') return { value: (parent.items[last] as { range: number[] }).range[0]! };
  const pair = (parent.items as { key: { value: unknown; range: number[] }; value: { range: number[] } | null }[]).find((p) => p.key.value === last);
  if (!pair) return undefined;
  return { key: pair.key.range[0], value: pair.value ? pair.value.range[0]! : pair.key.range[1]! };
}

function allPaths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== 'object' || value === null) return [];
  const entries: [string | number, unknown][] = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
  return entries.flatMap(([k, v]) => [[...prefix, k], ...allPaths(v, [...prefix, k])]);
}

/** The first path whose place (key and value offsets: validate's finding positions) differs from yaml's. */
function placesDiffer(simple: SimpleDoc, doc: Document.Parsed): string | undefined {
  for (const path of allPaths(simple.data)) {
    const fast = placeAt(simple, path);
    const want = yamlPlace(doc, path);
    if (JSON.stringify(fast) !== JSON.stringify(want)) return `${path.join('.')}: ${JSON.stringify(fast)} vs ${JSON.stringify(want)}`;
  }
  return undefined;
}

/** Exactly the same value: types, Object.is for numbers (-0), arrays, own keys in the same order. */
export function same(a: unknown, b: unknown): boolean {
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) return Object.is(a, b);
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length || ka.some((k, i) => k !== kb[i])) return false;
  return ka.every((k) => same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** The keys `list`, `publish` and the open-incident search ask the quick reader for. */
export const QUICK_KEYS = new Set(['id', 'title', 'kind', 'severity', 'status', 'services', 'timezone', 'True', 'true', 'null', 'a']);

export interface Difference {
  reader: 'simple' | 'simple without places' | 'quick' | 'places';
  fm: string;
  fast: unknown;
  yaml: Verdict;
}

/**
 * Checks one frontmatter text: the simple reader (on the text between the markers, as its callers
 * give it) and the quick field reader (on the whole file) must give yaml's value or step aside;
 * where yaml errors or parseIncidentText refuses, they must step aside.
 */
export function check(fm: string, read?: { count: number; entries?: number }): Difference[] {
  const out: Difference[] = [];
  const simple = parseSimpleYaml(fm, { places: true });
  if (read && simple) read.count++;
  // The quick reader finds the frontmatter itself: in files opened and closed in the ways allowed.
  const variant = fm.length % FILES.length;
  const file = FILES[variant]!(fm);
  const quick = quickFields(file, QUICK_KEYS);
  // Without places (log, show, render): timeline entries as `incident log` writes them are read by
  // one expression (simple-yaml.ts ENTRY), a path of its own to hold to yaml's value.
  const entries = parseSimpleYaml(fm);
  if (read && entries) read.entries = (read.entries ?? 0) + 1;
  if (simple === undefined && quick === undefined && entries === undefined) return out;
  const verdict = yamlVerdict(fm);
  if (entries !== undefined && (!verdict.ok || !same(entries.data, verdict.data))) {
    out.push({ reader: 'simple without places', fm, fast: entries.data, yaml: verdict });
  }
  if (simple !== undefined && (!verdict.ok || !same(simple.data, verdict.data))) {
    out.push({ reader: 'simple', fm, fast: simple.data, yaml: verdict });
  } else if (simple !== undefined && verdict.ok) {
    const where = placesDiffer(simple, verdict.doc!);
    if (where) out.push({ reader: 'places', fm, fast: where, yaml: verdict });
  }
  if (quick !== undefined) {
    // What parseIncidentText would read: the splitter's frontmatter (a `---` line in fm ends it early).
    let real: string | undefined;
    try {
      const split = splitFrontmatter(file);
      real = file.slice(split.fmStart, split.fmEnd);
    } catch {
      real = undefined;
    }
    const v: Verdict = real === undefined ? { ok: false, why: 'no frontmatter' } : real === fm ? verdict : yamlVerdict(real);
    const want = v.ok ? pick(v.data) : undefined;
    if (!want || !same(quick, want)) out.push({ reader: 'quick', fm: file, fast: quick, yaml: v });
  }
  return out;
}

/**
 * Whether a difference counts: the quick reader reads top-level lines only, so a file yaml refuses
 * for a line it does not read (nested, mostly) may still give it values; everything else counts.
 */
export function counts(d: Difference): boolean {
  return d.reader !== 'quick' || d.yaml.ok || d.yaml.why === 'no frontmatter';
}

/** Whole files around a frontmatter: the openings and closings the splitter accepts, and a BOM. */
const FILES: ((fm: string) => string)[] = [
  (fm) => `---\n${fm}---\nbody\n`,
  (fm) => `---\n${fm}---\nbody\n`,
  (fm) => `\uFEFF---\r\n${fm}---\r\n## Summary\r\n`,
  (fm) => `--- \t\n${fm}...\n---\n`,
  (fm) => `---\n${fm}---`,
  (fm) => `---\n${fm}--- \nbody\n---\nmore\n`,
];

function pick(data: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(data)) if (QUICK_KEYS.has(k)) out[k] = v;
  return out;
}

// ---------------------------------------------------------------------------------------------
// The generator: frontmatters built from the shapes incident files have, plus the odd tokens.

/** Keys as a team's `people:` map has them: spaces, accents, apostrophes, hyphens. */
const NAME_KEYS = ['Alice Example', 'Ana María', "Siobhan O'Neill", 'Jean-Luc', 'Jean-Luc Picard', 'Zoë', 'Łukasz Ż', 'Dr. Who', 'A. B. C'];

const KEYS = [
  'id', 'title', 'status', 'severity', 'kind', 'services', 'timeline', 'roles', 'timezone', 'summary',
  'a', 'b', 'incident_commander', 'at', 'text', 'my-key', 'k2', '_x',
  'True', 'TRUE', 'true', 'False', 'FALSE', 'false', 'null', 'Null', 'NULL', '~', 'yes', 'on', 'y', 'no',
  '1', '012', '0x1F', '1e3', '.inf', '-1', '"quoted"', "'single'", '"true"', '__proto__', 'a b', 'ключ', '?', 'x:y',
  // Keys as people's names are (config `people:`), and the plain scalars around them that are not strings or not keys.
  ...NAME_KEYS, 'a  b', 'a b ', 'a #b', 'a#b', 'a: b', 'x:', 'x::', 'a\u00a0b', '\u00a0a', 'a\u200bb', 'a\ufeff', 'O’Neill', '李 雷',
  'Zoë Ö', '-a', '- a', '1 2', '1.5', '+1', '-.inf', '.NaN', '~x', '0o17', '1_000', 'yes please', 'true story', 'null x', 'a\tb',
  'a,b', 'a[b]', 'a{b}', 'a}', 'a&b', 'a*b', 'a!b', 'a|b', "a'", '"a"b', "'a'b", 'a"', '...x', '---x', 'a%', '@a', 'a@b', '`a`', 'a\u2028b',
];

const WORDS = [
  'investigating', 'identified', 'SEV-2', 'checkout', 'api', 'eric', 'incident', 'drill', 'Europe/Paris',
  'hello world', 'a  b', 'x', 'é', '日本', 'a\u00a0b', '\u00a0a', 'a\ufeff', 'a\u2028b', 'a:b', 'a: b', 'a #b', 'a#b', '#x',
  '-foo', '- foo', ':x', 'x:', '?x', '? x', '!x', '&x', '&x 1', '*x', '%x', '@x', '`x`', '|', '>', '|-', '>+', ',x', 'x,y',
  '[a, b]', '[]', '[ ]', '{}', '{a: 1}', '[a, [b]]', '[a,]', '[a,,b]', "['a', \"b\"]", '[a b]', '[true, null, 1]', '[a: 1]', '{a}', '[',
  '"quoted"', '"a # b"', '"a \\" b"', '"tab\\tnew\\nline"', '"\\x41"', '"\\u00e9"', '"\\/"', '"\\a"', '""', '"a"b', '"a" # c',
  "'it''s'", "''", "'a' # c", "'a'b", "'a\\n'",
  // The shapes the reader reads in place (simple-yaml.ts inlineAt): a quote in a comment, a tab
  // or a `:` before the comment, a `#` or `:` inside a word, digits then other characters.
  "' #x' # c", "'a' # it's", '"a" # say "hi"', '"a"\t# c', 'a:\tb', 'a\t# c', 'a \t', 'http://h/p#f', 'a:#b',
  '2026-03-01T14:00+01:00', '1x', '12e', '1.2.3', '0o', '1-2',
  'true', 'True', 'TRUE', 'tRUE', 'false', 'False', 'FALSE', 'null', 'Null', 'NULL', '~', 'yes', 'no', 'on', 'off', 'y', 'n',
  '0', '-0', '+0', '012', '0012', '0x1F', '0X1F', '0o17', '0b101', '1e3', '1E3', '1e+3', '-1e-3', '1.', '.5', '-.5', '1.0', '+12', '1_000',
  '.inf', '-.inf', '+.inf', '.Inf', '.INF', '.nan', '.NaN', '.NAN', 'inf', 'nan', '12345678901234567890', '9007199254740993', '1e400',
  '2026-03-01', '2026-03-01T14:00:00Z', '2026-03-01T14:00:00+01:00', '2026-03-01 14:00', '12:30', '1:30:00', '~13:45', '9:37AM',
  '...', '---', '- ', 'a ...', 'a --- b',
];


interface Style {
  eol: string;
  /** Occasionally mix line endings. */
  mixed: boolean;
}

/** What most values and keys of real files are; the odd ones above come a third of the time. */
const PLAIN_WORDS = ['investigating', 'resolved', 'SEV-2', 'checkout', 'api', 'eric', 'Checkout latency over 8 s', '2026-03-01T14:00:00Z', '12', '1.5', 'true', 'null'];
const PLAIN_KEYS = ['id', 'title', 'status', 'severity', 'kind', 'services', 'timeline', 'roles', 'timezone', 'at', 'text', 'a', 'b', 'Alice Example', 'Ana María', "Siobhan O'Neill", 'Jean-Luc'];

type Tokens = typeof tricky;

/** Tokens for frontmatters with every odd token. */
const tricky = {
  word: fc.oneof({ weight: 2, arbitrary: fc.constantFrom(...PLAIN_WORDS) }, { weight: 1, arbitrary: fc.constantFrom(...WORDS) }),
  key: fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...PLAIN_KEYS) }, { weight: 1, arbitrary: fc.constantFrom(...KEYS) }),
  indent: fc.constantFrom(2, 2, 2, 4, 1, 3),
  comment: fc.constantFrom('', '', '', '', '', '', '', '', ' # note', '# x', '  #', '\t# tab'),
  trail: fc.constantFrom('', '', '', '', '', '', '', '', '', '', '', '', ' ', '  ', '\t', '\r'),
  eol: fc.constantFrom('\n', '\n', '\n', '\n', '\n', '\n', '\r\n', '\r\n', '\r'),
  mixed: fc.oneof({ weight: 6, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
  tail: fc.constantFrom('', '', '', '', '', '', '', '', '\n', '\r', ' ', '\t', '\r\n\n'),
  /** Lines between entries: blank, comments, white space, tab-only lines. */
  filler: fc.constantFrom('', '', '# a comment', '# a comment', '  # indented comment', '\t', ' \t', '   ', '\t# tab comment', '#'),
  blockLine: fc.constantFrom('text', 'more text', 'text', 'more text', '', '', ' more indented', '  deeper', '\tstarts with tab', 'a: b', '# not a comment', '  ', ' ', '---'),
  wrapLine: fc.constantFrom('continued', 'more words', '', 'a: b', '# c', 'x #y', '- item', '"q"'),
  header: fc.constantFrom('|', '>', '|-', '>-', '|+', '>+', '|2', '>1-', '|+2', '| # c', '|x'),
  /** Flow collections: between entries, inside the brackets, after the last entry, after a key. */
  flowSep: fc.constantFrom(', ', ', ', ', ', ',', ' , ', ',  ', ',,', ' ,'),
  flowPad: fc.constantFrom('', '', ' ', '  ', '\t'),
  flowTrail: fc.constantFrom('', '', '', ',', ', ', ' ,'),
  flowColon: fc.constantFrom(': ', ': ', ': ', ':', ':  ', ' : ', ':\t', '', ': # c'),
  /** Weight of the odd forms (`key:\tvalue`, `-` alone, tabs...) among the values and items. */
  odd: 1,
};

type Line = string;

/** A one-line flow collection (or a word, deeper down): lists and maps nested in each other. */
function flowArb(depth: number, arb: Tokens): fc.Arbitrary<string> {
  const child = depth < 2 ? fc.oneof({ weight: 3, arbitrary: arb.word }, { weight: 2, arbitrary: flowArb(depth + 1, arb) }) : arb.word;
  const seq = fc
    .tuple(fc.array(child, { maxLength: 3 }), arb.flowSep, arb.flowPad, arb.flowTrail)
    .map(([items, sep, pad, trail]) => `[${pad}${items.join(sep)}${items.length ? trail : ''}${pad}]`);
  const map = fc
    .tuple(fc.array(fc.tuple(arb.key, arb.flowColon, child), { maxLength: 3 }), arb.flowSep, arb.flowPad, arb.flowTrail)
    .map(([pairs, sep, pad, trail]) => `{${pad}${pairs.map(([k, colon, v]) => k + colon + v).join(sep)}${pairs.length ? trail : ''}${pad}}`);
  return fc.oneof({ weight: 1, arbitrary: seq }, { weight: 2, arbitrary: map });
}

/** A value after `key:` on the same line (with its leading space), or lines below it. */
function valueArb(depth: number, arb: Tokens): fc.Arbitrary<(indent: number) => { inline: string; below: Line[] }> {
  const flowText = flowArb(0, arb);
  // A list item or an item map's value: mostly words, sometimes a flow collection.
  const itemWord = fc.oneof({ weight: 6, arbitrary: arb.word }, { weight: 1, arbitrary: flowText });
  const scalar = fc.tuple(arb.word, arb.comment, arb.trail).map(([w, c, t]) => (_i: number) => ({ inline: ` ${w}${c}${t}`, below: [] }));
  const tight = arb.word.map((w) => (_i: number) => ({ inline: `\t${w}`, below: [] }));
  const empty = fc.tuple(arb.comment, arb.trail).map(([c, t]) => (_i: number) => ({ inline: `${c}${t}`, below: [] }));
  const block = fc
    .tuple(
      arb.header,
      fc.array(arb.blockLine, { minLength: 0, maxLength: 5 }),
      arb.indent,
      fc.constantFrom(0, 0, 1, 2),
    )
    .map(([header, body, extra, blanks]) => (i: number) => ({
      inline: ` ${header}`,
      below: [
        ...body.map((l) => (l === '' ? '' : ' '.repeat(i + extra) + l)),
        ...Array.from({ length: blanks }, (_, n) => (n % 2 ? ' '.repeat(i + extra) : '')),
      ],
    }));
  const wrapped = fc
    .tuple(arb.word, fc.array(arb.wrapLine, { minLength: 1, maxLength: 3 }), arb.indent)
    .map(([w, rest, extra]) => (i: number) => ({ inline: ` ${w}`, below: rest.map((l) => (l === '' ? '' : ' '.repeat(i + extra) + l)) }));
  const seq = fc
    .tuple(
      fc.array(
        fc.oneof(
          { weight: 5, arbitrary: fc.tuple(itemWord, arb.comment).map(([w, c]) => [`- ${w}${c}`]) },
          { weight: arb.odd, arbitrary: fc.constantFrom(['-'], ['- '], ['-  '], ['- # c'], ['-\tx'], ['- - x'], ['# between'], [''], ['\t'], [' \t '], ['- x'], ['- y']) },
          {
            weight: depth < 2 ? 4 : 0,
            arbitrary: fc
              .array(fc.tuple(arb.key, itemWord, arb.comment), { minLength: 1, maxLength: 3 })
              .map((kvs) => kvs.map(([k, w, c], n) => `${n === 0 ? '- ' : '  '}${k}: ${w}${c}`)),
          },
        ),
        { minLength: 0, maxLength: 4 },
      ),
      fc.constantFrom(0, 2, 2, 4),
    )
    .map(([items, extra]) => (i: number) => ({
      inline: '',
      below: items.flat().map((l) => (l === '' || l.startsWith('\t') || l.startsWith(' \t') ? l : ' '.repeat(i + extra) + l)),
    }));
  const flow = fc
    .array(arb.word, { maxLength: 4 })
    .map((ws) => (_i: number) => ({ inline: ` [${ws.join(', ')}]`, below: [] }));
  const options: fc.WeightedArbitrary<(indent: number) => { inline: string; below: Line[] }>[] = [
    { weight: 10, arbitrary: scalar },
    { weight: 2, arbitrary: empty },
    { weight: arb.odd, arbitrary: tight },
    { weight: 2, arbitrary: block },
    { weight: 2, arbitrary: wrapped },
    { weight: 3, arbitrary: seq },
    { weight: 1, arbitrary: flow },
    { weight: 2, arbitrary: fc.tuple(flowText, arb.comment, arb.trail).map(([f, c, t]) => (_i: number) => ({ inline: ` ${f}${c}${t}`, below: [] })) },
  ];
  if (depth < 2) {
    const map = fc
      .tuple(fc.array(fc.tuple(arb.key, fc.constant(null)), { minLength: 1, maxLength: 3 }), arb.indent)
      .chain(([keys, extra]) =>
        fc.tuple(...keys.map(() => valueArb(depth + 1, arb))).map((values) => (i: number) => ({
          inline: '',
          below: keys.flatMap(([k], n) => {
            const v = values[n]!(i + extra);
            return [`${' '.repeat(i + extra)}${k}:${v.inline}`, ...v.below];
          }),
        })),
      );
    options.push({ weight: 2, arbitrary: map });
  }
  return fc.oneof(...options);
}

/** Tokens for frontmatters like real ones (the readers' accepting paths): plain values, few comments. */
const plainish: Tokens = {
  ...tricky,
  word: fc.oneof({ weight: 12, arbitrary: fc.constantFrom(...PLAIN_WORDS) }, { weight: 1, arbitrary: fc.constantFrom(...WORDS) }),
  key: fc.oneof({ weight: 12, arbitrary: fc.constantFrom(...PLAIN_KEYS) }, { weight: 1, arbitrary: fc.constantFrom(...KEYS) }),
  comment: fc.constantFrom('', '', '', '', '', '', '', '', '', '', '', ' # note'),
  trail: fc.constantFrom('', '', '', '', '', '', '', '', '', '', '', '', '', '', '', ' '),
  eol: fc.constantFrom('\n', '\n', '\n', '\r\n'),
  mixed: fc.constant(false),
  tail: fc.constant(''),
  filler: fc.constantFrom('', '# a comment', '  # indented comment'),
  blockLine: fc.constantFrom('text', 'more text', '', ' more indented', 'a: b', '# not a comment'),
  wrapLine: fc.constantFrom('continued', 'more words', '', 'continued'),
  header: fc.constantFrom('|', '>', '|-', '>-', '|+', '>+'),
  flowSep: fc.constantFrom(', ', ', ', ','),
  flowPad: fc.constantFrom('', ' '),
  flowTrail: fc.constantFrom('', '', ','),
  flowColon: fc.constant(': '),
  odd: 0,
};

/** A generated frontmatter text (what lies between the `---` lines), from one set of tokens. */
const frontmatterOf = (arb: Tokens): fc.Arbitrary<string> => fc
  .tuple(
    fc.array(
      fc.oneof(
        { weight: 8, arbitrary: fc.tuple(arb.key, valueArb(0, arb)).map(([k, v]) => ({ k, v })) },
        { weight: 1, arbitrary: arb.filler.map((f) => ({ k: null, v: f })) },
      ),
      { minLength: 0, maxLength: 7 },
    ),
    arb.eol,
    arb.mixed,
    arb.tail,
  )
  .map(([entries, eol, mixed, tail]) => {
    const lines: string[] = [];
    for (const e of entries) {
      if (e.k === null) lines.push(e.v as string);
      else {
        const v = (e.v as (i: number) => { inline: string; below: Line[] })(0);
        lines.push(`${e.k}:${v.inline}`, ...v.below);
      }
    }
    const style: Style = { eol, mixed };
    let out = '';
    lines.forEach((l, n) => {
      out += l + (style.mixed && n % 3 === 1 ? (style.eol === '\n' ? '\r\n' : '\n') : style.eol);
    });
    return out + tail;
  });

/**
 * A timeline as `incident log` writes it (`  - at:`, `    kind:`, `    by:`, `    text:`), its values
 * and lines now and then odd: what simple-yaml.ts ENTRY must read as yaml does, or leave to the
 * line-by-line read.
 */
const ENTRY_AT = ['2026-03-01T14:00Z', '2026-03-01T14:00:00+01:00', '2026-03-01T14:00:00.123456789-08:00', '2026-03-01T14:00+0100', '2026-03-01 14:00Z',
  '2026-03-01', '2026-03-01T14:00Z # c', "'2026-03-01T14:00Z'", '"2026-03-01T14:00Z"', '2026-03-01T14:00Z ', '12:30', '1e3', 'null', '~', '2026-03-01T14:00:00.Z', '20260-3-01T14:00Z',
  // Quoted (ENTRY reads a pair of the same quotes around it), and quotes that do not pair.
  "'2026-03-01T14:00:00+01:00'", '"2026-03-01T14:00:00.5Z"', '\'2026-03-01T14:00Z"', '"2026-03-01T14:00Z\'', "'2026-03-01T14:00Z", "2026-03-01T14:00Z'",
  "'2026-03-01T14:00Z' # c", "''2026-03-01T14:00Z''", "'2026-03-01T14:00Z'x", "'2026-03-01T14:00Z '", '"2026-03-01T14:00Z\\n"'];
const ENTRY_KIND = ['note', 'note', 'action', 'mitigated', 'null', 'true', 'false', 'Null', 'TRUE', 'no', 'x-y', 'a b', '', '~', 'note ', 'note # c', "'note'", 'nulls', 'truest'];
const ENTRY_BY = ['Alice', 'Jean-Luc', 'Ana María', 'Siobhan O\'Neill', 'null', 'Null', 'NULL', 'True', 'false', 'True story', 'a: b', 'a:b', 'a:', 'a #b', 'a#b',
  'x ', 'x\t', 'x\ty', 'é', 'Zoë', '1', '1.5', 'O’Neill', 'a\u00a0', 'a\u00a0b', 'a\ufeff', 'a\u2028b', 'a\x7fb', 'a\x01', '-a', 'a,b', 'a[b]', 'a{b}', 'a|b', 'a > b', '...', '---', 'a --- b',
  // Colons ENTRY's PLAIN reads by runs: before a character that is not white space or `#`, or before more colons.
  'a::b', 'a:::b c', 'a::', 'a: :b', 'a:\u00a0b', 'a:#b', 'x:y:z', 'a:b:', 'a::\tb', 'a:\x7fb', 'a::#'];
const ENTRY_TEXT = [...ENTRY_BY, 'Checked the dashboards again (1); error rate 0% and falling.', 'Restarted the primary', 'http://h/p#f', 'a: b: c', 'ends with colon:',
  '"quoted"', '"a # b"', '"a \\" b"', '"tab\\there"', '""', '"a"b', '"a" # c', '"a\tb"', '" lead"', '"a\u00a0"', "'it''s'", "''", "'a' # c", "'a'b", "' lead'", "'a\tb'",
  '"unclosed', "'unclosed", '>-', '|', '[a, b]', '{a: 1}', '&x', '*x', '!x', '%x', '@x', '`x`', '? x', '#x'];
/** Mostly the first (a plain value, as log writes them), a fifth of the time any of the pool. */
const mostly = <T>(usual: T, pool: readonly T[]) => fc.oneof({ weight: 4, arbitrary: fc.constant(usual) }, { weight: 1, arbitrary: fc.constantFrom(...pool) });
const entryLinesArb: fc.Arbitrary<string[]> = fc
  .tuple(
    mostly('2026-03-01T14:00:00Z', ENTRY_AT), mostly('note', ENTRY_KIND),
    fc.option(mostly('Alice', ENTRY_BY), { nil: undefined, freq: 3 }), mostly('Checked the dashboards again (1); error rate 0% and falling.', ENTRY_TEXT),
    // What may come between or inside entries: nothing mostly, or a comment, a blank line, a wrapped line, a key more.
    mostly('', ['    # c', '  # c', '', '      more', '    approx: true', '\t', '    ', '    text: twice']),
    mostly(2, [3, 1, 0, 4]),
  )
  .map(([at, kind, by, text, extra, dash]) => {
    const pad = ' '.repeat(dash);
    const lines = [`${pad}- at: ${at}`, `${pad}  kind: ${kind}`];
    if (by !== undefined) lines.push(`${pad}  by: ${by}`);
    lines.push(`${pad}  text: ${text}`);
    if (extra !== '') lines.splice(1 + (text.length % lines.length), 0, extra);
    return lines;
  });
const logTimelineArb: fc.Arbitrary<string> = fc
  .tuple(
    fc.array(entryLinesArb, { minLength: 1, maxLength: 8 }),
    fc.constantFrom('\n', '\n', '\n', '\n', '\r\n'),
    fc.constantFrom('', 'id: x\n', 'title: t\ntimezone: UTC\n'),
    fc.constantFrom('', 'status: open\n', 'action_items:\n  - id: AI-1\n', '# end\n'),
  )
  .map(([entries, eol, before, after]) => `${before}timeline:\n${entries.flat().join('\n')}\n${after}`.replace(/\n/g, eol));

/** Generated frontmatters: with every odd token, shaped like real files, and long timelines as `incident log` writes them. */
export const frontmatterArb: fc.Arbitrary<string> = fc.oneof(frontmatterOf(tricky), frontmatterOf(plainish), logTimelineArb);
