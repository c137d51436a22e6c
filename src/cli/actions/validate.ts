// `incident validate [paths...]`: findings of every incident (or the given ones). A lane (see
// ../lane.ts), cold or warm; an unusual file (the YAML or Markdown parser) or `--changed` (git)
// hand it to the full CLI.
import { SilentExit, UsageError } from '../../core/util/errors.ts';
import { FORMATS, formatGithub, formatJson, formatPretty, prettyTotal, summarize, type Format } from '../../core/validate/format.ts';
import { validate } from '../../commands/validate.ts';
import { checkedInThisThread } from '../../commands/validate-check.ts';
import { deps, out } from '../io.ts';
import { str, type Values } from '../fast-args.ts';
import { lane } from '../lane.ts';
import { colourOn } from '../colour.ts';
import { paintFindings } from '../paint.ts';
import { VALIDATE_OPTIONS } from '../options.ts';

export async function run(paths: string[], opts: Values): Promise<void> {
  const given = str(opts.format);
  if (given !== undefined && !(FORMATS as readonly string[]).includes(given)) throw new UsageError(`Unexpected --format "${given}", expected one of ${FORMATS.join(', ')}`);
  // --json as every other command takes it; --format json stays its alias.
  if (opts.json && given !== undefined && given !== 'json') throw new UsageError(`Unexpected --json with --format ${given}, expected one of them`);
  const format = opts.json ? 'json' : given ?? 'pretty';
  const threads = str(opts.threads);
  if (threads !== undefined && !/^[1-9]\d*$/.test(threads)) throw new UsageError(`Unexpected --threads "${threads}", expected a positive whole number`);
  // commander reads --no-cache as cache: false; the lane by its own name.
  const cache = !(opts.cache === false || opts['no-cache'] === true);
  const changed = opts.changed as string | boolean | undefined;
  const result = await validate({ paths, changed, cache, threads: threads === undefined ? undefined : Number(threads) }, deps());
  if (format === 'pretty' && !opts.quiet) {
    const total = Buffer.from(prettyTotal(result.summary));
    if (colourOn(1)) out(paintFindings(Buffer.concat([result.printed, total]).toString()));
    else for (const part of [...result.printedParts, total]) out(part);
  }
  else {
    const shown = opts.quiet ? result.diagnostics.filter((d) => d.severity === 'error') : result.diagnostics;
    const summary = summarize(result.summary.files, shown);
    if ((format as Format) === 'json') out(formatJson(shown, summary));
    else if (format === 'github') {
      const text = formatGithub(shown);
      if (text) out(text);
    } else if (shown.length > 0) out(paintFindings(formatPretty(shown, summary)));
  }
  if (result.summary.errors > 0) throw new SilentExit(1);
}

// A cold run (--no-cache, or no cache yet) starts its worker threads from the lane too
// (../../commands/validate-pool.ts); --changed asks git, the full CLI's.
export const main = lane('validate', VALIDATE_OPTIONS, run, { fullOnly: ['--changed'] });

/**
 * Whether this run's compiled code is worth keeping as the lane's V8 code cache (bin/incident.cjs):
 * only once a file was checked in this thread. A cache V8 takes is never written again, and one
 * written by a run that checked nothing here (a cold run checks on worker threads; a warm run may
 * find nothing changed) lacks the rules: each later warm run compiled them again. A warm run of
 * 10,000 files with one changed took 90.3 ms of CPU with such a cache, 86.1 with one written
 * after a check (Node 24; Node 20: 139.2 and 132.8; medians of 20 and 12 interleaved runs).
 */
export const codeCacheReady = checkedInThisThread;
