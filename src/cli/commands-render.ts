// `incident render` and `incident publish`: argument parsing and printing only.
import type { Command } from 'commander';
import { deps, out, writeLine } from './io.ts';

export function register(cli: Command): void {
  cli.command('render')
    .description('render an incident through a template: the internal post-mortem, or the public summary')
    .argument('<id>', 'incident id')
    .option('-a, --audience <audience>', 'internal (everything) or public (the Public summary and public fields only)', 'internal')
    .option('-f, --format <format>', 'md or html (default: md, or the template file name\'s)')
    .option('-t, --template <name>', 'template name, e.g. status-update (default: postmortem, or public-summary for --audience public)')
    .option('-o, --out <file>', 'write the result to this file (atomically) instead of stdout')
    .action(async (id, opts) => {
      const { render } = await import('../commands/render.ts');
      const result = await render({ id, audience: opts.audience, format: opts.format, template: opts.template, out: opts.out }, deps());
      if (result.written) out(`wrote ${result.written}`);
      else out(result.text); // ends with a line break: printed as is
    });

  cli.command('publish')
    .description('build the public incident history site from public incidents with a published post-mortem')
    .option('-o, --out <dir>', 'the site directory (default: site/ in the repository); replaced as a whole')
    .option('--json', 'print the result as JSON')
    .action(async (opts) => {
      const { publish } = await import('../commands/publish.ts');
      const result = await publish({ out: opts.out }, deps());
      for (const problem of result.problems) writeLine(2, `incident: skipped ${problem}`);
      if (opts.json) out(JSON.stringify(result, null, 2));
      else out(`wrote ${result.out}/ (${result.incidents.length} incident${result.incidents.length === 1 ? '' : 's'})`);
    });
}
