// The pure side of `incident issues`: markers, the plan (create / adopt / update / nothing),
// back-sync rules, overdue items, and minimal edits of one action item's fields.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseIncidentText } from '../src/core/document/document.ts';
import { assigneeFor, issueNumber, planSync, type PlanInput, type SyncIssue } from '../src/core/issue-sync/issue-sync.ts';
import { setItemField } from '../src/core/issue-sync/issue-sync-edit.ts';
import { findMarker, issueBody, issueTitle, markerFor, MAX_BODY } from '../src/core/issue-sync/issue-sync-marker.ts';
import { closeReason, targetStatus } from '../src/core/issue-sync/issue-sync-status.ts';

describe('markers', () => {
  test('round trip, with ids that could break a comment', () => {
    for (const item of ['AI-1', 'a b/c', 'x-->y', '<!--', 'ünï']) {
      assert.equal(findMarker(`text\n${markerFor('2026-03-01-db', item)}`), `2026-03-01-db/${item}`);
    }
    assert.equal(markerFor('2026-03-01-db', 'AI-1'), '<!-- casefile:2026-03-01-db/AI-1 -->');
    assert.equal(findMarker('no marker'), undefined);
    assert.equal(findMarker(null), undefined);
  });

  test('the body always ends with our marker; markers in incident text are removed', () => {
    const body = issueBody('Fix <!-- casefile:other/AI-9 --> this', 'inc', 'AI-1');
    assert.equal(body, 'Fix  this\n\n<!-- casefile:inc/AI-1 -->');
    assert.equal(findMarker(body), 'inc/AI-1');
    assert.equal(issueBody('', 'inc', 'AI-1'), '<!-- casefile:inc/AI-1 -->');
  });

  test('a huge body is cut to fit GitHub, keeping the marker', () => {
    const body = issueBody('x'.repeat(100_000), 'inc', 'AI-1');
    assert.ok(body.length <= MAX_BODY);
    assert.ok(body.endsWith('(truncated)\n\n<!-- casefile:inc/AI-1 -->'));
  });

  test('titles are one line of at most 256 characters', () => {
    assert.equal(issueTitle(' Add\na  canary '), 'Add a canary');
    assert.equal(issueTitle('y'.repeat(300)).length, 256);
  });
});

const REPO = { owner: 'acme', name: 'incidents' };
const URL_OF = (n: number) => `https://github.com/acme/incidents/issues/${n}`;
const issue = (number: number, over: Partial<SyncIssue> & { key?: string } = {}): SyncIssue => ({
  number, state: 'open', stateReason: null, htmlUrl: URL_OF(number), comments: 0,
  body: over.key ? `body\n\n<!-- casefile:${over.key} -->` : '', ...over,
});
const incident = (id: string, items: Record<string, unknown>[], extra: Record<string, unknown> = {}) => ({
  id, file: `incidents/${id}.md`, today: '2026-03-10', data: { id, severity: 'SEV-2', action_items: items, ...extra },
});
const plan = (over: Partial<PlanInput>) => planSync({ incidents: [], issues: [], repo: REPO, people: {}, ...over });

