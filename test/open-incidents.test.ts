// `incident log "<text>"` without an id: which incidents are open (src/io/open-incidents.ts).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { makeRepo, type RunResult, type TestRepo } from './helpers/repo.ts';

const A = 'incidents/2026-03-01-checkout-fails.md';
const B = 'incidents/2026-03-01-search-is-slow.md';

function ok(r: RunResult): RunResult {
  assert.equal(r.code, 0, `exit ${r.code}\n${r.stdout}\n${r.stderr}`);
  return r;
}

/** Two incidents, B resolved; both files' times an hour old (past the racy window). */
function twoIncidents(): TestRepo {
  const repo = makeRepo();
  ok(repo.run(['new', 'Checkout fails', '--timezone', 'UTC']));
  ok(repo.run(['new', 'Search is slow', '--timezone', 'UTC']));
  ok(repo.run(['status', path.basename(B, '.md'), 'resolved']));
  const hourAgo = new Date(Date.now() - 3600_000);
  for (const f of [A, B, 'incidents']) fs.utimesSync(path.join(repo.dir, f), hourAgo, hourAgo);
  return repo;
}

const logged = (repo: TestRepo, text: string) => repo.run(['log', text]);

describe('incident log without an id', () => {
  it('logs to the one open incident', () => {
    const repo = twoIncidents();
    assert.match(ok(logged(repo, 'First')).stdout, /^incidents\/2026-03-01-checkout-fails\.md: /);
    assert.match(ok(logged(repo, 'Second')).stdout, /checkout-fails\.md: .* Second/);
    repo.cleanup();
  });

  it('sees an incident reopened by hand', () => {
    const repo = twoIncidents();
    ok(logged(repo, 'First'));
    const file = path.join(repo.dir, B);
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/^status: resolved$/m, 'status: monitoring'));
    const r = logged(repo, 'Which one?');
    assert.equal(r.code, 2, r.stdout);
    assert.match(r.stderr, /2 incidents are open/);
    repo.cleanup();
  });

  it('sees new and removed incidents', () => {
    const repo = twoIncidents();
    ok(logged(repo, 'First'));
    ok(repo.run(['new', 'Payments time out', '--timezone', 'UTC']));
    assert.match(logged(repo, 'Which one?').stderr, /2 incidents are open/);
    fs.rmSync(path.join(repo.dir, A));
    assert.match(ok(logged(repo, 'Now one')).stdout, /payments-time-out\.md: /);
    repo.cleanup();
  });

  it('an unusual file is read by the YAML parser (the full CLI), not called unreadable', () => {
    const repo = twoIncidents();
    const file = path.join(repo.dir, A);
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/^status: (\w+)$/m, 'status: !!str $1'));
    const r = ok(repo.run(['log', 'Tagged'], { env: { CASEFILE_DEBUG: '1' } }));
    assert.match(r.stderr, /handed to the full CLI/);
    assert.match(r.stdout, /checkout-fails\.md: .* Tagged/);
    repo.cleanup();
  });
});
