// The merge driver: the pure merge on crafted versions, then real git (a bare origin and two
// clones that log, push and pull), through the built CLI as git runs it.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { parse as parseYaml } from 'yaml';
import { mergeIncident, type LineMerge } from '../src/core/merge/merge.ts';
import { gitMergeFile } from '../src/io/git-merge.ts';
import { lineDiff } from './helpers/line-diff.ts';
import { snapshotCli } from './helpers/repo.ts';

const BASE = `---
# hand-written comment: must survive
id: 2026-03-01-checkout
title: Checkout fails
kind: incident
severity: SEV-2
status: investigating
timezone: Europe/Berlin
services: [checkout]
roles:
  incident_commander: alice
timeline:
  - at: 2026-03-01T13:50:00+01:00
    kind: started
    by: alice
    text: Impact started
  - at: 2026-03-01T14:00:00+01:00
    kind: declared
    by: alice
    text: "Declared SEV-2: Checkout fails"
action_items:
  - id: AI-1
    title: Add a canary stage
    status: open
---

## Summary

Checkout failed.

## Impact

Some customers.
`;

const entry = (at: string, by: string, text: string) => `  - at: 2026-03-01T${at}+01:00\n    kind: note\n    by: ${by}\n    text: ${text}\n`;
const addEntries = (text: string, ...entries: string[]) => text.replace('action_items:\n', entries.join('') + 'action_items:\n');
const fm = (text: string) => parseYaml(/^---\n([\s\S]*?)\n---\n/.exec(text)![1]!) as Record<string, any>;
const merged = (base: string, ours: string, theirs: string, lines: LineMerge = gitMergeFile) => {
  const r = mergeIncident(base, ours, theirs, lines);
  assert.equal(r.kind, 'merged', JSON.stringify(r));
  return r as { text: string; conflicts: string[] };
};

