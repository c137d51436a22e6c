// The lifecycle commands (amend, remove, severity, reopen, action, impact, review, close) are
// minimal edits too: on a hand-written file, only the lines they must change change, with LF and
// with CRLF line endings. Like minimal-edit.test.ts, through the command functions.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { amend } from '../src/commands/amend.ts';
import { removeEntry } from '../src/commands/remove.ts';
import { setSeverity } from '../src/commands/severity.ts';
import { setStatus } from '../src/commands/status.ts';
import { action } from '../src/commands/action.ts';
import { setImpact } from '../src/commands/impact.ts';
import { reviewPostmortem } from '../src/commands/postmortem-review.ts';
import { close } from '../src/commands/close.ts';
import { parseIncidentText } from '../src/core/document/document.ts';
import { lineDiff } from './helpers/line-diff.ts';

const HAND_WRITTEN = `---
# Hand-written after the fact: comments, odd quoting and key order must survive.
title: 'Payments: "double" charges'   # quoted on purpose
id: 2026-03-01-payments
status: resolved
severity: "SEV-2"
kind: incident
timezone: Europe/Berlin
roles:
  incident_commander: alice # on call
services: [payments, ledger]
timeline:
- at: 2026-03-01T13:50:00+01:00   # an indentless sequence
  kind: started
  by: alice
  text: >-
    Double charges
    began.

- at: "2026-03-01T14:00:00+01:00"
  kind: detected
  by: alice
  text: Alerts fired   # pager
- at: 2026-03-01T14:10:00+01:00
  kind: note
  by: bob
  text: Found the bad deploy
  approx: true
- at: 2026-03-01T14:40:00+01:00
  kind: resolved
  by: alice
  text: Resolved
impact:
  summary: "Some customers charged twice"  # rough
  figures:
    - { label: Double charges, value: 120 }
action_items:
  # from the meeting
  - id: AI-1
    title: Add an idempotency key to charges
    owner: dave   # payments team
    due: 2026-03-15
    status: open
postmortem: { owner: alice, status: draft }
custom_field: {keep: me}
---
Setext heading
==============

* odd   bullets
trailing spaces here   
<!-- a comment -->
`;

const ID = '2026-03-01-payments';
const NOW = Date.parse('2026-03-01T15:00:00+01:00');

function setup(eol: '\n' | '\r\n') {
  const dir = mkdtempSync(join(tmpdir(), 'casefile-edit-'));
  mkdirSync(join(dir, 'incidents'));
  mkdirSync(join(dir, '.git')); // marks the repository root
  const file = join(dir, 'incidents', `${ID}.md`);
  const original = HAND_WRITTEN.replace(/\n/g, eol);
  writeFileSync(file, original);
  const deps = { cwd: dir, now: NOW, env: { GIT_AUTHOR_NAME: 'Carol' } };
  const read = () => readFileSync(file, 'utf8');
  /** The lines removed and added since the original, without their line endings (each must end with `eol`). */
  const diff = () => {
    const d = lineDiff(original, read());
    for (const line of [...d.removed, ...d.added]) assert.ok(line.endsWith(eol) && !line.slice(0, -eol.length).includes('\n'), `line ending of ${JSON.stringify(line)}`);
    const strip = (l: string) => l.slice(0, -eol.length);
    return { removed: d.removed.map(strip), added: d.added.map(strip) };
  };
  return { dir, file, original, deps, read, diff, done: () => rmSync(dir, { recursive: true }) };
}

