// How an issue's state on GitHub maps back to an action item's status.
import type { SyncIssue } from './issue-sync.ts';

const NOT_DONE = new Set(['not_planned', 'duplicate']);

/**
 * The status the item should have, or undefined when the issue does not say. A closed issue decides
 * (completed -> done, not planned or duplicate -> wont-do). An open one only when it was reopened
 * (state_reason "reopened") over a finished item: an issue that was never closed does not undo
 * an item someone marked done in the file.
 */
export function targetStatus(status: string, issue: Pick<SyncIssue, 'state' | 'stateReason'>): string | undefined {
  if (issue.state === 'closed') return NOT_DONE.has(issue.stateReason ?? '') ? 'wont-do' : 'done';
  if (issue.stateReason === 'reopened' && (status === 'done' || status === 'wont-do')) return 'open';
  return undefined;
}

const MAX_QUOTE = 200;

/** The wont-do reason: how it was closed on GitHub, plus the last comment (usually the why) when there is one. */
export function closeReason(issue: Pick<SyncIssue, 'number' | 'stateReason'>, lastComment?: string): string {
  const how = issue.stateReason === 'duplicate' ? 'closed as a duplicate' : 'closed as not planned';
  const base = `${how} on GitHub (#${issue.number})`;
  const said = (lastComment ?? '').replace(/<!--[\s\S]*?-->/g, '').replace(/\s+/g, ' ').trim();
  if (!said) return base;
  const quote = said.length > MAX_QUOTE ? said.slice(0, MAX_QUOTE - 1).trimEnd() + '…' : said;
  return `${base}: "${quote}"`;
}
