// The `incident` command table (commander), loaded lazily by main.ts. Each command's own code is
// imported only when that command runs; the lanes' options come from options.ts (see lane.ts).
import { Command, Option } from 'commander';
import { deps, json, out, writeBytes, writeLine } from './io.ts';
import { CLOSE_OPTIONS, LOG_OPTIONS, ROLE_OPTIONS, SHOW_OPTIONS, STATUS_OPTIONS, VALIDATE_OPTIONS } from './options.ts';
import { addOptions, type Values } from './fast-args.ts';
import { addExamples } from './examples.ts';
import { paintList } from './paint.ts';
import { idArg } from './id-arg.ts';
import { UsageError } from '../core/util/errors.ts';
import { register as registerIssues } from './commands-issues.ts';
import { register as registerResponse } from './commands-response.ts';
import { register as registerRender } from './commands-render.ts';
import { register as registerLifecycle } from './commands-lifecycle.ts';
import { register as registerInsights } from './commands-insights.ts';
import { register as registerSite } from './commands-site.ts';
import { register as registerImport } from './commands-import.ts';

declare const CASEFILE_VERSION: string;

const collect = (value: string, previous: string[] = []) => [...previous, ...value.split(',').map((s) => s.trim()).filter(Boolean)];

export function program(): Command {
  const cli = new Command('incident')
    .description('Incident records and post-mortems as Markdown files in your git repository')
    .version(typeof CASEFILE_VERSION === 'string' ? CASEFILE_VERSION : 'dev')
    .showHelpAfterError()
    // Help and usage errors through our writer too: a closed pipe (`incident log --help | head`) ends them quietly.
    .configureOutput({ writeOut: (text) => writeBytes(1, text), writeErr: (text) => writeBytes(2, text) })
    .exitOverride();

  cli.command('init')
    .description('write a commented .incident.yml and create the incidents directory')
    .option('--force', 'overwrite an existing .incident.yml')
    .action(async (opts) => {
      const { init } = await import('../commands/init.ts');
      const result = await init(opts, deps());
      for (const file of result.written) writeLine(2, `wrote ${file}`); // a confirmation: stderr
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
    .option('--issue <number>', 'its tracking issue on GitHub: a hidden marker in each links them, and the Action writes the issue\'s /log, /status... comments to it')
    .option('--repo <owner/name>', 'with --issue: the issue\'s repository (default: github.repo in .incident.yml, else origin)')
    .option('--json', 'print the new record as JSON')
    .action(async (title, opts) => {
      const { issue, repo, ...rest } = opts;
      const options = { ...rest, title, services: opts.service };
      const result = issue !== undefined
        ? await (await import('../commands/new-issue.ts')).newIncidentForIssue({ ...options, issueNumber: issue, repo }, deps())
        : await (await import('../commands/new.ts')).newIncident(options, deps());
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

  const role = cli.command('role')
    .description('hand a role over; each change is logged on the timeline')
    .argument('<id>', 'incident id')
    .action(async (id: string, opts: Values) => (await import('./actions/role.ts')).run([id], opts));
  addOptions(role, ROLE_OPTIONS, Option);

  const status = cli.command('status')
    .description('move the status (investigating, identified, monitoring, resolved) or log a milestone')
    .argument('<id>', 'incident id')
    .argument('<status>', 'a status, or a milestone: started, detected, acknowledged, declared, mitigated, recovered, resolved')
    .action(async (id: string, target: string, opts: Values) => (await import('./actions/status.ts')).run([id, target], opts));
  addOptions(status, STATUS_OPTIONS, Option);

  const close = cli.command('close')
    .description('close a resolved incident: sets the post-mortem owner and due date, prints the metrics')
    .argument('<id>', 'incident id')
    .action(async (id: string, opts: Values) => (await import('./actions/close.ts')).run([id], opts));
  addOptions(close, CLOSE_OPTIONS, Option);

  cli.command('list')
    .description('list incidents, newest first')
    .option('--status <status>', 'only these statuses (repeat or comma-separate; "open" = not resolved or closed)', collect)
    .option('--severity <sev>', 'only these severities (repeat or comma-separate)', collect)
    .option('--kind <kind>', 'only incidents or only drills (incident | drill)')
    .option('--service <name>', 'only incidents affecting this service (repeat or comma-separate)', collect)
    .option('--since <time>', 'only incidents started on or after: a date (2026-01-31), ISO 8601 or an age (-30d, -2w, -12h)')
    .option('--json', 'print the list as JSON')
    .action(async (opts) => {
      const { list, formatList } = await import('../commands/list.ts');
      const result = await list(opts, deps());
      for (const problem of result.problems) process.stderr.write(`incident: skipped ${problem}\n`);
      if (opts.json) json(result.incidents);
      else out(paintList(formatList(result.incidents)));
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
  registerLifecycle(cli, Option);
  registerInsights(cli);
  registerSite(cli);
  registerImport(cli);

  cli.command('completion')
    .description('print a shell completion script (bash, zsh or fish), made from this command table')
    .argument('[shell]', 'bash, zsh or fish')
    .addOption(new Option('--ids', 'print the incident ids, one a line (what the scripts complete ids with)').hideHelp())
    .action(async (shell: string | undefined, opts: { ids?: boolean }) => {
      if (opts.ids) {
        const { openRepo, listIncidentIds } = await import('../io/repo.ts');
        const ids = listIncidentIds(await openRepo(deps().cwd));
        if (ids.length) out(ids.join('\n'));
        return;
      }
      const { SHELLS, completionScript } = await import('./completion.ts');
      if (!shell || !(SHELLS as readonly string[]).includes(shell)) {
        throw new UsageError(`${shell ? `Unexpected shell "${shell}"` : 'Missing shell'}, expected one of ${SHELLS.join(', ')}`);
      }
      out(completionScript(shell as (typeof SHELLS)[number], cli).trimEnd());
    });

  // A file where an id goes is that id, in every command (what the lanes do in lane.ts).
  cli.hook('preAction', (_program, action) => {
    const args = action.processedArgs as unknown[];
    action.registeredArguments.forEach((a, i) => {
      const value = args[i];
      if (a.name() === 'ids' && Array.isArray(value)) args[i] = value.map((v) => idArg(String(v)));
      else if (a.name() === 'id' && typeof value === 'string' && (action.name() !== 'log' || args[1] !== undefined)) args[i] = idArg(value);
    });
  });

  addExamples(cli);
  return cli;
}
