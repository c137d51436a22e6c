// A severity as a person types it ("sev-1", "Sev-1"), as the config spells it. `new`, `severity`,
// the --severity filters of `list` and `insights`, and an issue's labels take the same words. A
// filter with a word the config does not have would match nothing and look like an answer, so it
// is refused as a typo (validate refuses such a severity in a file too).
import { UsageError } from '../util/errors.ts';

/** The configured severity `typed` names, in any case; undefined when none. */
export function severityNamed(typed: string, levels: readonly string[]): string | undefined {
  return levels.find((s) => s === typed) ?? levels.find((s) => s.toLowerCase() === typed.toLowerCase());
}

/** severityNamed, or a UsageError naming `what` (a flag) and the configured ones. */
export function configuredSeverity(typed: string, levels: readonly string[], what = 'severity'): string {
  const found = severityNamed(typed, levels);
  if (found === undefined) throw new UsageError(`Unexpected ${what} "${typed}", expected one of ${levels.join(', ')}`);
  return found;
}
