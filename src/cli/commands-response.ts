// The commands for responding together: threads, the coordinator's report, status updates,
// evidence, drills and the git merge driver. Wired into the command table by program.ts; each
// command's code is imported only when that command runs.
import type { Command } from 'commander';
import { SilentExit, UsageError } from '../core/util/errors.ts';
import { deps, json, out, writeLine } from './io.ts';
import { addOptions, type Values } from './fast-args.ts';
import { EVIDENCE_OPTIONS, REPORT_OPTIONS, STATUS_UPDATE_OPTIONS, THREAD_OPTIONS } from './options.ts';

export function register(cli: Command, Option: typeof import('commander').Option): void {
  const thread = cli.command('thread')
    .description('investigation threads: open a question, post findings, close it with the answer')
    .argument('<id>', 'incident id')
    .argument('[action]', 'open "<question>" | update <thread> "<finding>" | close <thread> "<answer>" | assign <thread> [owner] | list (<thread>: its id, like k7m2q)', 'list')
    .argument('[args...]', 'the thread (its id, or an older file\'s number) and the text')
    .usage('<id> open "<question>" [--owner <name>] | update <thread> "<text>" | close <thread> "<answer>" | assign <thread> [<owner>] | list')
    .action(async (id: string, action: string, args: string[], opts: Values) => (await import('./actions/thread.ts')).run([id, action, ...args], opts));
  addOptions(thread, THREAD_OPTIONS, Option);

  const evidence = cli.command('evidence')
    .description('save evidence before restoring service: add files, capture a command\'s output, verify hashes')
    .argument('<id>', 'incident id')
    .argument('[action]', 'add <file...> | run -- <command...> | verify | list', 'list')
    .argument('[args...]', 'files (add) or the command and its arguments (run, after --)')
    .usage('<id> add <file...> | run [--timeout <s>] [--shell] -- <command...> | verify | list')
    .action(async (id: string, action: string, args: string[], opts: Values) =>
      // commander names --allow-failure allowFailure; the lane keeps the flag's own name.
      (await import('./actions/evidence.ts')).run([id, action, ...args], { ...opts, 'allow-failure': opts.allowFailure }));
  addOptions(evidence, EVIDENCE_OPTIONS, Option);

  cli.command('merge-driver')
    .description('git merge driver for incident files (git runs it; incident init installs it)')
    .argument('[files...]', '%O %A %B %P: the common ancestor, ours (the result is written here), theirs, the path')
    .option('--install', 'install the driver in this clone: .gitattributes line and git config')
    .option('--global', 'with --install: for every repository of this user (git config --global), as git lfs install does')
    .action(async (files: string[], opts) => {
      if (opts.global && !opts.install) throw new UsageError('Unexpected --global without --install, expected incident merge-driver --install --global');
      if (opts.install) {
        const [{ installMergeDriver, customDriver }, { openRepo }] = await Promise.all([import('../io/merge-driver-setup.ts'), import('../io/repo.ts')]);
        const { cwd, env } = deps();
        const repo = await openRepo(cwd);
        const scope = { global: opts.global === true, env };
        const written = installMergeDriver(repo.root, repo.config.incidents_dir, scope);
        const own = customDriver(repo.root, scope);
        if (own) writeLine(2, `incident: a merge driver of your own is configured (${own}): left as it is`);
        // Confirmations, not results: stderr.
        return writeLine(2, written.length ? written.map((w) => `wrote ${w}`).join('\n') : 'merge driver already installed');
      }
      const [base, ours, theirs, path] = files;
      if (!base || !ours || !theirs) throw new UsageError('Missing files, expected incident merge-driver %O %A %B %P (git passes them)');
      const { mergeDriver } = await import('../commands/merge-driver.ts');
      const result = mergeDriver({ base, ours, theirs, path });
      if (result.fallback) writeLine(2, `incident merge-driver: ${result.path}: merged line by line (${result.fallback})`);
      for (const note of result.notes) writeLine(2, `incident merge-driver: ${result.path}: ${note}`);
      if (result.conflicts.length) {
        writeLine(2, `incident merge-driver: ${result.path}: conflict in ${result.conflicts.join(', ')}`);
        throw new SilentExit(1);
      }
    });

  const report = cli.command('report')
    .description("the investigation coordinator's report: symptoms, data so far, open threads and owners, roles, milestones (Markdown for chat)")
    .argument('<id>', 'incident id')
    .action(async (id: string, opts: Values) => (await import('./actions/report.ts')).run([id], opts));
  addOptions(report, REPORT_OPTIONS, Option);

  const statusUpdate = cli.command('status-update')
    .description('an update for the communications liaison (status page or chat), from status-update.md.hbs')
    .argument('<id>', 'incident id')
    .action(async (id: string, opts: Values) => (await import('./actions/status-update.ts')).run([id], opts));
  addOptions(statusUpdate, STATUS_UPDATE_OPTIONS, Option);

  const drill = cli.command('drill').description('practice incidents (new ones: incident new --drill)');
  drill.command('replay')
    .description('a past incident as a tabletop exercise: the timeline step by step, root cause and resolution at the end')
    .argument('<id>', 'incident id')
    .option('--step', 'wait for Enter between steps (when stdin is a terminal)')
    .option('--json', 'print the script as JSON')
    .action(async (id: string, opts) => {
      const { drillReplay } = await import('../commands/drill.ts');
      const script = await drillReplay({ id }, deps());
      if (opts.json) return json(script);
      // Without a terminal to answer, every step is printed (the step headers separate them).
      const prompt = opts.step && process.stdin.isTTY ? await prompter() : undefined;
      try {
        out(script.intro);
        for (const [i, step] of script.steps.entries()) {
          await prompt?.(`[Enter: step ${i + 1} of ${script.steps.length}]`);
          out('\n' + step);
        }
        await prompt?.('[Enter: the reveal]');
        out('\n' + script.reveal);
      } finally {
        prompt?.close();
      }
    });
}

/** Waits for Enter on the terminal; the prompt goes to stderr so stdout stays the script. */
async function prompter(): Promise<((text: string) => Promise<void>) & { close(): void }> {
  const { createInterface } = await import('node:readline');
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  const ask = (text: string) => new Promise<void>((resolve) => rl.question(`${text} `, () => resolve()));
  return Object.assign(ask, { close: () => rl.close() });
}
