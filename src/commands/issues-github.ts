// The GitHub side of `incident issues`: labels that must exist, and creating one issue exactly
// once. A create that fails without a clear answer (5xx, timeout, dropped connection) may have
// happened anyway, so it is never retried: the newest issues are listed and searched for its marker.
import { findMarker, itemKey } from '../core/issue-sync/issue-sync-marker.ts';
import { BASE_LABELS, type PlanEntry } from '../core/issue-sync/issue-sync.ts';
import { AuthError, ServerError, ValidationError } from '../github/errors.ts';
import type { GitHub, Issue } from '../github/types.ts';

const COLORS: Record<string, string> = {
  incident: 'd73a4a', 'action-item': '0e8a16',
  'SEV-1': 'b60205', 'SEV-2': 'd93f0b', 'SEV-3': 'fbca04', 'SEV-4': 'c2e0c6', 'SEV-5': 'bfdadc',
};
const DESCRIPTIONS: Record<string, string> = {
  incident: 'Comes from an incident record (Casefile)',
  'action-item': 'An action item from a post-mortem (Casefile)',
};

/** Creates the labels that do not exist yet (names compare case-insensitively, as on GitHub). Returns warnings. */
export async function ensureLabels(gh: GitHub, wanted: readonly string[]): Promise<string[]> {
  if (wanted.length === 0) return [];
  const have = new Set((await gh.listLabels({ perPage: 100 })).map((l) => l.name.toLowerCase()));
  const warnings: string[] = [];
  for (const name of wanted) {
    if (have.has(name.toLowerCase())) continue;
    try {
      await gh.createLabel({ name, color: COLORS[name] ?? 'ededed', description: DESCRIPTIONS[name] ?? 'Incident severity (Casefile)' });
    } catch (error) {
      // Created meanwhile by someone else: fine. No right to create labels: the issues still get made.
      if (error instanceof ValidationError && error.errors.some((e) => e.code === 'already_exists')) continue;
      if (error instanceof AuthError) warnings.push(`could not create the label "${name}": ${error.message}`);
      else throw error;
    }
  }
  return warnings;
}

export type CreateOutcome =
  | { kind: 'created'; issue: Issue; notes: string[] }
  | { kind: 'adopted'; issue: Issue; notes: string[] }
  | { kind: 'failed'; error: string };

/**
 * Creates the entry's issue. An assignee GitHub refuses (422) is dropped and the create repeated
 * (a 422 created nothing). Auth and rate-limit errors, and failures to reconcile, are thrown: the run stops.
 */
export async function createOnce(gh: GitHub, entry: PlanEntry, body: string): Promise<CreateOutcome> {
  const spec = entry.create!;
  const notes: string[] = [];
  const input = { title: spec.title, body, labels: spec.labels, ...(spec.assignee ? { assignees: [spec.assignee] } : {}) };
  let issue: Issue;
  try {
    try {
      issue = await gh.createIssue(input);
    } catch (error) {
      if (!(error instanceof ValidationError && spec.assignee && error.concerns('assignees'))) throw error;
      notes.push(`could not assign ${spec.assignee} (GitHub refused the assignee); created unassigned`);
      issue = await gh.createIssue({ ...input, assignees: undefined });
    }
  } catch (error) {
    if (error instanceof ServerError) {
      const found = await reconcile(gh, itemKey(entry.item.incident, entry.item.id));
      if (found) return { kind: 'adopted', issue: found, notes: [...notes, `the create got no clear answer (${error.message}), but #${found.number} exists: adopted`] };
      return { kind: 'failed', error: `${error.message}; no issue was made, run again` };
    }
    if (error instanceof ValidationError) return { kind: 'failed', error: error.message };
    throw error;
  }
  notes.push(...(await restoreLabels(gh, issue, spec.labels)));
  return { kind: 'created', issue, notes };
}

/** The newest action-item issues (one page: a just-made issue is among them), searched for the item's marker. */
async function reconcile(gh: GitHub, key: string): Promise<Issue | undefined> {
  const newest = await gh.listIssues({ labels: 'action-item', state: 'all', sort: 'created', direction: 'desc', perPage: 100, maxPages: 1 });
  return newest.filter((issue) => findMarker(issue.body) === key).sort((a, b) => a.number - b.number)[0];
}

/**
 * GitHub drops labels silently when the token's user cannot push. Without `action-item` later runs
 * cannot find the issue by its label, so try once to add them and say so when that fails.
 */
async function restoreLabels(gh: GitHub, issue: Issue, wanted: readonly string[]): Promise<string[]> {
  const have = new Set(issue.labels.map((l) => l.toLowerCase()));
  const missing = wanted.filter((l) => !have.has(l.toLowerCase()));
  if (missing.length === 0) return [];
  try {
    issue.labels = await gh.addLabels(issue.number, missing);
    return [];
  } catch (error) {
    // Never thrown on: the issue exists and must still be written back into the file.
    const why = error instanceof Error ? error.message : String(error);
    const base = missing.some((l) => (BASE_LABELS as readonly string[]).includes(l));
    return [`GitHub dropped the labels ${missing.join(', ')} on #${issue.number} (${why})${base ? '; the token\'s user needs write access, or later runs cannot find this issue by its label' : ''}`];
  }
}
