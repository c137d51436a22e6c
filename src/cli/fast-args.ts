// Options declared once per command (options.ts) and read two ways: by the commander program
// (help, usage) and by the lanes (lane.ts), which parse them with node:util's parseArgs so the
// commands typed mid-outage never load commander.
import { parseArgs } from 'node:util';
import type { Command } from 'commander';
import { UsageError } from '../core/util/errors.ts';

export interface FastOption {
  type: 'string' | 'boolean';
  short?: string;
  /** The value's name in help (`--at <time>`). */
  value?: string;
  default?: string;
  /** Repeatable (`--figure a=1 --figure b=2`): the values as a list, in order. */
  multiple?: boolean;
  description: string;
}

export type FastOptions = Record<string, FastOption>;
export type Values = Record<string, string | boolean | string[] | undefined>;

/** Adds the options to a commander command (the help and the slow path). */
export function addOptions(command: Command, options: FastOptions, Option: typeof import('commander').Option): void {
  for (const [name, o] of Object.entries(options)) {
    const flags = `${o.short ? `-${o.short}, ` : ''}--${name}${o.type === 'string' ? ` <${o.value ?? 'value'}>` : ''}`;
    const option = new Option(flags, o.description).default(o.default);
    if (o.multiple) option.argParser((value: string, previous: string[] = []) => [...previous, value]);
    command.addOption(option);
  }
}

/** parseArgs with the same options; its errors become one usage line. */
export function parseFast(command: string, args: string[], options: FastOptions): { positionals: string[]; values: Values } {
  const attached = attachValues(args, options);
  const plain = parsePlain(attached, options);
  if (plain) return plain;
  try {
    const spec = Object.fromEntries(
      Object.entries(options).map(([name, { type, short, multiple, default: value }]) => [
        name, { type, ...(short && { short }), ...(multiple && { multiple }), ...(value !== undefined && { default: value }) },
      ]),
    );
    return parseArgs({ args: attached, options: spec, allowPositionals: true, strict: true }) as { positionals: string[]; values: Values };
  } catch (error) {
    throw new UsageError(`${(error as Error).message.split('\n')[0]} (see incident ${command} --help)`);
  }
}

/**
 * What parseArgs makes of a plain command line (positionals, and long options each known, a string
 * one with its value attached), without loading it: with node:util's parseArgs, `incident severity`
 * took 34.6 ms of CPU, 33.9 without (Node 24.21, medians of 31 interleaved runs; `node -e 0`:
 * 25.3). Undefined for anything else (a short option, `--`, an unknown option, a value missing or
 * one too many), which parseArgs reads or refuses. test/fast-args.test.ts compares the two on
 * generated command lines.
 */
export function parsePlain(args: readonly string[], options: FastOptions): { positionals: string[]; values: Values } | undefined {
  const values: Values = Object.create(null) as Values;
  const positionals: string[] = [];
  for (const arg of args) {
    if (arg.charCodeAt(0) !== 45 /* - */ || arg === '-') {
      positionals.push(arg);
      continue;
    }
    if (!arg.startsWith('--') || arg === '--') return undefined;
    const eq = arg.indexOf('=');
    const name = eq === -1 ? arg.slice(2) : arg.slice(2, eq);
    const o = Object.hasOwn(options, name) ? options[name]! : undefined;
    if (!o || (o.type === 'string') !== (eq !== -1)) return undefined;
    const value = eq === -1 ? true : arg.slice(eq + 1);
    if (o.multiple) ((values[name] ??= []) as unknown[]).push(value);
    else values[name] = value;
  }
  for (const [name, o] of Object.entries(options)) if (o.default !== undefined && values[name] === undefined) values[name] = o.default;
  return { positionals, values };
}

/** `--at -5m` -> `--at=-5m`: parseArgs would read a value starting with `-` as an option. */
function attachValues(args: string[], options: FastOptions): string[] {
  const long = new Map<string, string>();
  for (const [name, o] of Object.entries(options)) {
    if (o.type !== 'string') continue;
    long.set(`--${name}`, name);
    if (o.short) long.set(`-${o.short}`, name);
  }
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') return [...out, ...args.slice(i)];
    const name = long.get(arg);
    if (name && i + 1 < args.length) out.push(`--${name}=${args[++i]}`);
    else out.push(arg);
  }
  return out;
}

export const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
export const list = (v: unknown) => (Array.isArray(v) ? (v as string[]) : undefined);
