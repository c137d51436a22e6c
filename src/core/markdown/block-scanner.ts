// The headings of an incident's Markdown body and its root-level blocks, from one block-level pass
// over its lines.
//
// remark-parse costs 2-6 ms per post-mortem and `incident validate` has under 1 ms per file for
// everything (GUIDE.md section 3), so this scanner replays only the block structure micromark (the
// parser behind remark-parse) builds: containers (block quotes, list items), then the open leaf
// block (paragraph, fenced or indented code, HTML). That is all it takes to know which lines are
// root-level headings and where they start and end. Inline syntax is looked at only inside
// headings. test/sections.test.ts proves the result equal to remark's on a corpus, the repository's
// incidents and tricky snippets. Where the scanner cannot be sure cheaply it says so
// (`exact: false`) and the caller parses that file with remark instead.
//
// Pure: no fs, no remark.
import type { Body, Heading, Section } from './sections.ts';
import { buildSections, COMMENT, COMMENTS, CONTENT } from './section-tree.ts';
import { inlineText } from './heading-text.ts';

const TAB = 9, SPACE = 32, QUOTE = 62, HASH = 35, STAR = 42, PLUS = 43, DASH = 45, LT = 60, EQUALS = 61;
const UNDERSCORE = 95, BACKTICK = 96, TILDE = 126, BRACKET = 91, DOT = 46, PAREN = 41, ONE = 49;

/** The open leaf block ("flow" in micromark). */
const NONE = 0, PARAGRAPH = 1, FENCE = 2, CODE = 3, HTML = 4;


interface Container {
  quote: boolean;
  ordered: boolean;
  /** The bullet (`*`, `+`, `-`) or the delimiter (`.`, `)`): a sibling item must use the same. */
  marker: number;
  /** Columns a line needs to be inside the item. */
  size: number;
  initialBlank: boolean;
  furtherBlank: boolean;
}

const isSpace = (c: number) => c === SPACE || c === TAB;
const isDigit = (c: number) => c >= 48 && c <= 57;

