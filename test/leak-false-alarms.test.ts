// False alarms of the leak check, measured on real post-mortems: the back-fill fixtures (the public
// output of each incident, through every public template, with its own people and the default
// config) and the seeds (real published post-mortems and guides, read as public text). Zero, but
// for two real email addresses in an RFD's author line (seed 004), which are leaks by design.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { DEFAULT_CONFIG } from '../src/core/config.ts';
import { parseIncidentText } from '../src/core/document.ts';
import { splitFrontmatter } from '../src/core/document-split.ts';
import { remarkBody } from '../src/core/markdown/remark-sections.ts';
import { scanBody } from '../src/core/markdown/sections.ts';
import { findLeaks, leakRules } from '../src/core/render/leak.ts';
import { publicLeaks } from '../src/core/render/public-check.ts';
import { ROOT } from './helpers/repo.ts';

const BACKFILL = path.join(ROOT, 'test', 'fixtures', 'backfill');
const SEEDS = path.join(ROOT, '..', 'shared', 'seeds');

describe('no false alarms on real post-mortems (default config)', () => {
  for (const name of fs.readdirSync(BACKFILL)) {
    it(`back-fill ${name}: every public output of the incident`, async () => {
      const file = `${name}/incident.md`;
      const text = fs.readFileSync(path.join(BACKFILL, file), 'utf8');
      const split = splitFrontmatter(text, file);
      const { data } = parseIncidentText(text, file);
      let body = scanBody(text, split.bodyStart);
      if (!body.exact) body = remarkBody(text);
      const leaks = await publicLeaks({ file, text, split, data, body, config: DEFAULT_CONFIG, now: Date.parse('2026-03-01T00:00:00Z') });
      assert.deepEqual(leaks, []);
    });
  }

  it('the seeds, read whole as public text', () => {
    const found = fs.readdirSync(SEEDS).sort().flatMap((f) =>
      findLeaks(fs.readFileSync(path.join(SEEDS, f), 'utf8'), leakRules(new Map(), DEFAULT_CONFIG), [], f).map((l) => `${f}:${l.line} ${l.message.replace(/ in public output.*/, '')}`));
    assert.deepEqual(found, [
      '004_d4f1e36305985b77.txt:2 Unexpected email address "jhendricks@joyent.com"',
      '004_d4f1e36305985b77.txt:2 Unexpected email address "dap@joyent.com"',
    ]);
  });
});
