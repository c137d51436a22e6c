// Writes are minimal edits: everything a person wrote survives byte for byte outside the lines
// that changed, with LF and with CRLF line endings.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { log } from '../src/commands/log.ts';
import { role } from '../src/commands/role.ts';
import { setStatus } from '../src/commands/status.ts';
import { close } from '../src/commands/close.ts';
import { parseIncidentText } from '../src/core/document/document.ts';
import { lineDiff } from './helpers/line-diff.ts';

const HAND_WRITTEN = `---
# A hand-written incident: comments, odd quoting and key order must survive.
title: 'Payments: "double" charges'   # quoted on purpose
id: 2026-03-01-payments
status: investigating
severity: "SEV-2"
kind: incident
timezone: Europe/Berlin
roles:
  incident_commander: alice # on call
  # deputy: to be found
services: [payments, ledger]
timeline:
- at: 2026-03-01T14:00:00+01:00   # an indentless sequence
  kind: detected
  by: alice
  text: >-
    Alerts fired
    for payments.

- at: "2026-03-01T14:10:00+01:00"
  kind: note
  by: bob
  text: Found the bad deploy
custom_field: {keep: me}
---
Setext heading
==============

* odd   bullets
+ mixed *emphasis*\\_escaped

| a | b |
|---|---|
trailing spaces here   
<!-- a comment -->
`;

const NOW = Date.parse('2026-03-01T14:30:00+01:00');

function setup(eol: '\n' | '\r\n') {
  const dir = mkdtempSync(join(tmpdir(), 'casefile-edit-'));
  mkdirSync(join(dir, 'incidents'));
  mkdirSync(join(dir, '.git')); // marks the repository root
  const file = join(dir, 'incidents', '2026-03-01-payments.md');
  const original = HAND_WRITTEN.replace(/\n/g, eol);
  writeFileSync(file, original);
  const deps = { cwd: dir, now: NOW, env: { GIT_AUTHOR_NAME: 'Carol' } };
  return { dir, file, original, deps, read: () => readFileSync(file, 'utf8'), done: () => rmSync(dir, { recursive: true }) };
}

for (const [name, eol] of [['LF', '\n'], ['CRLF', '\r\n']] as const) {
  test(`log inserts whole lines in time order and changes nothing else (${name})`, async () => {
    const t = setup(eol);
    await log({ id: '2026-03-01-payments', text: 'Rolled back: deploy #42', at: '14:05' }, t.deps);
    const after = t.read();
    const diff = lineDiff(t.original, after);
    assert.deepEqual(diff.removed, []);
    assert.deepEqual(diff.added, [
      '- at: 2026-03-01T14:05:00+01:00', '  kind: note', '  by: Carol', '  text: "Rolled back: deploy #42"',
    ].map((l) => l + eol));
    // Inserted between the two existing entries (time order), after the blank line that ends the first.
    assert.ok(after.indexOf('14:05:00') > after.indexOf('for payments.') && after.indexOf('14:05:00') < after.indexOf('"2026-03-01T14:10'));
    assert.ok(after.endsWith(t.original.slice(t.original.indexOf('---' + eol + 'Setext'))), 'body untouched');
    t.done();
  });

  test(`status changes one line and adds one entry (${name})`, async () => {
    const t = setup(eol);
    await setStatus({ id: '2026-03-01-payments', target: 'identified' }, t.deps);
    const diff = lineDiff(t.original, t.read());
    assert.deepEqual(diff.removed, ['status: investigating' + eol]);
    assert.deepEqual(diff.added, [
      'status: identified',
      '- at: 2026-03-01T14:30:00+01:00', '  kind: status', '  by: Carol', '  text: "Status: identified (was investigating)"',
    ].map((l) => l + eol));
    t.done();
  });

  test(`role handoff keeps the commented role block and logs the handoff (${name})`, async () => {
    const t = setup(eol);
    await role({ id: '2026-03-01-payments', roles: { incident_commander: 'dave', scribe: 'erin' } }, t.deps);
    const diff = lineDiff(t.original, t.read());
    assert.deepEqual(diff.removed, ['  incident_commander: alice # on call' + eol]);
    assert.equal(diff.added[0], '  incident_commander: dave # on call' + eol, 'comment after the value survives');
    assert.ok(diff.added.includes('  scribe: erin' + eol), 'new role added inside roles with its indentation');
    assert.ok(diff.added.includes('  text: dave takes over as incident commander from alice' + eol));
    assert.ok(t.read().includes('  # deputy: to be found' + eol));
    t.done();
  });
}

test('a file written by several commands still parses and keeps the custom field and quoting', async () => {
  const t = setup('\n');
  const id = '2026-03-01-payments';
  await setStatus({ id, target: 'mitigated', at: '14:20' }, t.deps);
  await setStatus({ id, target: 'resolved', at: '14:25' }, t.deps);
  await close({ id }, t.deps);
  const text = t.read();
  const { data } = parseIncidentText(text);
  assert.equal(data.status, 'closed');
  assert.deepEqual(data.custom_field, { keep: 'me' });
  assert.deepEqual(data.postmortem, { owner: 'alice', due: '2026-03-06', status: 'draft' });
  assert.ok(text.includes(`title: 'Payments: "double" charges'   # quoted on purpose\n`));
  assert.ok(text.includes('severity: "SEV-2"\n'));
  assert.ok(text.includes('services: [payments, ledger]\n'));
  t.done();
});

test('an empty flow sequence and a missing map are rewritten only where needed', async () => {
  const t = setup('\n');
  writeFileSync(t.file, t.original.replace(/timeline:[\s\S]*?custom_field/, 'timeline: []\ncustom_field'));
  const before = t.read();
  await log({ id: '2026-03-01-payments', text: 'first entry', at: '14:01' }, t.deps);
  const diff = lineDiff(before, t.read());
  assert.deepEqual(diff.removed, ['timeline: []\n']);
  assert.deepEqual(diff.added, ['timeline:\n', '  - at: 2026-03-01T14:01:00+01:00\n', '    kind: note\n', '    by: Carol\n', '    text: first entry\n']);
  t.done();
});
