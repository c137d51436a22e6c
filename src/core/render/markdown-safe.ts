// A Markdown excerpt (the public summary) made safe to put into a Markdown document that others
// render: HTML comments (guidance and private notes) removed, raw HTML shown as text, links to
// `javascript:`-like URLs broken, and headings moved to fit the document's outline. The author's
// text is otherwise kept as written.
import { FENCE } from './markdown-blocks.ts';
import { codeSpans, safeUrl } from './markdown-inline.ts';

/** HTML comments removed; one left open runs to the end, as CommonMark's HTML block does. */
export function stripComments(markdown: string): string {
  return markdown.replace(/<!--[\s\S]*?(?:-->|$)/g, '');
}

export interface SafeOptions {
  /** Added to every ATX heading's depth (clamped to 1-6). */
  headingOffset?: number;
}

export function safeMarkdown(markdown: string, options: SafeOptions = {}): string {
  const offset = options.headingOffset ?? 0;
  const lines = stripComments(markdown).replace(/\r\n?/g, '\n').split('\n');
  let fence: RegExp | undefined;
  const out = lines.map((line) => {
    if (fence) {
      if (fence.test(line)) fence = undefined;
      return line;
    }
    const open = FENCE.exec(line);
    if (open && !(open[2]![0] === '`' && open[3]!.includes('`'))) {
      fence = new RegExp(`^ {0,3}${open[2]![0] === '`' ? '`' : '~'}{${open[2]!.length},}[ \\t]*$`);
      return line;
    }
    const moved = offset === 0 ? line : line.replace(/^( {0,3})(#{1,6})(?=[ \t]|$)/, (_, sp: string, h: string) =>
      sp + '#'.repeat(Math.min(6, Math.max(1, h.length + offset))));
    return neutralize(moved);
  });
  return out.join('\n').replace(/[ \t]+$/gm, '').replace(/\n{3,}/g, '\n\n').trim();
}

// `<` that would open a tag, a comment or a processing instruction; autolinks are judged apart.
const TAG_OPEN = /<(?=[A-Za-z/!?])/g;
const AUTOLINK = /<[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*>/g;
const UNSAFE_LINK = /\]\(\s*<?([^\s)>]*)/g;
const UNSAFE_DEFINITION = /^( {0,3})\[([^\]]+)\]:\s*<?(\S*)/;

/** One line outside code blocks: raw HTML and unsafe link targets made inert, code spans left alone. */
function neutralize(line: string): string {
  const held: string[] = [];
  const kept = codeSpans(line.replace(/[\uE000-\uE002]/g, ''), (_, from) => `\uE000${held.push(from) - 1}\uE001`);
  let s = kept
    .replace(AUTOLINK, (m) => (safeUrl(m.slice(1, -1)) ? m.replace('<', '\uE002') : m))
    .replace(TAG_OPEN, '&lt;')
    .replace(/\uE002/g, '<')
    .replace(UNSAFE_LINK, (m, url: string) => (safeUrl(url) === undefined ? m.replace('](', ']\\(') : m));
  const def = UNSAFE_DEFINITION.exec(s);
  if (def && safeUrl(def[3]!) === undefined) s = s.replace('[', '\\[');
  return s.replace(/\uE000(\d+)\uE001/g, (_, k: string) => held[Number(k)]!);
}
