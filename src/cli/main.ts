// The full `incident` CLI: the command table (commander), loaded by bin/incident.cjs for every
// command that is not a lane (lane.ts), for help, and for what a lane hands over.
import { useZoneRules } from '../core/timeline/timeline.ts';
import { systemZoneRules } from '../io/zone-rules.ts';
import { exitCodeFor } from './exit-code.ts';

/** Runs the program; returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  useZoneRules(systemZoneRules);
  try {
    const { program } = await import('./program.ts');
    await program().parseAsync(argv, { from: 'user' });
    return 0;
  } catch (error) {
    return exitCodeFor(error);
  }
}
