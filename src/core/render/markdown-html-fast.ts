// Markdown to HTML without the unified pipeline, for the plain shapes post-mortems are written in:
// ATX headings, paragraphs, lists, GFM tables, fenced code, thematic breaks, simple block quotes;
// code spans, simple emphasis, inline links and images to http(s) URLs, autolinks, hard breaks.
// It gives exactly the string sanitizedHtml (markdown-sanitize.ts) gives, byte for byte, or
// `undefined` for anything it is not sure of, and the pipeline runs. That pipeline is most of the
// CPU of an `incident site` page; test/markdown-html-fast.test.ts proves the two agree.
//
// The output copies what remark-rehype, rehype-sanitize (nothing here is ever removed by it) and
// rehype-stringify write: blocks joined by "\n", `&` and `<` in text as `&#x26;` and `&#x3C;`,
// attributes in double quotes with `"&'` and the backtick as hexadecimal references.

/** Thrown (never out of this file) when the input is not one of the shapes copied here. */
const STEP_ASIDE = new (class StepAside {})();

function unsure(): never {
  throw STEP_ASIDE;
}

// Characters whose handling is not copied: controls (tab, CR, NUL...), the BOM, lone surrogates,
// and HTML comments (stripComments removes them before the pipeline parses).
const UNSURE_TEXT = /[\u0000-\u0009\u000B-\u001F\u007F\uFEFF]|<!--|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/**
 * The characters UNSURE_TEXT looks at, surrogates paired or not: one class, which V8 scans for
 * faster than the alternatives (a 3 KB body: ~40% less), and the full expression only when it finds one.
 */
const UNSURE_CHARACTER = /[\u0000-\u0009\u000B-\u001F\u007F\uFEFF\uD800-\uDFFF]/;
const unsureText = (markdown: string) => markdown.includes('<!--') || (UNSURE_CHARACTER.test(markdown) && UNSURE_TEXT.test(markdown));

export function fastSanitizedHtml(markdown: string, headingOffset: number): string | undefined {
  if (!Number.isInteger(headingOffset) || unsureText(markdown)) return undefined;
  try {
    return blocksHtml(parseBlocks(markdown.split('\n')).blocks, headingOffset);
  } catch (error) {
    if (error === STEP_ASIDE) return undefined;
    throw error;
  }
}

// ---------------------------------------------------------------------------------------------
// Blocks

type Align = '' | 'left' | 'center' | 'right';

type Block =
  | { type: 'paragraph'; text: string }
  | { type: 'heading'; depth: number; text: string }
  | { type: 'code'; lang: string; value: string }
  | { type: 'rule' }
  | { type: 'table'; align: Align[]; head: string[]; rows: string[][] }
  | { type: 'quote'; children: Block[] }
  | { type: 'list'; ordered: boolean; start: number; loose: boolean; items: Block[][] };

interface Parsed {
  blocks: Block[];
  /** A blank line between two of the blocks (what makes a list item loose). */
  spread: boolean;
}