for (const [name, eol] of [['LF', '\n'], ['CRLF', '\r\n']] as const) {
  test(`amend changes the named values only, keeping quoting and comments (${name})`, async () => {
    const t = setup(eol);
    await amend({ id: ID, n: '3', text: 'Found deploy #42', approx: false }, t.deps);
    await amend({ id: ID, n: '2', at: '14:02' }, t.deps);
    await amend({ id: ID, n: '1', approx: true, by: 'erin' }, t.deps);
    assert.deepEqual(t.diff(), {
      removed: ['  by: alice', '- at: "2026-03-01T14:00:00+01:00"', '  text: Found the bad deploy', '  approx: true'],
      added: ['  by: erin', '  approx: true', '- at: "2026-03-01T14:02:00+01:00"', '  text: "Found deploy #42"'],
    });
    // The folded text and the blank line after it stay; approx goes after the text, before the blank line.
    assert.ok(t.read().includes(`    began.${eol}  approx: true${eol}${eol}- at: "2026`));
    t.done();
  });

  test(`amend of the first key of an entry keeps the dash (${name})`, async () => {
    const t = setup(eol);
    writeFileSync(t.file, t.original.replace(`- at: 2026-03-01T14:10:00+01:00${eol}`, `- approx: true${eol}  at: 2026-03-01T14:10:00+01:00${eol}`).replace(`  approx: true${eol}- at: 2026-03-01T14:40`, `- at: 2026-03-01T14:40`));
    await amend({ id: ID, n: '3', approx: false }, t.deps);
    assert.equal(t.read(), t.original.replace(`  approx: true${eol}- at: 2026-03-01T14:40`, `- at: 2026-03-01T14:40`));
    t.done();
  });

  test(`amend of a flow entry edits inside its braces (${name})`, async () => {
    const t = setup(eol);
    const flow = `- { at: "2026-03-01T14:10:00+01:00", kind: note, by: bob, text: Found the bad deploy }${eol}`;
    const lines = ['- at: 2026-03-01T14:10:00+01:00', '  kind: note', '  by: bob', '  text: Found the bad deploy', '  approx: true'];
    writeFileSync(t.file, t.original.replace(lines.map((l) => l + eol).join(''), flow));
    await amend({ id: ID, n: '3', approx: true, text: 'Found deploy #42' }, t.deps);
    assert.equal(t.read(), t.original.replace(lines.map((l) => l + eol).join(''), flow.replace('text: Found the bad deploy }', 'text: "Found deploy #42", approx: true }')));
    await amend({ id: ID, n: '3', approx: false, by: 'erin' }, t.deps);
    assert.equal(t.read(), t.original.replace(lines.map((l) => l + eol).join(''), flow.replace('by: bob', 'by: erin').replace('text: Found the bad deploy }', 'text: "Found deploy #42" }')));
    t.done();
  });

  test(`remove drops the entry's lines only, and the last one leaves [] (${name})`, async () => {
    const t = setup(eol);
    await removeEntry({ id: ID, n: '3' }, t.deps);
    assert.deepEqual(t.diff(), {
      removed: ['- at: 2026-03-01T14:10:00+01:00', '  kind: note', '  by: bob', '  text: Found the bad deploy', '  approx: true'],
      added: [],
    });
    await removeEntry({ id: ID, n: '1' }, t.deps);
    assert.ok(t.read().includes(`timeline:${eol}- at: "2026-03-01T14:00:00+01:00"`), 'the first entry and its blank line are gone');
    for (const _ of [1, 2]) await removeEntry({ id: ID, n: '1', force: true }, t.deps);
    assert.ok(t.read().includes(`timeline: []${eol}impact:${eol}`));
    t.done();
  });

  test(`severity changes one value and logs the change (${name})`, async () => {
    const t = setup(eol);
    await setSeverity({ id: ID, severity: 'SEV-1', at: '14:05' }, t.deps);
    assert.deepEqual(t.diff(), {
      removed: ['severity: "SEV-2"'],
      added: ['severity: "SEV-1"', '- at: 2026-03-01T14:05:00+01:00', '  kind: severity', '  by: Carol', '  text: SEV-2 -> SEV-1'],
    });
    t.done();
  });

  test(`reopen moves the status and logs a reopened entry (${name})`, async () => {
    const t = setup(eol);
    await setStatus({ id: ID, target: 'investigating', at: '14:50' }, t.deps);
    assert.deepEqual(t.diff(), {
      removed: ['status: resolved'],
      added: ['status: investigating', '- at: 2026-03-01T14:50:00+01:00', '  kind: reopened', '  by: Carol', '  text: Reopened; status investigating (was resolved)'],
    });
    t.done();
  });

  test(`action add appends an item with the list's indentation; an update changes its values in place (${name})`, async () => {
    const t = setup(eol);
    const made = (await action({ id: ID, action: 'add', arg: 'Alert on duplicate charges', type: 'detect', owner: 'bob', due: '2026-03-20' }, t.deps)).item!.id;
    // A new item's id is made so that no other clone can pick it (the file's AI-1 keeps its number).
    assert.match(made, /^AI-[a-hjkmnp-tv-z][0-9a-hjkmnp-tv-z]{4}$/);
    await action({ id: ID, action: '1', status: 'done', owner: 'erin' }, t.deps); // the file's AI-1, as typed before ids
    const updated = t.original
      .replace(`    owner: dave   # payments team${eol}`, `    owner: erin   # payments team${eol}`)
      .replace(`    status: open${eol}postmortem`, `    status: done${eol}postmortem`);
    const added = [`  - id: ${made}`, '    title: Alert on duplicate charges', '    type: detect', '    owner: bob', '    due: 2026-03-20', '    status: open'];
    assert.equal(t.read(), updated.replace(`postmortem:`, added.map((l) => l + eol).join('') + 'postmortem:'));
    await action({ id: ID, action: made, status: 'wont-do', reason: 'covered by AI-1' }, t.deps);
    await action({ id: ID, action: made.slice(3), status: 'open' }, t.deps);
    const after = t.diff();
    assert.ok(!after.added.some((l) => l.includes('reason')), 'reopening an item drops its wont-do reason');
    await action({ id: ID, action: 'remove', arg: made.toLowerCase() }, t.deps);
    assert.equal(t.read(), updated);
    t.done();
  });

  test(`impact replaces a figure in place (even a flow one) and adds new ones (${name})`, async () => {
    const t = setup(eol);
    await setImpact({ id: ID, summary: 'About 120 customers charged twice', figures: ['Double charges=130', 'Refunds=USD 2,400'] }, t.deps);
    assert.deepEqual(t.diff(), {
      removed: ['  summary: "Some customers charged twice"  # rough', '    - { label: Double charges, value: 120 }'],
      added: ['  summary: "About 120 customers charged twice"  # rough', '    - { label: Double charges, value: 130 }', '    - label: Refunds', '      value: USD 2,400'],
    });
    t.done();
  });

  test(`review changes the postmortem field only (${name})`, async () => {
    const t = setup(eol);
    await reviewPostmortem({ id: ID, step: 'request', by: 'alice' }, t.deps);
    await reviewPostmortem({ id: ID, step: 'approve', by: 'bob', note: 'Clear' }, t.deps);
    const d = t.diff();
    assert.deepEqual(d.removed, ['postmortem: { owner: alice, status: draft }']);
    const { data } = parseIncidentText(t.read().replace(/\r\n/g, '\n'));
    assert.deepEqual(data.postmortem, {
      owner: 'alice', status: 'approved',
      approvals: [
        { by: 'alice', at: '2026-03-01T15:00:00+01:00', decision: 'requested' },
        { by: 'bob', at: '2026-03-01T15:00:00+01:00', decision: 'approved', note: 'Clear' },
      ],
    });
    assert.deepEqual(data.custom_field, { keep: 'me' });
    // Every added line belongs to the postmortem value: the lines after it are as they were.
    assert.ok(t.read().includes(`custom_field: {keep: me}${eol}---${eol}Setext heading`));
    t.done();
  });
}

