// `incident status-update <id> --post`: a public update recorded in the file (a minimal edit), in
// time order, leak-checked before it is written (a refused update leaves the file byte for byte).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { makeRepo, type TestRepo } from './helpers/repo.ts';

const ID = '2026-03-01-checkout';
const FILE = `incidents/${ID}.md`;
// Comments, quoting and CRLF must survive the edit.
const TEXT = [
  '---', `id: ${ID}`, "title: 'Checkout: errors'   # quoted on purpose", 'kind: incident', 'severity: SEV-2', 'status: identified',
  'timezone: UTC', 'services: [checkout]', 'public: true', 'roles:', '  incident_commander: Alice Example # on call',
  'timeline:', '  - { at: 2026-03-01T09:00:00Z, kind: started, by: bob, text: Errors began }', '---', '', '## Summary', '', 'Body stays.', '',
].join('\r\n');
const NOW = { CASEFILE_NOW: '2026-03-01T10:00:00Z' };

describe('status-update --post', () => {
  let repo: TestRepo;
  before(() => {
    repo = makeRepo();
    repo.write('.incident.yml', 'redact: [Project Falcon]\n');
    repo.write(FILE, TEXT);
  });
  after(() => repo?.cleanup());

  it('records an update with the incident\'s status, then one back-filled before it, in time order', () => {
    let r = repo.run(['status-update', ID, '--post', 'We are looking into failed checkouts.', '--by', 'Dana'], { env: NOW });
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout.trim(), `${FILE}: 2026-03-01T10:00:00Z identified: We are looking into failed checkouts.`);
    r = repo.run(['status-update', ID, '--post', 'Checkouts fail for some customers.', '--status', 'investigating', '--at', '09:20', '--by', 'Dana'], { env: NOW });
    assert.equal(r.code, 0, r.stderr);
    const after = repo.read(FILE);
    const [head, rest] = [TEXT.slice(0, TEXT.indexOf('---\r\n\r\n## Summary')), TEXT.slice(TEXT.indexOf('---\r\n\r\n## Summary'))];
    assert.equal(after, head + [
      'updates:',
      '  - at: 2026-03-01T09:20:00Z', '    status: investigating', '    text: Checkouts fail for some customers.', '    by: Dana',
      '  - at: 2026-03-01T10:00:00Z', '    status: identified', '    text: We are looking into failed checkouts.', '    by: Dana', '',
    ].join('\r\n') + rest);
    assert.equal(repo.run(['validate']).code, 0);
  });

  it('appends a later update in the lane (no YAML package), the back-filled one through the full CLI', () => {
    const before = repo.read(FILE);
    let r = repo.run(['status-update', ID, '--post', 'Fixed.', '--status', 'resolved', '--by', 'Dana'], { env: { ...NOW, CASEFILE_DEBUG: '1' } });
    assert.equal(r.code, 0, r.stderr);
    assert.doesNotMatch(r.stderr, /handed to the full CLI/);
    const end = before.indexOf('---\r\n\r\n## Summary');
    assert.equal(repo.read(FILE), before.slice(0, end) + ['  - at: 2026-03-01T10:00:00Z', '    status: resolved', '    text: Fixed.', '    by: Dana', ''].join('\r\n') + before.slice(end));
    r = repo.run(['status-update', ID, '--post', 'Earlier.', '--at', '09:00', '--by', 'Dana'], { env: { ...NOW, CASEFILE_DEBUG: '1' } });
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /handed to the full CLI/);
    assert.match(repo.read(FILE), /updates:\r\n  - at: 2026-03-01T09:00:00Z\r\n    status: identified\r\n    text: Earlier\./);
  });

  it('--plain: records the update, prints it as chat text to paste (no backslashes), the same from the lane and from the full CLI', () => {
    const text = 'Restarted web-* pods; 1.7 KiB of [raw] logs kept, see https://status.example.com/a_b';
    const r = repo.run(['status-update', ID, '--post', text, '--status', 'monitoring', '--at', '10:00', '--by', 'Dana', '--plain'], { env: { ...NOW, CASEFILE_DEBUG: '1' } });
    assert.equal(r.code, 0, r.stderr);
    assert.doesNotMatch(r.stderr, /handed to the full CLI/);
    assert.equal(r.stdout, `*Checkout: errors*\n\nMonitoring at 2026-03-01 10:00 UTC.\n\n${text}\n`);
    assert.equal(r.stderr.replace(/^incident: .*\n/gm, ''), `${FILE}: recorded monitoring at 2026-03-01T10:00:00Z\n`, 'the confirmation on stderr');
    assert.match(repo.read(FILE), /    status: monitoring\r\n    text: .?Restarted web-\* pods; 1\.7 KiB of \[raw\] logs kept/);
    // Back-filled before the others: the YAML document's path, in the full CLI.
    const early = repo.run(['status-update', ID, '--post', 'Looking *into* it.', '--at', '08:59', '--by', 'Dana', '--plain'], { env: { ...NOW, CASEFILE_DEBUG: '1' } });
    assert.equal(early.code, 0, early.stderr);
    assert.match(early.stderr, /handed to the full CLI/);
    assert.equal(early.stdout, '*Checkout: errors*\n\nIdentified at 2026-03-01 08:59 UTC.\n\nLooking *into* it.\n');
    const json = repo.run(['status-update', ID, '--post', 'Still on it.', '--plain', '--json', '--by', 'Dana'], { env: NOW });
    assert.equal(json.code, 0, json.stderr);
    assert.match(JSON.parse(json.stdout).chat, /^\*Checkout: errors\*\n\nIdentified at 2026-03-01 10:00 UTC\.\n\nStill on it\.\n$/);
    assert.equal(repo.run(['validate']).code, 0);
  });

  // Each leak is refused at its place in the text; nothing is written.
  for (const [text, found] of [
    ['Restarted db-7.internal.acme, back soon', /--post:1:11: Unexpected internal hostname "db-7.internal.acme"/],
    ['Alice Example is on it', /--post:1:1: Unexpected name "Alice Example"/],
    ['Ask oncall-team@corp.example.com', /--post:1:5: Unexpected email/],
    ['A Project Falcon problem', /--post:1:3: Unexpected "Project Falcon"/],
    ['Key AKIAIOSFODNN7EXAMPLE leaked', /--post:1:5: Unexpected/],
  ] as const) {
    it(`refuses ${JSON.stringify(text)}, file unchanged`, () => {
      const before = repo.read(FILE);
      const r = repo.run(['status-update', ID, '--post', text], { env: NOW });
      assert.equal(r.code, 1, r.stdout);
      assert.match(r.stderr, found);
      assert.equal(r.stderr.trim().split('\n').length >= 1 && !/\n\s+at /.test(r.stderr), true, 'no stack trace');
      assert.equal(repo.read(FILE), before);
    });
  }

  for (const [args, message] of [
    [['--post', 'x', '--status', 'fixed'], /Unexpected --status "fixed", expected one of investigating, identified, monitoring, resolved/],
    [['--post', '  '], /Unexpected empty --post/],
    [['--status', 'monitoring'], /Unexpected --status without --post/],
    [['--post', 'x', '--out', 'update.md'], /^incident: Unexpected --out with --post, expected --post to record an update/],
    [['--post', 'x', '--audience', 'internal'], /^incident: Unexpected --audience internal with --post, expected a public update/],
  ] as const) {
    it(`usage: ${args.join(' ')}`, () => {
      const before = repo.read(FILE);
      const r = repo.run(['status-update', ID, ...args], { env: NOW });
      assert.equal(r.code, 2, r.stderr);
      assert.match(r.stderr, message);
      assert.equal(repo.read(FILE), before);
    });
  }
});
