// Durations people can trust (issue 12), through the built CLI: exact to the minute at every size
// ("72h10m" once showed as "3d"), and approximate wherever a milestone's time is an estimate.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { makeRepo, ROOT, type RunResult, type TestRepo } from './helpers/repo.ts';

const ID = '2017-01-06-db2kafka-outage-from-oom-kills';
const FILE = `incidents/${ID}.md`;
const EXAMPLE = fs.readFileSync(path.join(ROOT, FILE), 'utf8');
const NOW = { CASEFILE_NOW: '2017-01-12T00:30:00Z' };

function ok(r: RunResult): string {
  assert.equal(r.code, 0, `expected exit 0, got ${r.code}\nstdout: ${r.stdout}\nstderr: ${r.stderr}`);
  return r.stdout;
}

function replaced(text: string, pairs: [string, string][]): string {
  for (const [from, to] of pairs) {
    assert.ok(text.includes(from), from);
    text = text.replace(from, to);
  }
  return text;
}

/** The recovery time is an estimate: impact duration and time to resolve... only the first. */
const APPROX = replaced(EXAMPLE, [['  - at: 2017-01-07T00:05:00Z\n    kind: recovered', '  - at: 2017-01-07T00:05:00Z\n    approx: true\n    kind: recovered']]);
/** Impact 72h10m: recovered three days later, resolved after it. */
const MULTI_DAY = replaced(EXAMPLE, [
  ['  - at: 2017-01-07T00:05:00Z\n    kind: recovered', '  - at: 2017-01-09T23:00:26Z\n    kind: recovered'],
  ['  - at: 2017-01-07T00:10:00Z', '  - at: 2017-01-09T23:10:00Z'],
  ['  - at: 2017-01-07T00:11:00Z', '  - at: 2017-01-09T23:11:00Z'],
]);

describe('durations in every output', () => {
  let approx: TestRepo;
  let multiDay: TestRepo;
  before(() => {
    approx = makeRepo();
    approx.write(FILE, APPROX);
    multiDay = makeRepo();
    multiDay.write(FILE, MULTI_DAY);
  });
  after(() => {
    approx.cleanup();
    multiDay.cleanup();
  });

  it('show: ~ on a metric with an estimated end, and "approx": true in JSON', () => {
    const text = ok(approx.run(['show', ID], { env: NOW }));
    assert.match(text, /Impact duration +~1h14m +started -> recovered/);
    assert.match(text, /Time to resolve +1h20m +started -> resolved/); // resolved is exact
    assert.match(text, /Time to detect +6m34s/);
    const metrics = JSON.parse(ok(approx.run(['show', ID, '--json'], { env: NOW }))).metrics as { key: string; approx?: boolean }[];
    assert.equal(metrics.find((m) => m.key === 'impact_duration')!.approx, true);
    assert.equal(metrics.find((m) => m.key === 'time_to_resolve')!.approx, undefined);
  });

  it('renders: "about" in prose, ~ in tables, on the public page and the site', () => {
    const internal = ok(approx.run(['render', ID], { env: NOW }));
    assert.match(internal, /- \*\*Duration:\*\* about 1 hour 14 minutes\n/);
    assert.match(internal, /\| Impact duration +\| ~1h14m +\| started +\| recovered +\|/); // a lone ~ strikes nothing: bare
    assert.match(ok(approx.run(['render', ID, '--audience', 'public'], { env: NOW })), /- \*\*Duration:\*\* about 1 hour 14 minutes\n/);
    assert.match(ok(approx.run(['render', ID, '-a', 'public', '-f', 'html'], { env: NOW })), /<dt>Duration<\/dt><dd>about 1 hour 14 minutes<\/dd>/);
    assert.match(ok(approx.run(['render', ID, '--template', 'status-update'], { env: NOW })), /\(after about 1 hour 14 minutes\)/);
    ok(approx.run(['publish'], { env: NOW }));
    assert.match(approx.read('site/index.html'), /<td>~1h14m<\/td>/);
    assert.match(approx.read(`site/incidents/${ID}.html`), /<dd>about 1 hour 14 minutes<\/dd>/);
  });

  it('exact to the minute past two days: 3d 0h10m, "3 days 10 minutes", never "3d"', () => {
    const text = ok(multiDay.run(['show', ID], { env: NOW }));
    assert.match(text, /Impact duration +3d 0h10m +started -> recovered/);
    assert.match(text, /Time to resolve +3d 0h20m +started -> resolved/);
    assert.match(ok(multiDay.run(['render', ID], { env: NOW })), /- \*\*Duration:\*\* 3 days 10 minutes\n/);
    assert.match(ok(multiDay.run(['render', ID, '--template', 'status-update'], { env: NOW })), /\(after 3 days 10 minutes\)/);
    ok(multiDay.run(['publish'], { env: NOW }));
    assert.match(multiDay.read('site/index.html'), /<td>3d 0h10m<\/td>/);
  });
});
