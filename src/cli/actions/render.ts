// `incident render <id>`: an incident through a template. A lane (see ../lane.ts).
import { render } from '../../commands/render.ts';
import { deps, json, out, writeLine } from '../io.ts';
import { str, type Values } from '../fast-args.ts';
import { lane } from '../lane.ts';
import { RENDER_OPTIONS } from '../options.ts';
import { oneId } from './one-id.ts';

export async function run(positionals: string[], opts: Values): Promise<void> {
  const result = await render({
    id: oneId('render', positionals), audience: str(opts.audience), format: str(opts.format), template: str(opts.template), out: str(opts.out), plain: opts.plain === true,
  }, deps());
  if (result.written) writeLine(2, `wrote ${result.written}`); // a confirmation: stderr
  if (opts.json) json(result);
  else if (!result.written) out(result.text); // ends with a line break: printed as is
}

export const main = lane('render', RENDER_OPTIONS, run);
