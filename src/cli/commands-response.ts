// The commands for responding together: threads, the coordinator's report, status updates,
// evidence, drills and the git merge driver. Wired into the command table by program.ts; each
// command's code is imported only when that command runs.
import type { Command } from 'commander';
import { SilentExit, UsageError } from '../core/errors.ts';
import { deps, json, out, writeLine } from './io.ts';
import { addOptions, str, type FastOptions, type Values } from './fast-args.ts';

const seconds = (v: string | undefined) => {
  if (v === undefined) return undefined;
  if (!/^\d+(\.\d+)?$/.test(v) || Number(v) <= 0) throw new UsageError(`Unexpected --timeout "${v}", expected a number of seconds like 30`);
  return Number(v);
};

export const THREAD_OPTIONS: FastOptions = {
  owner: { type: 'string', value: 'name', description: 'who investigates it (open); leave out for "interesting, not being investigated"' },
  by: { type: 'string', value: 'name', description: 'who reports it (default: your git user name)' },
  at: { type: 'string', value: 'time', description: 'when: ISO 8601, HH:MM[:SS] in the incident time zone, or -5m (default: now)' },
  json: { type: 'boolean', description: 'print the result as JSON' },
};

export const EVIDENCE_OPTIONS: FastOptions = {
  timeout: { type: 'string', value: 'seconds', description: 'run: stop the command after this long (default 30)' },
  shell: { type: 'boolean', description: 'run: through /bin/sh -c (pipes, redirections); otherwise no shell is involved' },
  'allow-failure': { type: 'boolean', description: 'run: record the output even when the command fails or times out' },
  note: { type: 'string', value: 'text', description: 'what the evidence is and why it matters' },
  by: { type: 'string', value: 'name', description: 'who captured it (default: your git user name)' },
  json: { type: 'boolean', description: 'print the result as JSON' },
};

/** `incident thread <id> [action] [args...]`: from commander or from the fast lane. */
export async function runThread(positionals: string[], opts: Values): Promise<void> {
  const [id, action = 'list', ...args] = positionals;
  if (id === undefined) throw new UsageError('Missing id, expected incident thread <id> open "<question>"');
  const { thread, formatThreads } = await import('../commands/thread.ts');
  const numbered = action !== 'open' && action !== 'list';
  const [number, ...rest] = numbered ? args : [undefined, ...args];
  const owner = action === 'assign' ? rest.join(' ') || undefined : str(opts.owner);
  const result = await thread({ id, action, number, text: rest.join(' '), owner, by: str(opts.by), at: str(opts.at) }, deps());
  if (opts.json) return json(result);
  if (result.threads) return out(formatThreads(result.threads));
  out(`${result.file}: ${result.entry!.at} ${result.entry!.kind} ${result.entry!.text}`);
}

/** `incident evidence <id> [action] [args...]`: from commander or from the fast lane. */
export async function runEvidence(positionals: string[], opts: Values): Promise<void> {
  const [id, action = 'list', ...args] = positionals;
  if (id === undefined) throw new UsageError('Missing id, expected incident evidence <id> add <file...>');
  const by = str(opts.by);
  const note = str(opts.note);
  if (action === 'add' || action === 'run') {
    const { addEvidence, runEvidence: capture } = await import('../commands/evidence.ts');
    const result = action === 'add'
      ? await addEvidence({ id, files: args, note, by }, deps())
      : await capture({ id, argv: args, shell: opts.shell === true, timeout: seconds(str(opts.timeout)), allowFailure: opts['allow-failure'] === true, note, by }, deps());
    if (opts.json) return json(result);
    for (const e of result.entries) out(`${result.file}: ${e.at} ${e.kind} ${e.text}`);
    return;
  }
  const { listEvidence, verifyEvidence, formatVerify } = await import('../commands/evidence-verify.ts');
  if (action === 'verify') {
    const result = await verifyEvidence({ id }, deps());
    if (opts.json) json(result);
    else out(formatVerify(result));
    if (!result.ok) throw new SilentExit(1);
    return;
  }
  if (action !== 'list') throw new UsageError(`Unexpected evidence action "${action}", expected add, run, verify or list`);
  const result = await listEvidence({ id }, deps());
  if (opts.json) return json(result);
  if (result.items.length === 0) return out(`${result.file}: no evidence yet (incident evidence ${id} add <file...>)`);
  for (const i of result.items) out(`${i.at}  ${i.file}  ${i.size} B  ${i.by ?? ''}  ${i.command ?? i.source ?? ''}`);
}

