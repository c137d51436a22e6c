// The habits of gh and git (issue 15): examples in every --help, --json wherever data is printed,
// ids wherever a file goes (and files wherever an id goes), one --since syntax, results on stdout
// and confirmations on stderr, the nearest ids for an unknown one, colour on a terminal only.
// The built CLI as a child process (lanes and the full CLI), in throwaway repositories.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { after, before, describe, it } from 'node:test';
import type { Command } from 'commander';
import { program } from '../src/cli/program.ts';
import { EXAMPLES, commandPath } from '../src/cli/examples.ts';
import { sinceDay, sinceInstant } from '../src/core/timeline/since.ts';
import { distance, nearest } from '../src/core/util/nearest.ts';
import { useZoneRules } from '../src/core/timeline/timeline.ts';
import { systemZoneRules } from '../src/io/zone-rules.ts';
import { makeRepo, snapshotCli, type RunResult, type TestRepo } from './helpers/repo.ts';

const ID = '2026-03-01-checkout-fails-for-eu-customers';
const OTHER = '2026-02-10-api-latency';
const ESC = '\u001b[';
const NOW = Date.parse('2026-03-01T14:05:00Z');

function ok(r: RunResult): RunResult {
  assert.equal(r.code, 0, `exit ${r.code}\nstdout: ${r.stdout}\nstderr: ${r.stderr}`);
  return r;
}

/** Every command of the table, subcommands too, the program first. */
function allCommands(): Command[] {
  const out: Command[] = [];
  const visit = (c: Command) => {
    out.push(c);
    c.commands.forEach(visit);
  };
  visit(program());
  return out;
}

/** A command line as a shell splits it (double quotes, single quotes; enough for the examples). */
function shellWords(line: string): string[] {
  const words: string[] = [];
  for (const m of line.matchAll(/"((?:[^"\\]|\\.)*)"|'([^']*)'|(\S+)/g)) words.push(m[1] ?? m[2] ?? m[3]!);
  return words;
}

describe('one --since syntax', () => {
  before(() => useZoneRules(systemZoneRules));

  it('ages with a minus or "ago", in any unit --at takes (weeks too), dates and ISO 8601', () => {
    const ctx = { now: NOW, timeZone: 'UTC' };
    assert.equal(sinceInstant('-30m', ctx), NOW - 30 * 60_000);
    assert.equal(sinceInstant('2h ago', ctx), NOW - 2 * 3_600_000);
    assert.equal(sinceInstant('-2w', ctx), NOW - 14 * 86_400_000);
    assert.equal(sinceInstant('2026-02-01', ctx), Date.parse('2026-02-01T00:00:00Z'));
    assert.equal(sinceInstant('2026-02-01', { now: NOW, timeZone: 'Europe/Berlin' }), Date.parse('2026-01-31T23:00:00Z'));
    assert.equal(sinceInstant('2026-02-01T09:00:00+01:00', ctx), Date.parse('2026-02-01T08:00:00Z'));
    assert.equal(sinceInstant('13:00', ctx), Date.parse('2026-03-01T13:00:00Z'));
  });

  it('the bare ages list and insights took before keep their meaning where the unit is the same (h, d, w)', () => {
    const ctx = { now: NOW, timeZone: 'UTC' };
    assert.equal(sinceInstant('12h', ctx), sinceInstant('-12h', ctx));
    assert.equal(sinceInstant('30d', ctx), sinceInstant('-30d', ctx));
    assert.equal(sinceInstant('2w', ctx), sinceInstant('-2w', ctx));
    assert.equal(sinceDay('30d', NOW), '2026-01-30');
    assert.equal(sinceDay('-3m', NOW), '2026-03-01');
    assert.equal(sinceDay('2025-12-24', NOW), '2025-12-24');
  });

  it('the bare 3m (three months in list before, three minutes in --at -3m) is refused, saying what to write', () => {
    assert.throws(() => sinceDay('3m', NOW), /^UsageError: Unexpected --since "3m", expected -3m for 3 minutes \(m is minutes, as in --at\) or -90d or a date for about 3 months$/);
    assert.throws(() => sinceDay('1mo', NOW, '--until'), /Unexpected --until "1mo", expected -1m for 1 minute/);
    assert.throws(() => sinceDay('yesterday', NOW), /^UsageError: Unexpected --since "yesterday", expected a date \(2026-01-31\), ISO 8601, or an age: -30m, -12h, -30d, -2w \(or "2w ago"\)$/);
  });

  it('a date that does not exist is refused, not compared as text (2019-13-01 once kept only incidents from 2020)', () => {
    assert.throws(() => sinceDay('2019-13-01', NOW), /^UsageError: Unexpected --since "2019-13-01", expected a day that exists: months are 1 to 12$/);
    assert.throws(() => sinceDay('2019-02-29', NOW, '--until'), /^UsageError: Unexpected --until "2019-02-29", expected a day that exists: February 2019 has 28 days$/);
    assert.throws(() => sinceInstant('2026-04-31', { now: NOW, timeZone: 'UTC' }), /^UsageError: Unexpected --since "2026-04-31", expected a day that exists/);
    assert.equal(sinceDay('2024-02-29', NOW), '2024-02-29');
  });
});

