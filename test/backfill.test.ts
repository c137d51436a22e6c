// Real public post-mortems, back-filled with the CLI alone as a scribe would (test/fixtures/backfill/):
// each transcript is replayed with the built CLI on a repository made by `incident init`, and must
// print what it printed before, leave the incident file that is committed beside it, validate with
// no errors once closed, and give the figures its authors published (published.json names the source).
// After a deliberate change of output: CASEFILE_APPROVE=1 npm test, then read the diff.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { makeRepo, ROOT } from './helpers/repo.ts';
import { formatTranscript, incidentFile, parseTranscript, runTranscript } from './helpers/transcript.ts';

const FIXTURES = path.join(ROOT, 'test', 'fixtures', 'backfill');
const APPROVE = process.env.CASEFILE_APPROVE === '1';

interface Published {
  source: string;
  figures: { metric: string; minutes: number; approx?: boolean; published: string }[];
}

for (const name of fs.readdirSync(FIXTURES).sort()) {
  const dir = path.join(FIXTURES, name);
  test(`back-filled post-mortem: ${name}`, () => {
    const repo = makeRepo();
    try {
      const transcriptFile = path.join(dir, 'transcript.txt');
      const expected = fs.readFileSync(transcriptFile, 'utf8');
      const ran = runTranscript(parseTranscript(expected), repo, dir);
      const actual = formatTranscript(ran);
      const file = incidentFile(repo);
      const finalText = repo.read(file);
      if (APPROVE) {
        fs.writeFileSync(transcriptFile, actual);
        fs.writeFileSync(path.join(dir, 'incident.md'), finalText);
      } else {
        assert.equal(actual, expected, `${name}: the transcript changed (CASEFILE_APPROVE=1 to accept, then read the diff)`);
        assert.equal(finalText, fs.readFileSync(path.join(dir, 'incident.md'), 'utf8'), `${name}: the incident file changed`);
      }

      const validated = repo.run(['validate', file, '--format', 'json', '--no-cache']);
      const findings = JSON.parse(validated.stdout) as { severity: string; message: string }[] | { diagnostics: { severity: string; message: string }[] };
      const list = Array.isArray(findings) ? findings : findings.diagnostics;
      assert.deepEqual(list.filter((d) => d.severity === 'error').map((d) => d.message), [], `${name}: validates with no errors`);
      assert.equal(validated.code, 0);

      const id = path.basename(file, '.md');
      const shown = JSON.parse(repo.run(['show', id, '--json']).stdout) as {
        incident: { status: string };
        metrics: { key: string; ms: number; approx?: boolean }[];
      };
      assert.equal(shown.incident.status, 'closed', `${name}: closed at the end`);
      const published = JSON.parse(fs.readFileSync(path.join(dir, 'published.json'), 'utf8')) as Published;
      assert.ok(published.source.startsWith('https://'), `${name}: names its source`);
      for (const figure of published.figures) {
        const metric = shown.metrics.find((m) => m.key === figure.metric);
        assert.ok(metric, `${name}: ${figure.metric} computed`);
        assert.equal(metric.ms / 60_000, figure.minutes, `${name}: ${figure.metric} equals the published "${figure.published}"`);
        assert.equal(Boolean(metric.approx), Boolean(figure.approx), `${name}: ${figure.metric} approximate as published`);
      }
    } finally {
      repo.cleanup();
    }
  });
}