describe('merging two versions of an incident file', () => {
  it('unions the timelines in time order, each entry once, and changes nothing else in ours', () => {
    const ours = addEntries(BASE, entry('14:05:00', 'bob', 'ours first'), entry('14:20:00', 'bob', 'ours second'));
    const theirs = addEntries(BASE, entry('14:05:00', 'carol', 'theirs first'), entry('14:10:00', 'carol', 'theirs second'));
    const r = merged(BASE, ours, theirs);
    assert.deepEqual(r.conflicts, []);
    assert.deepEqual(fm(r.text).timeline.map((e: { text: string }) => e.text), [
      'Impact started', 'Declared SEV-2: Checkout fails', 'ours first', 'theirs first', 'theirs second', 'ours second',
    ]);
    const diff = lineDiff(ours, r.text);
    assert.deepEqual(diff.removed, []);
    assert.equal(diff.added.join(''), entry('14:05:00', 'carol', 'theirs first') + entry('14:10:00', 'carol', 'theirs second'));
  });

  it('an entry both sides added is kept once; an entry one side removed stays removed', () => {
    const both = entry('14:05:00', 'bob', 'same words');
    const ours = addEntries(BASE, both).replace(/  - at: 2026-03-01T14:00:00\+01:00\n[\s\S]*?Checkout fails"\n/, '');
    const theirs = addEntries(BASE, both, entry('14:30:00', 'carol', 'later'));
    const texts = fm(merged(BASE, ours, theirs).text).timeline.map((e: { text: string }) => e.text);
    assert.deepEqual(texts, ['Impact started', 'same words', 'later']);
  });

  it('a field changed on one side is taken; changed on both sides differently it is a conflict with git markers', () => {
    const ours = BASE.replace('status: investigating', 'status: identified');
    const theirs = BASE.replace('services: [checkout]', 'services: [checkout, payments]');
    const clean = merged(BASE, ours, theirs);
    assert.deepEqual(clean.conflicts, []);
    assert.equal(fm(clean.text).status, 'identified');
    assert.deepEqual(fm(clean.text).services, ['checkout', 'payments']);
    assert.ok(clean.text.includes('# hand-written comment: must survive\n'));

    const r = merged(BASE, BASE.replace('severity: SEV-2', 'severity: SEV-1'), BASE.replace('severity: SEV-2', 'severity: SEV-3'));
    assert.deepEqual(r.conflicts, ['severity']);
    assert.ok(r.text.includes('<<<<<<< ours\nseverity: SEV-1\n=======\nseverity: SEV-3\n>>>>>>> theirs\n'), r.text);
  });

  it('lists of words merge as sets (two responders add different experts)', () => {
    const withSmes = (names: string[]) => BASE.replace('  incident_commander: alice\n', `  incident_commander: alice\n  subject_matter_experts:\n${names.map((n) => `    - ${n}\n`).join('')}`);
    const base = withSmes(['dave']);
    const r = merged(base, withSmes(['dave', 'erin']), withSmes(['dave', 'frank']));
    assert.deepEqual(fm(r.text).roles.subject_matter_experts, ['dave', 'erin', 'frank']);
  });

  it('threads: each clone\'s new thread keeps its id; two files of before that both numbered a thread 1 conflict rather than renumber', () => {
    const thread = (key: string, q: string, owner: string) => `threads:\n  - ${key}\n    question: ${q}\n    owner: ${owner}\n    status: open\n    opened: 2026-03-01T14:05:00+01:00\n---\n`;
    const asked = (ref: string, q: string, owner: string) => `  - at: 2026-03-01T14:05:00+01:00\n    kind: question\n    by: ${owner}\n    text: "Thread ${ref} (${owner}): ${q}"\n`;
    const side = (key: string, ref: string, q: string, owner: string) => addEntries(BASE, asked(ref, q, owner)).replace(/\n---\n/, `\n${thread(key, q, owner)}`);
    const r = merged(BASE, side('id: k7m2q', 'k7m2q', 'Is it the deploy?', 'bob'), side('id: d4xr9', 'd4xr9', 'Is the DB slow?', 'carol'));
    assert.deepEqual(r.conflicts, []);
    const data = fm(r.text);
    assert.deepEqual(data.threads.map((t: { id: string; question: string }) => [t.id, t.question]), [['k7m2q', 'Is it the deploy?'], ['d4xr9', 'Is the DB slow?']]);
    assert.deepEqual(data.timeline.filter((e: { kind: string }) => e.kind === 'question').map((e: { text: string }) => e.text), [
      'Thread k7m2q (bob): Is it the deploy?', 'Thread d4xr9 (carol): Is the DB slow?',
    ]);
    const old = merged(BASE, side('number: 1', '1', 'Is it the deploy?', 'bob'), side('number: 1', '1', 'Is the DB slow?', 'carol'));
    assert.deepEqual(old.conflicts, ['threads 1']);
    assert.match(old.text, /<<<<<<< ours\n {2}- number: 1\n {4}question: Is it the deploy\?\n[\s\S]*=======\n {2}- number: 1\n {4}question: Is the DB slow\?\n[\s\S]*>>>>>>> theirs\n/);
    assert.doesNotMatch(old.text, /number: 2/, 'never renumbered');
  });

  it('threads: updates from both sides are merged; one side closes it', () => {
    const base = BASE.replace(/\n---\n/, '\nthreads:\n  - number: 1\n    question: Why?\n    owner: bob\n    status: open\n---\n');
    const update = (at: string, text: string) => `    updates:\n      - at: 2026-03-01T${at}+01:00\n        by: bob\n        text: ${text}\n`;
    const ours = base.replace('    owner: bob\n    status: open\n', `    owner: bob\n    status: open\n${update('14:10:00', 'ours found this')}`);
    const theirs = base.replace('    owner: bob\n    status: open\n', `    owner: bob\n    status: closed\n${update('14:12:00', 'theirs found that')}    answer: The cache\n`);
    const r = merged(base, ours, theirs);
    assert.deepEqual(r.conflicts, []);
    const [t] = fm(r.text).threads;
    assert.equal(t.status, 'closed');
    assert.equal(t.answer, 'The cache');
    assert.deepEqual(t.updates.map((u: { text: string }) => u.text), ['ours found this', 'theirs found that']);
  });

  it('action items merge by id: different fields combine, the same field changed twice is a conflict', () => {
    const ours = BASE.replace('    status: open\n', '    status: done\n');
    const theirs = BASE.replace('    title: Add a canary stage\n', '    title: Add a canary stage\n    owner: dave\n');
    const r = merged(BASE, ours, theirs);
    assert.deepEqual(fm(r.text).action_items, [{ id: 'AI-1', title: 'Add a canary stage', owner: 'dave', status: 'done' }]);
    const c = merged(BASE, ours, BASE.replace('    status: open\n', '    status: wont-do\n'));
    assert.deepEqual(c.conflicts, ['action_items AI-1']);
    assert.match(c.text, /<<<<<<< ours\n {2}- id: AI-1\n[\s\S]*status: done\n=======\n {2}- id: AI-1\n[\s\S]*status: wont-do\n>>>>>>> theirs\n/);
  });

  it('action items: new ids from both sides are all kept as they are; two items of before both numbered AI-2 conflict rather than renumber', () => {
    const item = (id: string, title: string, extra = '') => `  - id: ${id}\n    title: ${title}\n    status: open\n${extra}`;
    const add = (...items: string[]) => BASE.replace('    status: open\n---', `    status: open\n${items.join('')}---`);
    const r = merged(BASE, add(item('AI-h3k9w', 'Add an alert on 5xx')), add(item('AI-q2m8z', 'Write a runbook'), item('AI-b6t4c', 'Fix retries')));
    assert.deepEqual(r.conflicts, []);
    assert.deepEqual(fm(r.text).action_items.map((a: { id: string; title: string }) => `${a.id} ${a.title}`),
      ['AI-1 Add a canary stage', 'AI-h3k9w Add an alert on 5xx', 'AI-q2m8z Write a runbook', 'AI-b6t4c Fix retries']);
    const same = merged(BASE, add(item('AI-h3k9w', 'Add an alert on 5xx')), add(item('AI-h3k9w', 'Add an alert on 5xx')));
    assert.deepEqual(fm(same.text).action_items.length, 2, 'the same item added twice is one item');
    const old = merged(BASE, add(item('AI-2', 'Add an alert on 5xx')), add(item('AI-2', 'Write a runbook')));
    assert.deepEqual(old.conflicts, ['action_items AI-2']);
    assert.doesNotMatch(old.text, /AI-3/, 'never renumbered');
  });

  it('evidence from both sides is kept, in time order', () => {
    const ev = (at: string, name: string) => `  - file: x/evidence/${name}\n    sha256: ${'a'.repeat(64)}\n    size: 1\n    at: 2026-03-01T${at}+01:00\n`;
    const ours = BASE.replace(/\n---\n/, `\nevidence:\n${ev('14:20:00', 'b.txt')}---\n`);
    const theirs = BASE.replace(/\n---\n/, `\nevidence:\n${ev('14:10:00', 'a.txt')}---\n`);
    const r = merged(BASE, ours, theirs);
    assert.deepEqual(fm(r.text).evidence.map((e: { file: string }) => e.file), ['x/evidence/a.txt', 'x/evidence/b.txt']);
  });

  it('the body is merged by git merge-file: separate edits combine, the same line edited twice conflicts', () => {
    const ours = BASE.replace('Checkout failed.', 'Checkout failed for EU customers.');
    const theirs = BASE.replace('Some customers.', 'About 1,200 customers.');
    const r = merged(BASE, ours, theirs);
    assert.deepEqual(r.conflicts, []);
    assert.ok(r.text.includes('Checkout failed for EU customers.') && r.text.includes('About 1,200 customers.'));
    const c = merged(BASE, ours, BASE.replace('Checkout failed.', 'Checkout was down.'));
    assert.deepEqual(c.conflicts, ['the Markdown body']);
    assert.match(c.text, /<<<<<<< ours\nCheckout failed for EU customers\.\n=======\nCheckout was down\.\n>>>>>>> theirs/);
  });

  it('keeps CRLF line endings, and merges files both sides created (no ancestor)', () => {
    const crlf = (t: string) => t.replace(/\n/g, '\r\n');
    const r = merged(crlf(BASE), crlf(addEntries(BASE, entry('14:05:00', 'bob', 'ours'))), crlf(addEntries(BASE, entry('14:06:00', 'carol', 'theirs'))));
    assert.ok(!/[^\r]\n/.test(r.text), 'every line break is CRLF');
    assert.deepEqual(fm(r.text.replace(/\r\n/g, '\n')).timeline.slice(-2).map((e: { text: string }) => e.text), ['ours', 'theirs']);
    const added = merged('', addEntries(BASE, entry('14:05:00', 'bob', 'ours')), addEntries(BASE, entry('14:06:00', 'carol', 'theirs')));
    assert.deepEqual(added.conflicts, []);
    assert.equal(fm(added.text).timeline.length, 4);
  });

  it('hands files it does not read (YAML beyond the plain subset) or cannot splice (flow maps) to the line merge', () => {
    const odd = BASE.replace('title: Checkout fails', 'title: !!str Checkout fails'); // a tag
    const r = mergeIncident(odd, odd, odd.replace('severity: SEV-2', 'severity: SEV-1'), gitMergeFile);
    assert.equal(r.kind, 'fallback');
    // A flow map reads, but its entries share a line: no splice of one of them.
    const flow = BASE.replace('title: Checkout fails\n', 'title: Checkout fails\ncustom: { a: 1, b: 2 }\n');
    assert.ok(flow !== BASE);
    const f = mergeIncident(flow, flow.replace('a: 1', 'a: 3'), flow.replace('b: 2', 'b: 4'), gitMergeFile);
    assert.deepEqual(f, { kind: 'fallback', reason: 'a version has a flow map ({ ... })' });
  });
});

// ---------------------------------------------------------------------------------------------
// Real git: a bare origin and two clones, the driver configured the way `incident init` does,
// pointing at a copy of the built CLI.


describe('the merge driver with real git', () => {
  let bin: string;
  let work: string;
  const ID = '2026-03-01-checkout-fails';
  const FILE = `incidents/${ID}.md`;
  before(() => {
    bin = snapshotCli();
    work = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'casefile-merge-')));
  });
  after(() => {
    fs.rmSync(work, { recursive: true, force: true });
  });

  const env = (extra: Record<string, string> = {}) => {
    const e: Record<string, string | undefined> = { ...process.env, CASEFILE_NOW: '2026-03-01T14:05:00Z', TZ: 'UTC', GIT_AUTHOR_NAME: undefined, CASEFILE_DEBUG: undefined, ...extra };
    for (const k of Object.keys(e)) if (e[k] === undefined) delete e[k];
    return e as NodeJS.ProcessEnv;
  };
  const git = (cwd: string, ...args: string[]) => spawnSync('git', args, { cwd, encoding: 'utf8', env: env() });
  const ok = (r: { status: number | null; stdout: string; stderr: string }) => {
    assert.equal(r.status, 0, `${r.stdout}\n${r.stderr}`);
    return r;
  };
  const cli = (cwd: string, args: string[], now = '2026-03-01T14:05:00Z') =>
    ok(spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', env: env({ CASEFILE_NOW: now }) }));

  /** origin.git with one incident, and two clones with the driver installed. */
  function setup(name: string): { one: string; two: string } {
    const root = path.join(work, name);
    fs.mkdirSync(root);
    ok(git(root, 'init', '-q', '--bare', '-b', 'main', 'origin.git'));
    const clone = (who: string) => {
      const dir = path.join(root, who);
      ok(git(root, 'clone', '-q', 'origin.git', who));
      ok(git(dir, 'config', 'user.name', who));
      ok(git(dir, 'config', 'user.email', `${who}@example.com`));
      return dir;
    };
    const one = clone('one');
    const init = cli(one, ['init']);
    assert.match(init.stdout + init.stderr, /wrote \.gitattributes/);
    assert.equal(fs.readFileSync(path.join(one, '.gitattributes'), 'utf8'), 'incidents/*.md merge=casefile\n');
    assert.match(ok(git(one, 'config', 'merge.casefile.driver')).stdout, /merge-driver %O %A %B %P/);
    cli(one, ['new', 'Checkout fails', '--severity', 'SEV-2', '--timezone', 'Europe/Berlin', '--at', '13:50']);
    ok(git(one, 'add', '-A'));
    ok(git(one, 'commit', '-qm', 'declare'));
    ok(git(one, 'push', '-q', 'origin', 'HEAD:main'));
    const two = clone('two');
    // Each clone runs the driver from its own git config (git never takes commands from a repository).
    for (const dir of [one, two]) {
      cli(dir, ['merge-driver', '--install']);
      ok(git(dir, 'config', 'merge.casefile.driver', `"${process.execPath}" "${bin}" merge-driver %O %A %B %P`));
    }
    return { one, two };
  }

  const timeline = (dir: string) => fm(fs.readFileSync(path.join(dir, FILE), 'utf8')).timeline as { text: string }[];

  it('two clones log, open threads and save evidence, then push and pull: no conflict, every entry once', () => {
    const { one, two } = setup('clean');
    for (let i = 1; i <= 5; i++) cli(one, ['log', ID, `one ${i}`], `2026-03-01T14:1${i}:00Z`);
    const oneThread = JSON.parse(cli(one, ['thread', ID, 'open', 'Is it the deploy?', '--owner', 'bob', '--json']).stdout).thread.id as string;
    fs.writeFileSync(path.join(one, 'top.txt'), 'load average: 42\n');
    cli(one, ['evidence', ID, 'add', 'top.txt']);
    ok(git(one, 'add', '-A'));
    ok(git(one, 'commit', '-qm', 'one'));
    ok(git(one, 'push', '-q', 'origin', 'HEAD:main'));

    for (let i = 1; i <= 5; i++) cli(two, ['log', ID, `two ${i}`], `2026-03-01T14:1${i}:30Z`);
    const twoThread = JSON.parse(cli(two, ['thread', ID, 'open', 'Is the database slow?', '--owner', 'carol', '--json']).stdout).thread.id as string;
    cli(two, ['role', ID, '--scribe', 'dave']);
    ok(git(two, 'commit', '-qam', 'two'));
    const pull = git(two, 'pull', '--no-rebase', '-q', 'origin', 'main');
    assert.equal(pull.status, 0, `pull: ${pull.stdout}\n${pull.stderr}`);
    assert.doesNotMatch(pull.stdout + pull.stderr, /CONFLICT/);

    const texts = timeline(two).map((e) => e.text);
    for (const who of ['one', 'two']) for (let i = 1; i <= 5; i++) assert.equal(texts.filter((t) => t === `${who} ${i}`).length, 1, `${who} ${i}`);
    assert.equal(texts.length, new Set(texts).size, 'no entry twice');
    const data = fm(fs.readFileSync(path.join(two, FILE), 'utf8'));
    // Each thread keeps the id its clone gave it: ours (the clone that pulls) first, then theirs.
    assert.deepEqual(data.threads.map((t: { id: string; owner: string }) => [t.id, t.owner]), [[twoThread, 'carol'], [oneThread, 'bob']]);
    assert.notEqual(oneThread, twoThread);
    assert.ok(texts.includes(`Thread ${oneThread} (bob): Is it the deploy?`));
    assert.equal(data.roles.scribe, 'dave');
    assert.equal(data.evidence.length, 1);
    assert.ok(fs.existsSync(path.join(two, 'incidents', ID, 'evidence')));
    // The merge is a valid record, and the other clone gets it by fast-forward.
    cli(two, ['validate', FILE]);
    ok(git(two, 'push', '-q', 'origin', 'HEAD:main'));
    ok(git(one, 'pull', '-q', '--ff-only', 'origin', 'main'));
    assert.deepEqual(timeline(one).map((e) => e.text), texts);
  });

  it('pull --rebase replays the other clone\'s entries through the driver too', () => {
    const { one, two } = setup('rebase');
    cli(one, ['log', ID, 'from one'], '2026-03-01T14:10:00Z');
    ok(git(one, 'commit', '-qam', 'one'));
    ok(git(one, 'push', '-q', 'origin', 'HEAD:main'));
    cli(two, ['log', ID, 'from two'], '2026-03-01T14:11:00Z');
    ok(git(two, 'commit', '-qam', 'two'));
    ok(git(two, 'pull', '--rebase', '-q', 'origin', 'main'));
    assert.deepEqual(timeline(two).slice(-2).map((e) => e.text), ['from one', 'from two']);
  });

  it('a true conflict on severity still shows as a conflict, and the timelines still merge', () => {
    const { one, two } = setup('conflict');
    const setSeverity = (dir: string, sev: string) => {
      const file = path.join(dir, FILE);
      fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('severity: SEV-2', `severity: ${sev}`));
    };
    setSeverity(one, 'SEV-1');
    cli(one, ['log', ID, 'from one'], '2026-03-01T14:10:00Z');
    ok(git(one, 'commit', '-qam', 'one'));
    ok(git(one, 'push', '-q', 'origin', 'HEAD:main'));
    setSeverity(two, 'SEV-3');
    cli(two, ['log', ID, 'from two'], '2026-03-01T14:11:00Z');
    ok(git(two, 'commit', '-qam', 'two'));
    const pull = git(two, 'pull', '--no-rebase', 'origin', 'main');
    assert.notEqual(pull.status, 0);
    assert.match(pull.stdout + pull.stderr, /CONFLICT \(content\): Merge conflict in incidents\/2026-03-01-checkout-fails\.md/);
    assert.match(pull.stderr, /incident merge-driver: .*conflict in severity/);
    const text = fs.readFileSync(path.join(two, FILE), 'utf8');
    assert.ok(text.includes('<<<<<<< ours\nseverity: SEV-3\n=======\nseverity: SEV-1\n>>>>>>> theirs\n'), text);
    assert.equal((text.match(/^<<<<<<< /gm) ?? []).length, 1, 'only severity conflicts');
    assert.ok(text.includes('text: from one\n') && text.includes('text: from two\n'));
    assert.match(ok(git(two, 'status', '--porcelain')).stdout, /^UU incidents\/2026-03-01-checkout-fails\.md$/m);
  });
});
