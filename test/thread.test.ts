// Investigation threads: stored in the frontmatter, each change logged on the timeline, written
// as minimal edits (fast path and YAML path alike), and bad input refused with nothing written.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { thread } from '../src/commands/thread.ts';
import { parseIncidentText } from '../src/core/document/document.ts';
import { lineDiff } from './helpers/line-diff.ts';
import { makeRepo } from './helpers/repo.ts';

const ID = '2026-03-01-payments';
const FILE = `---
# A hand-written incident: comments and quoting must survive.
id: ${ID}
title: 'Payments: "double" charges'
kind: incident
severity: SEV-2
status: investigating
timezone: Europe/Berlin
timeline:
  - at: 2026-03-01T14:00:00+01:00
    kind: detected
    by: alice
    text: Alerts fired
---

## Summary
`;

const NOW = Date.parse('2026-03-01T14:30:00+01:00');

function setup(text = FILE) {
  const dir = mkdtempSync(join(tmpdir(), 'casefile-thread-'));
  mkdirSync(join(dir, 'incidents'));
  mkdirSync(join(dir, '.git'));
  const file = join(dir, 'incidents', `${ID}.md`);
  writeFileSync(file, text);
  const deps = { cwd: dir, now: NOW, env: { GIT_AUTHOR_NAME: 'Carol' } };
  return { deps, read: () => readFileSync(file, 'utf8'), write: (t: string) => writeFileSync(file, t), done: () => rmSync(dir, { recursive: true }) };
}

const data = (text: string) => parseIncidentText(text).data as Record<string, any>;

describe('incident thread (command)', () => {
  it('open, update, assign and close: the threads list and a timeline entry for each', async () => {
    const t = setup();
    const one = (await thread({ id: ID, action: 'open', text: 'Is the ledger double-posting?', owner: 'bob' }, t.deps)).thread!.id!;
    const two = (await thread({ id: ID, action: 'open', text: 'Did the retry storm start it?' }, t.deps)).thread!.id!;
    // Short ids that no other clone would make (short-id.ts): five characters, a letter first.
    for (const id of [one, two]) assert.match(id, /^[a-hjkmnp-tv-z][0-9a-hjkmnp-tv-z]{4}$/);
    assert.notEqual(one, two);
    await thread({ id: ID, action: 'update', number: one, text: 'Ledger shows 212 duplicate rows', at: '14:35' }, { ...t.deps, now: NOW + 10 * 60_000 });
    await thread({ id: ID, action: 'assign', number: `#${two}`, owner: 'dave' }, t.deps);
    await thread({ id: ID, action: 'close', number: one.toUpperCase(), text: 'Yes: idempotency keys were dropped' }, { ...t.deps, now: NOW + 15 * 60_000 });
    const d = data(t.read());
    assert.deepEqual(d.threads, [
      {
        id: one, question: 'Is the ledger double-posting?', owner: 'bob', status: 'closed', opened: '2026-03-01T14:30:00+01:00',
        updates: [{ at: '2026-03-01T14:35:00+01:00', by: 'Carol', text: 'Ledger shows 212 duplicate rows' }],
        answer: 'Yes: idempotency keys were dropped', closed: '2026-03-01T14:45:00+01:00',
      },
      { id: two, question: 'Did the retry storm start it?', owner: 'dave', status: 'open', opened: '2026-03-01T14:30:00+01:00' },
    ]);
    assert.deepEqual(d.timeline.slice(1).map((e: { kind: string; text: string }) => `${e.kind}: ${e.text}`), [
      `question: Thread ${one} (bob): Is the ledger double-posting?`,
      `question: Thread ${two} (no owner): Did the retry storm start it?`,
      `note: Thread ${two}: dave takes it`,
      `finding: Thread ${one}: Ledger shows 212 duplicate rows`,
      `finding: Thread ${one} answered: Yes: idempotency keys were dropped`,
    ]);
    t.done();
  });

  it('the same question opened in another clone (another user) at the same moment gets another id; the same file and clock give the same id', async () => {
    const ids = [];
    for (const who of ['Carol', 'Dave', 'Carol']) {
      const t = setup();
      ids.push((await thread({ id: ID, action: 'open', text: 'Why?', owner: 'bob' }, { ...t.deps, env: { GIT_AUTHOR_NAME: who } })).thread!.id);
      t.done();
    }
    assert.notEqual(ids[0], ids[1]);
    assert.equal(ids[0], ids[2]);
  });

  it('files with numbered threads keep their numbers: #3 and 3 name thread 3; a new thread there gets an id', async () => {
    const t = setup(FILE.replace('\n---\n', '\nthreads:\n  - number: 3\n    question: Old one?\n    status: open\n---\n'));
    await thread({ id: ID, action: 'update', number: '#3', text: 'Still looking' }, t.deps);
    const id = (await thread({ id: ID, action: 'open', text: 'New one?' }, t.deps)).thread!.id!;
    await thread({ id: ID, action: 'close', number: '3', text: 'Found it' }, t.deps);
    const d = data(t.read());
    assert.deepEqual(d.threads.map((x: { number?: number; id?: string; status: string }) => [x.number ?? x.id, x.status]), [[3, 'closed'], [id, 'open']]);
    assert.deepEqual(d.timeline.slice(1).map((e: { text: string }) => e.text), ['Thread 3: Still looking', `Thread ${id} (no owner): New one?`, 'Thread 3 answered: Found it']);
    t.done();
  });

  it('writes minimal edits: only the new lines, everything else byte for byte (LF and CRLF)', async () => {
    for (const eol of ['\n', '\r\n']) {
      const original = FILE.replace(/\n/g, eol);
      const t = setup(original);
      const id = (await thread({ id: ID, action: 'open', text: 'Why?', owner: 'bob' }, t.deps)).thread!.id!;
      const diff = lineDiff(original, t.read());
      assert.deepEqual(diff.removed, []);
      assert.deepEqual(diff.added, [
        '  - at: 2026-03-01T14:30:00+01:00', '    kind: question', '    by: Carol', `    text: "Thread ${id} (bob): Why?"`,
        'threads:', `  - id: ${id}`, '    question: Why?', '    owner: bob', '    status: open', '    opened: 2026-03-01T14:30:00+01:00',
      ].map((l) => l + eol));
      const before = t.read();
      await thread({ id: ID, action: 'close', number: id, text: 'Because' }, t.deps);
      const close = lineDiff(before, t.read());
      assert.deepEqual(close.removed, ['    status: open' + eol]);
      assert.deepEqual(close.added.filter((l) => !l.startsWith('  - at') && !/^ {4}(kind|by|text):/.test(l)), [
        '    status: closed', '    answer: Because', '    closed: 2026-03-01T14:30:00+01:00',
      ].map((l) => l + eol));
      t.done();
    }
  });

  it('the YAML path keeps comments inside a hand-edited thread and edits only what changed', async () => {
    // A multi-line plain title: beyond the fast reader, so everything goes through the YAML document.
    const text = FILE.replace("title: 'Payments: \"double\" charges'", 'title: Payments\n  double charges') + '';
    const withThread = text.replace('\n---\n', `
threads:
  - number: 4   # numbered by hand
    question: Is it the card network?
    # asked by the bank on the bridge call
    owner: erin
    status: open
---
`);
    const t = setup(withThread);
    await thread({ id: ID, action: 'update', number: '4', text: 'Network says no errors' }, t.deps);
    await thread({ id: ID, action: 'close', number: '4', text: 'No' }, t.deps);
    const after = t.read();
    const diff = lineDiff(withThread, after);
    assert.deepEqual(diff.removed, ['    status: open\n']);
    assert.ok(after.includes('  - number: 4   # numbered by hand\n') && after.includes('    # asked by the bank on the bridge call\n'));
    assert.deepEqual(data(after).threads[0], {
      number: 4, question: 'Is it the card network?', owner: 'erin', status: 'closed',
      updates: [{ at: '2026-03-01T14:30:00+01:00', by: 'Carol', text: 'Network says no errors' }],
      answer: 'No', closed: '2026-03-01T14:30:00+01:00',
    });
    t.done();
  });

  it('an unknown thread number, a closed thread or a missing text is refused and nothing is written', async () => {
    const t = setup();
    const id = (await thread({ id: ID, action: 'open', text: 'Why?' }, t.deps)).thread!.id!;
    await thread({ id: ID, action: 'close', number: id, text: 'Because' }, t.deps);
    const before = t.read();
    await assert.rejects(thread({ id: ID, action: 'update', number: '7', text: 'x' }, t.deps), new RegExp(`Unknown thread 7 in incidents/2026-03-01-payments\\.md, expected one of ${id}$`));
    await assert.rejects(thread({ id: ID, action: 'update', number: id, text: 'x' }, t.deps), new RegExp(`Thread ${id} .* is closed`));
    await assert.rejects(thread({ id: ID, action: 'update', number: 'one two', text: 'x' }, t.deps), /Unexpected thread "one two", expected its id like k7m2q/);
    await assert.rejects(thread({ id: ID, action: 'open', text: '  ' }, t.deps), /Missing text/);
    await assert.rejects(thread({ id: ID, action: 'reopen', number: '1' }, t.deps), /Unexpected thread action "reopen"/);
    assert.equal(t.read(), before);
    t.done();
  });
});

