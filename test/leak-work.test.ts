// The leak check's work grows with the text, not with the text times its leaks: a long Public
// summary holding thousands of different leaks (a pasted log) is read a bounded number of times,
// each leak located at its own line. Measured by counting the characters the check's passes read
// (plain.ts's `work`: plain, fold, searches, line indexes), not by a clock.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_CONFIG } from '../src/core/config/config.ts';
import { findLeaks, leakRules } from '../src/core/render/leak.ts';
import { work } from '../src/core/render/plain.ts';

const rules = leakRules(new Map([['Alice Example', ['roles.scribe']]]), DEFAULT_CONFIG);

/** A private IP of its own for each k (no one a prefix of another): 10.1.100.100, 10.1.100.101, ... */
const ip = (k: number) => `10.1.${100 + Math.floor(k / 100)}.${100 + (k % 100)}`;

/** A summary of `n` log lines, each with a leak of its own (a private IP, an email, an internal host), among prose. */
function log(n: number): string {
  const lines: string[] = ['## Public summary', ''];
  for (let k = 0; k < n; k++) {
    lines.push(`Requests from ${ip(k)} failed for user${k}@acme.com on db-${k}.internal.acme; customers saw errors and retried.`);
  }
  return `${lines.join('\n')}\n`;
}

function measure(n: number) {
  const text = log(n);
  const before = work.chars;
  const leaks = findLeaks(text, rules, [{ file: 'incidents/x.md', text, from: 0, to: text.length }], 'publish incidents/x.html');
  return { leaks, chars: work.chars - before, size: text.length };
}

describe('the leak check reads a long text a bounded number of times', () => {
  it('3,000 different leaks: each at its line, and the characters read a small multiple of the text', () => {
    const { leaks, chars, size } = measure(3000);
    assert.equal(leaks.length, 9000);
    const lines = log(3000).split('\n');
    for (let k = 0; k < 3000; k += 499) {
      const line = lines[k + 2]!;
      const at = leaks.filter((l) => l.line === k + 3).map((l) => l.column ?? 0).sort((x, y) => x - y);
      assert.deepEqual(at, [ip(k), `user${k}@`, `db-${k}.`].map((t) => line.indexOf(t) + 1), `line ${k + 3}`);
    }
    // Once per leak would be about 9,000 times the text; a pass per way of reading and per length of
    // the texts looked for is a few dozen.
    assert.ok(chars < 60 * size, `read ${chars} characters for a text of ${size} (${(chars / size).toFixed(1)} times)`);
  });

  it('twice the leaks in twice the text: about twice the work (the text is not read again for each leak)', () => {
    const small = measure(1000);
    const large = measure(2000);
    assert.ok(large.chars / small.chars < 2.5, `${small.chars} then ${large.chars}`);
  });
});

describe('names of several words', () => {
  it('are found split by any white space, with a first name inside other words elsewhere, and not found without every part', () => {
    const people = leakRules(new Map([['Ana María', ['roles.scribe']]]), DEFAULT_CONFIG);
    const found = (text: string) => findLeaks(text, people, [{ file: 'incidents/x.md', text, from: 0, to: text.length }], 'stdout').length;
    assert.equal(found('The analysis was done by Ana\n  MARÍA yesterday.'), 1);
    assert.equal(found('The analysis was done by ana maria.'), 1);
    assert.equal(found('The analysis and banana bread.'), 0);
    assert.equal(found('Maria reviewed the analysis.'), 0);
  });
});
