// The edit helpers never lose a value: a value of the wrong type is refused (one line, file:line),
// not replaced; a flow list or map stays flow; a block scalar is replaced whole, not cut in half.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseIncidentText } from '../src/core/document/document.ts';
import { insertInSeq, setIn } from '../src/core/edit/edit.ts';
import { DocumentError } from '../src/core/util/errors.ts';
import { makeRepo } from './helpers/repo.ts';

const wrap = (fm: string) => `---\n${fm}---\nbody\n`;
const edit = (fm: string, f: (p: ReturnType<typeof parseIncidentText>) => string) => {
  const out = f(parseIncidentText(wrap(fm), 'incidents/x.md'));
  parseIncidentText(out); // still valid YAML
  return out.slice(4, out.indexOf('---\nbody'));
};
const sme = (p: ReturnType<typeof parseIncidentText>) => insertInSeq(p, ['roles', 'subject_matter_experts'], 'erin');
const commander = (p: ReturnType<typeof parseIncidentText>) => setIn(p, ['roles', 'incident_commander'], 'bob');

test('a value of the wrong type is refused with its place, never replaced', () => {
  const cases: [string, (p: ReturnType<typeof parseIncidentText>) => string, RegExp][] = [
    ['roles: { subject_matter_experts: dave }\n', sme, /^incidents\/x\.md:2:34: Unexpected "dave" in roles\.subject_matter_experts, expected a list/],
    ['roles:\n  subject_matter_experts: dave\n', sme, /^incidents\/x\.md:3:27: Unexpected "dave" in roles\.subject_matter_experts, expected a list/],
    ['roles:\n  subject_matter_experts: { a: b }\n', sme, /^incidents\/x\.md:3:27: Unexpected map in roles\.subject_matter_experts, expected a list/],
    ['roles: dave\n', sme, /^incidents\/x\.md:2:8: Unexpected "dave" in roles, expected a map of fields/],
    ['roles: dave\n', commander, /^incidents\/x\.md:2:8: Unexpected "dave" in roles, expected a map of fields/],
    ['roles: [dave]\n', commander, /^incidents\/x\.md:2:8: Unexpected list in roles, expected a map of fields/],
    ['roles: 5\n', commander, /^incidents\/x\.md:2:8: Unexpected 5 in roles, expected a map of fields/],
    ['services: payments\n', (p) => insertInSeq(p, ['services'], 'ledger'), /^incidents\/x\.md:2:11: Unexpected "payments" in services, expected a list/],
    ['postmortem: soon\n', (p) => setIn(p, ['postmortem', 'owner'], 'bob'), /^incidents\/x\.md:2:13: Unexpected "soon" in postmortem, expected a map/],
  ];
  for (const [fm, f, message] of cases) {
    assert.throws(() => edit(fm, f), (e: unknown) => e instanceof DocumentError && message.test(e.describe()), fm);
  }
});

test('a value that is not set (absent, empty, null, ~, {}) is filled in', () => {
  const cases: [string, (p: ReturnType<typeof parseIncidentText>) => string, string][] = [
    ['x: 1\n', sme, 'x: 1\nroles:\n  subject_matter_experts:\n    - erin\n'],
    ['roles:\nx: 1\n', sme, 'roles:\n  subject_matter_experts:\n    - erin\nx: 1\n'],
    ['roles: ~\nx: 1\n', commander, 'roles:\n  incident_commander: bob\nx: 1\n'],
    ['roles: null\nx: 1\n', sme, 'roles:\n  subject_matter_experts:\n    - erin\nx: 1\n'],
    ['roles: {}\nx: 1\n', commander, 'roles:\n  incident_commander: bob\nx: 1\n'],
    ['roles:\n  subject_matter_experts:\nx: 1\n', sme, 'roles:\n  subject_matter_experts:\n    - erin\nx: 1\n'],
    ['roles:\n  subject_matter_experts: ~\nx: 1\n', sme, 'roles:\n  subject_matter_experts:\n    - erin\nx: 1\n'],
  ];
  for (const [fm, f, want] of cases) assert.equal(edit(fm, f), want, fm);
});

