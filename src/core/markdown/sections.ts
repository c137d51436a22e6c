// The headings and sections of an incident's Markdown body, from one block-level pass over its lines.
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

export interface Heading {
  /** 1-6. */
  depth: number;
  /** Plain text, as mdast-util-to-string gives for remark's heading node, trimmed. */
  text: string;
  /** 1-based file position where remark's heading node starts (a BOM is not counted, as remark does). */
  line: number;
  column: number;
  /**
   * Offsets of the heading node in `text` (the JS string): remark's position.start.offset and
   * end.offset, plus 1 when the file starts with a BOM (micromark drops the BOM before counting).
   */
  start: number;
  end: number;
}

export interface Section {
  heading: Heading;
  /** Offset just after the heading node. */
  contentStart: number;
  /** Offset where the next heading of the same or a higher level starts, or the end of the file. */
  contentEnd: number;
  /**
   * Whether any root-level block between contentStart and contentEnd is something else than an
   * HTML block made only of comments (subsections' headings and content count).
   */
  hasContent: boolean;
  /** Direct subsections (deeper headings). */
  children: Section[];
}

export interface Body {
  /**
   * Root-level headings only, in order: headings inside block quotes or list items are not
   * sections, and are left out (remark does produce heading nodes for them, deeper in the tree).
   */
  headings: Heading[];
  /** Top-level sections (tree roots), in order. */
  sections: Section[];
  /** False when the scanner met something it does not model: parse the file with remark instead. */
  exact: boolean;
}

/** Scans the body of `text` (the whole file) from `bodyStart` (from splitFrontmatter, or 0). */
export function scanBody(text: string, bodyStart: number): Body {
  return new Scanner(text).run(bodyStart);
}

/**
 * A section title in comparable form: lowercase, `&` as `and`, `/` as a space, other punctuation
 * and symbols removed (so `post-mortem` = `postmortem`, `TL;DR` = `TLDR`), whitespace collapsed.
 * "What didn't go so well?" -> "what didnt go so well".
 */
export function normalizeTitle(title: string): string {
  let normal = normalized.get(title);
  if (normal === undefined) {
    if (normalized.size > 10_000) normalized.clear(); // titles repeat: a small memo, kept small
    normalized.set(title, (normal = normalize(title)));
  }
  return normal;
}

const normalized = new Map<string, string>();

