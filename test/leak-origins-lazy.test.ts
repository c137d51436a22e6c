// The leak check's origins (where a leak in the output came from) may be given as what makes them:
// made only when a leak is found, once, and then naming the same places as a list given at once.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_CONFIG } from '../src/core/config/config.ts';
import { assertNoLeaks, findLeaks, leakRules, type Origin } from '../src/core/render/leak.ts';

const rules = leakRules(new Map([['Alice Example', ['roles.scribe']]]), DEFAULT_CONFIG);
const FILE = '---\nid: x\nroles:\n  scribe: Alice Example\n---\n## Public summary\n\nThe scribe was Alice Example; db-7.internal.acme was slow.\n';
const ORIGINS: Origin[] = [{ file: 'incidents/x.md', text: FILE, from: FILE.indexOf('## Public'), to: FILE.length }];

describe('leak origins made when asked', () => {
  it('are not made for output without a leak', () => {
    const never = () => assert.fail('origins made for clean output');
    assert.deepEqual(findLeaks('All good: checkout is back to normal.\n', rules, never, 'stdout'), []);
    assert.doesNotThrow(() => assertNoLeaks('All good.\n', rules, never, 'stdout'));
  });

  it('are made once for output with leaks, and name the places a list names', () => {
    const out = 'Alice Example saw db-7.internal.acme fail; Alice Example restarted it.\n';
    let made = 0;
    const lazy = findLeaks(out, rules, () => (made++, ORIGINS), 'stdout');
    assert.equal(made, 1);
    assert.ok(lazy.length >= 2, JSON.stringify(lazy));
    assert.ok(lazy.some((l) => l.file === 'incidents/x.md'), JSON.stringify(lazy));
    assert.deepEqual(lazy, findLeaks(out, rules, ORIGINS, 'stdout'));
  });
});
