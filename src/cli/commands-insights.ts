// `incident insights`: argument parsing and printing only (the work is src/commands/insights.ts).
import type { Command } from 'commander';
import { UsageError } from '../core/util/errors.ts';
import { deps, out, writeLine } from './io.ts';

const collect = (value: string, previous: string[] = []) => [...previous, ...value.split(',').map((s) => s.trim()).filter(Boolean)];

/** Tens of MB for 10,000 incidents: written in pieces of about 64 KB as they are made, never held whole. */
function writeChunks(chunks: Iterable<string>): void {
  let pending = '';
  for (const chunk of chunks) {
    pending += chunk;
    if (pending.length >= 65_536) {
      writeLine(1, Buffer.from(pending));
      pending = '';
    }
  }
  if (pending) writeLine(1, Buffer.from(pending));
}

export function register(cli: Command): void {
  cli.command('insights')
    .description('figures across incidents: counts, response times, follow-through, post-mortems, load, repeats')
    .option('--since <time>', 'incidents started on or after: a date (2026-01-31), ISO 8601 or an age (-30d, -2w, -12h)')
    .option('--until <time>', 'incidents started on or before: a date (2026-12-31), ISO 8601 or an age (-30d)')
    .option('--severity <sev>', 'only these severities (repeat or comma-separate)', collect)
    .option('--service <name>', 'only incidents affecting this service (repeat or comma-separate)', collect)
    .option('--kind <kind>', 'incident (default) or drill: drills are otherwise counted apart, never in a figure')
    .option('--include-drills', 'also count the drills left out by month, severity and service (still apart)')
    .option('--by <group>', 'group response times by month (default), quarter, severity or service')
    .option('--json', 'print every figure with the incident ids behind it, and the definitions')
    .option('--csv', 'print one row per figure and group (RFC 4180)')
    .option('--no-cache', 'read every file, leaving the insights cache (in .git/casefile/) as it is')
    .option('--threads <n>', 'read files on at most this many threads (default: one per core from 10,000 files)')
    .action(async (opts) => {
      if (opts.json && opts.csv) throw new UsageError('Unexpected --json with --csv, expected one of them');
      if (opts.threads !== undefined && !/^[1-9]\d*$/.test(opts.threads)) throw new UsageError(`Unexpected --threads "${opts.threads}", expected a positive whole number`);
      const { insights, windowText } = await import('../commands/insights.ts');
      const { formatInsights, insightsCsvChunks, insightsJsonChunks } = await import('../core/insights/index.ts');
      const result = await insights({ ...opts, threads: opts.threads === undefined ? undefined : Number(opts.threads) }, deps());
      for (const problem of result.skipped) writeLine(2, `incident: skipped ${problem}`);
      if (opts.json) writeChunks(insightsJsonChunks(result));
      else if (opts.csv) writeChunks(insightsCsvChunks(result));
      else out(formatInsights(result, windowText(result.window)));
    });
}
