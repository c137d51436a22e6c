// The last touch on every rendered document: templates leave blank lines where optional parts
// were skipped. In Markdown, runs of them are collapsed (never inside a fenced code block; HTML is
// left alone, where a <pre> may hold them). The text ends with exactly one line break.
import { closesFence, openingFence } from './fence-lines.ts';
import { unixLineBreaks } from '../util/line-breaks.ts';

export function finishOutput(text: string, format: 'md' | 'html'): string {
  if (format === 'html') return finishedHtml(text) ? text : text.replace(/^(?:[ \t]*\n)+/, '').trimEnd() + '\n';
  const lines = unixLineBreaks(text).split('\n');
  const out: string[] = [];
  let fence: string | undefined; // the open block's fence
  let blanks = 0;
  for (const line of lines) {
    if (fence) {
      if (closesFence(line, fence)) fence = undefined;
      out.push(line);
      continue;
    }
    fence = openingFence(line);
    if (line.trim() === '') {
      if (++blanks > 1 || out.length === 0) continue;
    } else {
      blanks = 0;
    }
    out.push(line);
  }
  return out.join('\n').trimEnd() + '\n';
}

/**
 * HTML that is finished already (most pages: the default templates neither start with a blank line
 * nor end with more than one line break), returned as it is rather than copied.
 */
function finishedHtml(text: string): boolean {
  const first = text.charCodeAt(0);
  return first !== 32 && first !== 9 && first !== 10 && text.endsWith('\n') && text.length >= 2 && !/\s/.test(text.charAt(text.length - 2));
}
