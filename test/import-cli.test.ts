// `incident import` as a command: --dry-run writes nothing and shows each file; --json gives every
// outcome; --since/--until pick incidents by their start; bad input is one line and exit 1
// (the input) or 2 (the command line), with nothing written.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { makeRepo, ROOT, type TestRepo } from './helpers/repo.ts';

const FIXTURE = path.join(ROOT, 'test', 'fixtures', 'import', 'pagerduty');
const A = 'incidents/2026-01-14-checkout-api-returns-502-for-card-payments.md';
const B = 'incidents/2026-01-20-zurich-lager-lieferstatus-verzogert.md';

const written = (repo: TestRepo) => {
  const dir = path.join(repo.dir, 'incidents');
  return fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.md')).sort() : [];
};

describe('import: --dry-run, --json, --since, --until', () => {
  let repo: TestRepo;
  before(() => {
    repo = makeRepo();
    assert.equal(repo.run(['init']).code, 0);
  });
  after(() => repo?.cleanup());

  it('--dry-run writes nothing and prints each file it would write', () => {
    const r = repo.run(['import', 'pagerduty', FIXTURE, '--dry-run']);
    assert.equal(r.code, 1); // the impossible incident is still refused
    assert.deepEqual(written(repo), []);
    assert.match(r.stdout, new RegExp(`^would create    ${A}  pagerduty PW3R7KQ\n    ---\n    # yaml-language-server: \\$schema=\\.\\./\\.casefile/incident\\.schema\\.json\n`, 'm'));
    assert.match(r.stdout, /^      source_id: PW3R7KQ$/m);
    assert.match(r.stdout, /^    ## Summary$/m);
    assert.match(r.stderr, /^incident: pagerduty: 2 to create, 0 to update, 0 unchanged, 1 refused$/m);
    assert.match(r.stderr, /incident validate will still ask for/);
  });

  it('what --dry-run shows is what a run writes', () => {
    const dry = repo.run(['import', 'pagerduty', FIXTURE, '--dry-run']);
    const shown = dry.stdout.split(/^would create .*\n/m).slice(1).map((block) => block.replace(/^    /gm, '').replace(/\n$/, ''));
    const r = repo.run(['import', 'pagerduty', FIXTURE]);
    assert.equal(r.code, 1);
    assert.deepEqual(written(repo), [path.basename(A), path.basename(B)]);
    assert.deepEqual(shown, [repo.read(A).replace(/\n$/, ''), repo.read(B).replace(/\n$/, '')]);
    for (const f of written(repo)) fs.rmSync(path.join(repo.dir, 'incidents', f));
  });

  it('--json gives every outcome, what validate will ask for, and the counts', () => {
    const r = repo.run(['import', 'pagerduty', FIXTURE, '--json']);
    assert.equal(r.code, 1);
    const run = JSON.parse(r.stdout);
    assert.equal(run.source, 'pagerduty');
    assert.equal(run.dry_run, false);
    assert.deepEqual(run.counts, { created: 2, updated: 0, unchanged: 0, refused: 1, outside: 0 });
    assert.deepEqual(run.outcomes.map((o: any) => [o.source_id, o.action, o.file ?? null]), [
      ['PW3R7KQ', 'created', A], ['PZ8M2XD', 'created', B], ['PBADT1M', 'refused', null],
    ]);
    assert.match(run.outcomes[2].message, /^Unexpected acknowledged at 2026-01-22T07:55:00Z before detected/);
    const hint = run.outcomes[0].todo.find((h: any) => /Missing incident commander/.test(h.message));
    assert.deepEqual(hint, {
      line: hint.line, severity: 'warning', message: 'Missing incident commander, expected roles.incident_commander once the incident is declared',
      fix: 'incident role 2026-01-14-checkout-api-returns-502-for-card-payments --commander <name> --at <time>',
    });
    assert.deepEqual(run.notes, ['left out 1 alert (alerts are not part of the incident record)', 'left out 1 notify log entry (who was paged, and how)']);
    assert.equal(r.stderr, '');
    const again = JSON.parse(repo.run(['import', 'pagerduty', FIXTURE, '--json']).stdout);
    assert.deepEqual(again.counts, { created: 0, updated: 0, unchanged: 2, refused: 1, outside: 0 });
    for (const f of written(repo)) fs.rmSync(path.join(repo.dir, 'incidents', f));
  });

  it('--since and --until pick incidents by their start, dates counting whole days', () => {
    let r = repo.run(['import', 'pagerduty', FIXTURE, '--since', '2026-01-15']);
    assert.equal(r.code, 1); // PBADT1M (22 January) is in the window: refused
    assert.deepEqual(written(repo), [path.basename(B)]);
    assert.match(r.stderr, /pagerduty: 1 created, 0 updated, 0 unchanged, 1 refused, 1 outside --since\/--until/);
    fs.rmSync(path.join(repo.dir, B));
    r = repo.run(['import', 'pagerduty', FIXTURE, '--until', '2026-01-14']);
    assert.equal(r.code, 0, r.stderr); // an incident outside the window is left alone, even one that would be refused
    assert.deepEqual(written(repo), [path.basename(A)]);
    assert.match(r.stderr, /pagerduty: 1 created, 0 updated, 0 unchanged, 2 outside --since\/--until/);
    fs.rmSync(path.join(repo.dir, A));
    r = repo.run(['import', 'pagerduty', FIXTURE, '--since', '2026-01-20T22:47:00Z', '--until', '2026-01-20T22:47:00Z']);
    assert.deepEqual(written(repo), [path.basename(B)]); // 23:47+01:00: both ends count
    fs.rmSync(path.join(repo.dir, B));
  });
});

describe('import: bad input', () => {
  let repo: TestRepo;
  before(() => {
    repo = makeRepo();
    repo.write('bad.json', '{\n  "incidents": [\n    {"id": "P1",\n  ]\n}\n');
    repo.write('other.json', '{"foo": 1}\n');
  });
  after(() => repo?.cleanup());

  // Each: exit code, the one line on stderr, nothing written.
  const cases: [string, string[], number, RegExp][] = [
    ['an unknown source', ['import', 'nope', 'x'], 2, /^incident: Unexpected source "nope", expected one of pagerduty, incident-io(, [a-z-]+)*$/],
    ['a path that is not there', ['import', 'pagerduty', 'missing.json'], 2, /^incident: Unexpected path "missing\.json", expected an export file or a directory of them$/],
    ['a file that is not JSON', ['import', 'pagerduty', 'bad.json'], 1, /^bad\.json:4:3: Unexpected .*, expected JSON$/],
    ['JSON of another shape', ['import', 'pagerduty', 'other.json'], 1, /^other\.json:1:1: Unexpected an object with foo, expected a PagerDuty API v2 response with incidents, incident, log_entries, log_entry or notes$/],
    ['JSON of another shape (incident-io)', ['import', 'incident-io', 'other.json'], 1, /^other\.json:1:1: Unexpected an object with foo, expected an incident\.io API v2 response/],
    ['a --since that is no time', ['import', 'pagerduty', FIXTURE, '--since', 'yesterday'], 2, /^incident: Unexpected --since "yesterday", expected /],
    ['--until before --since', ['import', 'pagerduty', FIXTURE, '--since', '2026-02-01', '--until', '2026-01-01'], 2, /^incident: Unexpected --until 2026-01-01 before --since 2026-02-01, expected a window$/],
  ];
  for (const [what, args, code, line] of cases) {
    it(`${what}: exit ${code}, one line`, () => {
      const r = repo.run(args);
      assert.equal(r.code, code, r.stderr);
      assert.equal(r.stdout, '');
      const lines = r.stderr.trimEnd().split('\n');
      assert.equal(lines.length, 1, r.stderr);
      assert.match(lines[0]!, line);
      assert.deepEqual(written(repo), []);
    });
  }

  it('a severity_map naming a severity the config does not have: exit 1, one line', () => {
    repo.write('.incident.yml', 'import:\n  pagerduty:\n    severity_map:\n      priority=P1: SEV-9\n');
    const r = repo.run(['import', 'pagerduty', FIXTURE]);
    fs.rmSync(path.join(repo.dir, '.incident.yml'));
    assert.equal(r.code, 1);
    assert.equal(r.stderr, '.incident.yml: Unexpected value for `import.pagerduty.severity_map.priority=P1`, expected one of SEV-1, SEV-2, SEV-3, SEV-4, SEV-5\n');
    assert.deepEqual(written(repo), []);
  });
});
