// Heading text: the inline syntax of CommonMark, reduced to what mdast-util-to-string keeps (the
// plain text remark gives a heading), for the block scanner (block-scanner.ts).


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
export function inlineText(s: string): { text: string; sure: boolean } {
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
