// The commands for after the incident and its whole lifecycle: correct or remove a timeline entry,
// change severity, reopen, action items, impact and the post-mortem review. Wired into the command
// table by program.ts; each command's code is imported only when that command runs.
import type { Command } from 'commander';
import { addOptions, type Values } from './fast-args.ts';
import { ACTION_OPTIONS, AMEND_OPTIONS, IMPACT_OPTIONS, REMOVE_OPTIONS, REOPEN_OPTIONS, REVIEW_OPTIONS, SEVERITY_OPTIONS } from './options.ts';

// Each runs the same code as its lane (actions/<command>.ts), with commander's parse of the line.
export function register(cli: Command, Option: typeof import('commander').Option): void {
  const amend = cli.command('amend')
    .description('correct timeline entry <n> (the number incident show prints); it keeps its place in the file')
    .argument('<id>', 'incident id')
    .argument('<n>', 'entry number, from incident show')
    .action(async (id: string, n: string, opts: Values) => (await import('./actions/amend.ts')).run([id, n], opts));
  addOptions(amend, AMEND_OPTIONS, Option);

  const remove = cli.command('remove')
    .description('remove timeline entry <n> (the number incident show prints); later entries move up one number')
    .argument('<id>', 'incident id')
    .argument('<n>', 'entry number, from incident show')
    .action(async (id: string, n: string, opts: Values) => (await import('./actions/remove.ts')).run([id, n], opts));
  addOptions(remove, REMOVE_OPTIONS, Option);

  const severity = cli.command('severity')
    .description('change the severity; logged on the timeline as "SEV-2 -> SEV-1"')
    .argument('<id>', 'incident id')
    .argument('<severity>', 'a severity from .incident.yml, e.g. SEV-1')
    .action(async (id: string, level: string, opts: Values) => (await import('./actions/severity.ts')).run([id, level], opts));
  addOptions(severity, SEVERITY_OPTIONS, Option);

  const reopen = cli.command('reopen')
    .description('reopen a resolved or closed incident (the same as incident status <id> investigating)')
    .argument('<id>', 'incident id')
    .action(async (id: string, opts: Values) => (await import('./actions/reopen.ts')).run([id], opts));
  addOptions(reopen, REOPEN_OPTIONS, Option);

  const action = cli.command('action')
    .description('action items: list them, add one, change one (status, owner, due, title), remove one')
    .argument('<id>', 'incident id')
    .argument('[action]', 'add "<title>" | <AI-id> (with options) | remove <AI-id> | list (<AI-id>: like AI-k7m2q, or k7m2q)', 'list')
    .argument('[arg]', 'the title (add) or the item (remove)')
    .usage('<id> [list] | add "<verb-first title>" [--type] [--owner] [--due] | <AI-id> [--status] [--reason] [--owner] [--due] [--title] | remove <AI-id>')
    .action(async (id: string, what: string, arg: string | undefined, opts: Values) =>
      (await import('./actions/action.ts')).run([id, what, ...(arg === undefined ? [] : [arg])], opts));
  addOptions(action, ACTION_OPTIONS, Option);

  const impact = cli.command('impact')
    .description('set the impact summary and figures (a figure with the same label is replaced)')
    .argument('<id>', 'incident id')
    // commander names --remove-figure removeFigure; the lane keeps the flag's own name.
    .action(async (id: string, opts: Values) => (await import('./actions/impact.ts')).run([id], { ...opts, 'remove-figure': opts.removeFigure }));
  addOptions(impact, IMPACT_OPTIONS, Option);

  const review = cli.command('review')
    .description('the post-mortem review: request, approve, reject (back to draft, with --note) or publish')
    .argument('<id>', 'incident id')
    .argument('<step>', 'request | approve | reject | publish')
    .action(async (id: string, step: string, opts: Values) => (await import('./actions/review.ts')).run([id, step], opts));
  addOptions(review, REVIEW_OPTIONS, Option);
}