const RAW_NAMES = new Set(['pre', 'script', 'style', 'textarea']);
const BLOCK_NAMES = new Set([
  'address', 'article', 'aside', 'base', 'basefont', 'blockquote', 'body', 'caption', 'center', 'col', 'colgroup', 'dd',
  'details', 'dialog', 'dir', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'frame', 'frameset',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'head', 'header', 'hr', 'html', 'iframe', 'legend', 'li', 'link', 'main', 'menu',
  'menuitem', 'nav', 'noframes', 'ol', 'optgroup', 'option', 'p', 'param', 'search', 'section', 'summary', 'table',
  'tbody', 'td', 'tfoot', 'th', 'thead', 'title', 'tr', 'track', 'ul',
]);
const TAG_NAME = /<(\/?)([A-Za-z][A-Za-z0-9-]*)/y;
// A complete open or closing tag alone on its line: an HTML block of kind 7 (micromark's state machine).
const OPEN_TAG_LINE = /<[A-Za-z][A-Za-z0-9-]*(?:[ \t]+[A-Za-z_:][A-Za-z0-9_.:-]*(?:[ \t]*=[ \t]*(?:[^ \t"'/=<>`]+|'[^'\r\n]*'|"[^"\r\n]*"))?)*[ \t]*\/?>[ \t]*(?=[\r\n]|$)/y;
const CLOSE_TAG_LINE = /<\/[A-Za-z][A-Za-z0-9-]*[ \t]*>[ \t]*(?=[\r\n]|$)/y;
const RAW_END = /<\/(?:pre|script|style|textarea)>/i;
// A paragraph that starts like a link reference definition (or a label going on to the next line):
// remark may not make a setext heading of it, and `[x]` in headings may then be links.
const DEFINITION_START = /\[(?:[^\\[\]]|\\.)+\]:/y;
const FRONTMATTER_OPEN = /^\uFEFF?---[ \t]*(?:\r\n|\r|\n)/;

export class Scanner {
  private exact = true;
  private readonly headings: Heading[] = [];
  private readonly nodes: number[] = [];
  private readonly stack: Container[] = [];
  /** Whether some paragraph starts like a definition, which could make `[x]` in a heading a link. */
  private maybeDefinitions = false;

  // The current line and the cursor in it. A tab counts up to the next multiple of 4 columns and
  // can be consumed partly (`tabEnd` is then the column where the tab ends), as in micromark.
  private lineStart = 0;
  private lineNo = 0;
  private le = 0;
  private p = 0;
  private col = 0;
  private tabEnd = -1;

  // The open leaf block.
  private flow = NONE;
  private fenceMarker = 0;
  private fenceSize = 0;
  private htmlKind = 0;
  /** Where the tag name of an HTML start ends (the search for `</script>` and co. starts there). */
  private tagEnd = 0;
  private htmlNode = -1;
  private htmlFrom = 0;
  private htmlEnd = 0;
  /** The root paragraph being read (its node, position, and where its last line ends), or -1. */
  private paraNode = -1;
  private paraLine = 0;
  private paraColumn = 0;
  private paraStart = 0;
  private paraEnd = 0;
  private paraDefinition = false;

  constructor(private readonly text: string) {}

  run(bodyStart: number): Body {
    const text = this.text;
    this.checkFrontmatter(bodyStart);
    let ls = bodyStart;
    if (ls === 0 && text.charCodeAt(0) === 0xfeff) ls = 1;
    this.lineNo = lineNumber(text, ls);
    let cr = text.indexOf('\r', ls); // CRLF and CR end lines too
    while (ls < text.length) {
      let le = text.indexOf('\n', ls);
      if (le < 0) le = text.length;
      if (cr >= 0) {
        if (cr < ls) cr = text.indexOf('\r', ls);
        if (cr >= 0 && cr < le) le = cr;
      }
      this.line(ls, le);
      ls = le + (text.charCodeAt(le) === 13 && text.charCodeAt(le + 1) === 10 ? 2 : 1);
      this.lineNo++;
    }
    this.closeFlow();
    return { headings: this.headings, sections: this.sections(), exact: this.exact };
  }

  /** remark-frontmatter must see the same frontmatter as splitFrontmatter, or positions differ. */
  private checkFrontmatter(bodyStart: number): void {
    const text = this.text;
    const open = FRONTMATTER_OPEN.exec(text);
    if (bodyStart === 0) {
      if (open) this.exact = false;
      return;
    }
    let e = bodyStart;
    if (text.charCodeAt(e - 1) === 10) e--;
    if (text.charCodeAt(e - 1) === 13) e--;
    // The closing line's start: back to the nearest line break (lastIndexOf('\r') would search the
    // whole frontmatter of a file without any).
    let s = e;
    while (s > 0 && text.charCodeAt(s - 1) !== 10 && text.charCodeAt(s - 1) !== 13) s--;
    if (!open || s < open[0].length || !/^---[ \t]*$/.test(text.slice(s, e))) this.exact = false;
  }

  // --- the cursor

  private peek(): number {
    if (this.tabEnd >= 0) return SPACE;
    return this.p < this.le ? this.text.charCodeAt(this.p) : -1;
  }

  private advance(): void {
    this.p++;
    this.col++;
  }

  /** Consumes up to `max` columns of spaces and tabs; returns how many it consumed. */
  private spaces(max: number): number {
    let n = 0;
    while (n < max) {
      if (this.tabEnd >= 0 || this.text.charCodeAt(this.p) === TAB && this.p < this.le) {
        if (this.tabEnd < 0) this.tabEnd = (this.col & ~3) + 4;
        this.col++;
        if (this.col === this.tabEnd) {
          this.tabEnd = -1;
          this.p++;
        }
      } else if (this.p < this.le && this.text.charCodeAt(this.p) === SPACE) {
        this.advance();
      } else {
        break;
      }
      n++;
    }
    return n;
  }

  private restore(p: number, col: number, tabEnd: number): void {
    this.p = p;
    this.col = col;
    this.tabEnd = tabEnd;
  }

  /** Whether the rest of the line is only spaces and tabs. */
  private blank(): boolean {
    for (let i = this.p; i < this.le; i++) if (!isSpace(this.text.charCodeAt(i))) return false;
    return true;
  }

  /** Columns of indentation ahead, without consuming them. */
  private indent(): number {
    const { p, col, tabEnd } = this;
    const n = this.spaces(Infinity);
    this.restore(p, col, tabEnd);
    return n;
  }

  // --- one line: containers first, then the leaf block (micromark's document tokenizer)

  private line(ls: number, le: number): void {
    this.lineStart = ls;
    this.le = le;
    this.p = ls;
    this.col = 0;
    this.tabEnd = -1;
    const stack = this.stack;
    let continued = 0;
    let sibling = false;

    // 1. The open containers this line continues.
    while (continued < stack.length) {
      const c = stack[continued]!;
      const { p, col, tabEnd } = this;
      if (c.quote) {
        this.spaces(3);
        if (this.peek() !== QUOTE) {
          this.restore(p, col, tabEnd);
          break;
        }
        this.advance();
        this.spaces(1);
        continued++;
        continue;
      }
      if (this.blank()) {
        c.furtherBlank ||= c.initialBlank;
        continued++;
        continue;
      }
      const further = c.furtherBlank;
      c.furtherBlank = c.initialBlank = false;
      if (!further && isSpace(this.peek())) {
        if (this.spaces(c.size) === c.size) {
          continued++;
          continue;
        }
        this.restore(p, col, tabEnd);
      }
      // Not inside this item: a sibling item of the same list keeps the list open.
      const pre = this.spaces(3);
      if (this.listItem(c, pre, false)) {
        continued++;
        this.closeFlow();
        stack.length = continued;
        sibling = true;
      } else {
        this.restore(p, col, tabEnd);
      }
      break;
    }

    // 2. New containers. They interrupt an open paragraph or indented code only under conditions.
    let lazy = false;
    if (!sibling && continued === stack.length && (this.flow === FENCE || this.flow === HTML)) {
      this.leaf(false, continued); // no container can start inside fenced code or HTML
      return;
    }
    const interrupt = !sibling && continued === stack.length && (this.flow === PARAGRAPH || this.flow === CODE);
    let opened = false;
    for (;;) {
      const { p, col, tabEnd } = this;
      const pre = this.spaces(3);
      let container: Container | undefined;
      if (this.peek() === QUOTE) {
        this.advance();
        this.spaces(1);
        container = { quote: true, ordered: false, marker: 0, size: 0, initialBlank: false, furtherBlank: false };
      } else {
        container = this.listItem(undefined, pre, interrupt);
      }
      if (!container) {
        this.restore(p, col, tabEnd);
        break;
      }
      if (!opened) {
        opened = true;
        this.closeFlow();
        stack.length = continued;
      }
      if (stack.length === 0) this.nodes.push(CONTENT);
      stack.push(container);
    }
    if (!opened && !sibling) lazy = continued < stack.length;

    // 3. The leaf block.
    this.leaf(lazy, continued);
  }

  /**
   * A list item's marker and the spaces after it, at the cursor (after `pre` columns of indent).
   * With `sibling`, the item must continue that list (same bullet or delimiter) and updates it.
   */
  private listItem(sibling: Container | undefined, pre: number, interrupt: boolean): Container | undefined {
    if (sibling?.quote) return undefined;
    const text = this.text;
    const c = this.peek();
    const start = this.p;
    let ordered: boolean;
    let marker: number;
    if (c === STAR || c === PLUS || c === DASH) {
      if (sibling ? sibling.ordered || sibling.marker !== c : false) return undefined;
      if (c !== PLUS && this.thematicBreak()) return undefined;
      ordered = false;
      marker = c;
      this.advance();
    } else if (isDigit(c)) {
      if (sibling && !sibling.ordered) return undefined;
      if (interrupt && c !== ONE) return undefined;
      let i = this.p;
      while (i < this.le && isDigit(text.charCodeAt(i)) && i - this.p < 9) i++;
      const d = text.charCodeAt(i);
      if (interrupt && i - this.p > 1) return undefined;
      if (sibling ? d !== sibling.marker : d !== DOT && d !== PAREN) return undefined;
      ordered = true;
      marker = d;
      this.col += i + 1 - this.p;
      this.p = i + 1;
    } else {
      return undefined;
    }
    const width = this.p - start;
    let size: number;
    let initialBlank = false;
    if (this.blank()) {
      if (interrupt) return undefined;
      initialBlank = true;
      size = pre + width + 1;
    } else {
      const { p, col, tabEnd } = this;
      const n = this.spaces(5);
      if (n === 0) return undefined;
      if (n === 5) {
        this.restore(p, col, tabEnd);
        this.spaces(1); // 5+ spaces: the content is indented code, one column after the marker
        size = pre + width + 1;
      } else {
        size = pre + width + n;
      }
    }
    const item = sibling ?? { quote: false, ordered, marker, size, initialBlank, furtherBlank: false };
    item.size = size;
    item.initialBlank = initialBlank;
    return item;
  }

  /** Whether the rest of the line is a thematic break (`***`, `- - -`, `___`). */
  private thematicBreak(): boolean {
    const text = this.text;
    const marker = this.peek();
    let n = 0;
    for (let i = this.p; i < this.le; i++) {
      const c = text.charCodeAt(i);
      if (c === marker) n++;
      else if (!isSpace(c)) return false;
    }
    return n >= 3;
  }

  /** The leaf block's part of the line; `lazy` when some containers were not continued. */
  private leaf(lazy: boolean, continued: number): void {
    if (lazy) {
      // Only a paragraph takes a lazy line; anything else closes the containers left unmatched.
      if (this.flow === PARAGRAPH && !this.blank() && this.continuesParagraph(true)) return;
      this.closeFlow();
      this.stack.length = continued;
    }
    switch (this.flow) {
      case FENCE:
        if (this.closingFence()) this.flow = NONE;
        return;
      case HTML:
        if ((this.htmlKind === 6 || this.htmlKind === 7) && this.blank()) {
          this.closeFlow();
          return;
        }
        this.htmlEnd = this.le;
        if (this.htmlKind <= 5 && this.htmlEnds(this.p, 0)) this.closeFlow();
        return;
      case CODE:
        if (this.blank() || this.indent() >= 4) return;
        this.closeFlow();
        break;
      case PARAGRAPH:
        if (this.blank()) {
          this.closeFlow();
          return;
        }
        if (this.continuesParagraph(false)) return;
        this.closeFlow();
        break;
    }
    this.flowStart(lazy);
  }

  /** A line in an open paragraph: continuation, setext underline, or (false) a block that interrupts it. */
  private continuesParagraph(lazy: boolean): boolean {
    const { p, col, tabEnd } = this;
    if (this.spaces(Infinity) < 4) {
      const c = this.peek();
      if (!lazy && (c === EQUALS || c === DASH) && this.setextUnderline(c)) return true;
      // On a lazy line micromark lets an HTML block of kind 7 interrupt the paragraph, inside the
      // containers: too odd to replay.
      if (lazy && c === LT && this.htmlStart(false) === 7) this.exact = false;
      if (this.interrupts(c)) {
        this.restore(p, col, tabEnd);
        return false;
      }
    }
    this.paraEnd = this.le;
    return true;
  }

  /** Whether a block starts at the cursor that can interrupt a paragraph. */
  private interrupts(c: number): boolean {
    switch (c) {
      case HASH: return this.atxSize() > 0;
      case BACKTICK: case TILDE: return this.fenceOpen(c) > 0;
      case LT: return this.htmlStart(true) > 0;
      case STAR: case DASH: case UNDERSCORE: return this.thematicBreak();
      default: return false;
    }
  }

  /** A block that starts on this line, the cursor at its first column after the containers. */
  private flowStart(lazy: boolean): void {
    if (this.blank()) return;
    const root = this.stack.length === 0;
    if (this.spaces(Infinity) >= 4) {
      // micromark ends indented code begun on a lazy line with that line (it checks the wrong line).
      this.flow = lazy ? NONE : CODE;
      if (root) this.nodes.push(CONTENT);
      return;
    }
    const c = this.peek();
    if (c === HASH) {
      const depth = this.atxSize();
      if (depth > 0) {
        if (root) this.atxHeading(depth);
        return;
      }
    } else if (c === BACKTICK || c === TILDE) {
      const size = this.fenceOpen(c);
      if (size > 0) {
        this.flow = FENCE;
        this.fenceMarker = c;
        this.fenceSize = size;
        if (root) this.nodes.push(CONTENT);
        return;
      }
    } else if (c === LT) {
      const kind = this.htmlStart(false);
      if (kind > 0) {
        this.flow = HTML;
        this.htmlKind = kind;
        this.htmlFrom = this.p;
        this.htmlEnd = this.le;
        this.htmlNode = root ? this.nodes.push(CONTENT) - 1 : -1;
        if (kind <= 5 && this.htmlEnds(this.htmlContentStart(kind), kind === 5 ? 0 : 2)) this.closeFlow();
        return;
      }
    } else if ((c === STAR || c === DASH || c === UNDERSCORE) && this.thematicBreak()) {
      if (root) this.nodes.push(CONTENT);
      return;
    }
    this.flow = PARAGRAPH;
    this.paraDefinition = false;
    if (c === BRACKET) {
      DEFINITION_START.lastIndex = this.p;
      const label = this.text.indexOf(']', this.p);
      if (DEFINITION_START.test(this.text) || label < 0 || label > this.le) this.maybeDefinitions = this.paraDefinition = true;
    }
    if (root) {
      this.paraNode = this.nodes.push(CONTENT) - 1;
      this.paraLine = this.lineNo;
      this.paraColumn = this.p - this.lineStart + 1;
      this.paraStart = this.p;
      this.paraEnd = this.le;
    }
  }

  private closeFlow(): void {
    if (this.flow === HTML && this.htmlNode >= 0) {
      const value = this.text.slice(this.htmlFrom, this.htmlEnd);
      if (value.replace(COMMENT, '').trim() === '') this.nodes[this.htmlNode] = COMMENTS;
      this.htmlNode = -1;
    }
    this.flow = NONE;
    this.paraNode = -1;
  }

  // --- headings

  /** The depth of an ATX opening sequence at the cursor, or 0. */
  private atxSize(): number {
    const text = this.text;
    let i = this.p;
    while (i < this.le && text.charCodeAt(i) === HASH) i++;
    const n = i - this.p;
    return n <= 6 && (i === this.le || isSpace(text.charCodeAt(i))) ? n : 0;
  }

  private atxHeading(depth: number): void {
    const start = this.p;
    this.nodes.push(this.headings.length);
    this.headings.push({
      depth, text: this.inline(atxContent(this.text, start + depth, this.le)), line: this.lineNo, column: start - this.lineStart + 1, start, end: this.le,
    });
  }

  /** A setext underline for the open paragraph; makes the heading if the paragraph is root-level. */
  private setextUnderline(marker: number): boolean {
    const text = this.text;
    let i = this.p;
    while (i < this.le && text.charCodeAt(i) === marker) i++;
    while (i < this.le && isSpace(text.charCodeAt(i))) i++;
    if (i < this.le) return false;
    // A "paragraph" of link reference definitions only is no heading: we do not parse definitions.
    if (this.paraDefinition && this.paraNode >= 0) this.exact = false;
    if (this.paraNode >= 0) {
      // A root paragraph's lines follow each other with no container prefix: the text is one slice.
      const raw = text.slice(this.paraStart, this.paraEnd).replace(/[ \t]+$/, '');
      this.nodes[this.paraNode] = this.headings.length;
      this.headings.push({
        depth: marker === EQUALS ? 1 : 2, text: this.inline(raw), line: this.paraLine, column: this.paraColumn,
        start: this.paraStart, end: this.le,
      });
    }
    this.flow = NONE;
    this.paraNode = -1;
    return true;
  }

  private inline(raw: string): string {
    const { text, sure } = inlineText(raw);
    if (!sure) this.exact = false;
    return text.trim();
  }

  // --- fenced code

  /** The size of a code fence opening at the cursor, or 0. */
  private fenceOpen(marker: number): number {
    const text = this.text;
    let i = this.p;
    while (i < this.le && text.charCodeAt(i) === marker) i++;
    const size = i - this.p;
    if (size < 3) return 0;
    if (marker === BACKTICK && text.slice(i, this.le).includes('`')) return 0;
    return size;
  }

  private closingFence(): boolean {
    const text = this.text;
    if (this.spaces(3) === 3 && isSpace(this.peek())) return false;
    let i = this.p;
    while (i < this.le && text.charCodeAt(i) === this.fenceMarker) i++;
    if (i - this.p < this.fenceSize) return false;
    while (i < this.le && isSpace(text.charCodeAt(i))) i++;
    return i === this.le;
  }

  // --- HTML blocks (the seven kinds of CommonMark, as micromark's html-flow tells them apart)

  /** The kind (1-7) of an HTML block starting at the cursor, or 0. Kind 7 cannot interrupt a paragraph. */
  private htmlStart(interrupt: boolean): number {
    const text = this.text;
    const p = this.p;
    const next = text.charCodeAt(p + 1);
    if (next === 33) { // <!
      if (text.startsWith('<!--', p)) return 2;
      if (text.startsWith('<![CDATA[', p)) return 5;
      const c = text.charCodeAt(p + 2) | 32;
      return p + 2 < this.le && c >= 97 && c <= 122 ? 4 : 0;
    }
    if (next === 63) return 3; // <?
    TAG_NAME.lastIndex = p;
    const m = TAG_NAME.exec(text);
    if (!m || TAG_NAME.lastIndex > this.le) return 0;
    const after = (this.tagEnd = TAG_NAME.lastIndex);
    const c = after < this.le ? text.charCodeAt(after) : -1;
    if (c !== -1 && c !== 47 && c !== 62 && !isSpace(c)) return 0;
    const closing = m[1] === '/';
    const name = m[2]!.toLowerCase();
    if (c !== 47 && !closing && RAW_NAMES.has(name)) return 1;
    if (BLOCK_NAMES.has(name)) return c !== 47 || text.charCodeAt(after + 1) === 62 ? 6 : 0;
    if (interrupt) return 0;
    const line = closing ? CLOSE_TAG_LINE : OPEN_TAG_LINE;
    line.lastIndex = p;
    return line.test(text) ? 7 : 0;
  }

  /** Where the end condition of kind 1-5 is looked for on the block's first line. */
  private htmlContentStart(kind: number): number {
    switch (kind) {
      case 1: return this.tagEnd;
      case 2: return this.p + 4;
      case 3: return this.p + 2;
      case 4: return this.p + 3;
      default: return this.p + 9;
    }
  }

  /**
   * Whether the end of an HTML block of kind 1-5 is on this line from `from`, starting in micromark's
   * state `state` (0: continuation, 2: just after `<!--`, `<?` or `<!x`, where `>` already ends it).
   */
  private htmlEnds(from: number, state: number): boolean {
    const text = this.text;
    const kind = this.htmlKind;
    if (kind === 1) return RAW_END.test(text.slice(from, this.le));
    for (let i = from; i < this.le;) {
      const c = text.charCodeAt(i);
      if (state === 1) { // after `-` in a comment
        if (c === DASH) { state = 2; i++; } else state = 0;
      } else if (state === 2) { // where `>` ends it
        if (c === 62) return true;
        if (c === DASH && kind === 2) i++;
        else state = 0;
      } else if (state === 3) { // after `]` in CDATA
        if (c === 93) { state = 2; i++; } else state = 0;
      } else {
        if (c === DASH && kind === 2) state = 1;
        else if (c === 62 && kind === 4) return true;
        else if (c === 63 && kind === 3) state = 2;
        else if (c === 93 && kind === 5) state = 3;
        i++;
      }
    }
    return false;
  }

  // --- sections

  private sections(): Section[] {
    if (this.maybeDefinitions && this.headings.some((h) => h.text.includes('['))) this.exact = false;
    return buildSections(this.text.length, this.headings, this.nodes);
  }
}

/**
 * An ATX heading's content in text.slice(from, to): without surrounding spaces and tabs and without
 * the closing sequence (`#`s after a space or tab, or only `#`s). Read by hand: with the two regular
 * expressions it replaces, scanning the 10,000-file corpus took 103 ms, now 89 (test/sections.test.ts
 * holds them equal).
 */
export function atxContent(text: string, from: number, to: number): string {
  let a = from;
  let b = to;
  while (a < b && isSpace(text.charCodeAt(a))) a++;
  while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
  let h = b;
  while (h > a && text.charCodeAt(h - 1) === HASH) h--;
  if (h < b && (h === a || isSpace(text.charCodeAt(h - 1)))) {
    b = h === a ? a : h - 1;
    while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
  }
  return text.slice(a, b);
}

/** The 1-based line of offset `at` (CRLF, LF and CR all end a line, as in micromark). */
function lineNumber(text: string, at: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < at; i = text.indexOf('\n', i + 1)) line++;
  for (let i = text.indexOf('\r'); i >= 0 && i < at; i = text.indexOf('\r', i + 1)) {
    if (text.charCodeAt(i + 1) !== 10) line++;
  }
  return line;
}