test('close of an old incident sets the due date from today and says what validate will ask for', async () => {
  const t = setup('\n');
  const later = { ...t.deps, now: Date.parse('2026-06-01T12:00:00+02:00') };
  const result = await close({ id: ID }, later);
  assert.equal(result.due, '2026-06-08'); // SEV-2: 5 business days from Monday 2026-06-01
  assert.match(result.dueNote ?? '', /due date from the resolution \(2026-03-06\) has passed; due 2026-06-08, from today/);
  const fixes = result.still.map((h) => h.fix);
  assert.ok(fixes.some((f) => f.startsWith('edit the body of incidents/2026-03-01-payments.md: write the "Summary" section')), fixes.join('\n'));
  const noOwner = await close({ id: ID }, later).catch((e: Error) => e.message);
  assert.match(String(noOwner), /status is "closed", expected resolved/);
  t.done();
});

test('close lists missing action-item owners with the command that sets them', async () => {
  const t = setup('\n');
  writeFileSync(t.file, t.original.replace('    owner: dave   # payments team\n', ''));
  const result = await close({ id: ID }, t.deps);
  assert.equal(result.dueNote, undefined, 'a due date still ahead is kept');
  const hint = result.still.find((h) => h.message.startsWith('Missing owner for action item AI-1'));
  assert.equal(hint?.fix, `incident action ${ID} AI-1 --owner <name>`);
  t.done();
});
