// The block structure of the Markdown people write in a public summary: headings, paragraphs,
// lists, block quotes, code, tables, rules. A small reader instead of remark because rendering
// one incident must stay cheap (remark costs more than the whole render) and because the public
// HTML needs a converter that knows no raw HTML at all: whatever it does not know stays text.
import { unixLineBreaks } from '../util/line-breaks.ts';

export type Block =
  | { type: 'heading'; depth: number; text: string }
  | { type: 'paragraph'; text: string }
  | { type: 'code'; lang: string; text: string }
  | { type: 'quote'; children: Block[] }
  | { type: 'list'; ordered: boolean; start: number; loose: boolean; items: Block[][] }
  | { type: 'table'; align: Align[]; head: string[]; rows: string[][] }
  | { type: 'hr' };

export type Align = 'left' | 'center' | 'right' | null;

export const FENCE = /^( {0,3})(`{3,}|~{3,})[ \t]*(.*)$/;
const ATX = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const SETEXT = /^ {0,3}(=+|-+)[ \t]*$/;
const HR = /^ {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$/;
const QUOTE = /^ {0,3}> ?/;
const ITEM = /^( {0,3})([-*+]|\d{1,9}[.)])(?:([ \t]+)(.*))?$/;
const DELIMITER_ROW = /^ {0,3}\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;

const isBlank = (line: string) => /^[ \t]*$/.test(line);
const indentOf = (line: string) => /^ */.exec(line)![0].length;

/** The blocks of a Markdown text (HTML comments should be removed first). */
export function parseBlocks(markdown: string): Block[] {
  const lines = unixLineBreaks(markdown).split('\n').map((l) => l.replace(/^\t+/, (t) => '    '.repeat(t.length)));
  return blocks(lines);
}

/** Whether a line starts a block that ends a paragraph (a lazy continuation line cannot be one). */
function interrupts(line: string): boolean {
  if (ATX.test(line) || FENCE.test(line) || HR.test(line) || QUOTE.test(line)) return true;
  const item = ITEM.exec(line);
  return !!item && !!item[4]?.trim() && (!/\d/.test(item[2]!) || parseInt(item[2]!, 10) === 1);
}

function blocks(lines: string[]): Block[] {
  const out: Block[] = [];
  let para: string[] | null = null;
  const flush = () => {
    if (para) out.push({ type: 'paragraph', text: para.join('\n').trimEnd() });
    para = null;
  };
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    if (isBlank(line)) {
      flush();
      i++;
      continue;
    }
    if (!para && indentOf(line) >= 4) {
      const code: string[] = [];
      while (i < lines.length && (isBlank(lines[i]!) || indentOf(lines[i]!) >= 4)) code.push(lines[i++]!.slice(4));
      while (code.length && isBlank(code[code.length - 1]!)) code.pop();
      out.push({ type: 'code', lang: '', text: code.join('\n') });
      continue;
    }
    const fence = FENCE.exec(line);
    if (fence && !(fence[2]![0] === '`' && fence[3]!.includes('`'))) {
      flush();
      const [, indent, marker] = fence;
      const close = new RegExp(`^ {0,3}${marker![0] === '`' ? '`' : '~'}{${marker!.length},}[ \\t]*$`);
      const code: string[] = [];
      for (i++; i < lines.length && !close.test(lines[i]!); i++) {
        code.push(lines[i]!.replace(new RegExp(`^ {0,${indent!.length}}`), ''));
      }
      i++; // the closing fence (or the end)
      out.push({ type: 'code', lang: fence[3]!.trim().split(/\s/)[0] ?? '', text: code.join('\n') });
      continue;
    }
    const atx = ATX.exec(line);
    if (atx) {
      flush();
      out.push({ type: 'heading', depth: atx[1]!.length, text: atx[2] ?? '' });
      i++;
      continue;
    }
    const setext = para ? SETEXT.exec(line) : null;
    if (setext && para) {
      out.push({ type: 'heading', depth: setext[1]![0] === '=' ? 1 : 2, text: (para as string[]).join('\n') });
      para = null;
      i++;
      continue;
    }
    if (HR.test(line)) {
      flush();
      out.push({ type: 'hr' });
      i++;
      continue;
    }
    if (QUOTE.test(line)) {
      flush();
      const inner: string[] = [];
      while (i < lines.length && !isBlank(lines[i]!) && (QUOTE.test(lines[i]!) || !interrupts(lines[i]!))) {
        inner.push(lines[i]!.replace(QUOTE, ''));
        i++;
      }
      out.push({ type: 'quote', children: blocks(inner) });
      continue;
    }
    if (ITEM.test(line) && (!para || interrupts(line))) {
      flush();
      const list = parseList(lines, i);
      out.push(list.block);
      i = list.next;
      continue;
    }
    if (!para && line.includes('|') && i + 1 < lines.length && DELIMITER_ROW.test(lines[i + 1]!)) {
      const table = parseTable(lines, i);
      if (table) {
        out.push(table.block);
        i = table.next;
        continue;
      }
    }
    (para ??= []).push(line.trimStart()); // trailing spaces may be a hard break
    i++;
  }
  flush();
  return out;
}

function parseList(lines: string[], from: number): { block: Block; next: number } {
  const first = ITEM.exec(lines[from]!)!;
  const ordered = /\d/.test(first[2]!);
  const marker = first[2]!.slice(-1);
  const items: Block[][] = [];
  let loose = false;
  let i = from;
  const sibling = (line: string | undefined) => {
    const m = line === undefined ? null : ITEM.exec(line);
    return m && /\d/.test(m[2]!) === ordered && m[2]!.slice(-1) === marker ? m : null;
  };
  while (i < lines.length) {
    const m = sibling(lines[i]);
    if (!m) break;
    const spaces = m[3]?.length ?? 0;
    const wide = spaces >= 5 || !m[4]; // content in an indented code block, or an empty first line
    const contentIndent = m[1]!.length + m[2]!.length + (wide ? 1 : spaces);
    const own: string[] = [m[4] === undefined ? '' : (wide ? ' '.repeat(spaces - 1) : '') + m[4]];
    for (i++; i < lines.length; i++) {
      const l = lines[i]!;
      if (isBlank(l)) own.push('');
      else if (indentOf(l) >= contentIndent) own.push(l.slice(contentIndent));
      else if (!isBlank(own[own.length - 1]!) && !interrupts(l) && !ITEM.test(l)) own.push(l.trim()); // lazy continuation
      else break;
    }
    let trailing = 0;
    while (own.length > 1 && isBlank(own[own.length - 1]!)) {
      own.pop();
      trailing++;
    }
    const children = blocks(own);
    if (own.some((l, k) => k > 0 && isBlank(l)) && children.length > 1) loose = true;
    if (trailing > 0 && sibling(lines[i])) loose = true;
    items.push(children);
  }
  return { block: { type: 'list', ordered, start: ordered ? parseInt(first[2]!, 10) : 1, loose, items }, next: i };
}

/** A row's cells: outer pipes dropped, split at unescaped `|`, `\|` kept as a pipe. */
function cells(line: string): string[] {
  const trimmed = line.trim().replace(/^\|/, '').replace(/(?<!\\)\|$/, '');
  return trimmed.split(/(?<!\\)\|/).map((c) => c.trim().replace(/\\\|/g, '|'));
}

function parseTable(lines: string[], from: number): { block: Block; next: number } | undefined {
  const head = cells(lines[from]!);
  const align = cells(lines[from + 1]!).map((c): Align => {
    const left = c.startsWith(':');
    const right = c.endsWith(':');
    return left && right ? 'center' : right ? 'right' : left ? 'left' : null;
  });
  if (head.length !== align.length) return undefined;
  const rows: string[][] = [];
  let i = from + 2;
  for (; i < lines.length && !isBlank(lines[i]!) && !interrupts(lines[i]!); i++) {
    const row = cells(lines[i]!);
    rows.push(head.map((_, k) => row[k] ?? ''));
  }
  return { block: { type: 'table', align, head, rows }, next: i };
}