describe('plan', () => {
  test('create: labels with the severity, the owner as assignee when it is a login', () => {
    const p = plan({
      incidents: [incident('inc', [
        { id: 'AI-1', title: 'Add a canary', owner: 'dave', status: 'open' },
        { id: 'AI-2', title: 'Write a runbook', owner: 'Bob Example' },
        { id: 'AI-3', title: 'Alert on lag', owner: 'Carol', status: 'in-progress' },
      ])],
      people: { 'Bob Example': 'bob-ex' },
    });
    assert.deepEqual(p.entries.map((e) => [e.item.id, e.action, e.create?.assignee]), [
      ['AI-1', 'create', 'dave'], ['AI-2', 'create', 'bob-ex'], ['AI-3', 'create', 'Carol'],
    ]);
    assert.deepEqual(p.entries[0]!.create!.labels, ['incident', 'action-item', 'SEV-2']);
    assert.deepEqual(p.labels, ['incident', 'action-item', 'SEV-2']);
  });

  test('finished items without an issue, items without an id or with a duplicate id: nothing', () => {
    const p = plan({ incidents: [incident('inc', [
      { id: 'AI-1', title: 'Done one', status: 'done' },
      { id: 'AI-2', title: 'Dropped', status: 'wont-do', reason: 'no' },
      { title: 'No id' },
      { id: 'AI-4', title: 'Twice' }, { id: 'AI-4', title: 'Twice again' },
      { id: 'AI-6' },
    ])] });
    assert.deepEqual(p.entries.map((e) => [e.action, e.note]), [
      ['nothing', 'done: no issue needed'], ['nothing', 'wont-do: no issue needed'],
      ['nothing', 'no id: give the item an id to track it'],
      ['nothing', 'duplicate id AI-4 in this file: give each item its own id'],
      ['nothing', 'duplicate id AI-4 in this file: give each item its own id'],
      ['nothing', 'no title: an issue needs one'],
    ]);
  });

  test('adopt: an issue carrying the marker (made by a run that crashed) is linked, never made twice', () => {
    const p = plan({
      incidents: [incident('inc', [{ id: 'AI-1', title: 'Add a canary', status: 'open' }])],
      issues: [issue(9, { key: 'inc/AI-1' }), issue(7, { key: 'inc/AI-1', state: 'closed', stateReason: 'completed' }), issue(8, { key: 'inc/AI-2' })],
    });
    const [e] = p.entries;
    assert.equal(e!.action, 'adopt');
    assert.equal(e!.issue!.number, 7, 'the oldest of duplicates');
    assert.deepEqual(e!.changes, [{ field: 'issue', to: URL_OF(7) }, { field: 'status', from: 'open', to: 'done' }]);
    assert.deepEqual(p.warnings, ['incidents/inc.md: AI-1 also has #9 on GitHub (duplicates, left as they are)']);
  });

  test('linked items follow their issue: closed completed, not planned, duplicate, reopened', () => {
    const p = plan({
      incidents: [incident('inc', [
        { id: 'AI-1', title: 'a', status: 'open', issue: URL_OF(1) },
        { id: 'AI-2', title: 'b', status: 'in-progress', issue: URL_OF(2) },
        { id: 'AI-3', title: 'c', status: 'open', issue: URL_OF(3) },
        { id: 'AI-4', title: 'd', status: 'done', issue: URL_OF(4) },
        { id: 'AI-5', title: 'e', status: 'done', issue: URL_OF(5) },
        { id: 'AI-6', title: 'f', status: 'open', issue: URL_OF(6) },
        { id: 'AI-7', title: 'g', status: 'done', issue: URL_OF(7) },
      ])],
      issues: [
        issue(1, { state: 'closed', stateReason: 'completed' }), issue(2, { state: 'closed', stateReason: 'not_planned', comments: 2 }),
        issue(3, { state: 'closed', stateReason: 'duplicate' }), issue(4, { stateReason: 'reopened' }),
        issue(5), issue(6), issue(7, { state: 'closed', stateReason: null }),
      ],
      lastComments: new Map([[2, 'Superseded by\nthe new  queue.']]),
    });
    const view = p.entries.map((e) => [e.item.id, e.action, e.changes.map((c) => `${c.field}:${c.to}`).join(' | '), e.note ?? '']);
    assert.deepEqual(view, [
      ['AI-1', 'update', 'status:done', ''],
      ['AI-2', 'update', 'status:wont-do | reason:closed as not planned on GitHub (#2): "Superseded by the new queue."', ''],
      ['AI-3', 'update', 'status:wont-do | reason:closed as a duplicate on GitHub (#3)', ''],
      ['AI-4', 'update', 'status:open', ''],
      ['AI-5', 'nothing', '', 'done here, but #5 is open on GitHub'],
      ['AI-6', 'nothing', '', ''],
      ['AI-7', 'nothing', '', ''],
    ]);
  });

  test('other trackers are left alone; an issue the listing missed is fetched; a missing one is reported', () => {
    const items = [
      { id: 'AI-1', title: 'a', issue: 'https://jira.example.com/browse/OPS-1' },
      { id: 'AI-2', title: 'b', issue: 'https://github.com/other/repo/issues/3' },
      { id: 'AI-3', title: 'c', issue: URL_OF(40) },
      { id: 'AI-4', title: 'd', issue: URL_OF(41) },
    ];
    const p = plan({ incidents: [incident('inc', items)] });
    assert.deepEqual(p.entries.map((e) => e.note), ['tracked elsewhere', 'tracked elsewhere', 'issue #40 not fetched yet', 'issue #41 not fetched yet']);
    assert.deepEqual(p.toFetch, [40, 41]);
    const q = plan({ incidents: [incident('inc', items)], issues: [issue(40, { state: 'closed' })], missing: new Set([41]) });
    assert.deepEqual(q.entries.slice(2).map((e) => [e.action, e.note]), [['update', undefined], ['nothing', 'issue #41 not found on GitHub']]);
    assert.deepEqual(q.toFetch, []);
  });

  test('overdue: still open after the sync and due before today in the incident', () => {
    const p = plan({
      incidents: [incident('inc', [
        { id: 'AI-1', title: 'late', owner: 'dave', due: '2026-03-09', status: 'open', issue: URL_OF(1) },
        { id: 'AI-2', title: 'due today', due: '2026-03-10' },
        { id: 'AI-3', title: 'closed on GitHub', due: '2026-01-01', issue: URL_OF(3) },
        { id: 'AI-4', title: 'done', due: '2026-01-01', status: 'done' },
        { id: 'AI-5', title: 'late, no issue yet', due: '2026-02-01', status: 'in-progress' },
      ])],
      issues: [issue(1), issue(3, { state: 'closed', stateReason: 'completed' })],
    });
    assert.deepEqual(p.overdue.map((o) => [o.item, o.due, o.issue ?? '']), [['AI-1', '2026-03-09', URL_OF(1)], ['AI-5', '2026-02-01', '']]);
  });

  test('a malformed action_items is a warning, not a crash', () => {
    const p = plan({ incidents: [incident('inc', [] as never, { action_items: 'oops' }), incident('two', ['text' as never])] });
    assert.deepEqual(p.warnings, ['incidents/inc.md: action_items is not a list; skipped', 'incidents/two.md: action item 1 is not a map of fields; skipped']);
  });
});

