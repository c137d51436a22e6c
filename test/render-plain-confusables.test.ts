// plain.ts builds the confusables map itself, from the package's table, on first use (the package's
// index builds it when loaded, on every run): every character folds as it did with the package's map.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { confusablesMap } from 'confusables';
import { foldText, isAlnum } from '../src/core/render/plain.ts';

/** plain.ts's folding of one character with the package's own map (what it did before). */
const withPackage = (ch: string) => {
  if (ch.charCodeAt(0) < 0x80) return ch.toLowerCase();
  const base = ch.normalize('NFKD').replace(/\p{M}/gu, '');
  return [...base].map((c) => confusablesMap.get(c) ?? c).join('').normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
};

it('folds every confusable character (and its base) as the confusables package\'s map does', () => {
  assert.ok(confusablesMap.size > 3000);
  let checked = 0;
  for (const [char, base] of confusablesMap) {
    for (const c of [char, base]) {
      assert.equal(foldText(c), withPackage(c), `U+${c.codePointAt(0)!.toString(16)}`);
      checked++;
    }
  }
  assert.equal(foldText('Ｂоb ＡＬＩＣＥ'), [...'Ｂоb ＡＬＩＣＥ'].map(withPackage).join(''));
  assert.ok(checked > 6000);
});

it('isAlnum reads every ASCII character (and others) as /[\\p{L}\\p{N}]/u does', () => {
  const chars = [...Array.from({ length: 128 }, (_, c) => String.fromCharCode(c)), 'é', 'ß', 'Ж', '٣', '²', '\u00a0', '_', '\ud835', '\udc00', '', '𝐀'];
  for (const c of chars) assert.equal(isAlnum(c), /[\p{L}\p{N}]/u.test(c), JSON.stringify(c));
  assert.equal(isAlnum(undefined), false);
});
