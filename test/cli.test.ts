// End-to-end scenarios: the real bundle (bin/incident.cjs -> dist/) run as a child process in
// throwaway git repositories. CASEFILE_NOW pins the clock at 2026-03-01T14:05:00Z (a Sunday).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { parse as parseYaml } from 'yaml';
import { DATE_TIME_PATTERN } from '../src/core/model/schema.ts';
import { makeRepo, ROOT, type RunResult, type TestRepo } from './helpers/repo.ts';

const TITLE = 'Checkout fails for EU customers';
const ID = '2026-03-01-checkout-fails-for-eu-customers';
const FILE = `incidents/${ID}.md`;
const NEW_ARGS = [
  'new', TITLE, '--severity', 'SEV-2', '--commander', 'alice', '--service', 'checkout', '--service', 'payments',
  '--timezone', 'Europe/Berlin', '--at', '13:50',
];

interface Entry {
  at: string;
  kind: string;
  by?: string;
  text: string;
  approx?: boolean;
}

/** Exit 0, else fail showing what the CLI said. */
function ok(r: RunResult): RunResult {
  assert.equal(r.code, 0, `expected exit 0, got ${r.code}\nstdout: ${r.stdout}\nstderr: ${r.stderr}`);
  return r;
}

/** The frontmatter of an incident file, parsed with the `yaml` package. */
function frontmatter(text: string): Record<string, any> {
  const m = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(text);
  assert.ok(m, `no frontmatter in:\n${text.slice(0, 200)}`);
  return parseYaml(m[1]!) as Record<string, any>;
}

const body = (text: string) => text.slice(/\n---\r?\n/.exec(text)!.index);
const incident = (repo: TestRepo, id = ID) => frontmatter(repo.read(`incidents/${id}.md`));
const timeline = (repo: TestRepo, id = ID) => incident(repo, id).timeline as Entry[];
const texts = (repo: TestRepo, id = ID) => timeline(repo, id).map((e) => e.text);

function assertChronological(entries: Entry[]): void {
  const ms = entries.map((e) => Date.parse(e.at));
  assert.ok(ms.every((t) => !Number.isNaN(t)), `unparseable at in ${JSON.stringify(entries)}`);
  assert.deepEqual(ms, [...ms].sort((a, b) => a - b), `timeline out of order: ${entries.map((e) => e.at).join(', ')}`);
}

/** A repository with the Berlin checkout incident already declared. */
function repoWithIncident(): TestRepo {
  const repo = makeRepo();
  ok(repo.run(NEW_ARGS));
  return repo;
}

