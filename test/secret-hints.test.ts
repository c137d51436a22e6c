// A secret pattern's hints decide whether it runs at all (leak.ts, scrub.ts, public-screen.ts):
// every match must contain one, or a leak would go unseen. Checked on examples of each pattern and
// on generated text made of the characters they match.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { SECRET_PATTERNS } from '../src/core/render/secrets.ts';

const EXAMPLES = [
  '10.0.0.5', '172.16.3.4', '172.31.255.255', '192.168.1.1', '127.0.0.1', '169.254.169.254', '100.64.0.1', '100.127.9.9',
  'AKIAIOSFODNN7EXAMPLE', 'ASIAY34FZKBOKMUTVV7A', 'fd12:3456::1', 'FE80::1', 'fc00:1:2', 'password=hunter22', 'ghp_0123456789abcdefghijABCDEFGHIJ',
];

function assertHintsHold(text: string): void {
  for (const pattern of SECRET_PATTERNS) {
    if (!pattern.hints) continue;
    for (const m of text.matchAll(new RegExp(pattern.re.source, pattern.re.flags))) {
      assert.ok(pattern.hints.some((h) => m[0].includes(h)), `${pattern.label}: "${m[0]}" has none of its hints`);
    }
  }
}

test('every match of a secret pattern holds one of its hints', () => {
  for (const example of EXAMPLES) assertHintsHold(`at ${example} then`);
  const piece = fc.constantFrom(...'0123456789.:abcdefABCDEFKIASGPORNVxz ', '10.', '172.', '192.168.', '127.', '169.254.', '100.', 'AKIA', 'ASIA', 'fe80:', 'fd', 'fc');
  for (const parts of fc.sample(fc.array(piece, { minLength: 1, maxLength: 40 }), { numRuns: 3000, seed: 20261205 })) assertHintsHold(parts.join(''));
});

test('the hinted patterns still find their examples', () => {
  const found = (text: string) => SECRET_PATTERNS.filter((p) => (!p.hints || p.hints.some((h) => text.includes(h))) && new RegExp(p.re.source, p.re.flags).test(text)).map((p) => p.label);
  assert.deepEqual(found('host 10.0.0.5 down'), ['private IP address']);
  assert.deepEqual(found('key AKIAIOSFODNN7EXAMPLE'), ['AWS access key']);
  assert.deepEqual(found('via FE80::1'), ['private IPv6 address']);
});
