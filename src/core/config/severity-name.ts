// A severity as a person types it ("sev-1", "Sev-1"), as the config spells it. `new`, `severity`
// and the --severity filters of `list` and `insights` take the same words; a filter with a word the
// config does not have would match nothing and look like an answer, so it is refused as a typo
// (validate refuses such a severity in a file too).
import { UsageError } from '../util/errors.ts';

export function configuredSeverity(typed: string, levels: readonly string[], what = 'severity'): string {
  const found = levels.find((s) => s === typed) ?? levels.find((s) => s.toLowerCase() === typed.toLowerCase());
  if (found === undefined) throw new UsageError(`Unexpected ${what} "${typed}", expected one of ${levels.join(', ')}`);
  return found;
}
