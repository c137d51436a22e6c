// A file where an incident id goes: `incident show incidents/2026-03-01-x.md` (what a shell's
// file completion gives) is `incident show 2026-03-01-x`. Done where arguments are read (the
// lanes and the command table), so every command sees the id itself: the id also names things
// (the evidence directory, thread ids), not only the file.
import { existsSync } from 'node:fs';

/**
 * `incidents/x.md` or `./incidents/x.md`, a file that exists -> `x`; anything else as it is (a bare
 * `x.md` is left to incidentPath, and so is a path to no file: it says which directory it expects).
 */
export function idArg(arg: string): string {
  // Only a name ending in `.md` can match: the pattern is compiled for those alone.
  const m = arg.endsWith('.md') ? /^[^\s]*[\\/]([^\s\\/]+)\.md$/.exec(arg) : null;
  return m && existsSync(arg) ? m[1]! : arg;
}
