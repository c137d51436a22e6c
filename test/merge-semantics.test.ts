// What the merge decides where both sides touched the same thing: an entry amended on both sides,
// amended on one and removed on the other, a milestone both recorded, the same incident declared in
// both clones, a list one side emptied. Pure (mergeIncident on crafted versions).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parse as parseYaml } from 'yaml';
import { mergeIncident } from '../src/core/merge/merge.ts';
import { gitMergeFile } from '../src/io/git-merge.ts';

const HEAD = 'id: 2026-03-01-checkout\ntitle: Checkout fails\nkind: incident\nseverity: SEV-2\nstatus: investigating\ntimezone: UTC\n';
const entry = (at: string, kind: string, by: string, text: string, extra = '') => `  - at: 2026-03-01T${at}Z\n    kind: ${kind}\n    by: ${by}\n    text: ${text}\n${extra}`;
const file = (entries: string[], rest = '') => `---\n${HEAD}timeline:\n${entries.join('')}${rest}---\n\n## Summary\n`;
const fm = (text: string) => parseYaml(/^---\n([\s\S]*?)\n---\n/.exec(text)![1]!) as Record<string, any>;

function merged(base: string, ours: string, theirs: string) {
  const r = mergeIncident(base, ours, theirs, gitMergeFile);
  assert.equal(r.kind, 'merged', JSON.stringify(r));
  return r as { text: string; conflicts: string[]; notes: string[] };
}

/** The merge from both sides (who pulls): the same entries either way. */
function bothWays(base: string, ours: string, theirs: string) {
  const one = merged(base, ours, theirs);
  const other = merged(base, theirs, ours);
  const key = (t: string) => fm(t).timeline.map((e: Record<string, unknown>) => JSON.stringify(e)).sort();
  assert.deepEqual(key(one.text), key(other.text), 'the same whichever side pulls');
  return one;
}

const A = entry('14:00:00', 'started', 'alice', 'Impact started');
const B = entry('14:05:00', 'note', 'alice', 'Error rate at 40%');
const C = entry('14:10:00', 'note', 'bob', 'Rolled back deploy 412');
const BASE = file([A, B, C]);

describe('timeline entries both sides touched', () => {
  it('amended on one side (incident amend, one value) and removed on the other: it stays removed, and the driver says so', () => {
    const amended = file([A, B.replace('40%', '41%'), C]);
    const removed = file([A, C]);
    for (const [ours, theirs] of [[amended, removed], [removed, amended]]) {
      const r = merged(BASE, ours!, theirs!);
      assert.deepEqual(r.conflicts, []);
      assert.deepEqual(fm(r.text).timeline.map((e: { text: string }) => e.text), ['Impact started', 'Rolled back deploy 412']);
      assert.deepEqual(r.notes, ['timeline entry 2026-03-01T14:05:00Z note: removed on one side, amended on the other: it stays removed']);
    }
  });

  it('amended on both sides, different values: one entry with both changes; the same value differently: a conflict', () => {
    const time = file([A, B.replace('14:05:00', '14:04:00'), C]);
    const words = file([A, B.replace('40%', '41%'), C]);
    const r = bothWays(BASE, time, words);
    assert.deepEqual(r.conflicts, []);
    assert.deepEqual(fm(r.text).timeline[1], { at: '2026-03-01T14:04:00Z', kind: 'note', by: 'alice', text: 'Error rate at 41%' });
    assert.equal(fm(r.text).timeline.length, 3, 'not doubled');
    const c = merged(BASE, words, file([A, B.replace('40%', '45%'), C]));
    assert.deepEqual(c.conflicts, ['timeline 2026-03-01T14:05:00Z note']);
    assert.match(c.text, /<<<<<<< ours\n {2}- at: 2026-03-01T14:05:00Z\n[\s\S]*41%\n=======\n[\s\S]*45%\n>>>>>>> theirs\n/);
  });

  it('an entry amended on one side and left alone on the other is the amended one, once; with approx too', () => {
    const r = bothWays(BASE, file([A, B, C, entry('14:20:00', 'note', 'carol', 'New')]), file([A.replace('Impact started\n', 'Impact started\n    approx: true\n'), B, C]));
    assert.deepEqual(fm(r.text).timeline.map((e: { text: string; approx?: boolean }) => `${e.text}${e.approx ? ' ~' : ''}`), ['Impact started ~', 'Error rate at 40%', 'Rolled back deploy 412', 'New']);
  });

  it('amended in time and text at once (incident amend --at --text, an edited /log): one amended entry, never a removal and an addition', () => {
    const retimed = file([A, B.replace('14:05:00', '14:06:00').replace('Error rate at 40%', 'Error rate at 41% (checked)'), C]);
    const removed = file([A, C]);
    // Left alone on the other side: the amended entry, once.
    const alone = bothWays(BASE, retimed, BASE);
    assert.deepEqual(fm(alone.text).timeline.map((e: { text: string }) => e.text), ['Impact started', 'Error rate at 41% (checked)', 'Rolled back deploy 412']);
    // Removed on the other: it stays removed, whichever side pulls, and the driver says so.
    for (const [ours, theirs] of [[retimed, removed], [removed, retimed]]) {
      const r = merged(BASE, ours!, theirs!);
      assert.deepEqual(fm(r.text).timeline.map((e: { text: string }) => e.text), ['Impact started', 'Rolled back deploy 412']);
      assert.equal(r.notes.length, 1);
      assert.match(r.notes[0]!, /removed on one side, amended on the other: it stays removed/);
    }
    // Another value amended on the other side: both amendments kept, in one entry.
    const approx = file([A, B.replace('Error rate at 40%\n', 'Error rate at 40%\n    approx: true\n'), C]);
    const both = bothWays(BASE, retimed, approx);
    assert.deepEqual(both.conflicts, []);
    assert.deepEqual(fm(both.text).timeline[1], { at: '2026-03-01T14:06:00Z', kind: 'note', by: 'alice', text: 'Error rate at 41% (checked)', approx: true });
    assert.equal(fm(both.text).timeline.length, 3);
    // The text amended differently on the other side: a conflict, with both texts, for a person to settle.
    const c = merged(BASE, retimed, file([A, B.replace('40%', '45%'), C]));
    assert.deepEqual(c.conflicts, ['timeline 2026-03-01T14:06:00Z note']);
    assert.match(c.text, /<<<<<<< ours\n[\s\S]*41% \(checked\)\n=======\n[\s\S]*45%\n>>>>>>> theirs\n/);
  });

  it('a new entry beside a removed one is not taken for an amendment unless it is one value away', () => {
    // Theirs removed B and logged another entry in its place (other time, other words): both stand.
    const theirs = file([A, entry('14:06:00', 'note', 'alice', 'Latency normal'), C]);
    const ours = file([A, B.replace('40%', '41%'), C]);
    const r = merged(BASE, ours, theirs);
    assert.deepEqual(fm(r.text).timeline.map((e: { text: string }) => e.text), ['Impact started', 'Latency normal', 'Rolled back deploy 412']);
  });
});