describe('incident new', () => {
  let repo: TestRepo;
  before(() => (repo = makeRepo()));
  after(() => repo.cleanup());

  it('prints the path and writes the frontmatter, the started and declared entries and the skeleton body', () => {
    const r = ok(repo.run(NEW_ARGS));
    assert.equal(r.stdout, `${FILE}\n`);
    assert.equal(r.stderr, '');
    const text = repo.read(FILE);
    const fm = frontmatter(text);
    assert.equal(fm.id, ID);
    assert.equal(fm.title, TITLE);
    assert.equal(fm.kind, 'incident');
    assert.equal(fm.severity, 'SEV-2');
    assert.equal(fm.status, 'investigating');
    assert.equal(fm.timezone, 'Europe/Berlin');
    assert.deepEqual(fm.services, ['checkout', 'payments']);
    assert.equal(fm.public, false);
    assert.deepEqual(fm.roles, { incident_commander: 'alice' });
    assert.deepEqual(fm.action_items, []);
    assert.deepEqual(fm.timeline, [
      { at: '2026-03-01T13:50:00+01:00', kind: 'started', by: 'Alice Example', text: 'Impact started' },
      { at: '2026-03-01T15:05:00+01:00', kind: 'declared', by: 'Alice Example', text: `Declared SEV-2: ${TITLE}` },
    ]);
    const headings = [...body(text).matchAll(/^## (.+)$/gm)].map((m) => m[1]);
    assert.deepEqual(headings, [
      'Summary', 'Impact', 'Root cause and contributing factors', 'Resolution', 'What went well', 'What went wrong',
      'Lessons learned', 'Public summary',
    ]);
  });

  it('gives a second incident with the same title the suffix -2, leaving the first alone', () => {
    const first = repo.read(FILE);
    const r = ok(repo.run(NEW_ARGS));
    assert.equal(r.stdout, `incidents/${ID}-2.md\n`);
    assert.equal(incident(repo, `${ID}-2`).id, `${ID}-2`);
    assert.equal(repo.read(FILE), first);
  });

  it('--json prints the new record, equal to what was written', () => {
    const r = ok(repo.run(['new', 'Search is slow', '--severity', 'SEV-3', '--json']));
    const printed = JSON.parse(r.stdout);
    assert.equal(printed.id, '2026-03-01-search-is-slow');
    assert.equal(printed.file, 'incidents/2026-03-01-search-is-slow.md');
    assert.deepEqual(printed.incident, incident(repo, '2026-03-01-search-is-slow'));
    assert.equal(printed.incident.severity, 'SEV-3');
    assert.equal(printed.incident.timezone, 'UTC'); // TZ=UTC and no config
  });

  it('--drill makes a drill', () => {
    const r = ok(repo.run(['new', 'Failover practice', '--drill']));
    const fm = frontmatter(repo.read(r.stdout.trim()));
    assert.equal(fm.kind, 'drill');
    assert.match(fm.timeline.at(-1).text, /drill/);
  });
});

describe('incident log', () => {
  it('logs to an explicit id, printing the entry', () => {
    const repo = repoWithIncident();
    try {
      const r = ok(repo.run(['log', ID, 'Restarted the primary']));
      assert.equal(r.stdout, `${FILE}: 2026-03-01T15:05:00+01:00 note Restarted the primary\n`);
      assert.deepEqual(timeline(repo).at(-1), {
        at: '2026-03-01T15:05:00+01:00', kind: 'note', by: 'Alice Example', text: 'Restarted the primary',
      });
    } finally {
      repo.cleanup();
    }
  });

  it('logs to the only open incident when no id is given', () => {
    const repo = repoWithIncident();
    try {
      ok(repo.run(['log', 'Paged the database team']));
      assert.equal(texts(repo).at(-1), 'Paged the database team');
    } finally {
      repo.cleanup();
    }
  });

  it('refuses to guess between two open incidents: exit 2, names both, changes nothing', () => {
    const repo = repoWithIncident();
    try {
      ok(repo.run(['new', 'Search is slow']));
      const before = [repo.read(FILE), repo.read('incidents/2026-03-01-search-is-slow.md')];
      const r = repo.run(['log', 'Which one?']);
      assert.equal(r.code, 2);
      assert.match(r.stderr, new RegExp(ID));
      assert.match(r.stderr, /2026-03-01-search-is-slow/);
      assert.equal(r.stderr.trimEnd().split('\n').length, 1, r.stderr);
      assert.deepEqual([repo.read(FILE), repo.read('incidents/2026-03-01-search-is-slow.md')], before);
    } finally {
      repo.cleanup();
    }
  });

  describe('--at, --kind, --by and ordering', () => {
    let repo: TestRepo;
    before(() => (repo = repoWithIncident()));
    after(() => repo.cleanup());

    // The incident is in Europe/Berlin (+01:00); now is 15:05 there.
    const cases: { at: string; expected: string }[] = [
      { at: '13:00', expected: '2026-03-01T13:00:00+01:00' },
      { at: '-5m', expected: '2026-03-01T15:00:00+01:00' },
      { at: '2026-03-01T12:00:00+01:00', expected: '2026-03-01T12:00:00+01:00' },
      { at: '2026-03-01T13:20:00Z', expected: '2026-03-01T13:20:00Z' },
    ];
    for (const { at, expected } of cases) {
      it(`--at ${at} is stored as ${expected}`, () => {
        const r = ok(repo.run(['log', ID, `at ${at}`, '--at', at]));
        assert.match(r.stdout, new RegExp(`: ${expected.replace(/\+/g, '\\+')} note at `));
        const entry = timeline(repo).find((e) => e.text === `at ${at}`);
        assert.equal(entry?.at, expected);
      });
    }

    it('inserts entries in time order, whatever order they were logged in', () => {
      assertChronological(timeline(repo));
      assert.deepEqual(texts(repo), [
        'at 2026-03-01T12:00:00+01:00', 'at 13:00', 'Impact started', 'at 2026-03-01T13:20:00Z', 'at -5m',
        `Declared SEV-2: ${TITLE}`,
      ]);
    });

    it('--kind and --by set the entry kind and author', () => {
      ok(repo.run(['log', ID, 'Error rate follows deploys', '--kind', 'finding', '--by', 'bob']));
      const entry = timeline(repo).find((e) => e.text === 'Error rate follows deploys');
      assert.equal(entry?.kind, 'finding');
      assert.equal(entry?.by, 'bob');
    });

    it('keeps the written order for entries with equal times (a new one goes after the old)', () => {
      ok(repo.run(['log', ID, 'first at 13:30', '--at', '13:30']));
      ok(repo.run(['log', ID, 'second at 13:30', '--at', '13:30']));
      ok(repo.run(['log', ID, 'third at 13:30', '--at', '2026-03-01T12:30:00Z']));
      ok(repo.run(['log', ID, 'same time as declared', '--at', '15:05']));
      const all = texts(repo);
      const i = all.indexOf('first at 13:30');
      assert.deepEqual(all.slice(i, i + 3), ['first at 13:30', 'second at 13:30', 'third at 13:30']);
      // 15:05 is now: after the declared entry and everything else logged at 15:05 before it.
      assert.equal(all.at(-1), 'same time as declared');
      assert.ok(all.indexOf(`Declared SEV-2: ${TITLE}`) < all.indexOf('Error rate follows deploys'));
      assertChronological(timeline(repo));
    });
  });

  // resolveAt accepts these ISO 8601 forms; the file format (schema DATE_TIME_PATTERN, and
  // Date.parse) wants YYYY-MM-DDTHH:MM[:SS[.fff]]Z|±HH:MM.
  describe('--at with an offset in another ISO 8601 form is stored in the file format', () => {
    let repo: TestRepo;
    before(() => (repo = repoWithIncident()));
    after(() => repo.cleanup());

    const cases = [
      { at: '2026-03-01 12:10:00+01:00', instant: '2026-03-01T11:10:00Z' },
      { at: '2026-03-01T12:20+0100', instant: '2026-03-01T11:20:00Z' },
      { at: '2026-03-01T12:30:00+01', instant: '2026-03-01T11:30:00Z' },
      { at: '2026-03-01T11:40:00,5Z', instant: '2026-03-01T11:40:00Z' }, // whole seconds are enough
    ];
    for (const { at, instant } of cases) {
      it(`--at "${at}"`, () => {
        ok(repo.run(['log', ID, `at ${at}`, '--at', at]));
        const stored = timeline(repo).find((e) => e.text === `at ${at}`)!.at;
        assert.match(stored, new RegExp(DATE_TIME_PATTERN), `stored as ${JSON.stringify(stored)}`);
        assert.equal(Math.floor(Date.parse(stored) / 1000), Date.parse(instant) / 1000);
      });
    }
  });

  it('inserting before an entry keeps the comment written above that entry with it', () => {
    const repo = makeRepo();
    try {
      const name = '2017-01-06-db2kafka-outage-from-oom-kills';
      const original = fs.readFileSync(path.join(ROOT, 'incidents', `${name}.md`), 'utf8');
      repo.write(`incidents/${name}.md`, original);
      // Between the 23:20 declared entry and the 23:21 role entry, which has a comment above it.
      ok(repo.run(['log', name, 'Between', '--at', '2017-01-06T23:20:30Z']));
      const comment = '  # From the chat log ([3:21 PM]), not the post-mortem timeline.\n';
      assert.ok(original.includes(comment + '  - at: 2017-01-06T23:21:00Z\n'));
      const entry = '  - at: 2017-01-06T23:20:30Z\n    kind: note\n    by: Alice Example\n    text: Between\n';
      assert.equal(repo.read(`incidents/${name}.md`), original.replace(comment, entry + comment));
    } finally {
      repo.cleanup();
    }
  });

  it('a bare HH:MM just after local midnight means yesterday', () => {
    const repo = makeRepo();
    try {
      // 23:30 in Berlin on March 1; then 00:10 on March 2 there.
      ok(repo.run(['new', 'Late night', '--timezone', 'Europe/Berlin'], { env: { CASEFILE_NOW: '2026-03-01T22:30:00Z' } }));
      const id = '2026-03-01-late-night';
      const env = { CASEFILE_NOW: '2026-03-01T23:10:00Z' };
      ok(repo.run(['log', id, 'Before midnight', '--at', '23:55'], { env }));
      ok(repo.run(['log', id, 'After midnight', '--at', '00:05'], { env }));
      const entries = timeline(repo, id);
      assert.equal(entries.find((e) => e.text === 'Before midnight')?.at, '2026-03-01T23:55:00+01:00');
      assert.equal(entries.find((e) => e.text === 'After midnight')?.at, '2026-03-02T00:05:00+01:00');
      assertChronological(entries);
    } finally {
      repo.cleanup();
    }
  });
});

describe('incident role', () => {
  let repo: TestRepo;
  before(() => (repo = repoWithIncident()));
  after(() => repo.cleanup());

  it('sets roles and logs each handoff on the timeline', () => {
    const r = ok(repo.run(['role', ID, '--commander', 'bob', '--scribe', 'carol', '--sme', 'dave']));
    assert.match(r.stdout, /incident commander bob \(was alice\)/);
    const fm = incident(repo);
    assert.deepEqual(fm.roles, { incident_commander: 'bob', scribe: 'carol', subject_matter_experts: ['dave'] });
    const roleEntries = (fm.timeline as Entry[]).filter((e) => e.kind === 'role');
    assert.deepEqual(roleEntries.map((e) => e.text), [
      'bob takes over as incident commander from alice',
      'carol is scribe',
      'dave joins as subject matter expert',
    ]);
    assert.ok(roleEntries.every((e) => e.by === 'Alice Example' && e.at === '2026-03-01T15:05:00+01:00'));
  });

  it('handing a role to its current holder changes nothing', () => {
    const before = repo.read(FILE);
    const r = ok(repo.run(['role', ID, '--commander', 'bob', '--sme', 'dave']));
    assert.match(r.stdout, /no change/);
    assert.equal(repo.read(FILE), before);
  });

  it('--scribe none: nobody is scribe any more (scribe: null), logged; a second time changes nothing; then someone again', () => {
    const r = ok(repo.run(['role', ID, '--scribe', 'none']));
    assert.match(r.stdout, /: no scribe \(was carol\)$/m);
    const text = repo.read(FILE);
    assert.match(text, /^ {2}scribe: null$/m);
    const fm = frontmatter(text);
    assert.equal(fm.roles.scribe, null);
    assert.equal((fm.timeline as Entry[]).at(-1)!.text, 'carol steps down as scribe');
    assert.match(ok(repo.run(['role', ID, '--scribe', 'NULL'])).stdout, /no change/);
    assert.equal(repo.read(FILE), text);
    ok(repo.run(['role', ID, '--scribe', 'erin']));
    assert.equal(incident(repo).roles.scribe, 'erin');
    assert.equal(ok(repo.run(['validate', FILE])).code, 0);
  });

  it('--commander nobody on a quoted name (the YAML document editor): a plain null, not the text "null"', () => {
    repo.write(FILE, repo.read(FILE).replace(/^( {2}incident_commander:) bob$/m, '$1 "bob"'));
    const r = ok(repo.run(['role', ID, '--commander', 'nobody', '--json']));
    assert.deepEqual(JSON.parse(r.stdout).changes, [{ role: 'incident_commander', from: 'bob', to: null }]);
    assert.match(repo.read(FILE), /^ {2}incident_commander: null$/m);
  });

  it('--sme none: refused (experts are added, not cleared), file unchanged', () => {
    const before = repo.read(FILE);
    const r = repo.run(['role', ID, '--sme', 'none']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /Unexpected "none" for a subject matter expert/);
    assert.equal(repo.read(FILE), before);
  });
});

describe('incident status', () => {
  let repo: TestRepo;
  before(() => (repo = repoWithIncident()));
  after(() => repo.cleanup());

  it('identified: moves the status and logs it', () => {
    ok(repo.run(['status', ID, 'identified']));
    const fm = incident(repo);
    assert.equal(fm.status, 'identified');
    assert.deepEqual(fm.timeline.at(-1), {
      at: '2026-03-01T15:05:00+01:00', kind: 'status', by: 'Alice Example', text: 'Status: identified (was investigating)',
    });
  });

  it('mitigated --at 14:30: logs the milestone at that time, status becomes monitoring', () => {
    ok(repo.run(['status', ID, 'mitigated', '--at', '14:30']));
    const fm = incident(repo);
    assert.equal(fm.status, 'monitoring');
    const mitigated = (fm.timeline as Entry[]).filter((e) => e.kind === 'mitigated');
    assert.equal(mitigated.length, 1);
    assert.equal(mitigated[0]!.at, '2026-03-01T14:30:00+01:00');
    assertChronological(fm.timeline);
  });

  it('the same milestone twice: exit 1, file unchanged', () => {
    const before = repo.read(FILE);
    const r = repo.run(['status', ID, 'mitigated']);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /^incident: incidents\/\S+: Unexpected second mitigated at \S+, expected mitigated once per resolution .*\(or --force to record it anyway\)\n$/);
    assert.equal(repo.read(FILE), before);
  });

  for (const [target, pattern] of [['closed', /incident close/], ['bogus', /Unexpected status "bogus"/]] as const) {
    it(`status ${target}: exit 2, file unchanged`, () => {
      const before = repo.read(FILE);
      const r = repo.run(['status', ID, target]);
      assert.equal(r.code, 2);
      assert.match(r.stderr, pattern);
      assert.equal(repo.read(FILE), before);
    });
  }

  it('resolved: logs the milestone, status resolved', () => {
    ok(repo.run(['status', ID, 'resolved']));
    const fm = incident(repo);
    assert.equal(fm.status, 'resolved');
    assert.equal((fm.timeline as Entry[]).filter((e) => e.kind === 'resolved').length, 1);
  });
});

describe('incident close', () => {
  it('refuses an incident that is not resolved: exit 1, file unchanged', () => {
    const repo = repoWithIncident();
    try {
      const before = repo.read(FILE);
      const r = repo.run(['close', ID]);
      assert.equal(r.code, 1);
      assert.match(r.stderr, /expected resolved/);
      assert.equal(repo.read(FILE), before);
    } finally {
      repo.cleanup();
    }
  });

  // Resolved on Wednesday 2026-03-04: SEV-2 is due 5 business days later (across the weekend),
  // SEV-1 3 calendar days later.
  const cases = [
    { severity: 'SEV-2', due: '2026-03-11' },
    { severity: 'SEV-1', due: '2026-03-07' },
  ];
  for (const { severity, due } of cases) {
    it(`${severity}: closes, sets the post-mortem owner and due date ${due}, prints the metrics`, () => {
      const repo = makeRepo();
      try {
        const env = { CASEFILE_NOW: '2026-03-04T11:05:00Z' }; // 12:05 in Berlin
        const r0 = ok(repo.run(['new', 'Payments down', '--severity', severity, '--commander', 'alice',
          '--timezone', 'Europe/Berlin', '--at', '09:30', '--declared', '10:00'], { env }));
        const id = path.basename(r0.stdout.trim(), '.md');
        ok(repo.run(['status', id, 'detected', '--at', '09:40'], { env }));
        ok(repo.run(['status', id, 'acknowledged', '--at', '09:42'], { env }));
        ok(repo.run(['status', id, 'resolved', '--at', '11:00'], { env }));
        const r = ok(repo.run(['close', id], { env }));
        assert.match(r.stdout, new RegExp(`closed; post-mortem owner alice, due ${due}`));
        assert.match(r.stdout, /Time to detect\s+10m\b/);
        assert.match(r.stdout, /Time to acknowledge\s+2m\b/);
        assert.match(r.stdout, /Time to declare\s+20m\b/);
        assert.match(r.stdout, /Time to resolve\s+1h30m\b/);
        const fm = incident(repo, id);
        assert.equal(fm.status, 'closed');
        assert.equal(fm.postmortem.owner, 'alice');
        assert.equal(fm.postmortem.due, due);
        assert.equal(fm.postmortem.status, 'draft');
      } finally {
        repo.cleanup();
      }
    });
  }
});

describe('incident list', () => {
  let repo: TestRepo;
  const OLD = '2026-01-15-database-outage';
  const DRILL = '2026-02-10-failover-drill';
  const API = '2026-03-01-api-down';

  before(() => {
    repo = makeRepo();
    ok(repo.run(['new', 'Database outage', '--severity', 'SEV-1', '--service', 'db', '--at', '2026-01-15T10:00:00Z']));
    ok(repo.run(['status', OLD, 'resolved', '--at', '2026-01-15T12:00:00Z']));
    ok(repo.run(['new', 'Failover drill', '--drill', '--service', 'checkout'], { env: { CASEFILE_NOW: '2026-02-10T10:00:00Z' } }));
    ok(repo.run(NEW_ARGS));
    ok(repo.run(['new', 'API down', '--severity', 'SEV-1', '--service', 'api']));
    ok(repo.run(['status', API, 'identified']));
  });
  after(() => repo.cleanup());

  const ids = (args: string[]) => {
    const r = ok(repo.run(['list', '--json', ...args]));
    return (JSON.parse(r.stdout) as { id: string }[]).map((i) => i.id);
  };

  it('prints a table, newest first', () => {
    const r = ok(repo.run(['list']));
    const lines = r.stdout.trimEnd().split('\n');
    assert.match(lines[0]!, /^ID\s+SEVERITY\s+STATUS\s+TITLE$/);
    assert.deepEqual(lines.slice(1).map((l) => l.split(/\s+/)[0]), [ID, API, DRILL, OLD]);
    assert.match(lines[1]!, new RegExp(`^${ID}\\s+SEV-2\\s+investigating\\s+${TITLE}$`));
    assert.match(lines[3]!, /investigating \(drill\)/);
  });

  const filters: { args: string[]; expected: string[] }[] = [
    { args: [], expected: [ID, API, DRILL, OLD] },
    { args: ['--status', 'open'], expected: [ID, API, DRILL] },
    { args: ['--status', 'resolved'], expected: [OLD] },
    { args: ['--severity', 'SEV-1'], expected: [API, OLD] },
    { args: ['--severity', 'sev-1'], expected: [API, OLD] },
    { args: ['--kind', 'drill'], expected: [DRILL] },
    { args: ['--service', 'checkout'], expected: [ID, DRILL] },
    { args: ['--since', '2026-02-01'], expected: [ID, API, DRILL] },
    { args: ['--status', 'open', '--severity', 'SEV-2,SEV-3'], expected: [ID, DRILL] },
  ];
  for (const { args, expected } of filters) {
    it(`list ${args.join(' ') || '(no filter)'} --json`, () => {
      assert.deepEqual(ids(args), expected);
    });
  }

  it('refuses a status, kind or severity it does not know (a typo would list nothing)', () => {
    for (const [args, message] of [
      [['--status', 'resovled'], 'incident: Unexpected --status "resovled", expected open or one of investigating, identified, monitoring, resolved, closed'],
      [['--status', 'open,Resolved'], 'incident: Unexpected --status "Resolved", expected open or one of investigating, identified, monitoring, resolved, closed'],
      [['--kind', 'drills'], 'incident: Unexpected --kind "drills", expected incident or drill'],
      [['--severity', 'SEV-2,SEV9'], 'incident: Unexpected --severity "SEV9", expected one of SEV-1, SEV-2, SEV-3, SEV-4, SEV-5'],
    ] as const) {
      const r = repo.run(['list', ...args]);
      assert.equal(r.code, 2, args.join(' '));
      assert.equal(r.stderr.trimEnd(), message);
      assert.equal(r.stdout, '');
    }
  });

  it('--json gives each incident its fields', () => {
    const r = ok(repo.run(['list', '--json', '--service', 'payments']));
    assert.deepEqual(JSON.parse(r.stdout), [{
      id: ID, title: TITLE, kind: 'incident', severity: 'SEV-2', status: 'investigating',
      services: ['checkout', 'payments'], file: FILE,
    }]);
  });

  it('skips a broken file with a message on stderr and lists the rest', () => {
    repo.write('incidents/2026-02-20-broken.md', 'no frontmatter here\n');
    repo.write('incidents/2026-02-21-bad-yaml.md', '---\nid: x\ntitle: "unclosed\nstatus: investigating\n---\n');
    try {
      const r = ok(repo.run(['list']));
      const problems = r.stderr.trimEnd().split('\n');
      assert.equal(problems.length, 2, r.stderr);
      assert.match(r.stderr, /incidents\/2026-02-20-broken\.md:1:1: /);
      assert.match(r.stderr, /incidents\/2026-02-21-bad-yaml\.md:\d+:\d+: Invalid YAML/);
      const listed = r.stdout.trimEnd().split('\n').slice(1).map((l) => l.split(/\s+/)[0]);
      assert.deepEqual(listed, [ID, API, DRILL, OLD]);
    } finally {
      fs.rmSync(path.join(repo.dir, 'incidents/2026-02-20-broken.md'));
      fs.rmSync(path.join(repo.dir, 'incidents/2026-02-21-bad-yaml.md'));
    }
  });
});

describe('incident show', () => {
  it('shows the timeline in the incident time zone, with a date line when the local date changes', () => {
    const repo = makeRepo();
    try {
      const id = '2026-03-01-late-night';
      ok(repo.run(['new', 'Late night', '--timezone', 'Europe/Berlin', '--at', '23:20'], { env: { CASEFILE_NOW: '2026-03-01T22:30:00Z' } }));
      const env = { CASEFILE_NOW: '2026-03-01T23:10:00Z' };
      ok(repo.run(['status', id, 'detected', '--at', '23:25'], { env }));
      ok(repo.run(['log', id, 'After midnight', '--at', '00:05'], { env }));
      const r = ok(repo.run(['show', id], { env }));
      assert.match(r.stdout, /Timeline \(Europe\/Berlin\)/);
      const lines = r.stdout.split('\n');
      const at = (re: RegExp) => lines.findIndex((l) => re.test(l));
      // Each entry shows its number (file order), which amend and remove take.
    const order = [/^\s+2026-03-01$/, /^\s+1\s+23:20:00\s+started/, /^\s+2\s+23:25:00\s+detected/, /^\s+3\s+23:30:00\s+declared/,
        /^\s+2026-03-02$/, /^\s+4\s+00:05:00\s+note\s+Alice Example\s+After midnight$/];
      const positions = order.map(at);
      assert.ok(positions.every((p) => p >= 0), `missing lines in:\n${r.stdout}`);
      assert.deepEqual(positions, [...positions].sort((a, b) => a - b), r.stdout);
      assert.match(r.stdout, /Time to detect\s+5m\b/);
      assert.match(r.stdout, /Time to declare\s+5m\b/);
    } finally {
      repo.cleanup();
    }
  });

  it('shows the example incident with its metrics', () => {
    const repo = makeRepo();
    try {
      const name = '2017-01-06-db2kafka-outage-from-oom-kills';
      repo.write(`incidents/${name}.md`, fs.readFileSync(path.join(ROOT, 'incidents', `${name}.md`)));
      const r = ok(repo.run(['show', name]));
      assert.match(r.stdout, /Timeline \(America\/Los_Angeles\)/);
      assert.match(r.stdout, /^\s+2017-01-06$/m);
      assert.match(r.stdout, /^\s+\d+\s+14:50:26\s+started\s+First instance of the OOM killer/m);
      assert.match(r.stdout, /time to detect\s+6m34s/i);
      assert.match(r.stdout, /time to acknowledge\s+0s/i);
      assert.match(r.stdout, /time to declare\s+23m\b/i);
    } finally {
      repo.cleanup();
    }
  });
});

describe('incident init and .incident.yml', () => {
  it('init writes .incident.yml once (again keeps it and brings the rest up to date; --force rewrites it)', () => {
    const repo = makeRepo();
    try {
      const r = ok(repo.run(['init']));
      assert.match(r.stderr, /wrote \.incident\.yml/);
      const config = parseYaml(repo.read('.incident.yml'));
      assert.equal(config.incidents_dir, 'incidents');
      assert.ok(fs.existsSync(path.join(repo.dir, 'incidents')));
      // What a writer killed mid-way leaves (a lock, its temp file, a temp copy) stays out of git status.
      const x = 'incidents/2026-03-01-x.md';
      const waiting = [`${x}.lock.steal`, `${x}.lock.steal.123.abc.tmp`, `${x}.lock.queue.tmp/0000000001`, `${x}.lock.queue.tmp/0000000002.123.abc.tmp`, 'incidents/2026-03-01-x/evidence/.20260301T140500Z-a.log.pending.tmp'];
      for (const leftover of [`${x}.lock`, `${x}.lock.123.abc.tmp`, 'incidents/.2026-03-01-x.md.123.abc.tmp', `incidents/2026-03-01-x/evidence/.a.log.1.b.tmp`, ...waiting]) repo.write(leftover, '');
      repo.write(x, '---\nid: 2026-03-01-x\n---\n');
      const status = spawnSync('git', ['status', '--porcelain', '--untracked-files=all'], { cwd: repo.dir, encoding: 'utf8' }).stdout;
      const setup = ['?? .casefile/config.schema.json', '?? .casefile/incident.schema.json', '?? .gitignore', '?? .remarkrc', '?? .vscode/extensions.json'];
      assert.deepEqual(status.trim().split('\n').sort(), ['?? .gitattributes', '?? .incident.yml', `?? ${x}`, '?? incidents/.gitignore', ...setup].sort(), status);
      repo.write('.incident.yml', 'default_severity: SEV-4\n');
      const again = ok(repo.run(['init']));
      assert.match(again.stderr, /kept \.incident\.yml/);
      assert.equal(repo.read('.incident.yml'), 'default_severity: SEV-4\n');
      ok(repo.run(['init', '--force']));
      assert.notEqual(repo.read('.incident.yml'), 'default_severity: SEV-4\n');
    } finally {
      repo.cleanup();
    }
  });

  it('custom severities are enforced, typed in any case', () => {
    const repo = makeRepo();
    try {
      repo.write('.incident.yml', 'severities: [P1, P2]\n');
      const bad = repo.run(['new', 'Disk full', '--severity', 'SEV-2']);
      assert.equal(bad.code, 2);
      assert.match(bad.stderr, /Unexpected severity "SEV-2", expected one of P1, P2/);
      assert.equal(fs.existsSync(path.join(repo.dir, 'incidents/2026-03-01-disk-full.md')), false);
      ok(repo.run(['new', 'Disk full', '--severity', 'p1'])); // typed in any case, as `severity` takes it
      assert.equal(incident(repo, '2026-03-01-disk-full').severity, 'P1');
    } finally {
      repo.cleanup();
    }
  });

  it('incidents_dir is honoured', () => {
    const repo = makeRepo();
    try {
      repo.write('.incident.yml', 'incidents_dir: records\n');
      const r = ok(repo.run(['new', 'Disk full']));
      assert.equal(r.stdout, 'records/2026-03-01-disk-full.md\n');
      assert.ok(fs.existsSync(path.join(repo.dir, 'records/2026-03-01-disk-full.md')));
      assert.equal(fs.existsSync(path.join(repo.dir, 'incidents')), false);
      ok(repo.run(['log', 'Cleaned up /var/log']));
      assert.equal(frontmatter(repo.read('records/2026-03-01-disk-full.md')).timeline.at(-1).text, 'Cleaned up /var/log');
      assert.deepEqual(JSON.parse(ok(repo.run(['list', '--json'])).stdout).map((i: { file: string }) => i.file), [
        'records/2026-03-01-disk-full.md',
      ]);
    } finally {
      repo.cleanup();
    }
  });
});

describe('without configuration, and from a subdirectory', () => {
  it('the whole life cycle works in a repository with no .incident.yml', () => {
    const repo = makeRepo();
    try {
      ok(repo.run(NEW_ARGS));
      ok(repo.run(['log', 'Rolled back']));
      ok(repo.run(['role', ID, '--scribe', 'carol']));
      ok(repo.run(['status', ID, 'resolved']));
      ok(repo.run(['close', ID]));
      assert.match(ok(repo.run(['list'])).stdout, new RegExp(`${ID}\\s+SEV-2\\s+closed`));
      assert.match(ok(repo.run(['show', ID])).stdout, /Rolled back/);
      assert.equal(incident(repo).status, 'closed');
      assert.equal(fs.existsSync(path.join(repo.dir, '.incident.yml')), false);
    } finally {
      repo.cleanup();
    }
  });

  it('works from a subdirectory of the repository, printing paths relative to it', () => {
    const repo = makeRepo();
    try {
      fs.mkdirSync(path.join(repo.dir, 'services/checkout'), { recursive: true });
      const cwd = 'services/checkout';
      const r = ok(repo.run(NEW_ARGS, { cwd }));
      assert.equal(r.stdout, `../../${FILE}\n`);
      assert.ok(fs.existsSync(path.join(repo.dir, FILE)));
      assert.equal(fs.existsSync(path.join(repo.dir, cwd, 'incidents')), false);
      ok(repo.run(['log', 'From a subdirectory'], { cwd }));
      ok(repo.run(['status', ID, 'identified'], { cwd }));
      assert.equal(texts(repo).at(-2), 'From a subdirectory');
      assert.match(ok(repo.run(['list'], { cwd })).stdout, new RegExp(`${ID}\\s+SEV-2\\s+identified`));
      assert.match(ok(repo.run(['show', ID], { cwd })).stdout, /From a subdirectory/);
    } finally {
      repo.cleanup();
    }
  });
});

describe('help and version', () => {
  it('--version prints the package version; --help lists every command; log --help shows its options', () => {
    const repo = makeRepo();
    try {
      const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
      assert.equal(ok(repo.run(['--version'])).stdout.trim(), pkg.version);
      const help = ok(repo.run(['--help'])).stdout;
      for (const command of ['init', 'new', 'log', 'role', 'status', 'close', 'list', 'show']) {
        assert.match(help, new RegExp(`^  ${command} `, 'm'), command);
      }
      const logHelp = ok(repo.run(['log', '--help'])).stdout;
      for (const option of ['--kind <kind>', '--by <name>', '--at <time>', '--approx', '--json']) assert.ok(logHelp.includes(option), option);
      const unknown = repo.run(['bogus']);
      assert.equal(unknown.code, 2);
      assert.match(unknown.stderr, /unknown command 'bogus'/);
      const badOption = repo.run(['log', 'x', '--nope']);
      assert.equal(badOption.code, 2);
      assert.match(badOption.stderr, /^incident: Unknown option '--nope'/);
    } finally {
      repo.cleanup();
    }
  });
});
