// The editor set-up `incident init` writes, tried with the real language servers as child processes
// over stdio: yaml-language-server (what VS Code's YAML extension runs) reads the schema lines of
// .incident.yml and of an incident's frontmatter, and remark's language server (unified-language-
// server, what VS Code's remark extension runs) runs casefile/remark from .remarkrc, giving exactly
// the findings of `incident validate`, each linked to its rule's page.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { makeRepo, ROOT, snapshotCli, type TestRepo } from './helpers/repo.ts';
import { startLanguageServer, type Diagnostic, type LanguageClient } from './helpers/lsp.ts';

const NOW = { CASEFILE_NOW: '2026-03-01T14:05:00Z' };
const YAML_SERVER = path.join(ROOT, 'node_modules', 'yaml-language-server', 'bin', 'yaml-language-server');
const REMARK_SERVER = path.join(ROOT, 'test', 'helpers', 'remark-language-server.mjs');
// As VS Code's YAML extension has it, without the schema store (no network).
const YAML_SETTINGS = { yaml: { validate: true, completion: true, hover: true, schemaStore: { enable: false } } };

let repo: TestRepo;
let file: string;

/** The frontmatter of an incident file, fences included, as an editor's YAML region holds it (lines kept). */
const frontmatter = (text: string) => text.slice(0, text.indexOf('\n---\n', 4) + 5);
const where = (d: Diagnostic) => `${d.range.start.line + 1}:${d.range.start.character + 1}`;
const labels = (result: unknown) => ((result as { items?: { label: string }[] }).items ?? (result as { label: string }[])).map((i) => i.label);

before(() => {
  repo = makeRepo();
  assert.equal(repo.run(['init']).code, 0);
  // The team's own severities: init again writes them into the incident schema.
  repo.write('.incident.yml', repo.read('.incident.yml').replace(/^severities: .*$/m, 'severities: [SEV-0, SEV-1, SEV-2, SEV-3]').replace(/^default_severity: .*$/m, 'default_severity: SEV-2'));
  const again = repo.run(['init']);
  assert.equal(again.code, 0, again.stderr);
  const created = repo.run(['new', 'Checkout fails for EU customers', '--severity', 'SEV-1', '--commander', 'alice', '--at', '13:50'], { env: NOW });
  assert.equal(created.code, 0, created.stderr);
  file = path.join(repo.dir, created.stdout.trim());
  // casefile as `npm i -D casefile` puts it: .remarkrc names casefile/remark.
  const installed = path.join(repo.dir, 'node_modules', 'casefile');
  fs.mkdirSync(installed, { recursive: true });
  fs.copyFileSync(path.join(ROOT, 'package.json'), path.join(installed, 'package.json'));
  fs.symlinkSync(path.join(snapshotCli(), '..', '..', 'dist'), path.join(installed, 'dist'));
});

after(() => repo.cleanup());

describe('the schema lines init sets up', () => {
  it('resolve in the ops repository: the config names .casefile/config.schema.json, a new incident .casefile/incident.schema.json', () => {
    const config = repo.read('.incident.yml');
    const incident = fs.readFileSync(file, 'utf8');
    for (const [text, dir] of [[config, repo.dir], [incident, path.dirname(file)]] as const) {
      const schema = /^# yaml-language-server: \$schema=(\S+)$/m.exec(text)?.[1];
      assert.ok(schema, text.slice(0, 200));
      assert.ok(fs.existsSync(path.resolve(dir, schema)), `${schema} from ${dir}`);
    }
    const schema = JSON.parse(repo.read('.casefile/incident.schema.json'));
    assert.deepEqual(schema.properties.severity.enum, ['SEV-0', 'SEV-1', 'SEV-2', 'SEV-3']);
  });
});

