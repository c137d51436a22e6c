// Markdown out without the round trip, for the shapes Casefile's own templates write: ATX headings,
// paragraphs, tight `-` lists of one paragraph an item, GFM tables and fenced code at the root; text
// with **strong** labels, `code`, bare http(s) URLs and escaped or lonely `~`. For those it gives
// what markdownOut gives when it wraps (micromark's tree written by mdast-util-to-markdown, then
// the style of markdown-style.ts) byte for byte, and for anything else it steps aside (undefined)
// and the caller takes the long way. The long way reads and writes a post-mortem with code that
// runs cold in a command that lives 70 ms: it was more than half of `incident render`'s CPU
// (Node 24). test/markdown-fast.test.ts holds it to markdownOut on the bench corpus, the
// fixtures and generated documents.
//
// Each rule below names what it stands for in micromark (the reader) or in the serializer. Tests
// of a character or two are written by hand, not as regular expressions: each expression is
// compiled on its first use, and a render compiled some thirty here (Node 24.21).
import { alignedTable, type Align } from './table-align.ts';
import { hasUrlSyntax, headingLine, isCharacterReference, isDelimiterRow, isStrongLabel } from './markdown-fast-checks.ts';
import { BARE, bareTildeCells, lonelyTilde, URL_OR_EMAIL, WIDTH, wrap } from './markdown-style.ts';

type Inline = { type: 'text' | 'strong' | 'code'; value: string };

/** C0 controls but tab and line feed, and DEL: micromark replaces NUL, the serializer encodes some. */
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F]/;
const FENCE_OPEN = /^```([A-Za-z0-9_+.-]*)$/;
/** A line that could open or close a fence (micromark's rules, widened): never inside the fast path's code. */
const fenceLike = (line: string) => {
  const rest = line.trimStart(); // what /^\s*/ skips: white space and line terminators, the same set
  return rest.startsWith('```') || rest.startsWith('~~~');
};
/**
 * How a line of text may start, in a paragraph or an item: nothing that opens a block (micromark)
 * or that the serializer escapes at a line's start (`atBreak`): a letter, a digit (not `1.`/`1)`,
 * a list), `(`, a quote, any non-ASCII character, `**` then a word, a code span, a `~` alone.
 */
