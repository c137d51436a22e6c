// The hand-written checks that stand for regular expressions every command ran (src/core/util/chars.ts
// says why), each held to the pattern it replaces on every code unit or on every string of a small
// alphabet up to a length, plus random longer ones.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { namedFormat } from '../src/commands/render.ts';
import { openingLength } from '../src/core/document/document-split.ts';
import { isAsciiAlnum, isPlainName, isWhiteSpace } from '../src/core/util/chars.ts';
import { plainScalar } from '../src/core/yaml/fast-frontmatter.ts';
import { blockHeader } from '../src/core/yaml/simple-yaml.ts';
import { isSegment, isUnnormalDir } from '../src/io/paths.ts';
import { everyString, randomStrings } from './helpers/generated-strings.ts';

const all = (alphabet: readonly string[], max: number, longer: number) => [...everyString(alphabet, max), ...randomStrings(alphabet, longer, 20_000, 0x2545f491)];

describe('hand-written checks, each the pattern it replaces', () => {
  it('isWhiteSpace is /\\s/ and isAsciiAlnum /[A-Za-z0-9]/ on every code unit', () => {
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      assert.equal(isWhiteSpace(c), /\s/.test(ch), `U+${c.toString(16)}`);
      assert.equal(isAsciiAlnum(c), /[A-Za-z0-9]/.test(ch), `U+${c.toString(16)}`);
    }
    assert.equal(isWhiteSpace(Number.NaN), false); // past a string's end, as /\s/.test(undefined) is
  });

  it('isPlainName is /^[A-Za-z0-9][A-Za-z0-9._-]*$/ and /^[A-Za-z0-9][\\w.-]*$/', () => {
    for (const s of all(['a', 'Z', '0', '9', '.', '_', '-', '/', '\\', ' ', '\n', 'é', '\u2028', '~'], 4, 40)) {
      assert.equal(isPlainName(s), /^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(s), JSON.stringify(s));
      assert.equal(isPlainName(s), /^[A-Za-z0-9][\w.-]*$/.test(s), JSON.stringify(s));
      assert.equal(s.includes('/') || s.includes('\\'), /[/\\]/.test(s), JSON.stringify(s)); // incidentPath's
    }
  });

  it('blockHeader is /^([|>])([-+]?)$/', () => {
    for (const s of all(['|', '>', '-', '+', ' ', 'a', '\n', '1'], 4, 8)) {
      const m = /^([|>])([-+]?)$/.exec(s);
      assert.deepEqual(blockHeader(s), m ? { style: m[1], chomp: m[2] } : undefined, JSON.stringify(s));
    }
  });

  it("openingLength is /^\\uFEFF?---[ \\t]*\\r?\\n/'s match", () => {
    for (const s of all(['\uFEFF', '-', ' ', '\t', '\r', '\n', 'a'], 7, 16)) {
      assert.equal(openingLength(s), /^\uFEFF?---[ \t]*\r?\n/.exec(s)?.[0].length ?? -1, JSON.stringify(s));
    }
  });

  it('isUnnormalDir is /\\/\\/|\\/\\.\\.?(?:\\/|$)|.\\/$/ and isSegment /^(?!\\.\\.?$)[^/]+$/', () => {
    for (const s of all(['/', '.', 'a', '\n', '\r', '\u2028', '\u2029'], 7, 24)) {
      assert.equal(isUnnormalDir(s), /\/\/|\/\.\.?(?:\/|$)|.\/$/.test(s), JSON.stringify(s));
      assert.equal(isSegment(s), /^(?!\.\.?$)[^/]+$/.test(s), JSON.stringify(s));
    }
  });

  it("namedFormat is /\\.(md|html|xml)\\.hbs$/'s group", () => {
    for (const s of all(['.', 'md', 'html', 'xml', 'hbs', 'x', '.hbs', 'm'], 4, 8)) {
      assert.equal(namedFormat(s), /\.(md|html|xml)\.hbs$/.exec(s)?.[1], JSON.stringify(s));
      // templateName's other pattern, read by endsWith/slice.
      assert.equal(s.endsWith('.hbs') ? s.slice(0, -4) : s, s.replace(/\.hbs$/, ''), JSON.stringify(s));
    }
  });

  it("idArg's pattern matches only a name ending in .md (the others skip it)", () => {
    for (const s of all(['a', '/', '\\', '.', 'm', 'd', ' ', '\n'], 6, 20)) {
      if (!s.endsWith('.md')) assert.equal(/^[^\s]*[\\/]([^\s\\/]+)\.md$/.test(s), false, JSON.stringify(s));
    }
  });

  it('plainScalar reads digits alone as INTEGER does', () => {
    for (const s of all(['0', '1', '7', '9'], 5, 24)) {
      if (s === '') continue;
      assert.ok(/^[-+]?\d+$/.test(s));
      assert.equal(plainScalar(s), Number.isSafeInteger(Number(s)) ? Number(s) : undefined, s);
    }
  });
});
