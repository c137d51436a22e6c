// `incident site`: argument parsing and printing only (the work is src/commands/site.ts).
import type { Command } from 'commander';
import { UsageError } from '../core/util/errors.ts';
import { deps, out, writeLine } from './io.ts';

export function register(cli: Command): void {
  cli.command('site')
    .description('build the internal incident catalogue: every incident, filters, insights with charts, action items, the review queue')
    .option('-o, --out <dir>', 'the site directory (replaced as a whole; a directory Casefile did not write is never touched)')
    .option('--no-cache', 'render every page, leaving the site cache (in .git/casefile/) as it is')
    .option('--threads <n>', 'render pages on at most this many threads (default: one per core from 3,000 files)')
    .option('--json', 'print the result as JSON')
    .action(async (opts) => {
      if (opts.threads !== undefined && !/^[1-9]\d*$/.test(opts.threads)) throw new UsageError(`Unexpected --threads "${opts.threads}", expected a positive whole number`);
      const { site } = await import('../commands/site.ts');
      const result = await site({ out: opts.out, cache: opts.cache, threads: opts.threads === undefined ? undefined : Number(opts.threads) }, deps());
      for (const problem of result.problems) writeLine(2, `incident: skipped ${problem}`);
      if (opts.json) out(JSON.stringify(result, null, 2));
      else writeLine(2, `wrote ${result.out}/ (${result.incidents} incident${result.incidents === 1 ? '' : 's'})`); // a confirmation: stderr
    });
}
