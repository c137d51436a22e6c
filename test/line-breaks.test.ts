// util/line-breaks.ts skips its expressions for text they would not change: the same text as the
// expressions give, on generated text of line breaks.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { collapseBlankLines, unixLineBreaks } from '../src/core/util/line-breaks.ts';

test('unixLineBreaks and collapseBlankLines give what their expressions give', () => {
  const pieces = ['\r', '\n', '\r\n', '\n\n', 'a', ' ', '\u2028', 'é'];
  let seed = 13;
  for (let n = 0; n < 20000; n++) {
    let text = '';
    for (let i = 0; i < n % 9; i++) text += pieces[(seed = (seed * 1103515245 + 12345) % 2 ** 31) % pieces.length];
    assert.equal(unixLineBreaks(text), text.replace(/\r\n?/g, '\n'), JSON.stringify(text));
    assert.equal(collapseBlankLines(text), text.replace(/\n{3,}/g, '\n\n'), JSON.stringify(text));
  }
});
