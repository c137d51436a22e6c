// Golden files: the example incident (seed 003) rendered for both audiences, byte for byte.
// After an intended change, approve the new output with:
//   UPDATE_GOLDEN=1 node --import tsx --import ./test/helpers/text-loader.mjs --test test/render-golden.test.ts
// and review the diff of test/golden/ like any other change.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { render } from '../src/commands/render.ts';
import { ROOT } from './helpers/repo.ts';
import { loadMarkdownHtml } from '../src/core/render/markdown-html.ts';

// HTML templates run the sanitizing Markdown pipeline, loaded on demand.
await loadMarkdownHtml();

const ID = '2017-01-06-db2kafka-outage-from-oom-kills';
const NOW = Date.parse('2017-01-07T00:30:00Z'); // only the status updates show the clock
const deps = { cwd: ROOT, now: NOW, env: {} };

const CASES: { file: string; audience: string; format?: string; template?: string }[] = [
  { file: `${ID}.internal.md`, audience: 'internal' },
  { file: `${ID}.public.md`, audience: 'public' },
  { file: `${ID}.public.html`, audience: 'public', format: 'html' },
  { file: `${ID}.status-update.internal.md`, audience: 'internal', template: 'status-update' },
  { file: `${ID}.status-update.public.md`, audience: 'public', template: 'status-update' },
];

describe('golden renders of the example incident', () => {
  for (const c of CASES) {
    it(c.file, async () => {
      const { text } = await render({ id: ID, audience: c.audience, format: c.format, template: c.template }, deps);
      const golden = path.join(ROOT, 'test', 'golden', c.file);
      if (process.env.UPDATE_GOLDEN === '1') fs.writeFileSync(golden, text);
      assert.ok(fs.existsSync(golden), `no ${golden}: run with UPDATE_GOLDEN=1 to create it`);
      assert.equal(text, fs.readFileSync(golden, 'utf8'), `${c.file} differs: if the change is intended, run with UPDATE_GOLDEN=1`);
    });
  }

  it('renders the same text twice (deterministic)', async () => {
    const a = await render({ id: ID, audience: 'public', format: 'html' }, deps);
    const b = await render({ id: ID, audience: 'public', format: 'html' }, deps);
    assert.equal(a.text, b.text);
  });

  it('keeps every internal-only name of the example out of its public renders', async () => {
    for (const format of ['md', 'html']) {
      const { text } = await render({ id: ID, audience: 'public', format }, deps);
      for (const internal of ['Eric', 'David', 'Mesos', 'replica01', 'OOM killer', 'Ken', 'Cees', 'AI-6']) {
        assert.ok(!text.includes(internal), `${format} public output holds "${internal}"`);
      }
    }
  });
});
