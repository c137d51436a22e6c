// `incident render` and `incident publish`: argument parsing and printing only.
import type { Command } from 'commander';
import { deps, out, writeLine } from './io.ts';
import { addOptions, type Values } from './fast-args.ts';
import { RENDER_OPTIONS } from './options.ts';

export function register(cli: Command, Option: typeof import('commander').Option): void {
  const render = cli.command('render')
    .description('render an incident through a template: the internal post-mortem, or the public summary')
    .argument('<id>', 'incident id')
    .action(async (id: string, opts: Values) => (await import('./actions/render.ts')).run([id], opts));
  addOptions(render, RENDER_OPTIONS, Option);

  cli.command('publish')
    .description('build the public incident history site from public incidents with a published post-mortem')
    .option('-o, --out <dir>', 'the site directory (default: site/ in the repository); replaced as a whole')
    .option('--json', 'print the result as JSON')
    .action(async (opts) => {
      const { publish } = await import('../commands/publish.ts');
      const result = await publish({ out: opts.out }, deps());
      for (const problem of result.problems) writeLine(2, `incident: skipped ${problem}`);
      // A held-back incident: its leaks, each at its line; the rest of the site is written.
      const { LeakError } = await import('../core/render/leak.ts');
      for (const h of result.held) {
        writeLine(2, new LeakError(h.leaks).describe());
        writeLine(2, `incident: held back ${h.id} (${h.kept ? 'its last published page kept' : 'left out'}): fix the lines above and publish again`);
      }
      if (opts.json) out(JSON.stringify(result, null, 2));
      else writeLine(2, `wrote ${result.out}/ (${result.incidents.length} incident${result.incidents.length === 1 ? '' : 's'}${result.held.length ? `, ${result.held.length} held back` : ''})`);
      if (result.held.length || result.problems.length) {
        const { SilentExit } = await import('../core/util/errors.ts');
        throw new SilentExit(1);
      }
    });
}
