// Inline Markdown to HTML for public pages: code spans, links and images (only http, https,
// mailto and relative URLs), autolinks, emphasis, strikethrough, hard breaks. Everything else,
// raw HTML included, is escaped and shown as text. Entity references in text are kept (the
// browser shows them as characters, which cannot form markup); in URLs every `&` is escaped,
// so `&#106;avascript:` stays a harmless relative link.
import { escapeHtml } from './escape.ts';

const OPEN = '\uE000';
const CLOSE = '\uE001';
const HELD = /\uE000(\d+)\uE001/g;

// Browsers drop these anywhere in a URL before reading its scheme (`java\tscript:`).
const URL_NOISE = /[\u0000-\u0020\u007F-\u009F]/g;
const SAFE_SCHEMES = new Set(['http', 'https', 'mailto']);

/** The URL if following it is safe (no scheme, or http, https, mailto); undefined otherwise. */
export function safeUrl(raw: string): string | undefined {
  const url = raw.replace(URL_NOISE, '');
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(url);
  if (scheme && !SAFE_SCHEMES.has(scheme[1]!.toLowerCase())) return undefined;
  return url;
}

const LINK = /(!?)\[([^[\]]*)\]\(\s*(<[^<>\n]*>|[^\s()<>]*(?:\([^\s()<>]*\)[^\s()<>]*)*)(?:\s+("[^"]*"|'[^']*'|\([^)]*\)))?\s*\)/g;
const AUTOLINK = /<([A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*)>/g;
const EMAIL = /<([A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*)>/g;
const ENTITY_OR_AMP = /&(?!#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};|[A-Za-z][A-Za-z0-9]{1,31};)/g;

export function inlineHtml(source: string): string {
  // Held pieces are finished HTML (and the raw text they came from); the rest is still Markdown.
  const html: string[] = [];
  const raw: string[] = [];
  const hold = (piece: string, from: string) => {
    html.push(piece);
    raw.push(from);
    return `${OPEN}${html.length - 1}${CLOSE}`;
  };
  const unhold = (s: string): string => s.replace(HELD, (_, k: string) => unhold(raw[Number(k)]!));
  const asText = (s: string) => hold(escapeHtml(unhold(s)), unhold(s));

  let s = source.replace(/[\uE000\uE001]/g, '');
  s = codeSpans(s, (code, from) => hold(`<code>${escapeHtml(code)}</code>`, from));
  s = s.replace(AUTOLINK, (m, url: string) => {
    const safe = safeUrl(url);
    return safe ? hold(`<a href="${escapeHtml(safe)}">${escapeHtml(url)}</a>`, m) : hold(escapeHtml(m), m);
  });
  s = s.replace(EMAIL, (m, address: string) => hold(`<a href="mailto:${escapeHtml(address)}">${escapeHtml(address)}</a>`, m));
  s = s.replace(/(?: {2,}|\\)\n/g, (m) => hold('<br>\n', m));
  s = s.replace(/\\([!-/:-@[-`{-~])/g, (m, c: string) => hold(escapeHtml(c), c));
  s = s.replace(LINK, (m, bang: string, label: string, target: string, title: string | undefined) => {
    const url = safeUrl(unhold(target.replace(/^<([\s\S]*)>$/, '$1')));
    if (url === undefined) return asText(m);
    const titleAttr = title ? ` title="${escapeHtml(unhold(title.slice(1, -1)))}"` : '';
    if (bang) return hold(`<img src="${escapeHtml(url)}" alt="${escapeHtml(unhold(label))}"${titleAttr}>`, m);
    return hold(`<a href="${escapeHtml(url)}"${titleAttr}>${emphasis(escapeText(label))}</a>`, m);
  });
  s = emphasis(escapeText(s));
  // Held pieces may hold others (a link's label): restore until none is left.
  while (s.includes(OPEN)) s = s.replace(HELD, (_, k: string) => html[Number(k)]!);
  return s;
}

/** Text as HTML, keeping entity references and held pieces. */
function escapeText(s: string): string {
  return s.replace(ENTITY_OR_AMP, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Emphasis markers over escaped text: only fixed tags are added, around text already escaped. */
function emphasis(s: string): string {
  return s
    .replace(/\*\*(?=\S)([\s\S]*?\S)\*\*/g, '<strong>$1</strong>')
    .replace(/(?<![\p{L}\p{N}_])__(?=\S)([\s\S]*?\S)__(?![\p{L}\p{N}_])/gu, '<strong>$1</strong>')
    .replace(/\*(?=\S)([\s\S]*?\S)\*/g, '<em>$1</em>')
    .replace(/(?<![\p{L}\p{N}_])_(?=\S)([\s\S]*?\S)_(?![\p{L}\p{N}_])/gu, '<em>$1</em>')
    .replace(/~~(?=\S)([\s\S]*?\S)~~/g, '<del>$1</del>');
}

/** Replaces code spans (a backtick run up to the next run of the same length) through `code`. */
export function codeSpans(s: string, code: (content: string, from: string) => string): string {
  let out = '';
  let i = 0;
  for (let open = s.indexOf('`'); open !== -1; ) {
    let n = 1;
    while (s[open + n] === '`') n++;
    const close = closingRun(s, open + n, n);
    if (close === -1) {
      open = s.indexOf('`', open + n);
      continue;
    }
    let content = s.slice(open + n, close).replace(/\n/g, ' ');
    if (/^ [\s\S]*[^ ][\s\S]* $/.test(content)) content = content.slice(1, -1);
    out += s.slice(i, open) + code(content, s.slice(open, close + n));
    i = close + n;
    open = s.indexOf('`', i);
  }
  return out + s.slice(i);
}

function closingRun(s: string, from: number, n: number): number {
  for (let k = s.indexOf('`', from); k !== -1; k = s.indexOf('`', k)) {
    let run = 0;
    while (s[k + run] === '`') run++;
    if (run === n) return k;
    k += run;
  }
  return -1;
}
