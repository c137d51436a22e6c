// `incident validate [paths...]`: findings of every incident (or the given ones). A lane (see
// ../lane.ts) for a warm run; many files to check (threads), an unusual file (the YAML or
// Markdown parser), `--no-cache` or `--changed` (git) hand it to the full CLI.
import { SilentExit, UsageError } from '../../core/util/errors.ts';
import { FORMATS, formatGithub, formatJson, formatPretty, prettyTotal, summarize, type Format } from '../../core/validate/format.ts';
import { validate } from '../../commands/validate.ts';
import { deps, out } from '../io.ts';
import { str, type Values } from '../fast-args.ts';
import { lane } from '../lane.ts';
import { VALIDATE_OPTIONS } from '../options.ts';

export async function run(paths: string[], opts: Values): Promise<void> {
  const format = str(opts.format) ?? 'pretty';
  if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`Unexpected --format "${format}", expected one of ${FORMATS.join(', ')}`);
  const threads = str(opts.threads);
  if (threads !== undefined && !/^[1-9]\d*$/.test(threads)) throw new UsageError(`Unexpected --threads "${threads}", expected a positive whole number`);
  // commander reads --no-cache as cache: false; the lane by its own name.
  const cache = !(opts.cache === false || opts['no-cache'] === true);
  const changed = opts.changed as string | boolean | undefined;
  const result = await validate({ paths, changed, cache, threads: threads === undefined ? undefined : Number(threads) }, deps());
  if (format === 'pretty' && !opts.quiet) out(Buffer.concat([result.printed, Buffer.from(prettyTotal(result.summary))]));
  else {
    const shown = opts.quiet ? result.diagnostics.filter((d) => d.severity === 'error') : result.diagnostics;
    const summary = summarize(result.summary.files, shown);
    if ((format as Format) === 'json') out(formatJson(shown, summary));
    else if (format === 'github') {
      const text = formatGithub(shown);
      if (text) out(text);
    } else if (shown.length > 0) out(formatPretty(shown, summary));
  }
  if (result.summary.errors > 0) throw new SilentExit(1);
}

// --no-cache means every file is checked (on threads from 200 files): the full CLI's work.
export const main = lane('validate', VALIDATE_OPTIONS, run, { fullOnly: ['--changed', '--no-cache'] });
