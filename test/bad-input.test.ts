// Bad input through the real bundle: every failure is ONE line on stderr (no stack trace), exit 1
// (a file is not what it must be) or 2 (the request is wrong), and no incident file changes.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, beforeEach, describe, it } from 'node:test';
import { makeRepo, type RunResult, type TestRepo } from './helpers/repo.ts';

const ID = '2026-03-01-checkout-fails';
const RESOLVED = '2026-03-01-search-was-slow';
const FILE = `incidents/${ID}.md`;

/** A valid incident file; the timeline's only entry ends on line 11, the frontmatter on line 12. */
const good = (id: string, status = 'investigating', timezone = 'Europe/Berlin') => [
  '---',
  `id: ${id}`,
  'title: Checkout fails',
  'kind: incident',
  'severity: SEV-2',
  `status: ${status}`,
  `timezone: ${timezone}`,
  'timeline:',
  '  - at: 2026-03-01T13:00:00+01:00',
  '    kind: started',
  '    text: Impact started',
  '---',
  '',
  '## Summary',
  '',
  'Checkout failed.',
  '',
].join('\n');

/** Every file under incidents/ (dot files too: no lock or temp file may be left behind). */
function snapshot(repo: TestRepo): Map<string, Buffer> {
  const dir = path.join(repo.dir, 'incidents');
  const files = fs.existsSync(dir) ? fs.readdirSync(dir).sort() : [];
  return new Map(files.map((f) => [f, fs.readFileSync(path.join(dir, f))]));
}

function assertOneLineError(r: RunResult, code: 1 | 2, pattern: RegExp): void {
  const said = `exit ${r.code}\nstdout: ${r.stdout}\nstderr: ${r.stderr}`;
  assert.equal(r.code, code, said);
  assert.equal(r.stdout, '', said);
  const lines = r.stderr.split('\n');
  assert.equal(lines.length, 2, `expected exactly one line on stderr:\n${r.stderr}`);
  assert.equal(lines[1], '', said);
  assert.match(lines[0]!, pattern);
  assert.ok(!r.stderr.includes('    at '), `stack trace on stderr:\n${r.stderr}`);
  assert.doesNotMatch(r.stderr, /^(?:\w*Error|Error \[\w+\]):/m, said);
  assert.doesNotMatch(r.stderr, /internal error/, said);
}

/** Runs `args`, expects the one-line error, and checks that nothing under incidents/ changed. */
function expectRefused(repo: TestRepo, args: string[], code: 1 | 2, pattern: RegExp, env?: Record<string, string>): void {
  const before = snapshot(repo);
  assertOneLineError(repo.run(args, { env }), code, pattern);
  assert.deepEqual(snapshot(repo), before, `incidents/ changed after: incident ${args.join(' ')}`);
}

