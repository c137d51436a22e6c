// Lanes: the commands typed mid-outage, pasted into chat or re-run while editing (log, thread,
// evidence, report, status-update, render, show, validate) each run from one CommonJS file,
// dist/lanes/<command>.cjs, that bin/incident.cjs loads without Node's ESM loader, commander or
// the other commands: that about halves what they add to `node -e 0`.
//
// A lane holds only its command's static imports. scripts/build.mjs turns each dynamic import in
// a lane into a module that throws HAND_OVER (the YAML document path for an unusual file, the
// template compiler for a repository's own template, ...). The lane then returns undefined and
// the bin runs the same command line through the full CLI (dist/cli.js). So code a lane runs must
// not write anything before its first dynamic import, or must undo it on the way out: incident
// files are written under updateIncidentText once the new text is made, and `evidence add` removes
// the files it saved when recording them fails or hands over.
import { useZoneRules } from '../core/timeline/timeline.ts';
import { systemZoneRules } from '../io/zone-rules.ts';
import { exitCodeFor } from './exit-code.ts';
import { parseFast, type FastOptions, type Values } from './fast-args.ts';
import { writeLine } from './io.ts';
import { idArg } from './id-arg.ts';

export type Run = (positionals: string[], values: Values) => Promise<void>;

/** The marker a lane's stand-in for a dynamic import throws (the same in build.mjs). */
export const HAND_OVER = Symbol.for('casefile.hand-over');

export interface LaneScope {
  /** The command lines the lane runs (`evidence run` is not one: it runs a command, which must not happen twice). */
  takes?: (positionals: string[]) => boolean;
  /** Options only the full CLI has (`validate --changed [base]`, whose value is optional). */
  fullOnly?: string[];
}

/** A lane's entry: the exit code, or undefined when the full CLI must run the command instead. */
export function lane(command: string, options: FastOptions, run: Run, scope: LaneScope = {}) {
  const handOver = (why: string) => {
    if (process.env.CASEFILE_DEBUG) writeLine(2, `incident: ${command}: handed to the full CLI (needs ${why})`);
    return undefined;
  };
  return async (argv: string[]): Promise<number | undefined> => {
    const only = scope.fullOnly?.find((name) => argv.some((a) => a === name || a.startsWith(`${name}=`)));
    if (only) return handOver(only);
    useZoneRules(systemZoneRules);
    try {
      const parsed = parseFast(command, argv.slice(1), options);
      const { values } = parsed;
      // The id is the first positional (log's only when a text follows it); validate takes files as they are.
      const idAt = command === 'validate' || (command === 'log' && parsed.positionals.length < 2) ? -1 : 0;
      const positionals = parsed.positionals.map((p, i) => (i === idAt ? idArg(p) : p));
      if (scope.takes && !scope.takes(positionals)) return handOver(`${command} ${positionals[1] ?? ''}`.trim());
      await run(positionals, values);
      return 0;
    } catch (error) {
      if (typeof error === 'object' && error !== null && HAND_OVER in error) return handOver(String(error[HAND_OVER]));
      return exitCodeFor(error);
    }
  };
}
