// `incident issues`: argument parsing and printing only (the work is src/commands/issues.ts).
// Everything printed, and every error, passes through hideSecrets: the token never reaches the terminal.
import type { Command } from 'commander';
import { CommandError, SilentExit } from '../core/util/errors.ts';
import { deps, out, writeLine } from './io.ts';

export function register(cli: Command): void {
  cli.command('issues')
    .description('turn action items into GitHub issues (exactly once) and bring their state back')
    .argument('[ids...]', 'incident ids (or --all)')
    .usage('[<id>...|--all] [--dry-run] [--repo owner/name] [--json]')
    .option('--all', 'every incident')
    .option('--dry-run', 'print the plan (create / adopt / update / nothing) and write nothing')
    .option('--repo <owner/name>', 'where the issues go (default: github.repo in .incident.yml, else the origin remote)')
    .option('--json', 'print the result as JSON')
    .action(async (ids: string[], opts: { all?: boolean; dryRun?: boolean; repo?: string; json?: boolean }) => {
      const { hideSecrets, redactError } = await import('../github/secrets.ts');
      const secrets = [process.env.GITHUB_TOKEN, process.env.GH_TOKEN];
      const clean = (text: string) => hideSecrets(text, secrets);
      try {
        const { issues } = await import('../commands/issues.ts');
        const { formatChanges, formatSummary } = await import('../commands/issues-format.ts');
        const result = await issues(
          { ids, all: opts.all, dryRun: opts.dryRun, repo: opts.repo }, deps(),
          { progress: (line) => writeLine(2, clean(`incident issues: ${line}`)) },
        );
        if (opts.json) out(clean(JSON.stringify(result, null, 2)));
        else {
          const changes = formatChanges(result);
          if (changes.length) out(clean(changes.join('\n')));
          out(clean(formatSummary(result)));
        }
        if (result.stopped) throw new CommandError(`stopped early: ${result.stopped}`);
        if (result.counts.failed > 0) throw new SilentExit(1);
      } catch (error) {
        throw redactError(error, secrets);
      }
    });
}
