// markdown-style.ts reads a few shapes by hand that were regular expressions (compiled on first
// use in every run): the same answers as the expressions, on every short text of a few characters.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { opensBlock } from '../src/core/markdown/markdown-style.ts';

test('opensBlock answers as /^(?:[-+*>#=|<~`_[]|\\d{1,9}[.)])/ at every place of generated lines', () => {
  const BLOCK_START = /^(?:[-+*>#=|<~`_[]|\d{1,9}[.)])/;
  const pieces = ['-', '+', '*', '>', '#', '=', '|', '<', '~', '`', '_', '[', ']', '.', ')', '(', ' ', 'a', 'Z', '1', '12345', '123456789', '0', '٣', 'é'];
  let seed = 5;
  for (let n = 0; n < 20000; n++) {
    let line = '';
    for (let i = 0; i < 1 + (n % 8); i++) line += pieces[(seed = (seed * 1103515245 + 12345) % 2 ** 31) % pieces.length];
    for (let at = 0; at <= line.length; at++) assert.equal(opensBlock(line, at), BLOCK_START.test(line.slice(at)), JSON.stringify([line, at]));
  }
});
