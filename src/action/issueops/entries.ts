// The timeline entries that comments wrote: read by their `source` (the comment's URL), and the
// `source` set on the entries a command has just written (a minimal edit of each entry's lines).
import { readFileSync } from 'node:fs';
import { readForEdit } from '../../core/edit/fast-edit.ts';
import { commentIdOf, isOnIssue } from '../../core/issueops/markers.ts';
import type { TimelineEntry } from '../../core/model/types.ts';
import { CommandError } from '../../core/util/errors.ts';
import { context, type Deps } from '../../commands/context.ts';
import { reread, updateWithEdits } from '../../commands/edit-ops.ts';
import { display, incidentPath, type Repo } from '../../io/repo.ts';

/** The incident's frontmatter as it is on disk (the simple reader, else the YAML document). */
export async function readIncidentData(repo: Repo, id: string): Promise<{ data: Record<string, unknown>; shown: string }> {
  const path = incidentPath(repo, id);
  const shown = display(repo, path);
  const text = readFileSync(path, 'utf8');
  return { data: readForEdit(text, shown)?.doc.data ?? (await import('../../core/document/document.ts')).parseIncidentText(text, shown).data, shown };
}

/** The incident's timeline as it is on disk. */
export async function readTimeline(repo: Repo, id: string): Promise<TimelineEntry[]> {
  const { data, shown } = await readIncidentData(repo, id);
  const timeline = data.timeline;
  if (timeline === undefined || timeline === null) return [];
  if (!Array.isArray(timeline)) throw new CommandError(`Unexpected timeline in ${shown}, expected a list (incident validate ${shown} shows where)`);
  return timeline as TimelineEntry[];
}

/** Comment id -> the numbers (1-based, file order: what amend and remove take) of the entries it wrote on this issue. */
export function entriesByComment(timeline: readonly TimelineEntry[], issueUrl: string): Map<number, number[]> {
  const out = new Map<number, number[]>();
  timeline.forEach((e, i) => {
    if (!isOnIssue(e?.source, issueUrl)) return;
    const id = commentIdOf(e.source)!;
    out.set(id, [...(out.get(id) ?? []), i + 1]);
  });
  return out;
}

const same = (a: Record<string, unknown>, b: Record<string, unknown>) => {
  const keys = Object.keys(a).filter((k) => a[k] !== undefined);
  return keys.length === Object.keys(b).filter((k) => b[k] !== undefined).length && keys.every((k) => a[k] === b[k]);
};

/** Sets `source` on the entries a command just wrote (the last untagged entry equal to each). */
export async function tagEntries(deps: Deps, id: string, written: readonly TimelineEntry[], source: string): Promise<void> {
  if (!written.length) return;
  const ctx = await context(deps);
  await updateWithEdits(ctx, id, (ops, loaded) => {
    let current: typeof loaded | undefined = loaded;
    const taken = new Set<number>();
    for (const entry of written) {
      const timeline = ops.timeline(current!);
      if (!timeline) return undefined;
      let index = -1;
      for (let i = timeline.length - 1; i >= 0; i--) {
        const e = timeline[i] as unknown as Record<string, unknown>;
        if (!taken.has(i) && e.source === undefined && same(e, entry as unknown as Record<string, unknown>)) {
          index = i;
          break;
        }
      }
      if (index === -1) throw new CommandError(`${loaded.shown}: the entry just written is gone ("${entry.text}"); run again`);
      taken.add(index);
      current = reread(ops, current!, ops.setInItem(current!, ['timeline'], index, 'source', source));
      if (!current) return undefined;
    }
    return { text: current!.text, result: {} };
  });
}
