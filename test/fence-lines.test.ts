// finishOutput's fence lines read by hand (src/core/render/fence-lines.ts), held to the patterns
// they replace, and finishOutput to the way it read them with the patterns, on generated documents.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { closesFence, openingFence } from '../src/core/render/fence-lines.ts';
import { FENCE } from '../src/core/render/markdown-blocks.ts';
import { finishOutput } from '../src/core/render/output.ts';
import { unixLineBreaks } from '../src/core/util/line-breaks.ts';
import { everyString as strings, seededRandom } from './helpers/generated-strings.ts';

/** finishOutput for Markdown as it was, with FENCE and a closing pattern made per block. */
function finishedByPatterns(text: string): string {
  const out: string[] = [];
  let fence: RegExp | undefined;
  let blanks = 0;
  for (const line of unixLineBreaks(text).split('\n')) {
    if (fence) {
      if (fence.test(line)) fence = undefined;
      out.push(line);
      continue;
    }
    const open = FENCE.exec(line);
    if (open) fence = new RegExp(`^ {0,3}${open[2]![0] === '`' ? '`' : '~'}{${open[2]!.length},}[ \\t]*$`);
    if (line.trim() === '') {
      if (++blanks > 1 || out.length === 0) continue;
    } else {
      blanks = 0;
    }
    out.push(line);
  }
  return out.join('\n').trimEnd() + '\n';
}

const ALPHABET = [' ', '`', '~', '\t', 'a', '\r', '\u2028'];

describe('fence lines read by hand', () => {
  it('openingFence is FENCE\'s fence group', () => {
    for (const s of strings(ALPHABET, 8)) assert.equal(openingFence(s), FENCE.exec(s)?.[2], JSON.stringify(s));
  });

  it('closesFence is the closing pattern of a fence of each character and length', () => {
    for (const fence of ['```', '````', '`````', '~~~', '~~~~']) {
      const closing = new RegExp(`^ {0,3}${fence[0]}{${fence.length},}[ \\t]*$`);
      for (const s of strings(ALPHABET, 8)) assert.equal(closesFence(s, fence), closing.test(s), `${fence} ${JSON.stringify(s)}`);
    }
  });

  it('finishOutput gives what it gave with the patterns', () => {
    const lines = ['', '```', '````', '~~~', '  ```js', '    ```', 'text', '``` ', '```\t', '~~~~ x', '  ', '# h', '`` x'];
    const rand = seededRandom(0x3c6ef372);
    for (let k = 0; k < 20_000; k++) {
      const doc = Array.from({ length: rand(14) }, () => lines[rand(lines.length)]).join(rand(5) ? '\n' : '\r\n');
      assert.equal(finishOutput(doc, 'md'), finishedByPatterns(doc), JSON.stringify(doc));
    }
  });
});