test('flow lists and maps stay flow: only the new item is added', () => {
  const cases: [string, (p: ReturnType<typeof parseIncidentText>) => string, string][] = [
    ['roles:\n  subject_matter_experts: [dave]\nx: 1\n', sme, 'roles:\n  subject_matter_experts: [dave, erin]\nx: 1\n'],
    ['roles: { subject_matter_experts: [dave] }\n', sme, 'roles: { subject_matter_experts: [dave, erin] }\n'],
    ['roles: { incident_commander: al }\n', sme, 'roles: { incident_commander: al, subject_matter_experts: [ erin ] }\n'],
    ['roles: {incident_commander: al}\n', sme, 'roles: {incident_commander: al, subject_matter_experts: [erin]}\n'],
    ['timeline: [{at: x, text: a}]\n', (p) => insertInSeq(p, ['timeline'], { at: 'y', text: 'b, c' }), 'timeline: [{at: x, text: a}, {at: y, text: "b, c"}]\n'],
    ['roles: { incident_commander: al } # kept\n', commander, 'roles: { incident_commander: bob } # kept\n'],
    ['roles: {subject_matter_experts: [dave]}\n', commander, 'roles: {subject_matter_experts: [dave], incident_commander: bob}\n'],
    ['services: [payments, ledger]\n', (p) => insertInSeq(p, ['services'], 'a, b'), 'services: [payments, ledger, "a, b"]\n'],
    ['services: [ payments ]\n', (p) => insertInSeq(p, ['services'], 'api', 0), 'services: [ api, payments ]\n'],
    ['services: [payments,]\n', (p) => insertInSeq(p, ['services'], 'api'), 'services: [payments, api,]\n'],
    ['services: [payments,\n  ledger]  # two\n', (p) => insertInSeq(p, ['services'], 'api'), 'services: [payments,\n  ledger, api]  # two\n'],
    ['postmortem: { owner: a }\n', (p) => setIn(p, ['postmortem', 'due'], '2026-03-02'), 'postmortem: { owner: a, due: 2026-03-02 }\n'],
  ];
  for (const [fm, f, want] of cases) assert.equal(edit(fm, f), want, fm);
});

test('a scalar of any style is replaced whole, with the line break and the comment after it kept', () => {
  const status = (p: ReturnType<typeof parseIncidentText>) => setIn(p, ['status'], 'identified');
  const cases: [string, string][] = [
    ['status: >-\n  investigating\nx: 1\n', 'status: identified\nx: 1\n'],
    ['status: >\n  investigating\nx: 1\n', 'status: identified\nx: 1\n'],
    ['status: |\n  investigating\n  more\n\nx: 1\n', 'status: identified\n\nx: 1\n'],
    ['status: |+\n  investigating\n\nx: 1\n', 'status: identified\n\nx: 1\n'],
    ['status: >- # why\n  investigating\nx: 1\n', 'status: identified # why\nx: 1\n'],
    ['status: >2-\n    investigating\nx: 1\n', 'status: identified\nx: 1\n'],
    ['status: |-\n  investigating\n', 'status: identified\n'],
    ['status: investi\n  gating # c\nx: 1\n', 'status: identified # c\nx: 1\n'],
    ['status: "investi\n  gating" # c\nx: 1\n', 'status: "identified" # c\nx: 1\n'],
    ["status: 'investi\n\n  gating'\nx: 1\n", "status: 'identified'\nx: 1\n"],
    ['status: investigating # c\nx: 1\n', 'status: identified # c\nx: 1\n'],
  ];
  for (const [fm, want] of cases) assert.equal(edit(fm, status), want, fm);
  // Nested, at the end of its map.
  assert.equal(edit('roles:\n  scribe: c\n  incident_commander: |\n    al\nx: 1\n', commander), 'roles:\n  scribe: c\n  incident_commander: bob\nx: 1\n');
  // The same in a CRLF file: the CR of the line break stays.
  const crlf = wrap('status: >-\n  investigating\nx: 1\n').replace(/\n/g, '\r\n');
  assert.equal(status(parseIncidentText(crlf)), wrap('status: identified\nx: 1\n').replace(/\n/g, '\r\n'));
  // A block scalar set to another block-worthy value: replaced inline, multi-line text double-quoted.
  assert.equal(edit('title: >-\n  a\nx: 1\n', (p) => setIn(p, ['title'], 'b\nc')), 'title: "b\\nc"\nx: 1\n');
});

test('the CLI: role --sme on a scalar refuses in one line and leaves the file as it was; status edits a block scalar', () => {
  const repo = makeRepo();
  try {
    const id = '2026-03-01-x';
    const file = `incidents/${id}.md`;
    const text = (roles: string, status: string) => [
      '---', `id: ${id}`, 'title: X', 'kind: incident', 'severity: SEV-2', `status: ${status}`, 'timezone: UTC',
      roles, 'timeline:', '  - at: 2026-03-01T13:00:00Z', '    kind: started', '    text: Impact started', '---', '', 'Body.', '',
    ].join('\n');
    const before = text('roles: { subject_matter_experts: dave }', 'investigating');
    repo.write(file, before);
    const r = repo.run(['role', id, '--sme', 'erin']);
    assert.equal(r.code, 1, r.stderr);
    assert.equal(r.stderr, `${file}:8:34: Unexpected "dave" in roles.subject_matter_experts, expected a list; change it by hand and run the command again (nothing was written)\n`);
    assert.equal(repo.read(file), before);

    repo.write(file, text('roles:\n  subject_matter_experts: [dave]', '>-\n  investigating'));
    const s = repo.run(['status', id, 'identified']);
    assert.equal(s.code, 0, s.stderr);
    const r2 = repo.run(['role', id, '--sme', 'erin']);
    assert.equal(r2.code, 0, r2.stderr);
    const after = repo.read(file);
    assert.match(after, /\nstatus: identified\ntimezone: UTC\n/);
    assert.match(after, /\nroles:\n {2}subject_matter_experts: \[dave, erin\]\ntimeline:\n/);
  } finally {
    repo.cleanup();
  }
});
