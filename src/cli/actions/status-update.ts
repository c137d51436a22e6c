// `incident status-update <id>`: the communications liaison's update. A lane (see ../lane.ts).
import { postUpdate } from '../../commands/status-post.ts';
import { statusUpdate } from '../../commands/status-update.ts';
import { UsageError } from '../../core/util/errors.ts';
import { deps, json, out, writeLine } from '../io.ts';
import { str, type Values } from '../fast-args.ts';
import { lane } from '../lane.ts';
import { STATUS_UPDATE_OPTIONS } from '../options.ts';
import { oneId } from './one-id.ts';
import { updateChat } from '../../core/status-page/update-chat.ts';

export async function run(positionals: string[], opts: Values): Promise<void> {
  if (opts.post !== undefined) return post(positionals, opts);
  for (const name of ['status', 'at', 'by', 'force'] as const) {
    if (opts[name] !== undefined) throw new UsageError(`Unexpected --${name} without --post, expected incident status-update <id> --post "<text>" --${name} ...`);
  }
  const result = await statusUpdate({ id: oneId('status-update', positionals), audience: str(opts.audience), out: str(opts.out), plain: opts.plain === true }, deps());
  if (result.written) writeLine(2, `wrote ${result.written}`); // a confirmation: stderr
  if (opts.json) json(result);
  else if (!result.written) out(result.text);
}

// Plain files are recorded here; the YAML document's path (an unusual file) hands over to the full CLI.
// The chat text's dynamic import (markdown-out-lazy.ts) is bundled in the lane, not handed over: the update is written by then.
async function post(positionals: string[], opts: Values): Promise<void> {
  // What prints an update, not records one, has no place here: said, not ignored.
  if (opts.out !== undefined) throw new UsageError('Unexpected --out with --post, expected --post to record an update (write one to a file without --post)');
  // --audience defaults to public; the update --post records is always public.
  if (opts.audience !== undefined && opts.audience !== 'public') throw new UsageError(`Unexpected --audience ${String(opts.audience)} with --post, expected a public update (the status page shows it)`);
  const r = await postUpdate({
    id: oneId('status-update', positionals), text: String(opts.post), status: str(opts.status), at: str(opts.at), by: str(opts.by), force: opts.force === true,
  }, deps());
  for (const line of r.forced) writeLine(2, `incident: ${line}`);
  const chat = opts.plain === true ? await updateChat({ title: r.title, drill: r.drill, ...r.update }) : undefined;
  if (opts.json) return json(chat === undefined ? r : { ...r, chat });
  if (chat === undefined) return out(`${r.file}: ${r.update.at} ${r.update.status}: ${r.update.text}`);
  // The chat text is the result; where it was recorded, a confirmation.
  writeLine(2, `${r.file}: recorded ${r.update.status} at ${r.update.at}`);
  out(chat);
}

export const main = lane('status-update', STATUS_UPDATE_OPTIONS, run);
