// Every rule's examples run as tests: each valid example gives no message, each invalid one
// exactly its listed messages (`line:column severity message`), through the real engine.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_CONFIG } from '../src/core/config/config.ts';
import { RULES } from '../src/core/rules/index.ts';
import { isBlank } from '../src/core/rules/timeline-times.ts';
import { validateText } from '../src/core/validate/engine.ts';

const ROOT = join(import.meta.dirname, '..');
/** The clock of every example: examples with due dates are written against it. */
export const EXAMPLE_NOW = Date.parse('2026-03-10T12:00:00Z');
const TEMPLATE = readFileSync(join(ROOT, 'templates', 'incident.md'), 'utf8');

describe('rule examples', () => {
  for (const rule of RULES) {
    it(`${rule.id}: has a doc line and examples, valid and invalid`, () => {
      assert.match(rule.id, /^[a-z]+(-[a-z]+)*$/);
      assert.ok(rule.doc.length > 10 && !rule.doc.includes('\n'), 'one-line doc');
      assert.ok(rule.examples.some((e) => e.messages.length === 0), 'a valid example');
      assert.ok(rule.examples.some((e) => e.messages.length > 0), 'an invalid example');
    });
    rule.examples.forEach((example, i) => {
      it(`${rule.id}: example ${i + 1}`, async () => {
        const id = /^id: *['"]?([^'"\s]+)/m.exec(example.text)?.[1] ?? 'example';
        const file = example.file ?? `incidents/${id}.md`;
        const found = (await validateText({ file, text: example.text, config: DEFAULT_CONFIG, now: EXAMPLE_NOW, rules: [rule], template: TEMPLATE }))
          .map((d) => `${d.line}:${d.column} ${d.severity} ${d.message}`);
        assert.deepEqual(found, example.messages);
      });
    });
  }
});

describe('the example incident in incidents/', () => {
  it('validates clean with every rule', async () => {
    const file = 'incidents/2017-01-06-db2kafka-outage-from-oom-kills.md';
    const text = readFileSync(join(ROOT, file), 'utf8');
    const found = await validateText({ file, text, config: DEFAULT_CONFIG, now: EXAMPLE_NOW, template: TEMPLATE });
    assert.deepEqual(found, []);
  });
});

it('timeline-times: isBlank answers as text.trim() === "" does', () => {
  const chars = [' ', '\t', '\n', '\r', '\v', '\f', '\u00a0', '\u2003', '\u3000', '\ufeff', '\u2028', '\u200b', '\u0085', 'a', '!', '~', '\u007f', 'é', '😀', '\u0000'];
  let seed = 5;
  const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648) % n);
  let blank = 0;
  for (let i = 0; i < 5_000; i++) {
    const text = Array.from({ length: rand(4) + 1 }, () => chars[rand(chars.length)]!).join('');
    assert.equal(isBlank(text), text.trim() === '', JSON.stringify(text));
    if (text.trim() === '') blank++;
  }
  assert.ok(blank > 100, `${blank} blank texts among the cases`);
});