const LINE_START = /^(?:[A-Za-z0-9("'\u0080-\uFFFF]|\*\*[^*\s]|`[^`]|~[^~])/;
/**
 * How an item may start besides: a thread's number (`#k7m2q`, the report's open threads), which no
 * heading is (no space after the `#`); the serializer escapes its `#` and the style writes it bare again.
 */
const ITEM_HASH = /^#[^\s#]/;
/** A line the serializer escapes as if it opened an ordered list: any run of digits (micromark takes at most 9; the serializer escapes more), then `.` or `)`. */
function ordered(line: string): boolean {
  let i = 0;
  while (isDigit(line.charCodeAt(i))) i++;
  const c = line.charCodeAt(i);
  return i > 0 && (c === 46 || c === 41);
}
/** Characters that make syntax in text, or that the serializer escapes there (inline takes a few of them, in known shapes). */
const STOP = /[*`\\~_[\]<>|\t!]/g;
const isDigit = (c: number) => c >= 48 && c <= 57;
/** An ASCII letter or digit: the character (one, or none) as /[A-Za-z0-9]/ tests it. */
const alnum = (ch: string) => {
  const c = ch.charCodeAt(0);
  return isDigit(c) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
};
/** White space at either end: what /^\s|\s$/ finds, as trim removes the same set. */
const paddedSpace = (text: string) => text.trim() !== text;
/** White space at the end: /\s$/. */
const endsInSpace = (text: string) => text.trimEnd() !== text;
/** `[label]` as text: no link (nothing after it opens one, and no definition: the fast path takes no `[` at a line's start). */
const BRACKETED = /^\[[^[\]\\^\s][^[\]\\]*\](?![([:])/;

/** `markdown` as markdownOut writes it with wrapping (and without `join`), or undefined to take the long way. */
export function fastMarkdownOut(markdown: string): string | undefined {
  if (CONTROL.test(markdown)) return undefined;
  const lines = markdown.split('\n');
  const blocks: string[] = [];
  let last = ''; // the previous block's kind: a list (or a quote) after another is not written as two
  let blank = true; // the previous line was blank, or there was none
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    if (line === '') {
      blank = true;
      i++;
      continue;
    }
    let block: string | undefined;
    let kind = '';
    if (line.startsWith('#')) {
      block = heading(line);
      i++;
    } else if (line.startsWith('```')) {
      const fence = code(lines, i);
      if (!fence) return undefined;
      block = fence.block;
      i = fence.next;
    } else if (line.startsWith('|')) {
      if (!blank) return undefined;
      const made = table(lines, i);
      if (!made) return undefined;
      block = made.block;
      i = made.next;
    } else if (line.startsWith('- ')) {
      if (last === 'list') return undefined; // two lists in a row are one (loose) list to micromark
      const made = list(lines, i);
      if (!made) return undefined;
      block = made.block;
      i = made.next;
      kind = 'list';
    } else if (line.startsWith('> ')) {
      if (last === 'quote') return undefined;
      const made = quote(lines, i);
      if (!made) return undefined;
      block = made.block;
      i = made.next;
      kind = 'quote';
    } else {
      const made = paragraph(lines, i);
      if (!made) return undefined;
      block = made.block;
      i = made.next;
    }
    if (block === undefined) return undefined;
    blocks.push(block);
    last = kind;
    blank = false;
  }
  return blocks.length ? `${blocks.join('\n\n')}\n` : '';
}

function heading(line: string): string | undefined {
  const m = headingLine(line);
  // A `#` at the end could close the heading (the serializer escapes it); spaces at either end are not the text's.
  if (!m || m.text === '' || m.text.endsWith('#') || paddedSpace(m.text)) return undefined;
  const text = inline([m.text], false);
  // The serializer's heading: `#`s, a space, the text (no wrapping), then the style's tidying.
  return text === undefined ? undefined : lonelyTilde(`${m.hashes} ${text}`);
}

/** A line that may go on a paragraph (or an item's paragraph) as text. */
const continues = (line: string) => LINE_START.test(line) && !ordered(line) && !fenceLike(line);

function paragraph(lines: string[], from: number): { block: string; next: number } | undefined {
  const own: string[] = [];
  let i = from;
  for (; i < lines.length && lines[i] !== ''; i++) {
    const line = lines[i]!;
    // A heading or a list item ends the paragraph (both can interrupt one): the next block.
    if (own.length && (line.startsWith('#') || line.startsWith('- '))) break;
    if (!continues(line) || endsInSpace(line)) return undefined;
    own.push(line);
  }
  const text = inline(own, false);
  if (text === undefined) return undefined;
  return { block: wrap(lonelyTilde(text), WIDTH, WIDTH), next: i };
}

function list(lines: string[], from: number): { block: string; next: number } | undefined {
  const items: string[] = [];
  let i = from;
  while (i < lines.length && lines[i]!.startsWith('- ')) {
    const own = [lines[i]!.slice(2)];
    for (i++; i < lines.length && lines[i]!.startsWith('  '); i++) own.push(lines[i]!.slice(2));
    if (own.some((l, k) => !(continues(l) || (k === 0 && ITEM_HASH.test(l))) || endsInSpace(l))) return undefined;
    const text = inline(own, false);
    if (text === undefined) return undefined;
    // The serializer's item: `- `, then the paragraph wrapped from column 3, its other lines indented by 2.
    items.push(wrap(lonelyTilde(text), WIDTH - 2, WIDTH - 2).split('\n').map((l, k) => (k ? `  ${l}` : `- ${l}`)).join('\n'));
  }
  // Whatever follows without a blank line would be a lazy continuation of the last item, unless it is a heading.
  if (i < lines.length && lines[i] !== '' && !lines[i]!.startsWith('#')) return undefined;
  return { block: items.join('\n'), next: i };
}

/** A block quote of one paragraph (the drill notice). */
function quote(lines: string[], from: number): { block: string; next: number } | undefined {
  const own: string[] = [];
  let i = from;
  for (; i < lines.length && lines[i]!.startsWith('> '); i++) own.push(lines[i]!.slice(2));
  // A line after it that is not blank would be a lazy continuation (or a new block micromark may read otherwise).
  if (i < lines.length && lines[i] !== '' && !lines[i]!.startsWith('#')) return undefined;
  if (own.some((l) => !continues(l) || endsInSpace(l))) return undefined;
  const text = inline(own, false);
  if (text === undefined) return undefined;
  // The serializer's quote: `> ` before every line of the paragraph, wrapped from column 3.
  return { block: wrap(lonelyTilde(text), WIDTH - 2, WIDTH - 2).split('\n').map((l) => `> ${l}`).join('\n'), next: i };
}

function code(lines: string[], from: number): { block: string; next: number } | undefined {
  const open = FENCE_OPEN.exec(lines[from]!);
  if (!open) return undefined;
  let end = from + 1;
  while (end < lines.length && lines[end] !== '```') {
    if (fenceLike(lines[end]!)) return undefined;
    end++;
  }
  if (end >= lines.length) return undefined;
  const raw = lines.slice(from + 1, end).join('\n');
  if (raw.trim() === '') return undefined;
  // The serializer's fence: longer than any run of backticks inside; a block with no language says `text` (tidy).
  const runs = raw.match(/`+/g) ?? [];
  const fence = '`'.repeat(Math.max(3, ...runs.map((r) => r.length + 1)));
  return { block: `${fence}${open[1] || 'text'}\n${raw}\n${fence}`, next: end + 1 };
}

/** A row's cells: outer pipes dropped, split at pipes not escaped, trimmed; undefined if unsure. */
function cells(line: string): string[] | undefined {
  if (!line.startsWith('|') || !line.endsWith('|') || line.endsWith('\\|') || line.length < 2) return undefined;
  const inner = line.slice(1, -1);
  if (inner.includes('\\\\')) return undefined;
  const parts = inner.split(/(?<!\\)\|/);
  return parts.some((c) => c.includes('\t')) ? undefined : parts.map(trimSpaces);
}

/** A cell's text without the spaces around it: GFM trims spaces (and tabs), not other white space (a no-break space stays). */
function trimSpaces(cell: string): string {
  let from = 0;
  let to = cell.length;
  while (from < to && cell.charCodeAt(from) === 32) from++;
  while (to > from && cell.charCodeAt(to - 1) === 32) to--;
  return cell.slice(from, to);
}

function table(lines: string[], from: number): { block: string; next: number } | undefined {
  const head = cells(lines[from]!);
  const delimiter = lines[from + 1];
  if (!head || delimiter === undefined || !isDelimiterRow(delimiter)) return undefined;
  const align = delimiter.slice(1, -1).split('|').map((c): Align => {
    const d = c.trim();
    return d.startsWith(':') ? (d.endsWith(':') ? 'c' : 'l') : d.endsWith(':') ? 'r' : '';
  });
  if (align.length !== head.length) return undefined;
  const rows = [head];
  let i = from + 2;
  for (; i < lines.length && lines[i] !== ''; i++) {
    const row = cells(lines[i]!);
    if (!row || row.length !== head.length) return undefined;
    rows.push(row);
  }
  const matrix: string[][] = [];
  for (const row of rows) {
    const made = row.map((cell) => (cell === '' ? '' : inline([cell], true)));
    if (made.some((c) => c === undefined)) return undefined;
    matrix.push(made as string[]);
  }
  // mdast-util-gfm-table's serializer: markdown-table with the options markdown-out.ts gives it.
  const aligned = alignedTable(matrix, align);
  return { block: bareTildeCells(aligned), next: i };
}

/**
 * The text of a paragraph's lines (or of a heading, or a table cell) written as the serializer
 * writes micromark's tree of it after tidying (bare URLs made autolinks) and reflowing (lines
 * joined with a space); undefined for anything outside the shapes this file knows.
 */
function inline(lines: string[], cell: boolean): string | undefined {
  const nodes: Inline[] = [];
  const text = (value: string) => {
    const last = nodes[nodes.length - 1];
    if (last?.type === 'text') last.value += value;
    else nodes.push({ type: 'text', value });
  };
  for (let l = 0; l < lines.length; l++) {
    const s = lines[l]!;
    // A `~` next to `*`: with strikethrough on, micromark counts `~` as an attention marker around it.
    if (s.includes('~*') || s.includes('*~') || s.includes('*\\~')) return undefined;
    if (l > 0) text(' ');
    let k = 0;
    while (k < s.length) {
      // Plain text up to the next character that may make syntax, in one piece.
      STOP.lastIndex = k;
      const at = STOP.exec(s)?.index ?? s.length;
      if (at > k) {
        text(s.slice(k, at));
        k = at;
        continue;
      }
      const c = s[k]!;
      if (c === '*') {
        // **strong**, opened after a space (or the line's start, or `(`) and closed before a space,
        // the end, or punctuation after a word: one way to read it whatever else the line holds.
        if (s[k + 1] !== '*') return undefined;
        const end = s.indexOf('**', k + 2);
        if (end < 0) return undefined;
        const inner = s.slice(k + 2, end);
        const before = k === 0 ? ' ' : s[k - 1]!;
        const after = s[end + 2] ?? ' ';
        // Inside: a label (`Started:`, `AI-1`), no delimiter of any kind.
        if (!isStrongLabel(inner) || BARE.test(inner)) return undefined;
        if (before !== ' ' && before !== '(') return undefined;
        if (after !== ' ' && !(alnum(inner.slice(-1)) && (after === ':' || after === ',' || after === '.' || after === ')'))) return undefined;
        nodes.push({ type: 'strong', value: inner });
        k = end + 2;
        continue;
      }
      if (c === '`') {
        // A code span of one backtick a side, no space at either end (the serializer would pad it).
        if (cell) return undefined; // a pipe inside splits the cell first
        const end = s.indexOf('`', k + 1);
        const value = s.slice(k + 1, end);
        if (end < 0 || value === '' || paddedSpace(value) || s[end + 1] === '`') return undefined;
        nodes.push({ type: 'code', value });
        k = end + 1;
        continue;
      }
      if (c === '\\') {
        // The escapes the templates write: `\~` (and `\|` in a cell); any other takes the long way.
        const next = s[k + 1];
        if (next === '~' || (cell && next === '|')) {
          text(next);
          k += 2;
          continue;
        }
        return undefined;
      }
      if (c === '~') {
        // A `~` that cannot close a strikethrough (micromark's flanking): after a space (or the
        // line's start), or after `(`/`+` and before a letter or digit. With no closer, none strikes.
        const before = k === 0 ? (cell ? '|' : ' ') : s[k - 1]!;
        const after = s[k + 1] ?? ' ';
        if (after === '~' || !(before === ' ' || ((before === '(' || before === '+') && alnum(after)))) return undefined;
      } else if (c === '_') {
        // Inside a word (`pg_stat`): micromark makes no emphasis of it, and the serializer leaves it.
        if (k === 0 || !alnum(s[k - 1]!) || !alnum(s[k + 1] ?? '')) return undefined;
      } else if (c === '[') {
        // `[DRILL]`: text to micromark; the serializer escapes the `[`, and the style writes it bare again.
        const m = BRACKETED.exec(s.slice(k));
        if (!m) return undefined;
        text(m[0]);
        k += m[0].length;
        continue;
      } else return undefined; // `]`, `<`, `>`, `|`, `!`, a tab
      text(c);
      k++;
    }
  }
  let out = '';
  for (const node of nodes) {
    if (node.type === 'strong') out += `**${node.value}**`;
    else if (node.type === 'code') out += `\`${node.value}\``;
    else {
      const made = textOut(node.value, cell);
      if (made === undefined) return undefined;
      out += made;
    }
  }
  return out;
}

/** A text node written: bare http(s) URLs as autolinks (tidy), `~` escaped (and `|` in a cell); undefined if unsure. */
function textOut(value: string, cell: boolean): string | undefined {
  const escape = (part: string) => {
    // `&` may start a character reference; the serializer escapes it before a letter or `#`.
    if (part.includes('&')) return undefined;
    const tildes = part.replaceAll('~', '\\~');
    // In a cell the style leaves the serializer's `\[` (it writes `[label]` bare only in paragraphs and headings).
    return cell ? tildes.replaceAll('|', '\\|').replaceAll('[', '\\[') : tildes;
  };
  // What BARE finds holds `http`, `www.` or `@`: most text has none, and runs no expression.
  if (!(value.includes('http') || value.includes('www.') || value.includes('@')) || !BARE.test(value)) return escape(value);
  let out = '';
  let last = 0;
  for (const m of value.matchAll(URL_OR_EMAIL)) {
    const found = m[0];
    // Only http(s): a www. host or an e-mail address becomes a link the serializer writes otherwise.
    if (!(found.startsWith('http://') || found.startsWith('https://')) || hasUrlSyntax(found)) return undefined;
    for (let at = found.indexOf('&'); at !== -1; at = found.indexOf('&', at + 1)) {
      if (isCharacterReference(found, at)) return undefined;
    }
    const before = escape(value.slice(last, m.index));
    if (before === undefined) return undefined;
    out += `${before}<${found}>`;
    last = m.index + found.length;
  }
  const rest = escape(value.slice(last));
  return rest === undefined ? undefined : out + rest;
}
