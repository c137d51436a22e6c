// The fast Markdown path's hand-written checks (src/core/markdown/markdown-fast-checks.ts), each held
// to the pattern it replaces on every string of a small alphabet up to a length, plus random longer ones.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hasUrlSyntax, headingLine, isCharacterReference, isDelimiterRow, isStrongLabel } from '../src/core/markdown/markdown-fast-checks.ts';
import { everyString, randomStrings } from './helpers/generated-strings.ts';

/** Every string of `alphabet` up to `max` characters, then 20,000 random ones up to `longer` (a fixed seed). */
function* strings(alphabet: readonly string[], max: number, longer: number): Generator<string> {
  yield* everyString(alphabet, max);
  yield* randomStrings(alphabet, longer, 20_000, 0x7ed55d16);
}

describe("the fast Markdown path's checks, each the pattern it replaces", () => {
  it('headingLine is /^(#{1,6}) (.*)$/', () => {
    for (const s of strings(['#', ' ', 'a', '\r', '\u2028', '\u2029', '\n'], 8, 16)) {
      const m = /^(#{1,6}) (.*)$/.exec(s);
      assert.deepEqual(headingLine(s), m ? { hashes: m[1], text: m[2] } : undefined, JSON.stringify(s));
    }
  });

  it('isDelimiterRow is /^\\|(?:[ ]*:?-+:?[ ]*\\|)+$/', () => {
    for (const s of strings(['|', '-', ':', ' ', 'a', '\t'], 7, 24)) {
      assert.equal(isDelimiterRow(s), /^\|(?:[ ]*:?-+:?[ ]*\|)+$/.test(s), JSON.stringify(s));
    }
  });

  it('isStrongLabel is /^[A-Za-z0-9(](?:[^*_`\\\\~[\\]<>&|]*[A-Za-z0-9:)])?$/', () => {
    const alphabet = ['a', 'Z', '5', '(', ')', ':', ' ', '-', '*', '_', '`', '\\', '~', '[', ']', '<', '>', '&', '|', '\n', 'é'];
    for (const s of strings(alphabet, 3, 12)) {
      assert.equal(isStrongLabel(s), /^[A-Za-z0-9(](?:[^*_`\\~[\]<>&|]*[A-Za-z0-9:)])?$/.test(s), JSON.stringify(s));
    }
  });

  it('hasUrlSyntax is /[*`~|[\\]]/ and isCharacterReference /^&#?[A-Za-z0-9]+;/ at an offset', () => {
    for (const s of strings(['&', '#', 'a', '9', ';', '*', '`', '~', '|', '[', ']', ' '], 5, 16)) {
      assert.equal(hasUrlSyntax(s), /[*`~|[\]]/.test(s), JSON.stringify(s));
      for (let at = 0; at <= s.length; at++) {
        assert.equal(isCharacterReference(s, at), /^&#?[A-Za-z0-9]+;/.test(s.slice(at)), `${JSON.stringify(s)} at ${at}`);
      }
    }
  });
});
