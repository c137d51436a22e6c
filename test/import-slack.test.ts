// `incident import slack` through the built CLI, on repositories made by `incident init`: an export
// written from Slack's documented export and message shapes (pins, reactions, threads across
// days, a deleted parent, an edited message, an unknown user, a deleted user, files in the export
// and not), and the real slackdump export in ../shared/import-samples/slack-export/.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { TestRepo } from './helpers/repo.ts';
import { bySourceId, FIXTURES, initRepo, samples, snapshot, validateErrors } from './helpers/imports.ts';

const EXPORT = path.join(FIXTURES, 'slack', 'export');
const CONFIG = [
  'timezone: Europe/Berlin',
  'people:',
  '  Dana O.: dana',
  'import:',
  '  slack:',
  '    kinds: { rotating_light: started, white_check_mark: resolved }',
].join('\n');
const WINDOW = ['--channel', 'inc-checkout', '--since', '2024-03-01', '--until', '2024-03-01'];
const sha256 = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

describe('import slack: an export written from the documented shapes', () => {
  let repo: TestRepo;
  before(() => {
    repo = initRepo(CONFIG);
  });
  after(() => repo?.cleanup());

  it('keeps the pinned and marked messages of the window with their threads, by their authors, marked milestones as such', () => {
    const r = repo.run(['import', 'slack', EXPORT, ...WINDOW]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /note: slack: 1 attached file not in the export \(only links: .*\): not-downloaded\.txt/);
    const [file] = [...bySourceId(repo).values()];
    assert.ok(file);
    assert.equal(file.file, 'incidents/2024-03-01-checkout-fails-for-eu-customers.md');
    const data = file.data;
    assert.equal(data.title, 'Checkout fails for EU customers'); // the channel's purpose
    assert.equal(data.status, 'resolved'); // a message marked white_check_mark
    assert.equal(data.timezone, 'Europe/Berlin');
    const timeline = (data.timeline as Record<string, string>[]).map((e) => [e.at, e.kind, e.by ?? '', e.text]);
    assert.deepEqual(timeline, [
      ['2024-03-01T13:45:00+01:00', 'started', 'Alice Example', 'Checkout error rate at 40% for EU since ~13:45, @Bob Builder please look at payments'],
      ['2024-03-01T13:50:00+01:00', 'note', 'Bob Builder', 'Payment provider returns 502 for EU cards & retries pile up, see [the payments dashboard](https://grafana.example.com/d/pay)'],
      ['2024-03-01T13:52:00+01:00', 'note', 'Alice Example', '↳ Thanks, failing over to the backup provider'],
      // dana in users.json is "Dana O." in people:; the edit is said, as Slack shows it.
      ['2024-03-01T13:55:00+01:00', 'note', 'Dana O.', 'Rolled back deploy 412 at 13:54 (edited)'],
      // Not in users.json: the name the message carries.
      ['2024-03-01T14:00:00+01:00', 'note', 'Erin Support', 'Support sees 120 tickets about failed payments'],
      ['2024-03-01T14:05:00+01:00', 'note', 'Alice Example', 'Heap dump of the payments service'],
      // A deleted parent stays as the context of its pinned reply.
      ['2024-03-01T14:10:00+01:00', 'note', '', '(message deleted)'],
      ['2024-03-01T14:11:00+01:00', 'note', 'Alice Example', '↳ Customer comms sent'],
      ['2024-03-01T15:00:00+01:00', 'resolved', 'Alice Example', 'Störung behoben ✅ payments are flowing again'],
      // A reply the next day, in the day file of its own date, goes with its parent.
      ['2024-03-02T00:00:00+01:00', 'note', 'Dana O.', '↳ Overnight: no new errors'],
    ]);
    const block = data.import as Record<string, any>;
    assert.equal(block.source_id, 'C0INCCHK01@2024-02-29T23:00:00.000Z..2024-03-01T23:00:00.000Z');
    assert.deepEqual(block.fields.files_not_in_export, ['not-downloaded.txt']);
    assert.equal(block.fields.messages.length, 10);

    // The files the export holds, copied with their SHA-256, next to the incident.
    const evidence = data.evidence as { file: string; sha256: string; size: number; at: string; by: string }[];
    const sources = [path.join(EXPORT, '__uploads', 'F0HEAPLOG1', 'payments-heap.log'), path.join(EXPORT, 'inc-checkout', 'attachments', 'F0GRAPH002-error-rate.png')];
    assert.deepEqual(evidence.map((e) => [path.basename(e.file).replace(/^\d{8}T\d{6}Z-/, ''), e.sha256, e.size, e.at, e.by]), sources.map((s) => [
      path.basename(s).replace(/^F0GRAPH002-/, ''), sha256(s), fs.statSync(s).size, '2024-03-01T14:05:00+01:00', 'Alice Example',
    ]));
    for (const [i, e] of evidence.entries()) assert.deepEqual(fs.readFileSync(path.join(repo.dir, 'incidents', e.file)), fs.readFileSync(sources[i]!));
    assert.equal(repo.run(['evidence', data.id as string, 'verify']).code, 0);
  });

  it('writes a file that validates, whose metrics follow the marked messages', () => {
    const v = validateErrors(repo);
    assert.deepEqual(v.errors, [], v.out);
    const id = [...bySourceId(repo).values()][0]!.data.id as string;
    const shown = JSON.parse(repo.run(['show', id, '--json']).stdout);
    assert.equal(shown.metrics.find((m: { key: string }) => m.key === 'time_to_resolve').ms, 75 * 60_000);
  });

  it('importing again changes no byte and copies no file twice', () => {
    const before = snapshot(repo);
    const r = repo.run(['import', 'slack', EXPORT, ...WINDOW]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^unchanged /m);
    assert.deepEqual(snapshot(repo), before);
  });

  it('asks which channel when the export has several, and names them; asks for the export unzipped', () => {
    const r = repo.run(['import', 'slack', EXPORT]);
    assert.equal(r.code, 2);
    assert.equal(r.stderr.trim(), 'incident: Unexpected no --channel, expected one of inc-checkout, general');
    const zip = path.join(repo.dir, 'export.zip');
    fs.writeFileSync(zip, 'PK\x03\x04');
    const zipped = repo.run(['import', 'slack', zip]);
    assert.equal(zipped.code, 2);
    assert.match(zipped.stderr, /Unexpected file .*export\.zip, expected a Slack export directory .*; unzip the export first/);
    const wrong = repo.run(['import', 'slack', EXPORT, '--channel', '#random']);
    assert.equal(wrong.code, 2);
    assert.equal(wrong.stderr.trim(), 'incident: Unexpected --channel "random", expected one of inc-checkout, general');
  });

  it('takes the reaction by name or as the emoji itself, --reaction replaces the default, --title names the incident', () => {
    const texts = (args: string[]) => {
      const fresh = initRepo('timezone: Europe/Berlin');
      try {
        assert.equal(fresh.run(['import', 'slack', EXPORT, ...WINDOW, ...args]).code, 0);
        return ([...bySourceId(fresh).values()][0]?.data.timeline as { text: string }[] | undefined)?.map((e) => e.text) ?? [];
      } finally {
        fresh.cleanup();
      }
    };
    const byDefault = texts([]);
    const titled = initRepo();
    try {
      titled.run(['import', 'slack', EXPORT, ...WINDOW, '--title', 'EU checkout outage']);
      assert.equal([...bySourceId(titled).values()][0]!.data.title, 'EU checkout outage');
    } finally {
      titled.cleanup();
    }
    assert.equal(byDefault.length, 10);
    assert.deepEqual(texts(['--reaction', '📌']), byDefault);
    // Another reaction instead: the pinned messages (and their threads) and the one marked +1 (any skin tone).
    assert.deepEqual(texts(['--reaction', '+1']), byDefault.filter((t) => !t.startsWith('Rolled back') && !t.startsWith('Heap dump') && !t.startsWith('Störung')));
  });

  it('refuses an impossible timeline with one line and writes nothing', () => {
    const fresh = initRepo('timezone: Europe/Berlin');
    try {
      // Marked the wrong way round: resolved (13:45) before started (15:00).
      const r = fresh.run(['import', 'slack', EXPORT, ...WINDOW, '--kind', 'rotating_light=resolved', '--kind', 'white_check_mark=started']);
      assert.equal(r.code, 1);
      const refused = r.stderr.split('\n').filter((l) => l.startsWith('incident: refused'));
      assert.deepEqual(refused, [
        `incident: refused slack C0INCCHK01@2024-02-29T23:00:00.000Z..2024-03-01T23:00:00.000Z (${path.join(EXPORT, 'inc-checkout')}): Unexpected resolved at 2024-03-01T13:45:00+01:00 before started at 2024-03-01T15:00:00+01:00, expected milestones in order: started, mitigated, recovered, resolved`,
      ]);
      assert.equal(fs.readdirSync(path.join(fresh.dir, 'incidents')).filter((f) => !f.startsWith('.')).length, 0);
      const bad = fresh.run(['import', 'slack', EXPORT, ...WINDOW, '--kind', 'pushpin=paged']);
      assert.equal(bad.code, 2);
      assert.match(bad.stderr, /Unexpected --kind "pushpin=paged", expected <reaction>=<kind> with a kind among started, detected/);
    } finally {
      fresh.cleanup();
    }
  });
});

