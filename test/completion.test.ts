// `incident completion bash|zsh|fish`: scripts made from the command table. The bash script is
// loaded into a real bash and asked what it completes (its completion function, with COMP_WORDS
// and COMP_CWORD as bash's `complete` sets them, and `complete -p`); ids come from the built CLI
// in a throwaway repository. zsh's and fish's are checked against the same command table.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Command } from 'commander';
import { program } from '../src/cli/program.ts';
import { commandSpecs } from '../src/cli/completion.ts';
import { ENTRY_KINDS } from '../src/core/model/types.ts';
import { makeRepo, snapshotCli, type TestRepo } from './helpers/repo.ts';

const ID = '2026-03-01-checkout-fails';
const OTHER = '2026-03-01-api-latency';

describe('incident completion', () => {
  let repo: TestRepo;
  let bin: string;
  let bash: string;

  before(() => {
    repo = makeRepo();
    for (const title of ['Checkout fails', 'API latency']) assert.equal(repo.run(['new', title]).code, 0);
    // `incident` on PATH, as an installed CLI is: the scripts ask it for the ids.
    bin = path.join(repo.dir, '.bin');
    fs.mkdirSync(bin);
    fs.writeFileSync(path.join(bin, 'incident'), `#!/bin/sh\nexec ${JSON.stringify(process.execPath)} ${JSON.stringify(snapshotCli())} "$@"\n`, { mode: 0o755 });
    const r = repo.run(['completion', 'bash']);
    assert.equal(r.code, 0, r.stderr);
    bash = r.stdout;
  });
  after(() => repo.cleanup());

  /** What bash offers after `line` (the cursor at its end; a trailing space starts a new word). */
  function complete(line: string): string[] {
    const words = line.split(' ');
    const script = [
      bash,
      `COMP_WORDS=(${words.map((w) => `'${w}'`).join(' ')})`,
      `COMP_CWORD=${words.length - 1}`,
      `COMP_LINE='${line}'`,
      'COMP_POINT=${#COMP_LINE}',
      // The function `complete` registered for incident, called as bash calls it.
      'fn=$(complete -p incident | sed -E "s/.*-F ([^ ]+) .*/\\1/")',
      '"$fn" incident "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"',
      'printf "%s\\n" "${COMPREPLY[@]}"',
    ].join('\n');
    const r = spawnSync('bash', ['--norc', '--noprofile', '-c', script], {
      cwd: repo.dir, encoding: 'utf8', env: { ...process.env, PATH: `${bin}:${process.env.PATH}`, CASEFILE_NOW: '2026-03-01T14:05:00Z' },
    });
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stderr, '');
    return r.stdout.split('\n').filter(Boolean).sort();
  }

  const topLevel = () => program().commands.map((c: Command) => c.name());

  it('registers a completion function for incident with `complete`', () => {
    const r = spawnSync('bash', ['--norc', '-c', `${bash}\ncomplete -p incident`], { encoding: 'utf8' });
    assert.equal(r.stdout, 'complete -F _incident incident\n');
  });

  it('commands, from the command table: every one, and a prefix narrows them', () => {
    assert.deepEqual(complete('incident '), [...topLevel(), 'help'].sort());
    assert.deepEqual(complete('incident st'), ['status', 'status-update']);
    assert.deepEqual(complete('incident help st'), ['status', 'status-update']);
    assert.deepEqual(complete('incident drill '), ['replay']);
  });

  it('options of the command being typed, and their values from the model', () => {
    assert.deepEqual(complete('incident log --a'), ['--approx', '--at']);
    assert.deepEqual(complete('incident log --kind '), [...ENTRY_KINDS].sort());
    assert.deepEqual(complete('incident log -k mi'), ['mitigated']);
    assert.deepEqual(complete('incident render --audience '), ['internal', 'public']);
    assert.deepEqual(complete('incident validate --format '), ['github', 'json', 'pretty']);
    assert.deepEqual(complete('incident completion '), ['bash', 'fish', 'zsh']);
    assert.deepEqual(complete(`incident status ${ID} mi`), ['mitigated']);
    assert.deepEqual(complete(`incident review ${ID} ap`), ['approve']);
  });

  it('incident ids where an id goes, asked of the CLI; an option and its value in between do not count as the id', () => {
    assert.deepEqual(complete('incident show '), [OTHER, ID].sort());
    assert.deepEqual(complete('incident show 2026-03-01-ch'), [ID]);
    assert.deepEqual(complete('incident log --kind finding --at -5m '), [OTHER, ID].sort());
    assert.deepEqual(complete('incident drill replay 2026-03-01-a'), [OTHER]);
    assert.deepEqual(complete(`incident show ${ID} `), [], 'show takes one id');
  });

  it('files where a file goes (validate: ids and files; render --out)', () => {
    assert.deepEqual(complete('incident validate inc'), ['incidents']);
    assert.deepEqual(complete('incident validate 2026-03-01-api'), [OTHER]);
    repo.write('notes.md', 'x\n');
    assert.deepEqual(complete(`incident render ${ID} -o no`), ['notes.md']);
  });

  it('zsh and fish scripts hold every command, option and value list of the same table', () => {
    const zsh = repo.run(['completion', 'zsh']).stdout;
    const fish = repo.run(['completion', 'fish']).stdout;
    assert.match(zsh, /^#compdef incident\n/);
    assert.match(zsh, /compdef _incident incident/);
    for (const spec of commandSpecs(program())) {
      assert.ok(zsh.includes(`    '${spec.path}') subs='${spec.subcommands.map((c) => c.name).join(' ')}'`), `zsh: ${spec.path}`);
      for (const o of spec.options) {
        const long = o.flags.find((f) => f.startsWith('--'))!.slice(2);
        assert.ok(fish.includes(`-n '__incident_at "${spec.path}"'`) && fish.includes(`-l ${long}`), `fish: ${spec.path} --${long}`);
      }
      for (const sub of spec.subcommands) assert.ok(fish.includes(`-n '__incident_at "${spec.path}" 0' -a '${sub.name}'`), `fish: ${spec.path} ${sub.name}`);
    }
    assert.ok(fish.includes(`complete -c incident -n '__incident_at "log"' -s k -l kind -x -a '${ENTRY_KINDS.join(' ')}'`));
  });

  it('an unknown shell is a usage error', () => {
    const r = repo.run(['completion', 'powershell']);
    assert.equal(r.code, 2);
    assert.equal(r.stderr, 'incident: Unexpected shell "powershell", expected one of bash, zsh, fish\n');
  });
});
