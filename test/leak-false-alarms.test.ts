// False alarms of the leak check, measured on real post-mortems: the back-fill fixtures and the
// example incident (PagerDuty's db2kafka post-mortem): the public output of each, through every
// public template, with its own people and the default config. Zero. (The seeds outside the
// repository were measured too, by hand: none in 000-003; 004's author line holds two real email
// addresses, leaks by design.)
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { DEFAULT_CONFIG } from '../src/core/config/config.ts';
import { parseIncidentText } from '../src/core/document/document.ts';
import { splitFrontmatter } from '../src/core/document/document-split.ts';
import { remarkBody } from '../src/core/markdown/remark-sections.ts';
import { scanBody } from '../src/core/markdown/sections.ts';
import { publicLeaks } from '../src/core/publish/public-check.ts';
import { ROOT } from './helpers/repo.ts';

const BACKFILL = path.join(ROOT, 'test', 'fixtures', 'backfill');
const REAL = [
  ...fs.readdirSync(BACKFILL).map((name) => path.join('test', 'fixtures', 'backfill', name, 'incident.md')),
  path.join('incidents', '2017-01-06-db2kafka-outage-from-oom-kills.md'),
];

describe('no false alarms on real post-mortems (default config)', () => {
  for (const file of REAL) {
    it(`${file}: every public output of the incident`, async () => {
      const text = fs.readFileSync(path.join(ROOT, file), 'utf8');
      const split = splitFrontmatter(text, file);
      const { data } = parseIncidentText(text, file);
      let body = scanBody(text, split.bodyStart);
      if (!body.exact) body = remarkBody(text);
      const leaks = await publicLeaks({ file, text, split, data, body, config: DEFAULT_CONFIG, now: Date.parse('2026-03-01T00:00:00Z') });
      assert.deepEqual(leaks, []);
    });
  }
});