describe('milestones both clones recorded', () => {
  const M1 = entry('14:30:00', 'mitigated', 'alice', 'Rolled back');
  const M2 = entry('14:32:00', 'mitigated', 'bob', 'Error rate back to normal');

  it('are kept once: the earlier; the later becomes a note that says so, whichever side pulls', () => {
    for (const [ours, theirs] of [[file([A, B, C, M1]), file([A, B, C, M2])], [file([A, B, C, M2]), file([A, B, C, M1])]] as const) {
      const r = merged(BASE, ours!, theirs!);
      assert.deepEqual(r.conflicts, []);
      const tl = fm(r.text).timeline as { at: string; kind: string; by: string; text: string }[];
      assert.deepEqual(tl.filter((e) => e.kind === 'mitigated').map((e) => e.at), ['2026-03-01T14:30:00Z']);
      assert.deepEqual(tl.filter((e) => e.kind === 'note' && e.by === 'bob').map((e) => e.text).filter((t) => t.startsWith('mitigated')), [
        'mitigated recorded twice (two clones); the earlier one, at 2026-03-01T14:30:00Z, counts: Error rate back to normal',
      ]);
      assert.equal(tl.length, 5);
    }
  });

  it('after a reopening they are two mitigations, both kept', () => {
    const reopened = entry('14:31:00', 'reopened', 'bob', 'Errors are back');
    const r = merged(BASE, file([A, B, C, M1]), file([A, B, C, reopened, M2]));
    assert.deepEqual(fm(r.text).timeline.filter((e: { kind: string }) => e.kind === 'mitigated').length, 2);
  });

  it('one side alone recording a second one is left as it is (the clone warned about it when it was written)', () => {
    const base = file([A, B, C, M1]);
    const r = merged(base, file([A, B, C, M1, M2]), file([A, B, C, M1, entry('14:40:00', 'note', 'carol', 'x')]));
    assert.deepEqual(fm(r.text).timeline.filter((e: { kind: string }) => e.kind === 'mitigated').length, 2);
  });
});

