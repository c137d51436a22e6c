// Changing one incident file safely: a lock per file, the freshest text read under the lock,
// and an atomic write, after the check every write passes (the timeline stays possible). Reads
// the timeline with the simple reader, so `incident log` can use it without loading the YAML package.
import { existsSync, readFileSync } from 'node:fs';
import { splitFrontmatter } from '../core/document/document-split.ts';
import { CommandError } from '../core/util/errors.ts';
import { parseSimpleYaml } from '../core/yaml/simple-yaml.ts';
import { notIn, problemFix, timelineProblems } from '../core/timeline/timeline-integrity.ts';
import { display, incidentPath, unknownIncident, type Repo } from './repo.ts';
import { withFileLock } from './lock.ts';
import { assertReplaceable, writeFileAtomic } from './atomic-write.ts';

/** What every write is checked against before it reaches the disk (see src/core/timeline/timeline-integrity.ts). */
export interface WriteGuard {
  /** The clock, in epoch ms: no entry may be written in the future beyond a minute of skew. */
  now: number;
  /**
   * true: record an impossible timeline anyway (`--force`; the command says so on stderr);
   * false: refuse it and point at --force; absent: the command has no --force, refuse it.
   */
  force?: boolean;
}

export interface TextChange<R> {
  text: string;
  result: R;
  /** The timeline of `text`, when the change has just read it back (the check then need not read it again). */
  timeline?: readonly unknown[];
}

/** Applies `change` to the file's current text under its lock; writes only when the text changed. */
export async function updateIncidentText<R>(
  repo: Repo,
  id: string,
  change: (text: string, shown: string) => TextChange<R> | Promise<TextChange<R>>,
  guard?: WriteGuard,
): Promise<R & { path: string; shown: string; changed: boolean; forced: string[] }> {
  const path = incidentPath(repo, id);
  if (!existsSync(path)) throw unknownIncident(repo, id);
  const shown = display(repo, path);
  return withFileLock(path, async () => {
    const before = readFileSync(path, 'utf8');
    const { text, result, timeline } = await change(before, shown);
    const changed = text !== before;
    const forced = changed && guard ? await check(before, text, shown, guard, timeline) : [];
    if (changed) {
      assertReplaceable(path, shown); // a symlink or a read-only file: refused, never replaced
      writeFileAtomic(path, text);
      repo.afterWrite?.();
    }
    return { ...result, path, shown, changed, forced };
  });
}

/**
 * Refuses a write that adds a problem to the timeline (src/core/timeline/timeline-integrity.ts); problems
 * already in a hand-edited file do not block it. With --force: the problems recorded anyway.
 */
async function check(before: string, after: string, shown: string, guard: WriteGuard, timeline?: readonly unknown[]): Promise<string[]> {
  const found = timelineProblems(timeline ?? (await timelineIn(after, shown)), guard.now);
  if (found.length === 0) return []; // the usual case: the file before need not be read again
  const added = notIn(found, timelineProblems(await timelineIn(before, shown), guard.now));
  if (added.length === 0) return [];
  if (guard.force) return added.map((p) => `${shown}: ${p.message} (recorded anyway: --force)`);
  const p = added[0]!;
  throw new CommandError(`${shown}: ${p.message}; ${problemFix(p)}${guard.force === false ? ' (or --force to record it anyway)' : ''}`);
}

/** The simple reader when it can (plain files), the YAML document when it steps aside (a lane hands over). */
async function timelineIn(text: string, shown: string): Promise<readonly unknown[]> {
  const split = splitFrontmatter(text, shown);
  const data = parseSimpleYaml(text.slice(split.fmStart, split.fmEnd))?.data ??
    (await import('../core/document/document.ts')).parseIncidentText(text, shown).data;
  return Array.isArray(data.timeline) ? data.timeline : [];
}
