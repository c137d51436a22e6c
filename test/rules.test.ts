// Every rule's examples run as tests: each valid example gives no message, each invalid one
// exactly its listed messages (`line:column severity message`), through the real engine.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_CONFIG } from '../src/core/config/config.ts';
import { RULES } from '../src/core/rules/index.ts';
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
