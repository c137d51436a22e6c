// The leak check: what it catches (people, redact terms, secrets), what it leaves alone, and how
// it names what leaked and where it came from.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_CONFIG } from '../src/core/config/config.ts';
import { excerpt, findLeaks, leakRules, LeakError, peopleOf, readable, assertNoLeaks } from '../src/core/render/leak.ts';

const data = {
  roles: { incident_commander: 'Eric', scribe: 'Alice Example', subject_matter_experts: ['JD', 'dmitri'] },
  timeline: [{ at: '2026-01-01T00:00:00Z', kind: 'note', by: 'Rich', text: 'x' }],
  action_items: [{ id: 'AI-1', title: 'x', owner: 'Ana María' }],
  postmortem: { owner: 'Ken' },
};
const config = { ...DEFAULT_CONFIG, redact: ['db-primary.internal', 'Acme Corp'], people: { 'Zoë Adams': 'zadams' } };
const rules = leakRules(peopleOf(data), config);
const leaksIn = (text: string) => findLeaks(text, rules, [], 'out').map((l) => l.message);

describe('the leak check', () => {
  it('finds people named in roles, on the timeline, as owners and in the config', () => {
    for (const [text, name] of [
      ['Eric restarted it.', 'Eric'], ['Thanks, JD!', 'JD'], ['asked Rich', 'Rich'], ['Ana María fixed it', 'Ana María'],
      ['by Alice Example', 'Alice Example'], ['Alice\nExample said', 'Alice Example'], ['Dmitri said', 'dmitri'], ['Ken.', 'Ken'],
      ['zadams', 'zadams'], ['ZOË ADAMS', 'Zoë Adams'], ['D&#97;vid and &#69;ric', 'Eric'], ['E\u200Bric', 'Eric'],
    ]) {
      assert.ok(leaksIn(text!).some((m) => m.includes(`name "${name}"`)), `${name} in ${JSON.stringify(text)}: ${leaksIn(text!)}`);
    }
  });

  it('matches whole words only, and a full name only whole (its parts alone are often ordinary words)', () => {
    assert.deepEqual(leaksIn('Kenneth and Erica met the richer generic example of a broken kenken; Alice wrote Example code'), []);
    assert.deepEqual(leaksIn('Generic text with jdk in lowercase'), []);
  });

  it('finds redact terms in any case, and secrets and private addresses', () => {
    const found = leaksIn([
      'host DB-PRIMARY.internal for acme corp', 'token ghp_0123456789abcdefghijklmnopqrstuvwxyz01', 'AKIAABCDEFGHIJKLMNOP',
      'xoxb-123456789012-abcdefghij', 'Bearer abcdefghijklmnopqrstuvwxyz.123', 'https://admin:hunter22@example.com/',
      'password: hunter22x', 'eyJhbGciOiJIUzI1.eyJzdWIiOiIxMjM0.abcdefghijk', '-----BEGIN RSA PRIVATE KEY-----',
      '10.1.2.3 172.16.0.9 192.168.1.1 127.0.0.1 169.254.1.1 100.64.0.1 fd12:3456::1',
    ].join('\n'));
    for (const expected of [
      '"DB-PRIMARY.internal"', '"acme corp"', 'GitHub token "ghp_…"', 'AWS access key "AKIA…"', 'Slack token "xoxb…"', 'bearer token "Bear…"',
      'password in a URL "http…"', 'credential "pass…"', 'JSON web token "eyJh…"', 'private key', 'private IP address "10.1.2.3"',
      'private IP address "172.16.0.9"', 'private IP address "192.168.1.1"', 'private IP address "127.0.0.1"', 'private IP address "169.254.1.1"',
      'private IP address "100.64.0.1"', 'private IPv6 address "fd12:3456::1"',
    ]) {
      assert.ok(found.some((m) => m.includes(expected)), `${expected} not in:\n${found.join('\n')}`);
    }
    assert.ok(!found.join('\n').includes('hunter22'), 'a secret is never printed whole');
  });

  it('leaves public addresses and ordinary numbers alone', () => {
    assert.deepEqual(leaksIn('8.8.8.8, 172.32.0.1, 192.169.0.1, version 10.1.2.3.4, 2026-03-01 10:00, 99.9% of 1.2.3.4'), []);
  });

  it('names the file and line a leak came from, else the output line', () => {
    const text = '---\ntitle: Outage\n---\n## Public summary\n\n<!-- Eric wrote this -->\nAll good.\nEric fixed it.\n';
    const from = text.indexOf('## Public summary');
    const origins = [{ file: 'incidents/x.md', text, from, to: text.length }];
    const [leak, ...rest] = findLeaks('# Outage\n\nAll good.\nEric fixed it.\n', rules, origins, 'stdout');
    assert.equal(rest.length, 0);
    assert.deepEqual(leak, {
      file: 'incidents/x.md', line: 8, column: 1,
      message: 'Unexpected name "Eric" in public output (stdout line 4), expected no names of people ("Eric" is in roles.incident_commander; a vendor or team goes in allow: in .incident.yml)',
    });
    const [fromOutput] = findLeaks('x\n10.0.0.1', rules, origins, 'site/index.html');
    assert.deepEqual([fromOutput!.file, fromOutput!.line], ['site/index.html', 2]);
    // An excerpt of a file keeps its place.
    const [fromExcerpt] = findLeaks('Eric', rules, [excerpt(origins[0]!)], 'out');
    assert.deepEqual([fromExcerpt!.file, fromExcerpt!.line, fromExcerpt!.column], ['incidents/x.md', 8, 1]);
  });

  it('throws one error listing every leak', () => {
    assert.throws(() => assertNoLeaks('Eric and Ken', rules, [], 'out'), (error: unknown) => {
      assert.ok(error instanceof LeakError);
      assert.equal(error.leaks.length, 2);
      assert.equal(error.describe().split('\n').length, 2);
      return true;
    });
    assert.doesNotThrow(() => assertNoLeaks('All good.', rules, [], 'out'));
  });

  it('reads output the way a reader sees it', () => {
    assert.equal(readable('a &amp;lt;b&amp;gt; &#x45;ric \\*x\\* @\u200Bme'), 'a <b> Eric *x* @me');
  });
});
