// str() (view.ts) looks for control characters without its expression first: it must give what
// the expression alone gives, for every UTF-16 code unit and for mixed strings.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { str } from '../src/core/render/view.ts';

const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

describe('str', () => {
  it('drops exactly the control characters the expression drops, for every code unit', () => {
    for (let c = 0; c <= 0xffff; c++) {
      const s = `a${String.fromCharCode(c)}b`;
      assert.equal(str(s), s.replace(CONTROLS, ''), `U+${c.toString(16)}`);
    }
  });

  it('drops them in long strings too (looked at by the expression: an entry\'s text), for every code unit', () => {
    for (let c = 0; c <= 0xffff; c++) {
      const s = `an entry's text of some length ${String.fromCharCode(c)} and more`;
      assert.equal(str(s), s.replace(CONTROLS, ''), `U+${c.toString(16)}`);
    }
  });

  it('agrees with the expression on mixed strings', () => {
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    const alphabet = ['a', ' ', '\t', '\n', '\r', '\u0000', '\u0007', '\u000b', '\u001f', '\u007f', '\u0080', 'é', '\ud83d\ude00', '\u2028'];
    for (let n = 0; n < 2000; n++) {
      const s = Array.from({ length: next() % 40 }, () => alphabet[next() % alphabet.length]).join('');
      assert.equal(str(s), s.replace(CONTROLS, ''), JSON.stringify(s));
    }
    assert.equal(str(''), '');
    assert.equal(str(5), '5');
    assert.equal(str(null), null);
  });
});
