// The commands for after the incident and its whole lifecycle: correct or remove a timeline entry,
// change severity, reopen, action items, impact and the post-mortem review. Wired into the command
// table by program.ts; each command's code is imported only when that command runs.
import type { Command } from 'commander';
import { deps, json, out, writeLine } from './io.ts';

const collect = (value: string, previous: string[] = []) => [...previous, value];
const FORCE = 'record it even if the timeline breaks its rules (a milestone out of order or twice); says so';
const warn = (lines: string[] | undefined) => { for (const line of lines ?? []) writeLine(2, `incident: ${line}`); };

export function register(cli: Command): void {
  cli.command('amend')
    .description('correct timeline entry <n> (the number incident show prints); it keeps its place in the file')
    .argument('<id>', 'incident id')
    .argument('<n>', 'entry number, from incident show')
    .option('--at <time>', 'new time: ISO 8601, HH:MM[:SS] (near the entry\'s own time) or -5m')
    .option('-m, --text <text>', 'new text')
    .option('-k, --kind <kind>', 'new kind')
    .option('--by <name>', 'new author')
    .option('--approx', 'the time is approximate')
    .option('--no-approx', 'the time is exact')
    .option('--force', FORCE)
    .option('--json', 'print the entry before and after as JSON')
    .action(async (id: string, n: string, opts) => {
      const { amend } = await import('../commands/amend.ts');
      const result = await amend({ ...opts, id, n }, deps());
      warn(result.forced);
      if (opts.json) return json(result);
      const e = result.entry;
      out(`${result.file}: ${result.changed ? 'entry' : 'no change to entry'} ${n}: ${e.approx ? '~' : ''}${e.at} ${e.kind}${e.by ? ` ${e.by}` : ''}: ${e.text}`);
    });

  cli.command('remove')
    .description('remove timeline entry <n> (the number incident show prints); later entries move up one number')
    .argument('<id>', 'incident id')
    .argument('<n>', 'entry number, from incident show')
    .option('--force', FORCE)
    .option('--json', 'print the removed entry as JSON')
    .action(async (id: string, n: string, opts) => {
      const { removeEntry } = await import('../commands/remove.ts');
      const result = await removeEntry({ id, n, force: opts.force }, deps());
      warn(result.forced);
      if (opts.json) return json(result);
      const e = result.removed;
      out(`${result.file}: removed entry ${n}: ${e.at} ${e.kind}: ${e.text}`);
    });

  cli.command('severity')
    .description('change the severity; logged on the timeline as "SEV-2 -> SEV-1"')
    .argument('<id>', 'incident id')
    .argument('<severity>', 'a severity from .incident.yml, e.g. SEV-1')
    .option('--at <time>', 'when it changed (required when back-filling, unless --now)')
    .option('--now', 'it changes now, even on an incident being back-filled')
    .option('--approx', 'the time is approximate')
    .option('--by <name>', 'who (default: your git user name)')
    .option('--force', FORCE)
    .option('--json', 'print the change as JSON')
    .action(async (id: string, severity: string, opts) => {
      const { setSeverity } = await import('../commands/severity.ts');
      const result = await setSeverity({ ...opts, id, severity }, deps());
      warn(result.forced);
      if (opts.json) return json(result);
      out(result.entry ? `${result.file}: ${result.entry.at} severity ${result.entry.text}` : `${result.file}: already ${result.to}`);
    });

  cli.command('reopen')
    .description('reopen a resolved or closed incident (the same as incident status <id> investigating)')
    .argument('<id>', 'incident id')
    .option('--status <status>', 'investigating (default), identified or monitoring')
    .option('-m, --text <text>', 'what to write on the timeline (default: describes the change)')
    .option('--by <name>', 'who (default: your git user name)')
    .option('--at <time>', 'when (default: now)')
    .option('--approx', 'the time is approximate')
    .option('--force', FORCE)
    .option('--json', 'print the change as JSON')
    .action(async (id: string, opts) => {
      const { setStatus } = await import('../commands/status.ts');
      const result = await setStatus({ ...opts, id, target: opts.status ?? 'investigating', reopen: true }, deps());
      warn((result as { forced?: string[] }).forced);
      if (opts.json) return json(result);
      out(`${result.file}: ${result.entry.at} ${result.entry.kind} ${result.entry.text}`);
    });

  cli.command('action')
    .description('action items: list them, add one, change one (status, owner, due, title), remove one')
    .argument('<id>', 'incident id')
    .argument('[action]', 'add "<title>" | <AI-n> (with options) | remove <AI-n> | list', 'list')
    .argument('[arg]', 'the title (add) or the item (remove)')
    .usage('<id> [list] | add "<verb-first title>" [--type] [--owner] [--due] | <AI-n> [--status] [--reason] [--owner] [--due] [--title] | remove <AI-n>')
    .option('--type <type>', 'prevent, detect, mitigate, process or other')
    .option('--owner <name>', 'the one person responsible')
    .option('--due <date>', 'due date, YYYY-MM-DD')
    .option('--status <status>', 'open, in-progress, done or wont-do (wont-do needs --reason)')
    .option('--reason <text>', 'why it will not be done (wont-do)')
    .option('--title <text>', 'a new title, verb first')
    .option('--force', FORCE)
    .option('--json', 'print the result as JSON')
    .action(async (id: string, what: string, arg: string | undefined, opts) => {
      const { action } = await import('../commands/action.ts');
      const result = await action({ ...opts, id, action: what, arg }, deps());
      warn(result.forced);
      warn(result.warnings);
      if (opts.json) return json(result);
      if (result.items) {
        const { formatActionItems } = await import('../core/action-items.ts');
        return out(result.items.length ? formatActionItems(result.items) : `${result.file}: no action items (incident action ${id} add "<title>")`);
      }
      if (result.removed) return out(`${result.file}: removed ${result.removed.id}: ${result.removed.title}`);
      const a = result.item!;
      out(`${result.file}: ${a.id} ${a.status ?? 'open'}: ${a.title}${a.owner ? `, owner ${a.owner}` : ''}${a.due ? `, due ${a.due}` : ''}`);
    });

  cli.command('impact')
    .description('set the impact summary and figures (a figure with the same label is replaced)')
    .argument('<id>', 'incident id')
    .option('--summary <text>', 'who was affected, how, and for how long')
    .option('--figure <label=value>', 'a measured figure, e.g. "Queries lost=1.21B" (repeatable)', collect)
    .option('--remove-figure <label>', 'drop the figure with this label (repeatable)', collect)
    .option('--force', FORCE)
    .option('--json', 'print the impact as JSON')
    .action(async (id: string, opts) => {
      const { setImpact } = await import('../commands/impact.ts');
      const result = await setImpact({ id, summary: opts.summary, figures: opts.figure, removeFigures: opts.removeFigure, force: opts.force }, deps());
      warn(result.forced);
      if (opts.json) return json(result);
      const impact = (result.impact ?? {}) as { summary?: string; figures?: { label: string; value: unknown }[] };
      out(`${result.file}: ${result.changed ? 'impact set' : 'no change'}`);
      if (impact.summary) out(`  ${impact.summary}`);
      for (const f of impact.figures ?? []) out(`  ${f.label}: ${String(f.value)}`);
    });

  cli.command('review')
    .description('the post-mortem review: request, approve, reject (back to draft, with --note) or publish')
    .argument('<id>', 'incident id')
    .argument('<step>', 'request | approve | reject | publish')
    .option('--by <name>', 'who takes the step (default: your git user name)')
    .option('--note <text>', 'what the reviewer says (required to reject)')
    .option('--at <time>', 'when (default: now)')
    .option('--force', FORCE)
    .option('--json', 'print the step as JSON')
    .action(async (id: string, step: string, opts) => {
      const { reviewPostmortem } = await import('../commands/postmortem-review.ts');
      const result = await reviewPostmortem({ ...opts, id, step }, deps());
      warn(result.forced);
      if (opts.json) return json(result);
      out(`${result.file}: post-mortem ${result.to} (was ${result.from}); ${result.approval.decision} by ${result.approval.by} at ${result.approval.at}`);
    });
}
