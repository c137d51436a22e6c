// markdown-style.ts reads a few shapes by hand that were regular expressions (compiled on first
// use in every run): the same answers as the expressions, on every short text of a few characters.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { breakable, opensBlock } from '../src/core/markdown/markdown-style.ts';

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

/** breakable as it was written before it went from one significant character to the next: through every character. */
function referenceBreakable(line: string): number[] {
  const BLOCK_START = /^(?:[-+*>#=|<~`_[]|\d{1,9}[.)])/;
  const spaces: number[] = [];
  let code = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (c === '\\' && !code) {
      i++;
      continue;
    }
    if (c === '`') {
      let n = 1;
      while (line[i + n] === '`') n++;
      if (!code) code = n;
      else if (n === code) code = 0;
      i += n - 1;
      continue;
    }
    if (code) continue;
    if (c === '<') {
      const end = line.indexOf('>', i);
      if (end !== -1 && /^<[A-Za-z/!?]/.test(line.slice(i, i + 2))) {
        i = end;
        continue;
      }
    }
    if (c === '(' && line[i - 1] === ']') {
      let depth = 0;
      let j = i;
      for (; j < line.length; j++) {
        if (line[j] === '\\') j++;
        else if (line[j] === '(') depth++;
        else if (line[j] === ')' && --depth === 0) break;
      }
      i = j;
      continue;
    }
    if (c === ' ' && i > 0 && line[i - 1] !== ' ' && line[i - 1] !== '\\' && line[i + 1] !== undefined && line[i + 1] !== ' ' && !BLOCK_START.test(line.slice(i + 1))) spaces.push(i);
  }
  return spaces;
}

test('breakable finds the places it found when it read every character (generated lines with code, escapes, links, HTML)', () => {
  const pieces = ['word', 'longerword', ' ', ' ', ' ', '  ', '`', '``', '`code span`', '\\', '\\ ', '\\`', '<', '>', '<b>', '<https://x.example/a b>', '</i>', '< x', '[link](https://e.com/(a) b)', '](', '(', ')', ']', '1.', '-', '#', '> q', 'é', '\t'];
  let seed = 9;
  let places = 0;
  for (let n = 0; n < 20000; n++) {
    let line = '';
    for (let i = 0; i < 5 + (n % 40); i++) line += pieces[(seed = (seed * 1103515245 + 12345) % 2 ** 31) % pieces.length];
    const got = breakable(line);
    assert.deepEqual(got, referenceBreakable(line), JSON.stringify(line));
    places += got.length;
  }
  assert.ok(places > 15000, `only ${places} places`);
});