describe('import slack: the real slackdump export', () => {
  let repo: TestRepo;
  let dir: string;
  before(() => {
    dir = samples('slack-export');
    repo = initRepo();
  });
  after(() => repo?.cleanup());

  it('finds nothing pinned or marked (the export has neither), says so and writes nothing', () => {
    const r = repo.run(['import', 'slack', dir]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /note: slack: no message of #B75B4C7 in the window is pinned or carries :pushpin:/);
    assert.equal(bySourceId(repo).size, 0);
  });

  it('--all keeps every message but Slack\'s notices, threads marked, the deleted parent and the edit said, and re-imports without a change', () => {
    const r = repo.run(['import', 'slack', dir, '--all']);
    assert.equal(r.code, 0, r.stderr);
    const days = fs.readdirSync(path.join(dir, 'B75B4C7')).flatMap((f) => JSON.parse(fs.readFileSync(path.join(dir, 'B75B4C7', f), 'utf8')) as Record<string, unknown>[]);
    const messages = days.filter((m) => m.subtype !== 'channel_join');
    const [file] = [...bySourceId(repo).values()];
    assert.ok(file);
    const timeline = file.data.timeline as { at: string; text: string; by?: string }[];
    assert.equal(timeline.length, messages.length);
    const replies = messages.filter((m) => m.thread_ts !== undefined && m.thread_ts !== m.ts).length;
    assert.equal(timeline.filter((e) => e.text.startsWith('↳ ')).length, replies);
    assert.equal(timeline.filter((e) => e.text === '(message deleted)').length, days.filter((m) => m.subtype === 'tombstone').length);
    assert.equal(timeline.filter((e) => e.text.endsWith(' (edited)')).length, days.filter((m) => m.edited !== undefined).length);
    // Times from Slack's ts, in UTC (no zone configured), in order.
    const first = Math.min(...messages.map((m) => Number(m.ts)));
    assert.equal(timeline[0]!.at, new Date(Math.floor(first) * 1000).toISOString().replace('.000Z', 'Z'));
    // Authors from users.json (anonymised real names), never a user id where users.json has a name.
    assert.ok(timeline.every((e) => e.by === undefined || !/^U[A-Z0-9]{8,}$/.test(e.by)), JSON.stringify(timeline));
    // Both attached files are links only in this export.
    assert.match(r.stderr, /note: slack: 2 attached files not in the export/);
    assert.deepEqual(validateErrors(repo).errors, []);
    const before = snapshot(repo);
    assert.equal(repo.run(['import', 'slack', dir, '--all']).code, 0);
    assert.deepEqual(snapshot(repo), before);
  });
});