function normalize(title: string): string {
  return title
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/\//g, ' ')
    .replace(/[\p{P}\p{S}]+/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A section's own text (up to its first subsection), HTML comments removed, whitespace collapsed. */
export function sectionText(text: string, section: Section): string {
  const end = section.children[0]?.heading.start ?? section.contentEnd;
  return text.slice(section.contentStart, end).replace(COMMENT, '').replace(/\s+/g, ' ').trim();
}

/** Whether sectionText would not be empty: cheaper, as it stops at the first character of text. */
export function hasSectionText(text: string, section: Section): boolean {
  const end = section.children[0]?.heading.start ?? section.contentEnd;
  const own = text.slice(section.contentStart, end);
  return /\S/.test(own.includes('<!--') ? own.replace(COMMENT, '') : own);
}

const COMMENT = /<!--[\s\S]*?-->/g;

// ---------------------------------------------------------------------------------------------
// The block scanner

const TAB = 9, SPACE = 32, QUOTE = 62, HASH = 35, STAR = 42, PLUS = 43, DASH = 45, LT = 60, EQUALS = 61;
const UNDERSCORE = 95, BACKTICK = 96, TILDE = 126, BRACKET = 91, DOT = 46, PAREN = 41, ONE = 49;

/** The open leaf block ("flow" in micromark). */
const NONE = 0, PARAGRAPH = 1, FENCE = 2, CODE = 3, HTML = 4;

/** Root-level blocks, for hasContent: headings are their index in `headings`. */
// Root-level blocks, in order: a heading's index in `headings`, or one of these.
export const CONTENT = -1, COMMENTS = -2;

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

class Scanner {
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
    // The content without the closing sequence (`#`s after whitespace) and surrounding whitespace.
    let raw = this.text.slice(start + depth, this.le).replace(/^[ \t]+|[ \t]+$/g, '');
    const closing = /(?:^|[ \t])#+$/.exec(raw);
    if (closing) raw = raw.slice(0, closing.index).replace(/[ \t]+$/, '');
    this.nodes.push(this.headings.length);
    this.headings.push({
      depth, text: this.inline(raw), line: this.lineNo, column: start - this.lineStart + 1, start, end: this.le,
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
 * The section tree from the root-level blocks in order (a heading's index, CONTENT or COMMENTS):
 * a section runs to the next heading of the same or a higher level; subsections count as content.
 */
export function buildSections(textLength: number, headings: readonly Heading[], blocks: readonly number[]): Section[] {
  const roots: Section[] = [];
  const open: Section[] = [];
  for (const block of blocks) {
    if (block === COMMENTS) continue;
    if (block === CONTENT) {
      const top = open[open.length - 1];
      if (top) top.hasContent = true;
      continue;
    }
    const heading = headings[block]!;
    while (open.length && open[open.length - 1]!.heading.depth >= heading.depth) open.pop()!.contentEnd = heading.start;
    const section: Section = { heading, contentStart: heading.end, contentEnd: textLength, hasContent: false, children: [] };
    const parent = open[open.length - 1];
    if (parent) {
      parent.hasContent = true;
      parent.children.push(section);
    } else {
      roots.push(section);
    }
    open.push(section);
  }
  return roots;
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

// ---------------------------------------------------------------------------------------------
// Heading text: the inline syntax of CommonMark, reduced to what mdast-util-to-string keeps.

interface Piece {
  text: string;
  /** `*` or `_` delimiter run: its char code, how much of it is unused, and whether it can open or close. */
  delim?: number;
  left?: number;
  open?: boolean;
  close?: boolean;
  /** `[` (1) or `![` (2) waiting for its `]`. */
  bracket?: 1 | 2;
  active?: boolean;
  /** Text as written (trailing whitespace before a line ending is dropped from it). */
  plain?: boolean;
}

const SPECIAL = /[\\`&<!\[\]*_\r\n]/g;
const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;
const ENTITY = /&(?:#[xX]([0-9a-fA-F]{1,6})|#([0-9]{1,7})|([A-Za-z][A-Za-z0-9]{0,31}));/y;
const NAMED: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', copy: '©', reg: '®', trade: '™', hellip: '…',
  mdash: '—', ndash: '–', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', laquo: '«', raquo: '»', middot: '·',
  bull: '•', times: '×', divide: '÷', deg: '°', plusmn: '±', para: '¶', sect: '§', euro: '€', pound: '£', yen: '¥',
  cent: '¢', larr: '←', rarr: '→', uarr: '↑', darr: '↓', harr: '↔', rArr: '⇒', lArr: '⇐', le: '≤', ge: '≥', ne: '≠',
  asymp: '≈', micro: 'µ', shy: '\u00ad', ensp: '\u2002', emsp: '\u2003', thinsp: '\u2009', zwj: '\u200d', zwnj: '\u200c',
};
const AUTOLINK = /<([A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>\x00-\x1f]*)>/y;
const EMAIL = /<([A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*)>/y;
const INLINE_HTML = /<(?:[A-Za-z][A-Za-z0-9-]*(?:\s+[A-Za-z_:][A-Za-z0-9_.:-]*(?:\s*=\s*(?:[^\s"'=<>`]+|'[^']*'|"[^"]*"))?)*\s*\/?>|\/[A-Za-z][A-Za-z0-9-]*\s*>|!--(?:>|->|[\s\S]*?-->)|\?[\s\S]*?\?>|![A-Za-z][^>]*>|!\[CDATA\[[\s\S]*?\]\]>)/y;
const LINK_TAIL = /\(\s*(?:<(?:[^<>\n\\]|\\.)*>|(?:[^\s()\\]|\\.|\((?:[^\s()\\]|\\.)*\))+)?(?:\s+(?:"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|\((?:[^()\\]|\\.)*\)))?\s*\)/y;

const isWhite = (ch: string) => ch === '' || /\s/.test(ch);
const isPunct = (ch: string) => /[\p{P}\p{S}]/u.test(ch);

/**
 * The plain text of inline Markdown: code spans, escapes, entities, autolinks, raw HTML (kept, as
 * mdast-util-to-string keeps it), links and images (their text), emphasis (markers dropped), hard
 * breaks (no text). `sure` is false for a named entity not in the short table above. Reference
 * links are left as written: the scanner is inexact when a body may have definitions.
 */
function inlineText(s: string): { text: string; sure: boolean } {
  SPECIAL.lastIndex = 0;
  if (!SPECIAL.test(s)) return { text: s, sure: true };
  const out: Piece[] = [];
  const brackets: number[] = [];
  let sure = true;
  let i = 0;
  while (i < s.length) {
    SPECIAL.lastIndex = i;
    const m = SPECIAL.exec(s);
    const j = m ? m.index : s.length;
    if (j > i) out.push({ text: s.slice(i, j), plain: true });
    if (!m) break;
    i = j;
    const c = s[i]!;
    if (c === '\n' || c === '\r') {
      // Whitespace ending a line is dropped, and so is the next line's indent. Two or more spaces
      // (no tab) make a hard break, which has no text; a soft break keeps the line ending as written.
      const prev = out[out.length - 1];
      let trailing = '';
      if (prev?.plain) {
        const kept = prev.text.replace(/[ \t]+$/, '');
        trailing = prev.text.slice(kept.length);
        prev.text = kept;
      }
      const eol = c === '\r' && s[i + 1] === '\n' ? '\r\n' : c;
      out.push({ text: trailing.length >= 2 && !trailing.includes('\t') ? '' : eol });
      i += eol.length;
      while (s[i] === ' ' || s[i] === '\t') i++; // the next line's indent
    } else if (c === '\\') {
      const next = s[i + 1] ?? '';
      if (next === '\n' || next === '\r') { // hard break
        out.push({ text: '' });
        i += next === '\r' && s[i + 2] === '\n' ? 3 : 2;
        while (s[i] === ' ' || s[i] === '\t') i++;
      }
      else if (ASCII_PUNCTUATION.test(next)) { out.push({ text: next }); i += 2; }
      else { out.push({ text: '\\' }); i++; }
    } else if (c === '`') {
      let n = 1;
      while (s[i + n] === '`') n++;
      const end = closingTicks(s, i + n, n);
      if (end < 0) {
        out.push({ text: s.slice(i, i + n) });
        i += n;
      } else {
        // One space or line ending is padding on each side, if both sides have one and there is more.
        let code = s.slice(i + n, end);
        const head = /^(?: |\r\n|\r|\n)/.exec(code)?.[0];
        const tail = /(?: |\r\n|\r|\n)$/.exec(code)?.[0];
        if (head && tail && /[^ \r\n]/.test(code)) code = code.slice(head.length, code.length - tail.length);
        out.push({ text: code });
        i = end + n;
      }
    } else if (c === '&') {
      ENTITY.lastIndex = i;
      const e = ENTITY.exec(s);
      if (!e) { out.push({ text: '&' }); i++; continue; }
      const code = e[1] ? parseInt(e[1], 16) : e[2] ? parseInt(e[2], 10) : -1;
      let value: string | undefined;
      if (code >= 0) value = code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff) ? '\ufffd' : String.fromCodePoint(code);
      else value = NAMED[e[3]!];
      if (value === undefined) { sure = false; value = e[0]; }
      out.push({ text: value });
      i = ENTITY.lastIndex;
    } else if (c === '<') {
      const link = sticky(AUTOLINK, s, i) ?? sticky(EMAIL, s, i);
      const html = link ? undefined : sticky(INLINE_HTML, s, i);
      if (link) out.push({ text: link[1]! });
      else out.push({ text: html ? html[0] : '<' });
      i += link ? link[0].length : html ? html[0].length : 1;
    } else if (c === '!') {
      if (s[i + 1] === '[') {
        brackets.push(out.length);
        out.push({ text: '![', bracket: 2, active: true });
        i += 2;
      } else {
        out.push({ text: '!' });
        i++;
      }
    } else if (c === '[') {
      brackets.push(out.length);
      out.push({ text: '[', bracket: 1, active: true });
      i++;
    } else if (c === ']') {
      const b = brackets.pop();
      const tail = b === undefined ? null : sticky(LINK_TAIL, s, i + 1);
      if (b !== undefined && tail && out[b]!.active) {
        const image = out[b]!.bracket === 2;
        emphasis(out, b + 1);
        const label = join(out, b + 1);
        out.length = b;
        out.push({ text: label });
        if (!image) for (const k of brackets) if (out[k]!.bracket === 1) out[k]!.active = false; // no links in links
        i += 1 + tail[0].length;
      } else {
        out.push({ text: ']' });
        i++;
      }
    } else { // * or _
      let n = 1;
      while (s[i + n] === c) n++;
      const before = i > 0 ? s[i - 1]! : '';
      const after = s[i + n] ?? '';
      const left = !isWhite(after) && (!isPunct(after) || isWhite(before) || isPunct(before));
      const right = !isWhite(before) && (!isPunct(before) || isWhite(after) || isPunct(after));
      const star = c === '*';
      out.push({
        text: c, delim: c.charCodeAt(0), left: n,
        open: star ? left : left && (!right || isPunct(before)),
        close: star ? right : right && (!left || isPunct(after)),
      });
      i += n;
    }
  }
  emphasis(out, 0);
  return { text: join(out, 0), sure };
}

function sticky(re: RegExp, s: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(s);
}

/** Where a run of exactly `n` backticks starts at or after `from`, or -1. */
function closingTicks(s: string, from: number, n: number): number {
  for (let i = s.indexOf('`', from); i >= 0; i = s.indexOf('`', i)) {
    let k = 0;
    while (s[i + k] === '`') k++;
    if (k === n) return i;
    i += k;
  }
  return -1;
}

/** Matches `*`/`_` openers with closers in out[from..] (CommonMark's process emphasis, simplified). */
function emphasis(out: Piece[], from: number): void {
  for (let c = from; c < out.length; c++) {
    const closer = out[c]!;
    if (!closer.delim || !closer.close) continue;
    while (closer.left! > 0) {
      let o = c - 1;
      for (; o >= from; o--) {
        const op = out[o]!;
        if (op.delim !== closer.delim || !op.open || !op.left) continue;
        // The "rule of 3", as micromark applies it (on what is left of both runs).
        if (!((op.close || closer.open) && closer.left! % 3 !== 0 && (op.left! + closer.left!) % 3 === 0)) break;
      }
      if (o < from) break;
      const opener = out[o]!;
      const use = opener.left! >= 2 && closer.left! >= 2 ? 2 : 1;
      opener.left! -= use;
      closer.left! -= use;
      for (let k = o + 1; k < c; k++) if (out[k]!.delim) out[k]!.open = out[k]!.close = false;
    }
  }
}

function join(out: Piece[], from: number): string {
  let text = '';
  for (let k = from; k < out.length; k++) {
    const piece = out[k]!;
    text += piece.delim ? piece.text.repeat(piece.left!) : piece.text;
  }
  return text;
}
