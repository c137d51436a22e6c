// inlineMarkdown takes ASCII forms of its Unicode-aware patterns for ASCII text, and reads a line's
// start by hand (escape.ts says why): the same output as the patterns give, for every ASCII
// neighbour of `_` and `@`, and on generated text.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { inlineMarkdown } from '../src/core/render/escape.ts';

/** The Unicode patterns alone, as inlineMarkdown applied them to all text before. */
function reference(value: string): string {
  let s = value.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '').replace(/\s+/g, ' ').trim().replace(/[\\`*[\]<>|~]/g, '\\$&');
  s = s.replace(/(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, '\\_');
  s = s.replace(/(?<![\p{L}\p{N}_])@(?=[\p{L}\p{N}_])/gu, '@\u200B');
  s = s.replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&');
  return s.replace(/^([#+=-])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');
}

test('inlineMarkdown: `_` and `@` beside every ASCII character, as the Unicode patterns read them', () => {
  for (let code = 0; code < 128; code++) {
    const ch = String.fromCharCode(code);
    for (const value of [`a${ch}_${ch}b`, `x_${ch}`, `${ch}_y`, `a${ch}@${ch}b`, `x@${ch}`, `${ch}@y`, `${ch}_${ch}@${ch}`]) {
      assert.equal(inlineMarkdown(value), reference(value), JSON.stringify(value));
    }
  }
});

test('inlineMarkdown: generated text with and without other characters gives what the patterns give', () => {
  for (const value of ['1.', '12) x', '123a.', '.5', '#x', '+1', '=', '-', '1', '12', '١.', '00)']) assert.equal(inlineMarkdown(value), reference(value), value);
  const alphabet = ['a', 'Z', '0', '9', '_', '@', ' ', '-', '.', ')', '+', '=', '*', '&', ';', '#', 'é', 'ß', 'Ж', '٣', '²', '𝐀', '’', '\u200B'];
  let seed = 11;
  for (let n = 0; n < 5000; n++) {
    let value = '';
    for (let i = 0; i < 1 + (n % 10); i++) value += alphabet[(seed = (seed * 1103515245 + 12345) % 2 ** 31) % alphabet.length];
    assert.equal(inlineMarkdown(value), reference(value), JSON.stringify(value));
  }
});