const BLANK = /^ *$/;
/** BLANK.test(line), the expression only for a line that starts with a space (most start with text). */
const isBlank = (line: string) => line === '' || (line.charCodeAt(0) === 32 && BLANK.test(line));
const ATX = /^(#{1,6})(?: +(.*))?$/;
const FENCE = /^(`{3,})([^`]*)$/;
const CLOSE_FENCE = /^ {0,3}(`{3,}) *$/;
/** `***`, `- - -`, `___`: a thematic break (before a list item, which `- - -` also looks like). */
const RULE = /^(?:(?:\* *){3,}|(?:- *){3,}|(?:_ *){3,})$/;
/** A list item with content on its first line: bullet, or number and `.` or `)`, then 1+ spaces. */
const LIST_ITEM = /^(?:([-*+])|(\d{1,9})([.)]))( +)(?=[^ ])/;
/** A list item with nothing on its first line (or a setext underline, after a paragraph). */
const EMPTY_ITEM = /^(?:[-*+]|\d{1,9}[.)]) *$/;
/** What starts raw HTML (a block here, a tag inline): `<` and a letter, `/`, `!` or `?`. */
const HTML_START = /^<[A-Za-z/!?]/;

/** Whether a line may start an HTML block (an autolink cannot: no tag name is followed by `:`). */
function startsHtml(line: string): boolean {
  if (!HTML_START.test(line)) return false;
  AUTOLINK.lastIndex = 0;
  return !AUTOLINK.test(line);
}

/** The blocks of `lines` (already without the indentation of the list item or quote they are in). */
function parseBlocks(lines: string[]): Parsed {
  const blocks: Block[] = [];
  let spread = false;
  let blank = false;
  let i = 0;
  while (i < lines.length) {
    if (isBlank(lines[i]!)) {
      blank = true;
      i++;
      continue;
    }
    if (blank && blocks.length > 0) spread = true;
    blank = false;
    i = parseBlock(lines, i, blocks);
  }
  return { blocks, spread };
}

/** Parses the block that starts at line `i` into `blocks`; returns the line after it. */
function parseBlock(lines: string[], i: number, blocks: Block[]): number {
  const line = lines[i]!;
  // A letter first starts none of the blocks below but a paragraph (each of their tests needs
  // another first character): most lines of a post-mortem, spared ten tests.
  if (isLetter(line.charCodeAt(0))) return paragraph(lines, i, blocks);
  // Indented starts: 1-3 spaces are allowed but rare, 4 make indented code.
  if (line[0] === ' ') unsure();
  if (line[0] === '#') {
    const heading = atxHeading(line);
    if (heading) {
      blocks.push(heading);
      return i + 1;
    }
  }
  if (line.startsWith('```')) return fencedCode(lines, i, blocks);
  if (line.startsWith('~~~') || startsHtml(line)) unsure();
  if (RULE.test(line)) {
    blocks.push({ type: 'rule' });
    return i + 1;
  }
  if (line[0] === '>') return blockQuote(lines, i, blocks);
  if (EMPTY_ITEM.test(line)) unsure();
  if (line[0] === '|' && i + 1 < lines.length && isDelimiterRow(lines[i + 1]!)) return table(lines, i, blocks);
  if (LIST_ITEM.test(line)) return list(lines, i, blocks);
  return paragraph(lines, i, blocks);
}

// Spaces at the ends of a text counted by hand: `/ +$/` tries every space of the text (a paragraph's
// text so far, at each of its line breaks), 3 us of a site page's conversion.

/** How many spaces (U+0020 only) end `s`. */
function trailingSpaces(s: string): number {
  let n = 0;
  while (n < s.length && s.charCodeAt(s.length - 1 - n) === 32) n++;
  return n;
}

/** How many spaces (U+0020 only) start `s`. */
function leadingSpaces(s: string): number {
  let n = 0;
  while (n < s.length && s.charCodeAt(n) === 32) n++;
  return n;
}

/** `s.replace(/ +$/, '')`. */
const withoutTrailingSpaces = (s: string) => s.slice(0, s.length - trailingSpaces(s));

/** An ASCII letter. */
const isLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);

function atxHeading(line: string): Block | undefined {
  const match = ATX.exec(line);
  if (!match) return undefined;
  let text = withoutTrailingSpaces(match[2] ?? '');
  // A closing sequence of `#`s goes, when it is all there is or follows a space (only a text
  // that ends with `#` has one: the others skip the two expressions).
  if (text.endsWith('#')) text = /^#+$/.test(text) ? '' : withoutTrailingSpaces(text.replace(/ +#+$/, ''));
  return { type: 'heading', depth: match[1]!.length, text };
}