describe('helpers', () => {
  test('issueNumber: this repository on any host (GitHub Enterprise too), case-insensitive', () => {
    assert.equal(issueNumber('https://github.com/acme/incidents/issues/12', REPO), 12);
    assert.equal(issueNumber('https://github.com/ACME/Incidents/issues/12#issuecomment-1', REPO), 12);
    assert.equal(issueNumber('https://ghe.example.com/acme/incidents/issues/3/', REPO), 3);
    assert.equal(issueNumber('https://github.com/acme/other/issues/12', REPO), undefined);
    assert.equal(issueNumber('https://github.com/acme/incidents/pull/12', REPO), undefined);
    assert.equal(issueNumber('not a url', REPO), undefined);
  });

  test('assigneeFor: people map, @login, a bare login; names with spaces are not logins', () => {
    assert.equal(assigneeFor('Alice Example', { 'Alice Example': 'alice' }), 'alice');
    assert.equal(assigneeFor('@dave', {}), 'dave');
    assert.equal(assigneeFor('dave', {}), 'dave');
    assert.equal(assigneeFor('Bob Example', {}), undefined);
    assert.equal(assigneeFor('a--b', {}), undefined);
    assert.equal(assigneeFor(undefined, {}), undefined);
    assert.equal(assigneeFor('constructor', {}), 'constructor', 'no prototype lookups');
  });

  test('targetStatus and closeReason', () => {
    assert.equal(targetStatus('in-progress', { state: 'closed', stateReason: 'completed' }), 'done');
    assert.equal(targetStatus('open', { state: 'open', stateReason: 'reopened' }), undefined);
    assert.equal(targetStatus('wont-do', { state: 'open', stateReason: 'reopened' }), 'open');
    assert.equal(closeReason({ number: 4, stateReason: 'not_planned' }, '<!-- x --> ' + 'w'.repeat(300)).length, 'closed as not planned on GitHub (#4): ""'.length + 200);
  });
});

describe('setItemField: minimal edits', () => {
  const FILE = `---
# keep this comment
id: inc
action_items:
  - id: AI-1
    title: 'Add a canary'   # quoted on purpose
    status: open
    issue:
  # about AI-2
  - id: AI-2
    title: Write a runbook
    status: open
  - {id: AI-3, title: flow style}
postmortem: {owner: alice}
---
## Summary

Body *stays* exactly.
`;

  test('fills an empty value, inserts a missing key, changes a status; nothing else moves', () => {
    let text = FILE;
    const edit = (i: number, k: string, v: string) => (text = setItemField(parseIncidentText(text), i, k, v));
    edit(0, 'issue', URL_OF(1));
    edit(1, 'issue', URL_OF(2));
    edit(1, 'status', 'wont-do');
    edit(1, 'reason', 'closed as not planned on GitHub (#2): "a: b # c"');
    assert.equal(text, FILE
      .replace('    issue:\n', `    issue: ${URL_OF(1)}\n`)
      .replace('    title: Write a runbook\n    status: open\n', `    title: Write a runbook\n    status: wont-do\n    issue: ${URL_OF(2)}\n    reason: 'closed as not planned on GitHub (#2): "a: b # c"'\n`));
    assert.equal((parseIncidentText(text).data.action_items as { reason?: string }[])[1]!.reason, 'closed as not planned on GitHub (#2): "a: b # c"');
  });

  test('a flow-style item is rewritten alone; CRLF files keep CRLF', () => {
    const flow = setItemField(parseIncidentText(FILE), 2, 'issue', URL_OF(3));
    assert.equal(flow, FILE.replace('  - {id: AI-3, title: flow style}', `  - { id: AI-3, title: flow style, issue: ${URL_OF(3)} }`));
    const crlf = FILE.replace(/\n/g, '\r\n');
    const out = setItemField(parseIncidentText(crlf), 1, 'issue', URL_OF(2));
    assert.equal(out, crlf.replace('    status: open\r\n  - {id', `    status: open\r\n    issue: ${URL_OF(2)}\r\n  - {id`));
  });

  test('multi-line text stays on one line; a key goes right after an empty value, above the next item\'s comment', () => {
    const out = setItemField(parseIncidentText(FILE), 0, 'reason', 'line one\nline two');
    assert.ok(out.includes('    issue:\n    reason: "line one\\nline two"\n  # about AI-2\n'), out);
    assert.equal((parseIncidentText(out).data.action_items as { reason?: string }[])[0]!.reason, 'line one\nline two');
  });
});
