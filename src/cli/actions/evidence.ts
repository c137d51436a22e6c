// `incident evidence <id> [action] [args...]`: add, run, verify, list. A lane (see ../lane.ts),
// except `run`: the full CLI runs it, so that a hand-over can never run the command twice.
import { SilentExit, UsageError } from '../../core/util/errors.ts';
import { addEvidence, runEvidence } from '../../commands/evidence.ts';
import { formatVerify, listEvidence, verifyEvidence } from '../../commands/evidence-verify.ts';
import { deps, json, out, writeLine } from '../io.ts';
import { describeKinds } from '../../core/render/scrub.ts';
import { str, type Values } from '../fast-args.ts';
import { lane } from '../lane.ts';
import { EVIDENCE_OPTIONS } from '../options.ts';

const seconds = (v: string | undefined) => {
  if (v === undefined) return undefined;
  if (!/^\d+(\.\d+)?$/.test(v) || Number(v) <= 0) throw new UsageError(`Unexpected --timeout "${v}", expected a number of seconds like 30`);
  return Number(v);
};

export async function run(positionals: string[], opts: Values): Promise<void> {
  const [id, action = 'list', ...args] = positionals;
  if (id === undefined) throw new UsageError('Missing id, expected incident evidence <id> add <file...>');
  const by = str(opts.by);
  const note = str(opts.note);
  if (action === 'run' && (opts.at !== undefined || opts.now)) {
    throw new UsageError(`Unexpected --${opts.at !== undefined ? 'at' : 'now'} with evidence run, expected it with add only (a run is captured now)`);
  }
  if (action === 'add' || action === 'run') {
    // commander reads --no-scrub as scrub: false; the lane by its own name.
    const scrub = !(opts.scrub === false || opts['no-scrub'] === true);
    const result = action === 'add'
      ? await addEvidence({ id, files: args, note, by, at: str(opts.at), now: opts.now === true, scrub }, deps())
      : await runEvidence({ id, argv: args, shell: opts.shell === true, timeout: seconds(str(opts.timeout)), allowFailure: opts['allow-failure'] === true, note, by, scrub }, deps());
    for (const s of result.secrets) {
      const n = Object.values(s.kinds).reduce((a, b) => a + b, 0);
      writeLine(2, s.kept
        ? `incident: warning: ${s.file} was saved with ${n} secret${n === 1 ? '' : 's'} in it (${describeKinds(s.kinds)}), as --no-scrub asked`
        : `incident: scrubbed ${n} secret${n === 1 ? '' : 's'} from ${s.file} before saving it (${describeKinds(s.kinds)}); --no-scrub saves the raw bytes`);
    }
    if (opts.json) return json(result);
    for (const e of result.entries) out(`${result.file}: ${e.at} ${e.kind} ${e.text}`);
    return;
  }
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

export const main = lane('evidence', EVIDENCE_OPTIONS, run, { takes: ([, action]) => action !== 'run' });