describe('the same incident declared in two clones (no common ancestor)', () => {
  it('merges as one incident: one started, one declared (the earlier), the later declared a note, both sides\' entries, threads, items and evidence', () => {
    const side = (by: string, declared: string, extra: string[], rest: string) => file([
      entry('13:50:00', 'started', by, 'Impact started'), entry(declared, 'declared', by, '"Declared SEV-2: Checkout fails"'), ...extra,
    ], rest);
    const ours = side('alice', '14:00:00', [entry('14:03:00', 'note', 'alice', 'From alice')],
      'threads:\n  - id: k7m2q\n    question: Deploy?\n    status: open\naction_items:\n  - id: AI-h3k9w\n    title: Add a canary\n');
    const theirs = side('bob', '14:01:00', [entry('14:02:00', 'note', 'bob', 'From bob')],
      'threads:\n  - id: d4xr9\n    question: Database?\n    status: open\nevidence:\n  - file: x/evidence/a.log\n    sha256: aa\n    size: 1\n    at: 2026-03-01T14:02:30Z\n');
    const r = bothWays('', ours, theirs);
    assert.deepEqual(r.conflicts, []);
    const data = fm(r.text);
    const kinds = (data.timeline as { kind: string; text: string }[]).map((e) => `${e.kind}: ${e.text}`);
    assert.deepEqual(kinds, [
      'started: Impact started',
      'note: started recorded twice (two clones); the earlier one, at 2026-03-01T13:50:00Z, counts: Impact started',
      'declared: Declared SEV-2: Checkout fails',
      'note: declared recorded twice (two clones); the earlier one, at 2026-03-01T14:00:00Z, counts: Declared SEV-2: Checkout fails',
      'note: From bob',
      'note: From alice',
    ]);
    assert.deepEqual(data.threads.map((t: { id: string }) => t.id), ['k7m2q', 'd4xr9']);
    assert.deepEqual(data.action_items.map((a: { id: string }) => a.id), ['AI-h3k9w']);
    assert.deepEqual(data.evidence.map((e: { file: string }) => e.file), ['x/evidence/a.log']);
  });
});

describe('lists one side emptied or left', () => {
  const ev = 'evidence:\n  - file: x/evidence/a.log\n    sha256: aa\n    size: 1\n    at: 2026-03-01T14:02:30Z\n';
  it('the last evidence entry removed on one side: `evidence: []`, merged by the driver (not line by line)', () => {
    const base = file([A, B, C], ev);
    for (const [ours, theirs] of [[file([A, B, C], 'evidence: []\n'), file([A, B, C, entry('14:20:00', 'note', 'bob', 'x')], ev)], [file([A, B, C, entry('14:20:00', 'note', 'bob', 'x')], ev), file([A, B, C], 'evidence: []\n')]]) {
      const r = merged(base, ours!, theirs!);
      assert.deepEqual(fm(r.text).evidence, []);
      assert.equal(fm(r.text).timeline.length, 4);
    }
  });

  it('a thread or action item removed on one side and changed on the other stays removed; the notes name it', () => {
    const base = file([A], 'threads:\n  - number: 1\n    question: Deploy?\n    status: open\naction_items:\n  - id: AI-1\n    title: Add a canary\n    status: open\n');
    const changed = base.replace('    status: open\naction_items', '    status: open\n    owner: dave\naction_items').replace('    title: Add a canary\n    status: open', '    title: Add a canary\n    status: done');
    const removed = file([A], 'threads: []\naction_items: []\n');
    for (const [ours, theirs] of [[changed, removed], [removed, changed]]) {
      const r = merged(base, ours!, theirs!);
      assert.deepEqual([fm(r.text).threads, fm(r.text).action_items], [[], []]);
      assert.deepEqual(r.notes.sort(), ['action item AI-1: removed on one side, changed on the other: it stays removed', 'thread 1: removed on one side, changed on the other: it stays removed']);
    }
  });
});

describe('a long timeline', () => {
  it('thousands of entries, changed far apart on both sides: each removal and amendment lands (the alignment stays linear in memory)', () => {
    const n = 2500;
    const e = (i: number, text = `entry ${i}`) => entry(`${String(10 + Math.floor(i / 3600)).padStart(2, '0')}:${String(Math.floor(i / 60) % 60).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}`, 'note', 'alice', text);
    const all = Array.from({ length: n }, (_, i) => e(i));
    const ours = all.map((x, i) => (i === 10 ? e(i, 'entry 10 amended') : x)).filter((_, i) => i !== 2000);
    const theirs = [...all.map((x, i) => (i === 1500 ? e(i, 'entry 1500 amended') : x)).filter((_, i) => i !== 5), e(n, 'the last one')];
    const r = bothWays(file(all), file(ours), file(theirs));
    const texts = (fm(r.text).timeline as { text: string }[]).map((x) => x.text);
    assert.equal(texts.length, n - 2 + 1);
    for (const gone of ['entry 5', 'entry 2000', 'entry 10', 'entry 1500']) assert.ok(!texts.includes(gone), gone);
    for (const there of ['entry 10 amended', 'entry 1500 amended', 'the last one', 'entry 2499']) assert.equal(texts.filter((t) => t === there).length, 1, there);
  });
});