describe('bad arguments', () => {
  let repo: TestRepo;
  before(() => (repo = makeRepo()));
  // Fresh files for every case, so that a case that wrongly writes cannot spoil the next one.
  beforeEach(() => {
    fs.rmSync(path.join(repo.dir, 'incidents'), { recursive: true, force: true });
    repo.write(FILE, good(ID)); // the only open incident
    repo.write(`incidents/${RESOLVED}.md`, good(RESOLVED, 'resolved'));
  });
  after(() => repo.cleanup());

  const unknown = /^incident: Unknown incident "2026-03-01-nope": no file incidents\/2026-03-01-nope\.md/;
  const cases: { name: string; args: string[]; code: 1 | 2; pattern: RegExp; env?: Record<string, string> }[] = [
    { name: 'log to an unknown id', args: ['log', '2026-03-01-nope', 'x'], code: 2, pattern: unknown },
    { name: 'status of an unknown id', args: ['status', '2026-03-01-nope', 'identified'], code: 2, pattern: unknown },
    { name: 'role on an unknown id', args: ['role', '2026-03-01-nope', '--commander', 'bob'], code: 2, pattern: unknown },
    { name: 'close an unknown id', args: ['close', '2026-03-01-nope'], code: 2, pattern: unknown },
    { name: 'show an unknown id', args: ['show', '2026-03-01-nope'], code: 2, pattern: unknown },
    { name: 'an id that leaves the directory', args: ['log', '../escape', 'x'], code: 2, pattern: /^incident: Unexpected incident id "\.\.\/escape"/ },
    { name: '--at 25:99', args: ['log', ID, 'x', '--at', '25:99'], code: 2, pattern: /^incident: Unexpected time "25:99"/ },
    { name: '--at yesterday', args: ['log', ID, 'x', '--at', 'yesterday'], code: 2, pattern: /^incident: Unexpected time "yesterday"/ },
    { name: 'status --at yesterday', args: ['status', ID, 'identified', '--at', 'yesterday'], code: 2, pattern: /^incident: Unexpected time "yesterday"/ },
    { name: 'role --at 25:99', args: ['role', ID, '--commander', 'bob', '--at', '25:99'], code: 2, pattern: /^incident: Unexpected time "25:99"/ },
    { name: 'an unknown kind', args: ['log', ID, 'x', '--kind', 'bogus'], code: 2, pattern: /^incident: Unexpected kind "bogus", expected one of .*note/ },
    { name: 'an unknown status', args: ['status', ID, 'bogus'], code: 2, pattern: /^incident: Unexpected status "bogus", expected one of .*identified/ },
    { name: 'CASEFILE_NOW=garbage (log)', args: ['log', ID, 'x'], code: 2, pattern: /^incident: Unexpected CASEFILE_NOW "garbage"/, env: { CASEFILE_NOW: 'garbage' } },
    { name: 'CASEFILE_NOW=garbage (new)', args: ['new', 'Another one'], code: 2, pattern: /^incident: Unexpected CASEFILE_NOW "garbage"/, env: { CASEFILE_NOW: 'garbage' } },
    { name: 'log without any argument', args: ['log'], code: 2, pattern: /^incident: Missing text/ },
    { name: 'log with empty text', args: ['log', ID, '  '], code: 2, pattern: /^incident: Unexpected empty text/ },
    // With one open incident, `incident log <its id>` must not log a note whose text is the id.
    { name: 'log <id> without text', args: ['log', ID], code: 2, pattern: /^incident: Missing text/ },
    // Values the schema (src/core/model/schema.ts) rejects must not be written: names and texts are
    // non-empty, a due date is YYYY-MM-DD.
    { name: 'log --by ""', args: ['log', ID, 'x', '--by', ''], code: 2, pattern: /^incident: .*(by|name)/i },
    { name: 'status -m ""', args: ['status', ID, 'identified', '-m', ''], code: 2, pattern: /^incident: .*text/i },
    { name: 'close --owner ""', args: ['close', RESOLVED, '--owner', ''], code: 2, pattern: /^incident: .*owner/i },
    { name: 'close --due tomorrow', args: ['close', RESOLVED, '--due', 'tomorrow'], code: 2, pattern: /^incident: .*(due|date)/i },
    { name: 'close --due 2026-13-01', args: ['close', RESOLVED, '--due', '2026-13-01'], code: 2, pattern: /^incident: .*(due|date)/i },
  ];
  for (const { name, args, code, pattern, env } of cases) {
    it(`${name}: exit ${code}, one line, nothing changed`, () => expectRefused(repo, args, code, pattern, env));
  }
});

describe('bad incident files', () => {
  const bomb = ['a: &a [x,x,x,x,x,x,x,x,x]'];
  for (const [prev, name] of [...'abcdefgh'].map((c, i) => [c, 'bcdefghi'[i]!])) {
    bomb.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`);
  }
  const garbage = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256));

  const cases: { name: string; content: string | Buffer; pattern: (file: string) => RegExp; status?: string }[] = [
    {
      name: 'malformed YAML (error on file line 10)',
      content: good('x').replace('    kind: started', '    kind: started: oops'),
      pattern: (f) => new RegExp(`^${f}:10:11: Invalid YAML: `),
    },
    {
      name: 'malformed YAML in a BOM + CRLF file (error on file line 10)',
      content: '\uFEFF' + good('x').replace('    kind: started', '    kind: started: oops').replace(/\n/g, '\r\n'),
      pattern: (f) => new RegExp(`^${f}:10:11: Invalid YAML: `),
    },
    {
      name: 'a file without frontmatter',
      content: '# Checkout fails\n\nNo frontmatter here.\n',
      pattern: (f) => new RegExp(`^${f}:1:1: Unexpected start of file, expected a frontmatter block`),
    },
    {
      name: 'a frontmatter that is never closed',
      content: good('x').split('\n').slice(0, 11).join('\n') + '\n',
      pattern: (f) => new RegExp(`^${f}:1:1: Unexpected end of file, expected a \`---\` line closing the frontmatter`),
    },
    {
      name: 'a YAML alias bomb (billion laughs, 9 levels)',
      content: ['---', 'id: bomb', 'status: investigating', ...bomb, '---', ''].join('\n'),
      pattern: (f) => new RegExp(`^${f}:5:8: Unexpected YAML alias "\\*a"`),
    },
    {
      name: 'a top-level __proto__ key',
      content: good('x').replace('kind: incident', '__proto__: { status: closed }'),
      pattern: (f) => new RegExp(`^${f}:4:1: Unexpected key "__proto__"`),
    },
    {
      name: 'a nested __proto__ key',
      content: good('x').replace('kind: incident', 'roles:\n  __proto__:\n    polluted: true'),
      pattern: (f) => new RegExp(`^${f}:5:3: Unexpected key "__proto__"`),
    },
    {
      name: 'a quoted __proto__ key in a timeline entry',
      content: good('x').replace('    text: Impact started', '    text: Impact started\n    "__proto__": { polluted: true }'),
      pattern: (f) => new RegExp(`^${f}:12:5: Unexpected key "__proto__"`),
    },
    {
      name: 'duplicate keys',
      content: good('x').replace('timezone: Europe/Berlin', 'timezone: Europe/Berlin\nstatus: resolved'),
      pattern: (f) => new RegExp(`^${f}:8:1: Invalid YAML: map keys must be unique`),
    },
    {
      name: 'a tab-indented frontmatter',
      content: good('x').replace(/\n {2}- at/, '\n\t- at'),
      pattern: (f) => new RegExp(`^${f}:9:1: Invalid YAML: tabs are not allowed as indentation`),
    },
    {
      name: 'binary garbage',
      content: garbage,
      pattern: (f) => new RegExp(`^${f}:1:1: Unexpected start of file`),
    },
    {
      name: 'binary garbage inside a frontmatter',
      content: Buffer.concat([Buffer.from('---\nid: x\n'), garbage.subarray(0, 500), Buffer.from('\n---\n')]),
      pattern: (f) => new RegExp(`^${f}:\\d+:\\d+: `),
    },
    {
      name: 'an empty file',
      content: '',
      pattern: (f) => new RegExp(`^${f}:1:1: Unexpected start of file`),
    },
    {
      name: 'an invalid timezone value',
      content: good('x', 'resolved', 'Mars/Olympus'),
      pattern: (f) => new RegExp(`^${f}:7:11: Unexpected time zone "Mars/Olympus", expected an IANA name`),
    },
  ];

  let repo: TestRepo;
  before(() => (repo = makeRepo()));
  after(() => repo.cleanup());

  cases.forEach(({ name, content, pattern }, i) => {
    const id = `2026-03-01-bad-${i}`;
    const file = `incidents/${id}.md`;
    const commands = [
      ['log', id, 'Restarted the primary'],
      ['status', id, 'identified'],
      ['role', id, '--commander', 'bob'],
      ['close', id],
      ['show', id],
    ];
    it(`${name}: exit 1 with ${file}:<line>:<col>, for every command; nothing changed`, () => {
      repo.write(file, content);
      try {
        for (const args of commands) expectRefused(repo, args, 1, pattern(file.replace(/[.]/g, '\\.')));
      } finally {
        fs.rmSync(path.join(repo.dir, file));
      }
    });
  });
});

