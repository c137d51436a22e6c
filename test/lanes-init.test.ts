// The lanes stay lanes in the repository a user has: one made by `incident init`, its config given
// people, redact terms and a severity of its own. A lane that hands over to the full CLI still gives
// the right answer, only slowly, so no other test would notice (CASEFILE_DEBUG names hand-overs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { makeRepo, snapshotCli } from './helpers/repo.ts';

// The team's edits to the config init wrote: people named as people are (spaces, accents, an
// apostrophe), redact terms, a severity of its own; and, as the init of before wrote it and users
// write it, post-mortem deadlines as flow maps (with a custom field as a flow map in the incident).
const VARIANTS: { name: string; config: (text: string) => string; frontmatter?: string }[] = [
  {
    name: 'people with spaces in their names',
    config: (text) => text
      .replace(/^severities: \[/m, 'severities: [SEV-0, ')
      .replace(/^redact: \[\]$/m, 'redact:\n  - db-7.internal.acme')
      .replace(/^# people:\n#   Alice Example: alice$/m, 'people:\n  Alice Example: alice'),
  },
  {
    name: 'flow maps, as the init of before wrote them',
    config: (text) => text
      .replace(/^severities: \[/m, 'severities: [SEV-0, ')
      .replace(/^redact: \[\]$/m, 'redact: [db-7.internal.acme, Globex Corporation]')
      .replace(/^postmortem_due:\n(?: .*\n)+/m, 'postmortem_due:\n  SEV-1: { days: 3 }\n  SEV-2: {business_days: 5}\n  default: { business_days: 10, }\n')
      .replace(/^# people:\n#   Alice Example: alice$/m, "people:\n  Alice Example: alice\n  Ana María: ana\n  Siobhan O'Neill: siobhan\n  Jean-Luc: jl"),
    frontmatter: 'custom_field: {keep: me}\nfigures: [{ label: peak errors, value: 40 }]\n',
  },
];

for (const variant of VARIANTS) test(`no lane hands over to the full CLI in a repository made by incident init: ${variant.name}`, () => {
  const repo = makeRepo();
  try {
    assert.equal(repo.run(['init']).code, 0);
    const init = repo.read('.incident.yml');
    const config = variant.config(init);
    assert.match(config, /SEV-0[\s\S]*db-7\.internal\.acme[\s\S]*Alice Example: alice/);
    if (variant.frontmatter) assert.match(config, /SEV-1: \{ days: 3 \}/);
    repo.write('.incident.yml', config);
    repo.write('evidence.log', 'kernel: Out of memory\n');
    const created = repo.run(['new', 'Checkout fails', '--severity', 'SEV-2', '--commander', 'alice', '--at', '13:50']);
    assert.equal(created.code, 0, created.stderr);
    const id = created.stdout.trim().replace(/^incidents\//, '').replace(/\.md$/, '');
    if (variant.frontmatter) {
      const file = `incidents/${id}.md`;
      repo.write(file, repo.read(file).replace(/^---\n/, `---\n${variant.frontmatter}`));
    }
    // The first validate fills the cache; the second is the warm one the lane takes.
    assert.ok([0, 1].includes(repo.run(['validate']).code ?? -1));

    const commands = [
      ['log', id, 'Error rate at 40%'],
      // The write commands that are lanes too.
      ['severity', id, 'SEV-1', '--at', '13:58'],
      ['role', id, '--scribe', 'bob'],
      ['amend', id, '1', '--text', 'Impact started at checkout'],
      ['action', id, 'add', 'Add a canary', '--owner', 'alice', '--due', '2026-03-20'],
      ['impact', id, '--summary', 'Checkout failed', '--figure', 'Orders lost=10'],
      ['status', id, 'resolved', '--at', '14:00'],
      ['review', id, 'request', '--by', 'bob'],
      ['reopen', id],
      ['remove', id, '2'],
      ['show', id],
      ['render', id],
      ['report', id],
      ['thread', id, 'open', 'Why do EU requests fail?'],
      ['evidence', id, 'add', 'evidence.log'],
      ['status-update', id],
      ['validate'],
    ];
    for (const args of commands) {
      const r = repo.run(args, { env: { CASEFILE_DEBUG: '1' } });
      // validate exits 1 on its findings (a fresh incident has empty sections); every other command succeeds.
      assert.ok((args[0] === 'validate' ? [0, 1] : [0]).includes(r.code ?? -1), `${args.join(' ')}: exit ${r.code}: ${r.stderr}`);
      assert.doesNotMatch(r.stderr, /handed to the full CLI/, `incident ${args.join(' ')}`);
    }
    // The lanes read the flow maps as the full CLI does: the custom field survives the writes, and
    // validate's findings (file:line:column from the simple reader's places) are the full CLI's.
    if (variant.frontmatter) assert.ok(repo.read(`incidents/${id}.md`).includes(variant.frontmatter));
    for (const args of [['validate'], ['show', id, '--json']]) {
      const lane = repo.run(args);
      const full = repo.run(args[0] === 'validate' ? [...args, '--no-cache'] : args, { full: true });
      assert.deepEqual([lane.code, lane.stdout, lane.stderr], [full.code, full.stdout, full.stderr], args.join(' '));
    }
  } finally {
    repo.cleanup();
  }
});

// What a lane requires at its top runs on every start. node:child_process (with net, dgram and the
// streams it loads) cost a write command 4.5 ms of CPU on Node 24, whose `node -e 0` is 25 ms, and
// node:os 0.3 ms: code that runs git or a command, or asks for the home directory without HOME,
// loads them when it does (process.getBuiltinModule).
test('no lane loads node:child_process, node:net or node:os as it starts', () => {
  const lanes = path.join(snapshotCli(), '..', '..', 'dist', 'lanes');
  const files = fs.readdirSync(lanes).filter((f) => f.endsWith('.cjs'));
  assert.ok(files.includes('log.cjs') && files.includes('severity.cjs'), files.join(', '));
  for (const file of files) {
    assert.doesNotMatch(fs.readFileSync(path.join(lanes, file), 'utf8'), /require\("node:(?:child_process|net|dgram|os)"\)/, file);
  }
});
