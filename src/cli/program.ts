// The `incident` command table (commander), loaded lazily by main.ts. Each command's own code is
// imported only when that command runs; the lanes' options come from options.ts (see lane.ts).
import { Command, Option } from 'commander';
import { deps, json, out, writeLine } from './io.ts';
import { LOG_OPTIONS, SHOW_OPTIONS, VALIDATE_OPTIONS } from './options.ts';
import { addOptions } from './fast-args.ts';
import { register as registerIssues } from './commands-issues.ts';
import { register as registerResponse } from './commands-response.ts';
import { register as registerRender } from './commands-render.ts';
import { register as registerLifecycle } from './commands-lifecycle.ts';

declare const CASEFILE_VERSION: string;

const collect = (value: string, previous: string[] = []) => [...previous, ...value.split(',').map((s) => s.trim()).filter(Boolean)];

export function program(): Command {
  const cli = new Command('incident')
    .description('Incident records and post-mortems as Markdown files in your git repository')
    .version(typeof CASEFILE_VERSION === 'string' ? CASEFILE_VERSION : 'dev')
    .showHelpAfterError()
    .exitOverride();

  cli.command('init')
    .description('write a commented .incident.yml and create the incidents directory')
    .option('--force', 'overwrite an existing .incident.yml')
    .action(async (opts) => {
      const { init } = await import('../commands/init.ts');
      const result = await init(opts, deps());
      for (const file of result.written) out(`wrote ${file}`);
    });

  cli.command('new')
    .description('start an incident record; prints its path')
    .argument('<title>', 'what is broken, e.g. "Checkout fails for EU customers"')
    .option('-s, --severity <sev>', 'severity, e.g. SEV-2 (default from .incident.yml)')
    .option('-c, --commander <name>', 'the incident commander')
    .option('--service <name>', 'an affected service (repeat or comma-separate)', collect)
    .option('--at <time>', 'when impact started (logs `started`): ISO 8601, HH:MM or -15m')
    .option('--approx', 'the start time is an estimate')
    .option('--started-text <text>', 'what started, the text of the `started` entry (default: "Impact started")')
    .option('--declared <time>', 'when the incident was declared (default: now, unless back-filling)')
    .option('--timezone <zone>', 'IANA time zone of the incident (default from .incident.yml or this machine)')
    .option('--drill', 'a practice incident: never counted in metrics or published')
    .option('--public', 'a public summary will be published')
    .option('--by <name>', 'who declares it (default: your git user name)')
    .option('--json', 'print the new record as JSON')
    .action(async (title, opts) => {
      const { newIncident } = await import('../commands/new.ts');
      const result = await newIncident({ ...opts, title, services: opts.service }, deps());
      if (opts.json) json(result);
      else out(result.file);
    });

  const log = cli.command('log')
    .description('append a timeline entry (to the only open incident when no id is given)')
    .argument('[id]', 'incident id; optional when exactly one incident is open')
    .argument('[text]', 'what happened')
    .usage('[<id>] "<text>" [options]')
    .action(async (first, second, opts) => (await import('./actions/log.ts')).run([first, second].filter((a) => a !== undefined), opts));
  addOptions(log, LOG_OPTIONS, Option);

  cli.command('role')
    .description('hand a role over; each change is logged on the timeline')
    .argument('<id>', 'incident id')
    .option('-c, --commander <name>', 'incident commander')
    .option('--deputy <name>', 'deputy (backup incident commander)')
    .option('--scribe <name>', 'scribe')
    .option('--comms <name>', 'communications liaison')
    .option('--coordinator <name>', 'investigation coordinator')
    .option('--sme <name>', 'add a subject matter expert (repeat or comma-separate)', collect)
    .option('--by <name>', 'who records the change (default: your git user name)')
    .option('--at <time>', 'when (default: now; asked for when the incident is being back-filled)')
    .option('--now', 'record it at the current time, even on an incident being back-filled')
    .option('--force', 'record it even if the timeline breaks its rules; says so')
    .option('--json', 'print the changes as JSON')
    .action(async (id, opts) => {
      const { role: run, roleLabel } = await import('../commands/role.ts');
      const result = await run({
        id, by: opts.by, at: opts.at, now: opts.now, force: opts.force, smes: opts.sme,
        roles: {
          incident_commander: opts.commander, deputy: opts.deputy, scribe: opts.scribe,
          communications_liaison: opts.comms, investigation_coordinator: opts.coordinator,
        },
      }, deps());
      for (const line of result.forced) writeLine(2, `incident: ${line}`);
      if (opts.json) return json(result);
      if (result.changes.length === 0) return out(`${result.file}: no change`);
      for (const c of result.changes) out(`${result.file}: ${roleLabel(c.role)} ${c.to}${c.from ? ` (was ${c.from})` : ''}`);
    });

  cli.command('status')
    .description('move the status (investigating, identified, monitoring, resolved) or log a milestone')
    .argument('<id>', 'incident id')
    .argument('<status>', 'a status, or a milestone: started, detected, acknowledged, declared, mitigated, recovered, resolved')
    .option('-m, --text <text>', 'what to write on the timeline (default: describes the change)')
    .option('--by <name>', 'who (default: your git user name)')
    .option('--at <time>', 'when: ISO 8601, HH:MM[:SS] in the incident time zone, or -5m (default: now)')
    .option('--approx', 'the time is approximate')
    .option('--force', 'record it even if the timeline breaks its rules (a milestone out of order or twice); says so')
    .option('--json', 'print the change as JSON')
    .action(async (id, target, opts) => {
      const { setStatus } = await import('../commands/status.ts');
      const result = await setStatus({ ...opts, id, target }, deps());
      for (const line of result.forced) writeLine(2, `incident: ${line}`);
      if (opts.json) json(result);
      else out(`${result.file}: ${result.entry.at} ${result.entry.kind} ${result.entry.text}`);
    });

  cli.command('close')
    .description('close a resolved incident: sets the post-mortem owner and due date, prints the metrics')
    .argument('<id>', 'incident id')
    .option('--owner <name>', 'post-mortem owner (default: the existing owner, else the incident commander)')
    .option('--due <date>', 'post-mortem due date, YYYY-MM-DD (default: from .incident.yml by severity)')
    .option('--by <name>', 'who closes it (default: your git user name)')
    .option('--at <time>', 'when (default: now)')
    .option('--force', 'record it even if the timeline breaks its rules; says so')
    .option('--json', 'print the result as JSON')
    .action(async (id, opts) => {
      const { close } = await import('../commands/close.ts');
      const { metricsTable } = await import('../core/show.ts');
      const result = await close({ ...opts, id }, deps());
      for (const line of result.forced) writeLine(2, `incident: ${line}`);
      if (opts.json) return json(result);
      out(`${result.file}: closed; post-mortem owner ${result.owner}${result.due ? `, due ${result.due}` : ''}`);
      if (result.dueNote) writeLine(2, `incident: ${result.dueNote}`);
      if (result.metrics.length) out(metricsTable(result.metrics));
      // What validate will still ask for, each with the command that fixes it.
      if (result.still.length) out(`\nStill to do before validate passes (incident validate ${result.file}):\n${result.still.map((h) => `  ${h.severity === 'error' ? 'error  ' : 'warning'} ${h.message}\n           fix: ${h.fix}`).join('\n')}`);
    });

  cli.command('list')
    .description('list incidents, newest first')
    .option('--status <status>', 'only these statuses (repeat or comma-separate; "open" = not resolved or closed)', collect)
    .option('--severity <sev>', 'only these severities (repeat or comma-separate)', collect)
    .option('--kind <kind>', 'only incidents or only drills (incident | drill)')
    .option('--service <name>', 'only incidents affecting this service (repeat or comma-separate)', collect)
    .option('--since <date>', 'only incidents started on or after a date (2026-01-31) or within an age (30d, 2w)')
    .option('--json', 'print the list as JSON')
    .action(async (opts) => {
      const { list, formatList } = await import('../commands/list.ts');
      const result = await list(opts, deps());
      for (const problem of result.problems) process.stderr.write(`incident: skipped ${problem}\n`);
      if (opts.json) json(result.incidents);
      else out(formatList(result.incidents));
    });

  const show = cli.command('show')
    .description('show an incident: roles, timeline in its time zone, metrics, action items')
    .argument('<id>', 'incident id')
    .action(async (id, opts) => (await import('./actions/show.ts')).run([id], opts));
  addOptions(show, SHOW_OPTIONS, Option);

  const validate = cli.command('validate')
    .description('check post-mortems against the rules; exit 1 when there is an error')
    .argument('[paths...]', 'incident files or directories (default: every incident)')
    .option('--changed [base]', 'only incident files changed against a git base (default HEAD: uncommitted changes)')
    .action(async (paths: string[], opts) => (await import('./actions/validate.ts')).run(paths, opts));
  addOptions(validate, VALIDATE_OPTIONS, Option);

  registerResponse(cli, Option);
  registerIssues(cli);
  registerRender(cli, Option);
  registerLifecycle(cli);
  return cli;
}