function fencedCode(lines: string[], i: number, blocks: Block[]): number {
  const open = FENCE.exec(lines[i]!);
  if (!open) unsure(); // a backtick in the info string: not a fence
  const lang = open[2]!.replace(/^ +/, '').split(' ')[0]!;
  // The language becomes a class; only names that need no decoding or escaping.
  if (lang !== '' && !/^[\w.+#-]+$/.test(lang)) unsure();
  const closes = (line: string) => (CLOSE_FENCE.exec(line)?.[1]!.length ?? 0) >= open[1]!.length;
  let j = i + 1;
  while (j < lines.length && !closes(lines[j]!)) j++;
  if (j === lines.length) unsure(); // unclosed: runs to the end of its container
  blocks.push({ type: 'code', lang, value: lines.slice(i + 1, j).join('\n') });
  return j + 1;
}

/** `>` lines, then a blank line or the end (anything else may be lazy continuation). */
function blockQuote(lines: string[], i: number, blocks: Block[]): number {
  const inner: string[] = [];
  let j = i;
  for (; j < lines.length && lines[j]![0] === '>'; j++) inner.push(lines[j]!.replace(/^> ?/, ''));
  if (j < lines.length && !isBlank(lines[j]!)) unsure();
  const { blocks: children } = parseBlocks(inner);
  if (children.length === 0) unsure();
  blocks.push({ type: 'quote', children });
  return j;
}

/** A table's row: `| a | b |`, split at every `|` (GFM splits even inside code). */
function cells(line: string): string[] | undefined {
  const row = withoutTrailingSpaces(line);
  if (row.length < 2 || row[0] !== '|' || row[row.length - 1] !== '|') return undefined;
  return row.slice(1, -1).split('|').map((cell) => withoutTrailingSpaces(cell.slice(leadingSpaces(cell))));
}

function isDelimiterRow(line: string): boolean {
  return /^\|[ |:-]*-[ |:-]*$/.test(line);
}

function table(lines: string[], i: number, blocks: Block[]): number {
  const head = cells(lines[i]!);
  const delimiters = cells(lines[i + 1]!);
  if (!head || !delimiters || head.length !== delimiters.length) unsure();
  const align = delimiters.map((cell): Align => {
    if (!/^:?-+:?$/.test(cell)) unsure();
    const left = cell[0] === ':';
    const right = cell[cell.length - 1] === ':';
    return left && right ? 'center' : left ? 'left' : right ? 'right' : '';
  });
  const rows: string[][] = [];
  let j = i + 2;
  // Every line up to a blank one is a row (GFM takes even a line without pipes): only `| ... |` ones here.
  for (; j < lines.length && !isBlank(lines[j]!); j++) rows.push(cells(lines[j]!) ?? unsure());
  blocks.push({ type: 'table', align, head, rows });
  return j;
}

/** Whether the line (no indentation) starts a list item, a heading or a fence: blocks that end a list item's paragraph. */
function endsParagraph(line: string): boolean {
  const item = LIST_ITEM.exec(line);
  if (item) return item[1] !== undefined || item[2] === '1'; // only bullets and `1.` interrupt a paragraph
  return ATX.test(line) || FENCE.test(line);
}

function list(lines: string[], i: number, blocks: Block[]): number {
  const first = LIST_ITEM.exec(lines[i]!)!;
  const marker = first[1] ?? first[3]!;
  const ordered = first[1] === undefined;
  const items: Block[][] = [];
  let loose = false;
  let j = i;
  let item = first;
  for (;;) {
    if (item[4]!.length > 4) unsure(); // 5+ spaces after the marker: indented code inside
    const indent = item[0].length;
    const inner = [lines[j]!.slice(indent)];
    const indentation = ' '.repeat(indent);
    let k = j + 1;
    for (; k < lines.length; k++) {
      const line = lines[k]!;
      if (!isBlank(line) && !line.startsWith(indentation)) break;
      inner.push(line.slice(indent));
    }
    // Blank lines at its end separate it from what follows; they are not the item's.
    let end = inner.length;
    while (isBlank(inner[end - 1]!)) end--;
    const trailing = inner.length - end;
    const parsed = parseBlocks(inner.slice(0, end));
    items.push(parsed.blocks);
    if (parsed.spread) loose = true;
    const next = lines[k];
    // `- - -` ends the list: a thematic break comes before a list item.
    const following = next === undefined || RULE.test(next) ? null : LIST_ITEM.exec(next);
    const sibling = following !== null && (following[1] ?? following[3]) === marker;
    // A line right after the item's last one that starts no block may be lazy continuation.
    if (next !== undefined && trailing === 0 && !sibling && !endsParagraph(next)) unsure();
    if (!sibling) {
      blocks.push({ type: 'list', ordered, start: ordered ? Number(first[2]) : 1, loose, items });
      return k - trailing; // the blank lines after it are the container's
    }
    if (trailing > 0) loose = true;
    j = k;
    item = following!; // the sibling's line, read already
  }
}

function paragraph(lines: string[], i: number, blocks: Block[]): number {
  const text = [lines[i]!];
  let j = i + 1;
  for (; j < lines.length; j++) {
    const line = lines[j]!;
    if (isBlank(line)) break;
    const content = line.replace(/^ +/, '');
    // 4 spaces or more: continuation text whatever follows; a letter first: text too (every
    // test below needs another first character).
    if (line.length - content.length < 4 && !isLetter(content.charCodeAt(0))) {
      // Setext underlines and table delimiter rows would change the lines before them.
      if (/^=+ *$/.test(content) || /^[ |:-]+$/.test(content) || RULE.test(content)) unsure();
      if (content[0] === '>' || content.startsWith('~~~') || startsHtml(content)) unsure();
      if (endsParagraph(content)) {
        if (content !== line) unsure();
        break;
      }
      // Any other list marker or fence-like line: the interruption rules are not copied.
      if (/^(?:[-*+]|\d{1,9}[.)])(?: |$)/.test(content) || content.startsWith('```')) unsure();
    }
    text.push(content);
  }
  text[text.length - 1] = withoutTrailingSpaces(text[text.length - 1]!);
  blocks.push({ type: 'paragraph', text: text.join('\n') });
  return j;
}

// ---------------------------------------------------------------------------------------------
// HTML of blocks, as mdast-util-to-hast lays them out

function blocksHtml(blocks: Block[], offset: number): string {
  return blocks.map((block) => blockHtml(block, offset)).join('\n');
}

function blockHtml(block: Block, offset: number): string {
  switch (block.type) {
    case 'paragraph':
      return `<p>${inlineHtml(block.text)}</p>`;
    case 'heading': {
      const depth = Math.min(6, Math.max(1, block.depth + offset));
      return `<h${depth}>${inlineHtml(block.text)}</h${depth}>`;
    }
    case 'code': {
      const lang = block.lang ? ` class="language-${attribute(block.lang)}"` : '';
      return `<pre><code${lang}>${text(block.value ? `${block.value}\n` : '')}</code></pre>`;
    }
    case 'rule':
      return '<hr>';
    case 'quote':
      return `<blockquote>\n${blocksHtml(block.children, offset)}\n</blockquote>`;
    case 'table':
      return tableHtml(block);
    case 'list': {
      const tag = block.ordered ? 'ol' : 'ul';
      const start = block.ordered && block.start !== 1 ? ` start="${block.start}"` : '';
      const items = block.items.map((item) => listItemHtml(item, block.loose, offset));
      return `<${tag}${start}>\n${items.join('\n')}\n</${tag}>`;
    }
  }
}

/** A tight item's paragraphs are their text alone; line breaks around the rest. */
function listItemHtml(children: Block[], loose: boolean, offset: number): string {
  let html = '<li>';
  children.forEach((child, index) => {
    const paragraph = child.type === 'paragraph';
    if (loose || index !== 0 || !paragraph) html += '\n';
    html += paragraph && !loose ? inlineHtml(child.text) : blockHtml(child, offset);
  });
  const tail = children[children.length - 1]!;
  if (loose || tail.type !== 'paragraph') html += '\n';
  return `${html}</li>`;
}

function tableHtml(table: Extract<Block, { type: 'table' }>): string {
  const row = (cellsOf: string[], tag: 'th' | 'td') =>
    // Body rows take the header's width: missing cells are empty, extra ones dropped.
    `<tr>\n${table.align.map((align, index) => `<${tag}${align ? ` align="${align}"` : ''}>${inlineHtml(cellsOf[index] ?? '')}</${tag}>`).join('\n')}\n</tr>`;
  const head = `<thead>\n${row(table.head, 'th')}\n</thead>`;
  const body = table.rows.length ? `\n<tbody>\n${table.rows.map((cellsOf) => row(cellsOf, 'td')).join('\n')}\n</tbody>` : '';
  return `<table>\n${head}${body}\n</table>`;
}

// ---------------------------------------------------------------------------------------------
// Inline

/** Text as rehype-stringify writes it. */
function text(value: string): string {
  return /[&<]/.test(value) ? value.replace(/&/g, '&#x26;').replace(/</g, '&#x3C;') : value;
}

/** An attribute value (in double quotes) as rehype-stringify writes it. */
function attribute(value: string): string {
  return value.replace(/[&"'`]/g, (c) => `&#x${c.charCodeAt(0).toString(16).toUpperCase()};`);
}

/** A run of `*` or `_` with what the emphasis algorithm may do with it. */
interface Delimiter {
  kind: 'delimiter';
  marker: string;
  length: number;
  open: boolean;
  close: boolean;
  /** Opens or closes, not both, is 1 or 2 long, and its neighbours are classified as micromark does. */
  simple: boolean;
}

type Piece =
  | { kind: 'html'; html: string }
  | { kind: 'link'; html: string }
  | Delimiter
  | { kind: 'bracket' };

/** Characters that may start syntax; everything between them is text. */
const SPECIAL = /[`<[\]!\\&~*_\n]/g;
/** A character reference: decoded by the parser, not copied here. */
const REFERENCE = /&(?:#\d+|#[xX][\dA-Fa-f]+|[A-Za-z][A-Za-z\d]*);/y;
/** Anything that might be an e-mail autolink (`<local@domain>`). */
const EMAIL_LIKE = /<[^\s<>@]+@[^\s<>]*>/y;
const AUTOLINK = /<([A-Za-z][A-Za-z\d+.-]{1,31}:[^\u0000-\u0020<>]*)>/y;
/** An inline link's `(destination)`: no title, no spaces, no brackets or quotes to balance. */
const DESTINATION = /\(([^\s()<>\\`"]*)\)/y;
/** URLs that micromark's normalizeUri leaves as they are (so no encoding to copy). */
const PLAIN_URL = /^(?:[!#$&-;=?-Z_a-z~]|%[A-Za-z\d]{2})*$/;
/** Image alt text that is plain text (its alt attribute is the text of what it parses to). */
const PLAIN_ALT = /^[^`<[\]!\\&~*_\n]*$/;

/** A URL kept as it is written: http(s) (or mailto for links), nothing to decode or encode. */
function url(value: string, image: boolean): string {
  if (!(image ? /^https?:/ : /^(?:https?|mailto):/).test(value) || !PLAIN_URL.test(value) || /&[#A-Za-z\d]+;/.test(value)) unsure();
  return attribute(value);
}

/**
 * micromark's classes for flanking (classifyCharacter): 1 white space (and the edges), 2
 * punctuation or symbol, 0 other. Like micromark, a character of an astral pair is looked at
 * alone (and is "other").
 */
function characterClass(c: string | undefined): 0 | 1 | 2 {
  if (c === undefined || c === ' ' || c === '\n' || /\s/.test(c)) return 1;
  return /\p{P}|\p{S}/u.test(c) ? 2 : 0;
}

/** Whether a run with these neighbours may open and may close (CommonMark's flanking rules). */
function flanking(before: 0 | 1 | 2, after: 0 | 1 | 2): { left: boolean; right: boolean } {
  return { left: after === 0 || (after === 2 && before !== 0), right: before === 0 || (before === 2 && after !== 0) };
}

function delimiter(source: string, at: number, length: number): Delimiter {
  const marker = source[at]!;
  const previous = source[at - 1];
  const next = source[at + length];
  const before = characterClass(previous);
  const after = characterClass(next);
  const { left, right } = flanking(before, after);
  // micromark (attention.js) also lets a run open before, and close after, a `~` (strikethrough's marker).
  const mayOpen = left || next === '~';
  const mayClose = right || previous === '~';
  const open = marker === '*' ? mayOpen : mayOpen && (before !== 0 || !mayClose);
  const close = marker === '*' ? mayClose : mayClose && (after !== 0 || !mayOpen);
  return { kind: 'delimiter', marker, length, open, close, simple: length <= 2 && !(open && close) };
}

/**
 * GFM strikethrough (one or two `~`): a run that may close one forms one only with another run
 * that may open or close (longer runs are counted as both). Counted by `tildes`.
 */
function tildeRun(source: string, at: number, length: number, tildes: { runs: number; closing: boolean }): void {
  if (length > 2) {
    tildes.runs++;
    tildes.closing = true;
    return;
  }
  const before = characterClass(source[at - 1]);
  const after = characterClass(source[at + length]);
  const { left, right } = flanking(before, after);
  if (left || right) tildes.runs++;
  if (right) tildes.closing = true;
}

function inlineHtml(source: string): string {
  // Text without a character that may start syntax (most list items, cells and headings) is its
  // text: what the pieces below come to, without their map, set and join.
  SPECIAL.lastIndex = 0;
  if (!SPECIAL.test(source)) return text(source);
  const pieces: Piece[] = [];
  let bracket: { image: boolean; at: number; source: number } | undefined;
  let pending = '';
  // Runs that may open or close, by marker, and markers with a run only the whole algorithm knows.
  const capable = new Map<string, number>();
  const notSimple = new Set<string>();
  const tildes = { runs: 0, closing: false };
  const push = (piece: Piece) => {
    if (pending) pieces.push({ kind: 'html', html: text(pending) });
    pending = '';
    pieces.push(piece);
  };
  let i = 0;
  while (i < source.length) {
    SPECIAL.lastIndex = i;
    const found = SPECIAL.exec(source);
    const at = found ? found.index : source.length;
    pending += source.slice(i, at);
    if (!found) break;
    const c = found[0];
    i = at + 1;
    switch (c) {
      case '`': {
        let length = 1;
        while (source[at + length] === '`') length++;
        i = at + length;
        const end = closingBackticks(source, i, length);
        if (end === -1) {
          pending += '`'.repeat(length); // no closing run: the backticks are text
          break;
        }
        let code = source.slice(i, end);
        if (code.includes('\n')) unsure();
        if (code.length > 1 && code[0] === ' ' && code[code.length - 1] === ' ' && /[^ ]/.test(code)) code = code.slice(1, -1);
        push({ kind: 'html', html: `<code>${text(code)}</code>` });
        i = end + length;
        break;
      }
      case '<': {
        if (!HTML_START.test(source.slice(at, at + 2))) {
          // An e-mail autolink may start with any of ``.!#$%&'*+/=?^_`{|}~-`` and digits.
          EMAIL_LIKE.lastIndex = at;
          if (EMAIL_LIKE.test(source)) unsure();
          pending += '<';
          break;
        }
        AUTOLINK.lastIndex = at;
        const link = AUTOLINK.exec(source);
        if (!link) unsure(); // raw HTML or an e-mail address
        push({ kind: 'link', html: `<a href="${url(link[1]!, false)}">${text(link[1]!)}</a>` });
        i = AUTOLINK.lastIndex;
        break;
      }
      case '!':
        if (source[i] !== '[') {
          pending += '!';
          break;
        }
        i++;
      // falls through: `![` opens an image
      case '[':
        if (bracket) unsure(); // nested brackets
        push({ kind: 'bracket' });
        bracket = { image: c === '!', at: pieces.length - 1, source: i };
        break;
      case ']': {
        if (!bracket) {
          pending += ']';
          break;
        }
        DESTINATION.lastIndex = i;
        const destination = DESTINATION.exec(source);
        if (!destination) unsure(); // a reference, a title, or just brackets
        push({ kind: 'html', html: '' });
        const inside = pieces.splice(bracket.at).slice(1);
        if (inside.some((piece) => piece.kind === 'link')) unsure(); // no links in links
        if (bracket.image) {
          const alt = source.slice(bracket.source, at);
          if (!PLAIN_ALT.test(alt)) unsure();
          pieces.push({ kind: 'link', html: `<img src="${url(destination[1]!, true)}" alt="${attribute(alt)}">` });
        } else {
          pieces.push({ kind: 'link', html: `<a href="${url(destination[1]!, false)}">${emphasis(inside)}</a>` });
        }
        bracket = undefined;
        i = DESTINATION.lastIndex;
        break;
      }
      case '&':
        REFERENCE.lastIndex = at;
        if (REFERENCE.test(source)) unsure();
        pending += '&';
        break;
      case '*':
      case '_': {
        let length = 1;
        while (source[at + length] === c) length++;
        const run = delimiter(source, at, length);
        if (run.open || run.close) capable.set(c, (capable.get(c) ?? 0) + 1);
        if (!run.simple && (run.open || run.close)) notSimple.add(c);
        push(run);
        i = at + length;
        break;
      }
      case '\n': {
        // Spaces before a line ending go; two or more make a hard break.
        const spaces = trailingSpaces(pending);
        pending = pending.slice(0, pending.length - spaces);
        push({ kind: 'html', html: spaces >= 2 ? '<br>\n' : '\n' });
        break;
      }
      case '~': {
        let length = 1;
        while (source[at + length] === '~') length++;
        tildeRun(source, at, length, tildes);
        pending += '~'.repeat(length);
        i = at + length;
        break;
      }
      default: // `\` escapes: not copied
        unsure();
    }
  }
  if (bracket) unsure();
  // A run the simple matching does not know is text only when nothing else of its marker may pair.
  for (const marker of notSimple) if (capable.get(marker)! > 1) unsure();
  if (tildes.closing && tildes.runs > 1) unsure();
  push({ kind: 'html', html: '' });
  return emphasis(pieces);
}

/** Where the closing run of exactly `length` backticks starts, or -1. */
function closingBackticks(source: string, from: number, length: number): number {
  let i = source.indexOf('`', from);
  while (i !== -1) {
    let run = 1;
    while (source[i + run] === '`') run++;
    if (run === length) return i;
    i = source.indexOf('`', i + run);
  }
  return -1;
}

/**
 * Emphasis for runs that can only open or only close, each closer matching the last opener
 * exactly (same marker and length); anything else steps aside. Unmatched runs are text.
 */
function emphasis(pieces: Piece[]): string {
  const out: string[] = [];
  const openers: { delimiter: Delimiter; at: number }[] = [];
  for (const piece of pieces) {
    if (piece.kind !== 'delimiter') {
      out.push(piece.kind === 'bracket' ? '' : piece.html);
      continue;
    }
    const literal = piece.marker.repeat(piece.length);
    if (!piece.simple) {
      out.push(literal); // the only run of its marker that may pair (inlineHtml checks): text
    } else if (piece.open) {
      openers.push({ delimiter: piece, at: out.length });
      out.push(literal);
    } else if (piece.close && openers.length > 0) {
      const opener = openers.pop()!;
      if (opener.delimiter.marker !== piece.marker || opener.delimiter.length !== piece.length) unsure();
      const tag = piece.length === 2 ? 'strong' : 'em';
      out[opener.at] = `<${tag}>`;
      out.push(`</${tag}>`);
    } else {
      out.push(literal);
    }
  }
  return out.join('');
}