export function register(cli: Command, Option: typeof import('commander').Option): void {
  const thread = cli.command('thread')
    .description('investigation threads: open a question, post findings, close it with the answer')
    .argument('<id>', 'incident id')
    .argument('[action]', 'open "<question>" | update <n> "<finding>" | close <n> "<answer>" | assign <n> [owner] | list', 'list')
    .argument('[args...]', 'the thread number and text')
    .usage('<id> open "<question>" [--owner <name>] | update <n> "<text>" | close <n> "<answer>" | assign <n> [<owner>] | list')
    .action((id: string, action: string, args: string[], opts: Values) => runThread([id, action, ...args], opts));
  addOptions(thread, THREAD_OPTIONS, Option);

  const evidence = cli.command('evidence')
    .description('save evidence before restoring service: add files, capture a command\'s output, verify hashes')
    .argument('<id>', 'incident id')
    .argument('[action]', 'add <file...> | run -- <command...> | verify | list', 'list')
    .argument('[args...]', 'files (add) or the command and its arguments (run, after --)')
    .usage('<id> add <file...> | run [--timeout <s>] [--shell] -- <command...> | verify | list')
    .action((id: string, action: string, args: string[], opts: Values) =>
      // commander names --allow-failure allowFailure; the fast lane keeps the flag's own name.
      runEvidence([id, action, ...args], { ...opts, 'allow-failure': opts.allowFailure }));
  addOptions(evidence, EVIDENCE_OPTIONS, Option);

  cli.command('merge-driver')
    .description('git merge driver for incident files (git runs it; incident init installs it)')
    .argument('[files...]', '%O %A %B %P: the common ancestor, ours (the result is written here), theirs, the path')
    .option('--install', 'install the driver in this clone: .gitattributes line and git config')
    .action(async (files: string[], opts) => {
      if (opts.install) {
        const [{ installMergeDriver }, { openRepo }] = await Promise.all([import('../io/git-merge.ts'), import('../io/repo.ts')]);
        const repo = await openRepo(deps().cwd);
        const written = installMergeDriver(repo.root, repo.config.incidents_dir);
        return out(written.length ? written.map((w) => `wrote ${w}`).join('\n') : 'merge driver already installed');
      }
      const [base, ours, theirs, path] = files;
      if (!base || !ours || !theirs) throw new UsageError('Missing files, expected incident merge-driver %O %A %B %P (git passes them)');
      const { mergeDriver } = await import('../commands/merge-driver.ts');
      const result = mergeDriver({ base, ours, theirs, path });
      if (result.fallback) writeLine(2, `incident merge-driver: ${result.path}: merged line by line (${result.fallback})`);
      if (result.conflicts.length) {
        writeLine(2, `incident merge-driver: ${result.path}: conflict in ${result.conflicts.join(', ')}`);
        throw new SilentExit(1);
      }
    });

  cli.command('report')
    .description("the investigation coordinator's report: symptoms, data so far, open threads and owners, roles, milestones (Markdown for chat)")
    .argument('<id>', 'incident id')
    .option('--since <time>', 'only what is new since then: HH:MM in the incident time zone, ISO 8601, or -30m')
    .option('--json', 'print the result as JSON')
    .action(async (id: string, opts) => {
      const { report } = await import('../commands/report.ts');
      const result = await report({ id, since: opts.since }, deps());
      if (opts.json) json(result);
      else out(result.text);
    });

  cli.command('status-update')
    .description('an update for the communications liaison (status page or chat), from status-update.md.hbs')
    .argument('<id>', 'incident id')
    .option('-a, --audience <audience>', 'public (status page: public fields and the Public summary only) or internal (adds roles, latest entries)', 'public')
    .option('-o, --out <file>', 'write it to this file instead of stdout')
    .action(async (id: string, opts) => {
      const { statusUpdate } = await import('../commands/status-update.ts');
      const result = await statusUpdate({ id, audience: opts.audience, out: opts.out }, deps());
      out(result.written ? `wrote ${result.written}` : result.text);
    });

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