describe('unusual files that must work', () => {
  let repo: TestRepo;
  before(() => (repo = makeRepo()));
  after(() => repo.cleanup());

  /** The file as it must be after `log <id> hi` at 15:05 Berlin: one entry inserted, nothing else. */
  const withEntry = (text: string, eol: string) =>
    text.replace(`    text: Impact started${eol}`, [
      '    text: Impact started', '  - at: 2026-03-01T15:05:00+01:00', '    kind: note', '    by: Alice Example', '    text: hi', '',
    ].join(eol));

  it('a BOM + CRLF file: log works, the BOM and CRLF line endings stay everywhere', () => {
    const id = '2026-03-01-crlf';
    const text = '\uFEFF' + good(id).replace(/\n/g, '\r\n');
    repo.write(`incidents/${id}.md`, text);
    const r = repo.run(['log', id, 'hi']);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stderr, '');
    const after = repo.read(`incidents/${id}.md`);
    assert.equal(after.charCodeAt(0), 0xfeff, 'BOM lost');
    assert.doesNotMatch(after, /(?:^|[^\r])\n/, 'a bare LF line ending');
    assert.equal(after, withEntry(text, '\r\n'));
  });

  it('a BOM + CRLF file: status and role keep the BOM and CRLF too', () => {
    const id = '2026-03-01-crlf-2';
    repo.write(`incidents/${id}.md`, '\uFEFF' + good(id).replace(/\n/g, '\r\n'));
    for (const args of [['status', id, 'identified'], ['role', id, '--commander', 'bob', '--sme', 'dave']]) {
      const r = repo.run(args);
      assert.equal(r.code, 0, r.stderr);
    }
    const after = repo.read(`incidents/${id}.md`);
    assert.equal(after.charCodeAt(0), 0xfeff, 'BOM lost');
    assert.doesNotMatch(after, /(?:^|[^\r])\n/, 'a bare LF line ending');
    assert.match(after, /\r\nstatus: identified\r\n/);
    assert.match(after, /\r\n {2}incident_commander: bob\r\n/);
    assert.ok(after.endsWith('\r\n## Summary\r\n\r\nCheckout failed.\r\n'));
  });

  it('a 5 MB body: log works and only the frontmatter changes', () => {
    const id = '2026-03-01-big';
    const text = good(id) + `${'x'.repeat(99)}\n`.repeat(52_429);
    assert.ok(text.length > 5_000_000);
    repo.write(`incidents/${id}.md`, text);
    const r = repo.run(['log', id, 'hi']);
    assert.equal(r.code, 0, r.stderr);
    const after = repo.read(`incidents/${id}.md`);
    assert.equal(after.length, withEntry(text, '\n').length);
    assert.ok(after === withEntry(text, '\n'), 'the file differs from the original plus one timeline entry');
  });
});
