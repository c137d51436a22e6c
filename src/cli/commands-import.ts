// `incident import <source> <file-or-dir>`: argument parsing and printing only (the work is
// src/commands/import.ts). Results go to stdout, one line each; refusals, notes and what validate
// will still ask for go to stderr. Exit 1 when anything was refused.
import type { Command } from 'commander';
import { SOURCES } from '../core/import/sources/index.ts';
import type { Hint } from '../core/validate/close-hints.ts';
import type { ImportOutcome, ImportRun } from '../commands/import.ts';
import { deps, json, out, writeLine } from './io.ts';

const err = (line: string) => writeLine(2, `incident: ${line}`);
const camel = (name: string) => name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

export function register(cli: Command): void {
  const command = cli.command('import')
    .description('import incidents from another tool as incident files; importing again updates them in place')
    .argument('<source>', `where they come from: ${SOURCES.map((s) => s.name).join(', ')}`)
    .argument('<path>', 'an export file or a directory of them')
    .option('--dry-run', 'write nothing; print each file that would be written, or the lines that would change')
    .option('--since <when>', 'only incidents started at or after a date (2026-01-31), a time with an offset, or an age (-30d, -2w)')
    .option('--until <when>', 'only incidents started before the end of a date (2026-12-31), before a time, or an age (-30d)')
    .option('--json', 'print every incident\'s outcome as JSON');
  // Each source's own flags, named in --help with the source they belong to.
  const flags = new Map<string, boolean>();
  for (const source of SOURCES) {
    for (const flag of source.options ?? []) {
      if (flags.has(flag.name)) continue;
      flags.set(flag.name, flag.repeatable === true);
      const spec = `--${flag.name}${flag.value ? ` ${flag.value}` : ''}`;
      const description = `${source.name}: ${flag.description}`;
      if (flag.repeatable) command.option(spec, description, (v: string, prev: string[] = []) => [...prev, v]);
      else command.option(spec, description);
    }
  }
  command.addHelpText('after', `\nSources:\n${SOURCES.map((s) => `  ${s.name.padEnd(12)} ${s.describe}`).join('\n')}\n\nMapping tables: docs/import.md`);
  command.action(async (source: string, path: string, opts: Record<string, unknown>) => {
    const { importIncidents } = await import('../commands/import.ts');
    const values: Record<string, string | string[] | boolean | undefined> = {};
    for (const name of flags.keys()) values[name] = opts[camel(name)] as string | string[] | boolean | undefined;
    const run = await importIncidents({
      source, path, dryRun: opts.dryRun === true, since: opts.since as string | undefined, until: opts.until as string | undefined, flags: values,
    }, deps());
    if (opts.json) json(run);
    else print(run);
    const refusedInput = run.notes.some((n) => n.startsWith('refused '));
    if (run.counts.refused > 0 || refusedInput) {
      const { SilentExit } = await import('../core/util/errors.ts');
      throw new SilentExit(1);
    }
  });
}

function print(run: ImportRun): void {
  const would = run.dry_run ? 'would ' : '';
  for (const o of run.outcomes) {
    if (o.action === 'outside') continue;
    const from = `${o.source} ${o.source_id}`;
    if (o.action === 'refused') {
      err(`refused ${from} (${o.where}): ${o.message}`);
      continue;
    }
    const verb = run.dry_run ? (o.action === 'unchanged' ? 'unchanged' : `would ${o.action.replace(/d$/, '')}`) : o.action;
    out(`${verb.padEnd(run.dry_run ? 15 : 9)} ${o.file}  ${from}${o.changes?.length ? `: ${o.changes.join('; ')}` : ''}`);
    if (o.text !== undefined) out(indent(o.text));
    if (o.diff) out(indent(o.diff));
    for (const note of o.notes ?? []) err(`note: ${o.file}: ${note}`);
    for (const kept of o.kept ?? []) err(`note: ${o.file}: kept ${kept}`);
  }
  for (const note of run.notes) err(note.startsWith('refused ') ? note : `note: ${note}`);
  const c = run.counts;
  const parts = [`${c.created} ${would ? 'to create' : 'created'}`, `${c.updated} ${would ? 'to update' : 'updated'}`, `${c.unchanged} unchanged`];
  if (c.refused) parts.push(`${c.refused} refused`);
  if (c.outside) parts.push(`${c.outside} outside --since/--until`);
  err(`${run.source}: ${parts.join(', ')}`);
  const todo = summarise(run.outcomes);
  if (todo.length) {
    err('incident validate will still ask for (warnings while an incident is open or resolved, errors once closed):');
    for (const t of todo) writeLine(2, `  ${String(t.count).padStart(4)} × ${t.message}\n         fix: ${t.fix}`);
  }
}

const indent = (text: string) => text.replace(/\n$/, '').split('\n').map((l) => (l ? `    ${l}` : '')).join('\n');

/** The findings of every written file, grouped: ids and names made generic, each group counted. */
function summarise(outcomes: readonly ImportOutcome[]): { message: string; fix: string; count: number }[] {
  const groups = new Map<string, { message: string; fix: string; count: number }>();
  for (const o of outcomes) {
    for (const h of o.todo ?? ([] as Hint[])) {
      const message = generic(h.message, o);
      const fix = generic(h.fix, o);
      const g = groups.get(message) ?? { message, fix, count: 0 };
      g.count++;
      groups.set(message, g);
    }
  }
  return [...groups.values()].sort((a, b) => b.count - a.count || (a.message < b.message ? -1 : 1));
}

function generic(text: string, o: ImportOutcome): string {
  let t = text.replace(/\bAI-[0-9a-z]+\b/gi, 'AI-<id>');
  if (o.id) t = t.split(o.id).join('<id>');
  if (o.file) t = t.split(o.file).join('<file>');
  return t;
}
