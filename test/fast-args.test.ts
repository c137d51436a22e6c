// The lanes read their command lines without node:util's parseArgs when they are plain
// (parsePlain): whatever it answers must be parseArgs's answer, to the order of the keys, and it
// must answer nothing where parseArgs refuses the line. Checked on generated command lines for
// every lane's options.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseArgs } from 'node:util';
import * as OPTIONS from '../src/cli/options.ts';
import { parseFast, parsePlain, type FastOptions } from '../src/cli/fast-args.ts';

const specOf = (options: FastOptions) => Object.fromEntries(Object.entries(options).map(([name, { type, short, multiple, default: value }]) =>
  [name, { type, ...(short && { short }), ...(multiple && { multiple }), ...(value !== undefined && { default: value }) }]));

test('parsePlain answers as parseArgs does, or leaves the line to it', () => {
  let seed = 16;
  const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648) % n);
  let plain = 0;
  let total = 0;
  for (const [set, options] of Object.entries(OPTIONS) as [string, FastOptions][]) {
    if (typeof options !== 'object' || options === null) continue;
    const names = Object.keys(options);
    const tokens = [
      'abc', '2026-03-01-db', '', '-', '-5m', 'x=y', '--', '--zzz', '--zzz=1', '-k', '-a', '-o', '-x', '---a', '--=1', '--__proto__',
      ...names.flatMap((n) => [`--${n}`, `--${n}=`, `--${n}=v`, `--${n}=--x`, ...(options[n]!.short ? [`-${options[n]!.short}`] : [])]),
    ];
    for (let i = 0; i < 400; i++) {
      const args = Array.from({ length: rand(6) }, () => tokens[rand(tokens.length)]!);
      let expected: { positionals: string[]; values: Record<string, unknown> } | Error;
      try {
        expected = parseArgs({ args, options: specOf(options) as never, allowPositionals: true, strict: true }) as never;
      } catch (error) {
        expected = error as Error;
      }
      const got = parsePlain(args, options);
      total++;
      if (got === undefined) continue;
      plain++;
      assert.ok(!(expected instanceof Error), `${set} ${JSON.stringify(args)}: parseArgs refuses it (${(expected as Error).message})`);
      const e = expected as { positionals: string[]; values: Record<string, unknown> };
      assert.deepEqual(got.positionals, e.positionals, `${set} ${JSON.stringify(args)}`);
      assert.deepEqual(Object.entries(got.values), Object.entries(e.values), `${set} ${JSON.stringify(args)}`);
      assert.equal(Object.getPrototypeOf(got.values), Object.getPrototypeOf(e.values));
    }
  }
  assert.ok(plain > total / 5, `plain for only ${plain} of ${total} lines`);
});

test('a lane\'s usual command lines are plain; the others still get parseArgs\'s answer or its usage error', () => {
  assert.ok(parsePlain(['2026-03-01-db', 'Restarted the primary', '--at=14:05', '--approx'], OPTIONS.LOG_OPTIONS));
  assert.deepEqual(parseFast('log', ['db', 'x', '-k', 'finding', '--at', '-5m'], OPTIONS.LOG_OPTIONS).values, Object.assign(Object.create(null), { kind: 'finding', at: '-5m' }));
  assert.throws(() => parseFast('log', ['db', '--bogus'], OPTIONS.LOG_OPTIONS), /Unknown option '--bogus'.*\(see incident log --help\)/);
  assert.throws(() => parseFast('log', ['db', '--at'], OPTIONS.LOG_OPTIONS), /argument missing \(see incident log --help\)/);
});