describe('incident thread (CLI)', () => {
  it('prints each change, lists threads, and exits 1 (one line, file unchanged) for an unknown number', () => {
    const repo = makeRepo();
    try {
      const id = '2026-03-01-checkout-fails';
      assert.equal(repo.run(['new', 'Checkout fails', '--timezone', 'Europe/Berlin', '--at', '13:50']).code, 0);
      const open = repo.run(['thread', id, 'open', 'Is it the deploy?', '--owner', 'bob']);
      assert.equal(open.code, 0, open.stderr);
      const ref = /question Thread ([a-z0-9]{5}) \(bob\)/.exec(open.stdout)?.[1] ?? '';
      assert.equal(open.stdout, `incidents/${id}.md: 2026-03-01T15:05:00+01:00 question Thread ${ref} (bob): Is it the deploy?\n`);
      assert.equal(repo.run(['thread', id, 'update', ref, 'Deploy 412 went out at 13:48']).code, 0);
      const list = repo.run(['thread', id]);
      assert.equal(list.stdout, `#${ref} [open] Is it the deploy? (bob)\n   latest: Deploy 412 went out at 13:48\n`);
      const json = JSON.parse(repo.run(['thread', id, 'list', '--json']).stdout);
      assert.equal(json.threads[0].updates.length, 1);
      const before = repo.read(`incidents/${id}.md`);
      const bad = repo.run(['thread', id, 'close', '9', 'whatever']);
      assert.equal(bad.code, 1);
      assert.equal(bad.stderr, `incident: Unknown thread 9 in incidents/${id}.md, expected one of ${ref}\n`);
      assert.equal(repo.run(['thread', id, 'update', 'x y', 'z']).code, 2);
      assert.equal(repo.run(['thread', 'no-such-incident', 'open', 'q']).code, 2);
      assert.equal(repo.read(`incidents/${id}.md`), before);
    } finally {
      repo.cleanup();
    }
  });
});