describe('nearest ids', () => {
  it('edit distance, with an adjacent swap as one edit', () => {
    assert.equal(distance('kitten', 'sitting'), 3);
    assert.equal(distance('latency', 'latnecy'), 1);
    assert.equal(distance('abc', 'abc'), 0);
    assert.equal(distance('abcdef', 'uvwxyz', 2), Infinity);
  });

  it('a typo, a wrong date, a slug without its date, a part of the name', () => {
    const ids = [ID, OTHER, '2017-01-06-db2kafka-outage-from-oom-kills', '2026-02-20-failover-drill'];
    assert.deepEqual(nearest('2026-03-01-checkout-fails-for-eu-customer', ids), [ID]);
    assert.deepEqual(nearest('2026-03-02-checkout-fails-for-eu-customers', ids), [ID]);
    assert.deepEqual(nearest('api-latnecy', ids), [OTHER]);
    assert.deepEqual(nearest('db2kafka', ids), ['2017-01-06-db2kafka-outage-from-oom-kills']);
    assert.deepEqual(nearest('zzz', ids), []);
  });
});

describe('the CLI', () => {
  let repo: TestRepo;
  before(() => {
    repo = makeRepo();
    ok(repo.run(['new', 'Checkout fails for EU customers', '--severity', 'SEV-2', '--commander', 'alice', '--at', '13:50', '--public']));
    ok(repo.run(['new', 'API latency', '--severity', 'SEV-3', '--at', '2026-02-10T10:00:00Z'], { env: { CASEFILE_NOW: '2026-02-10T10:05:00Z' } }));
  });
  after(() => repo.cleanup());

  describe('--help', () => {
    const commands = allCommands();

    it('every command has examples, each a command line of that command with options it has', () => {
      for (const command of commands) {
        const path = commandPath(command);
        const examples = EXAMPLES[path];
        assert.ok(examples?.length, `no examples for "incident ${path}"`);
        for (const [line] of examples!) {
          const words = shellWords(line);
          assert.equal(words[0], 'incident', line);
          // The examples of the program and of a command with subcommands may show any command.
          if (command.commands.length) continue;
          assert.deepEqual(words.slice(1, 1 + (path ? path.split(' ').length : 0)), path ? path.split(' ') : [], `"${line}" is not an example of incident ${path}`);
          const flags = new Set(command.options.flatMap((o) => [o.long, o.short]).filter(Boolean));
          const end = words.indexOf('--');
          for (const word of words.slice(1, end === -1 ? undefined : end)) {
            const flag = word.split('=')[0]!;
            if (/^--?[a-zA-Z]/.test(flag)) assert.ok(flags.has(flag), `"${line}": incident ${path} has no option ${flag}`);
          }
        }
      }
    });

    it('prints them, from the built CLI', () => {
      for (const command of commands) {
        const path = commandPath(command);
        const r = ok(repo.run([...(path ? path.split(' ') : []), '--help']));
        assert.match(r.stdout, /\nExamples:\n {2}# .+\n {2}\$ incident /, `incident ${path} --help`);
        assert.ok(r.stdout.includes(`$ ${EXAMPLES[path]![0]![0]}`), `incident ${path} --help shows its first example`);
      }
    });
  });

  it('--json on every command that prints data', () => {
    // What prints no data: confirmations only (init, merge-driver), a script (completion), a group (drill).
    const noData = new Set(['', 'init', 'merge-driver', 'completion', 'drill', 'help']);
    for (const command of allCommands()) {
      const path = commandPath(command);
      if (noData.has(path)) continue;
      assert.ok(command.options.some((o) => o.long === '--json'), `incident ${path} has no --json`);
    }
  });

  it('validate takes ids, --json as --format json; --json with another --format is a usage error', () => {
    const byId = ok(repo.run(['validate', ID, '--json']));
    const byFile = ok(repo.run(['validate', `incidents/${ID}.md`, '--format', 'json']));
    assert.equal(byId.stdout, byFile.stdout);
    assert.equal(JSON.parse(byId.stdout).files, 1);
    const full = ok(repo.run(['validate', ID, '--json'], { full: true }));
    assert.equal(full.stdout, byId.stdout, 'the lane and the full CLI agree');
    const both = repo.run(['validate', '--json', '--format', 'github']);
    assert.equal(both.code, 2);
    assert.equal(both.stderr, 'incident: Unexpected --json with --format github, expected one of them\n');
  });

  it('a file works where an id goes (what a shell completes), and only one in the incidents directory', () => {
    const byId = ok(repo.run(['show', ID, '--json']));
    assert.equal(ok(repo.run(['show', `incidents/${ID}.md`, '--json'])).stdout, byId.stdout);
    assert.equal(ok(repo.run(['show', `./incidents/${ID}.md`, '--json'], { full: true })).stdout, byId.stdout);
    // The id, not the path, is what the command works with: evidence goes under incidents/<id>/.
    repo.write('lb.log', '502 x 3\n');
    for (const full of [false, true]) ok(repo.run(['evidence', `incidents/${ID}.md`, 'add', 'lb.log', '--at', '13:55'], { full }));
    const saved = (JSON.parse(ok(repo.run(['evidence', ID, 'list', '--json'])).stdout) as { items: { file: string }[] }).items.map((i) => i.file);
    assert.equal(saved.length, 2);
    for (const file of saved) assert.match(file, new RegExp(`^${ID}/evidence/`));
    const elsewhere = repo.run(['show', `other/${ID}.md`]);
    assert.equal(elsewhere.code, 2);
    assert.equal(elsewhere.stderr, `incident: Unexpected file "other/${ID}.md", expected an incident id or a file in incidents/\n`);
  });

  it('an unknown id names the nearest ones, in the lanes and the full CLI, validate too', () => {
    for (const args of [['show', '2026-03-01-checkout-fails-for-eu-customer'], ['log', '2026-03-01-chekcout-fails-for-eu-customers', 'x'], ['validate', '2026-03-01-checkout-fails-for-eu-customer']]) {
      for (const full of [false, true]) {
        const r = repo.run(args, { full });
        assert.equal(r.code, 2, `${args.join(' ')}: ${r.stderr}`);
        assert.match(r.stderr, new RegExp(`^incident: Unknown incident "${args[1]}": no file incidents/${args[1]}\\.md; did you mean ${ID}\\?\\n$`), args.join(' '));
      }
    }
    const latency = repo.run(['show', 'api-latncy']);
    assert.match(latency.stderr, new RegExp(`did you mean ${OTHER}\\?`));
  });

  it('--since: list and insights take the one syntax; the bare 3m is refused', () => {
    const ids = (args: string[]) => (JSON.parse(ok(repo.run(['list', '--json', ...args])).stdout) as { id: string }[]).map((i) => i.id);
    assert.deepEqual(ids(['--since', '-2w']), [ID]);
    assert.deepEqual(ids(['--since', '30d']), [ID, OTHER]);
    assert.deepEqual(ids(['--since', '2026-02-11']), [ID]);
    const months = repo.run(['list', '--since', '3m']);
    assert.equal(months.code, 2);
    assert.match(months.stderr, /Unexpected --since "3m", expected -3m for 3 minutes/);
    const insights = JSON.parse(ok(repo.run(['insights', '--since', '-4w', '--until', '-1w', '--json'])).stdout) as { window: { since: string; until: string } };
    assert.deepEqual([insights.window.since, insights.window.until], ['2026-02-01', '2026-02-22']);
  });

  it('report --since takes a date and an age as well as a time of day', () => {
    for (const since of ['2026-03-01', '-1h', '13:00']) {
      const r = ok(repo.run(['report', ID, '--since', since]));
      assert.match(r.stdout, /what is new since/, since);
    }
  });

  it('results on stdout, confirmations on stderr (render, status-update, publish, init)', () => {
    for (const args of [['render', ID, '-o', 'pm.md'], ['status-update', ID, '-o', 'update.md']]) {
      for (const full of [false, true]) {
        const r = ok(repo.run(args, { full }));
        assert.equal(r.stdout, '', args.join(' '));
        assert.equal(r.stderr, `wrote ${args[3]}\n`);
      }
    }
    const json = JSON.parse(ok(repo.run(['render', ID, '-o', 'pm2.md', '--json'])).stdout) as { written: string; text: string };
    assert.equal(json.written, 'pm2.md');
    assert.equal(json.text, repo.read('pm2.md'));
    const published = ok(repo.run(['publish']));
    assert.equal(published.stdout, '');
    assert.match(published.stderr, /^wrote site\/ \(\d+ incidents?\)\n$/);
    const init = ok(repo.run(['init']));
    assert.equal(init.stdout, '');
    assert.match(init.stderr, /^wrote \.incident\.yml$/m);
  });

  it('render and status-update --json: the text with where it came from', () => {
    const update = JSON.parse(ok(repo.run(['status-update', ID, '--json'])).stdout) as Record<string, unknown>;
    assert.equal(update.audience, 'public');
    assert.equal(update.text, ok(repo.run(['status-update', ID])).stdout);
    const rendered = JSON.parse(ok(repo.run(['render', ID, '--json'], { full: true })).stdout) as Record<string, unknown>;
    assert.deepEqual([rendered.file, rendered.audience, rendered.format], [`incidents/${ID}.md`, 'internal', 'md']);
  });

  describe('colour', () => {
    const painted = (text: string) => text.includes(ESC);
    const plain = (text: string) => text.replace(/\u001b\[[\d;]*m/g, '');

    it('none into a pipe; FORCE_COLOR colours it anyway (lanes and full CLI), with the same text under the colour', () => {
      repo.write('incidents/2026-02-20-broken.md', repo.read(`incidents/${OTHER}.md`).replace(/^id: .*$/m, 'id: 2026-02-20-broken').replace(/^severity: .*$/m, 'severity: SEV-9'));
      try {
        for (const args of [['list'], ['validate']]) {
          const bare = repo.run(args);
          assert.ok(!painted(bare.stdout), args.join(' '));
          const forced = repo.run(args, { env: { FORCE_COLOR: '1' } });
          assert.equal(forced.code, bare.code);
          assert.ok(painted(forced.stdout), `${args.join(' ')} with FORCE_COLOR`);
          assert.equal(plain(forced.stdout), bare.stdout);
          for (const off of ['0', 'false']) assert.ok(!painted(repo.run(args, { env: { FORCE_COLOR: off } }).stdout), `FORCE_COLOR=${off}`);
        }
        const validate = repo.run(['validate'], { env: { FORCE_COLOR: '1' } }).stdout;
        assert.match(validate, /\u001b\[31merror {2}\u001b\[39m Unexpected severity "SEV-9"/);
        for (const full of [false, true]) {
          const error = repo.run(['show', 'nope'], { env: { FORCE_COLOR: '1' }, full });
          assert.equal(error.stderr, '\u001b[31m\u001b[1mincident:\u001b[22m\u001b[39m Unknown incident "nope": no file incidents/nope.md\n');
        }
      } finally {
        repo.write('incidents/2026-02-20-broken.md', '');
        spawnSync('rm', ['incidents/2026-02-20-broken.md'], { cwd: repo.dir });
      }
    });

    // script(1) (util-linux, in every Debian) runs the CLI on a pseudo-terminal.
    const onTerminal = (args: string[], env: Record<string, string> = {}) => {
      const r = spawnSync('script', ['-qec', `${process.execPath} ${snapshotCli()} ${args.join(' ')}`, '/dev/null'], {
        cwd: repo.dir, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: undefined, NO_COLOR: undefined, TERM: 'xterm', CASEFILE_NOW: '2026-03-01T14:05:00Z', ...env },
      });
      assert.equal(r.status, 0, r.stderr);
      return r.stdout;
    };

    it('on a terminal: colour, and none with NO_COLOR or TERM=dumb', () => {
      assert.ok(painted(onTerminal(['list'])));
      assert.ok(!painted(onTerminal(['list'], { NO_COLOR: '1' })));
      assert.ok(!painted(onTerminal(['list'], { TERM: 'dumb' })));
      assert.ok(painted(onTerminal(['list'], { NO_COLOR: '' })), 'an empty NO_COLOR is no NO_COLOR (no-color.org)');
      assert.equal(plain(onTerminal(['list'])), onTerminal(['list'], { NO_COLOR: '1' }));
    });
  });
});
