// finishOutput for HTML: text already finished is returned as it is, and equals what trimming gives.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { finishOutput } from '../src/core/render/output.ts';

const trimmed = (text: string) => text.replace(/^(?:[ \t]*\n)+/, '').trimEnd() + '\n';

test('HTML: every start and end of blanks and text gives what trimming gives', () => {
  const pieces = ['', ' ', '\t', '\n', '\r\n', ' \n', '\u00a0', '\u2028', '\ufeff', 'a', '<p>x</p>', 'é'];
  let cases = 0;
  for (const a of pieces) for (const b of pieces) for (const c of pieces) for (const d of pieces) {
    const text = a + b + c + d;
    assert.equal(finishOutput(text, 'html'), trimmed(text), JSON.stringify(text));
    cases++;
  }
  assert.equal(cases, 12 ** 4);
});

test('HTML: a finished page comes back as it is; blank lines before and after are trimmed', () => {
  const page = `<!DOCTYPE html>\n<p>${'x'.repeat(100)}</p>\n`;
  assert.equal(finishOutput(page, 'html'), page);
  assert.equal(finishOutput(`\n \n${page}\n\n`, 'html'), page);
});
