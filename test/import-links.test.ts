// `incident import` of a directory never follows a link out of it: an export from someone else
// could otherwise bring a file of this machine (a key, a config) into the repository as evidence.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { ROOT } from './helpers/repo.ts';
import { initRepo, snapshot } from './helpers/imports.ts';

const SHEET = path.join(ROOT, 'test', 'fixtures', 'import', 'csv', 'incidents.csv');

describe('import: links in an export directory', () => {
  const repo = initRepo();
  const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'casefile-outside-'));
  after(() => {
    repo.cleanup();
    fs.rmSync(outside, { recursive: true, force: true });
  });

  it('refuses a link to a file outside the export, in one line, and writes nothing', () => {
    const secret = path.join(outside, 'id_rsa');
    fs.writeFileSync(secret, '-----BEGIN OPENSSH PRIVATE KEY-----\n');
    repo.write('export/incidents.csv', fs.readFileSync(SHEET));
    fs.symlinkSync(secret, path.join(repo.dir, 'export', 'notes.csv'));
    const before = snapshot(repo);
    const r = repo.run(['import', 'csv', 'export']);
    assert.equal(r.code, 1, r.stderr);
    assert.equal(r.stdout, '');
    assert.equal(r.stderr, `export/notes.csv: Unexpected symbolic link to ${fs.realpathSync(secret)}, outside the export, expected the export's own files\n`);
    assert.deepEqual(snapshot(repo), before);
  });

  it('takes a link to a file inside the export', () => {
    fs.rmSync(path.join(repo.dir, 'export'), { recursive: true });
    repo.write('export/sheets/incidents.csv', fs.readFileSync(SHEET));
    fs.symlinkSync(path.join('sheets', 'incidents.csv'), path.join(repo.dir, 'export', 'latest.csv'));
    fs.rmSync(path.join(repo.dir, 'export', 'sheets'), { recursive: true });
    repo.write('export/.sheets/incidents.csv', fs.readFileSync(SHEET)); // a dot folder is not read itself
    fs.rmSync(path.join(repo.dir, 'export', 'latest.csv'));
    fs.symlinkSync(path.join('.sheets', 'incidents.csv'), path.join(repo.dir, 'export', 'latest.csv'));
    const r = repo.run(['import', 'csv', 'export']);
    assert.doesNotMatch(r.stderr, /symbolic link/);
    assert.ok(snapshot(repo).size >= 3, r.stderr);
  });
});
