// A secret pattern's hints decide whether it runs at all (leak.ts, scrub.ts, public-screen.ts):
// every match must contain one, or a leak would go unseen. Checked on examples of each pattern and
// on generated text made of the characters they match.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { mayMatch, SECRET_PATTERNS } from '../src/core/render/secrets.ts';
import { INTERNAL_HINT, mayHoldInternalHost } from '../src/core/render/addresses.ts';

const EXAMPLES = [
  '10.0.0.5', '172.16.3.4', '172.31.255.255', '192.168.1.1', '127.0.0.1', '169.254.169.254', '100.64.0.1', '100.127.9.9',
  'AKIAIOSFODNN7EXAMPLE', 'ASIAY34FZKBOKMUTVV7A', 'fd12:3456::1', 'FE80::1', 'fc00:1:2', 'password=hunter22', 'ghp_0123456789abcdefghijABCDEFGHIJ',
];

function assertHintsHold(text: string): void {
  for (const pattern of SECRET_PATTERNS) {
    for (const m of text.matchAll(new RegExp(pattern.re.source, pattern.re.flags))) {
      if (pattern.hints) assert.ok(pattern.hints.some((h) => m[0].includes(h)), `${pattern.label}: "${m[0]}" has none of its hints`);
      if (pattern.caselessHints) assert.ok(pattern.caselessHints.some((h) => m[0].toLowerCase().includes(h)), `${pattern.label}: "${m[0]}" has none of its caseless hints`);
      assert.ok(mayMatch(pattern, text), `${pattern.label}: mayMatch says no to "${text}"`);
    }
  }
}

test('every match of a secret pattern holds one of its hints', () => {
  for (const example of EXAMPLES) assertHintsHold(`at ${example} then`);
  const piece = fc.constantFrom(...'0123456789.:abcdefABCDEFKIASGPORNVxz ', '10.', '172.', '192.168.', '127.', '169.254.', '100.', 'AKIA', 'ASIA', 'fe80:', 'fd', 'fc');
  for (const parts of fc.sample(fc.array(piece, { minLength: 1, maxLength: 40 }), { numRuns: 3000, seed: 20261205 })) assertHintsHold(parts.join(''));
});

test('credentials and IPv6 addresses in any case hold their caseless hints', () => {
  for (const example of ['PASSWORD=hunter22', 'Api-Key: abcdef123', 'client_SECRET="s3cr3tvalue"', 'x-Auth_Token=abcdefgh', 'REFRESH-TOKEN: 123456', 'FD12:3456::1', 'Fe80::1']) {
    assertHintsHold(`at ${example} then`);
    assert.ok(SECRET_PATTERNS.some((p) => p.caselessHints && new RegExp(p.re.source, p.re.flags).test(example)), example);
  }
  const word = fc.constantFrom('password', 'passwd', 'secret', 'api', 'key', 'access', 'private', 'auth', 'token', 'refresh', 'client', 'fc', 'fd', 'fe80');
  const caseOf = (w: string, bits: number) => [...w].map((c, i) => ((bits >> i) & 1 ? c.toUpperCase() : c)).join('');
  const piece = fc.oneof(fc.tuple(word, fc.nat()).map(([w, bits]) => caseOf(w, bits)), fc.constantFrom(...'_-:= "\'0123456789abcdefAZ'));
  for (const parts of fc.sample(fc.array(piece, { minLength: 1, maxLength: 30 }), { numRuns: 3000, seed: 20261206 })) assertHintsHold(parts.join(''));
});

test('text INTERNAL_HINT finds a hostname in holds one of its parts, in any case', () => {
  const label = fc.constantFrom('internal', 'intranet', 'corp', 'lan', 'local', 'localdomain', 'localhost', 'private', 'priv', 'intra', 'svc', 'consul', 'home', 'ip-10-0-0-1', 'db', 'example', 'com');
  const caseOf = (w: string, bits: number) => [...w].map((c, i) => ((bits >> i) & 1 ? c.toUpperCase() : c)).join('');
  const piece = fc.oneof(fc.tuple(label, fc.nat()).map(([w, bits]) => caseOf(w, bits)), fc.constantFrom('.', '.', '-', ' ', '/', 'x', '1'));
  let hinted = 0;
  for (const parts of fc.sample(fc.array(piece, { minLength: 1, maxLength: 12 }), { numRuns: 5000, seed: 20261207 })) {
    const text = parts.join('');
    if (!INTERNAL_HINT.test(text)) continue;
    hinted++;
    assert.ok(mayHoldInternalHost(text), text);
  }
  assert.ok(hinted > 500, `only ${hinted} texts matched`);
  assert.equal(mayHoldInternalHost('Checkout latency was high for customers in Europe.'), false);
});

test('the hinted patterns still find their examples', () => {
  const found = (text: string) => SECRET_PATTERNS.filter((p) => (!p.hints || p.hints.some((h) => text.includes(h))) && new RegExp(p.re.source, p.re.flags).test(text)).map((p) => p.label);
  assert.deepEqual(found('host 10.0.0.5 down'), ['private IP address']);
  assert.deepEqual(found('key AKIAIOSFODNN7EXAMPLE'), ['AWS access key']);
  assert.deepEqual(found('via FE80::1'), ['private IPv6 address']);
});