describe('yaml-language-server', () => {
  let client: LanguageClient;
  before(async () => {
    client = await startLanguageServer(process.execPath, [YAML_SERVER, '--stdio'], repo.dir, { settings: YAML_SETTINGS });
  });
  after(() => client.stop());

  it('finds nothing wrong in what init and new wrote', async () => {
    assert.deepEqual(await client.open(path.join(repo.dir, '.incident.yml'), 'yaml', repo.read('.incident.yml')), []);
    assert.deepEqual(await client.open(file, 'yaml', frontmatter(fs.readFileSync(file, 'utf8'))), []);
  });

  it('flags severity SEV-9 at its place and completes the configured severities', async () => {
    const text = frontmatter(fs.readFileSync(file, 'utf8')).replace(/^severity: SEV-1$/m, 'severity: SEV-9');
    const line = text.split('\n').indexOf('severity: SEV-9');
    assert.ok(line > 0);
    const diagnostics = await client.change(file, text, 2);
    assert.equal(diagnostics.length, 1, JSON.stringify(diagnostics));
    assert.equal(where(diagnostics[0]!), `${line + 1}:11`);
    assert.equal(diagnostics[0]!.severity, 1);
    assert.match(diagnostics[0]!.message, /"SEV-0", "SEV-1", "SEV-2", "SEV-3"/);
    const completion = await client.request('textDocument/completion', { textDocument: { uri: new URL(`file://${file}`).href }, position: { line, character: 'severity: '.length } });
    assert.deepEqual(labels(completion).sort(), ['SEV-0', 'SEV-1', 'SEV-2', 'SEV-3']);
  });

  it('checks .incident.yml against its schema: an unknown key, a wrong value, and keys to complete', async () => {
    const config = path.join(repo.dir, '.incident.yml');
    const text = `${repo.read('.incident.yml')}\nsevertiies: [SEV-1]\nsite_url: our status page\n`;
    const lines = text.split('\n');
    const diagnostics = await client.change(config, text, 2);
    assert.deepEqual(diagnostics.map(where).sort(), [`${lines.indexOf('severtiies: [SEV-1]') + 1}:1`, `${lines.indexOf('site_url: our status page') + 1}:11`].sort(), JSON.stringify(diagnostics));
    const completion = await client.request('textDocument/completion', { textDocument: { uri: new URL(`file://${config}`).href }, position: { line: lines.length - 1, character: 0 } });
    // Keys init leaves commented out are offered.
    for (const key of ['timezone', 'status_page', 'github', 'people']) assert.ok(labels(completion).includes(key), `${key} in ${labels(completion)}`);
  });
});

describe("remark's language server (unified-language-server) with the .remarkrc init wrote", () => {
  let client: LanguageClient;
  before(async () => {
    client = await startLanguageServer(process.execPath, [REMARK_SERVER, '--stdio'], repo.dir, { env: { ...NOW, TZ: 'UTC' } });
  });
  after(() => client.stop());

  it('gives the diagnostics of incident validate: places, messages, rule ids, severities and page links', async () => {
    // Closed, with SEV-9: errors from several rules (schema, post-mortem sections, roles...).
    const text = fs.readFileSync(file, 'utf8').replace(/^severity: SEV-1$/m, 'severity: SEV-9').replace(/^status: investigating$/m, 'status: closed');
    fs.writeFileSync(file, text);
    const validate = repo.run(['validate', '--format', 'json', '--no-cache', path.relative(repo.dir, file)], { env: NOW });
    const expected = JSON.parse(validate.stdout).diagnostics as { line: number; column: number; severity: string; message: string; ruleId: string; url: string }[];
    assert.ok(expected.length >= 3 && expected.some((d) => d.ruleId === 'frontmatter-schema' && /SEV-9/.test(d.message)), validate.stdout);
    const process = await client.open(file, 'markdown', text);
    const got = process.map((d) => ({ at: where(d), severity: d.severity, message: d.message, code: d.code, href: d.codeDescription?.href }));
    const want = expected.map((d) => ({ at: `${d.line}:${d.column}`, severity: d.severity === 'error' ? 1 : 2, message: d.message, code: d.ruleId, href: d.url }));
    const key = (d: { at: string; message: string }) => `${d.at} ${d.message}`;
    assert.deepEqual(got.sort((a, b) => key(a).localeCompare(key(b))), want.sort((a, b) => key(a).localeCompare(key(b))));
    for (const d of want) assert.match(d.href, new RegExp(`/docs/rules/${d.code}\\.md$`));
  });
});
