// The post-mortem review (seed 003): draft -> in-review -> approved -> published, a rejection back
// to draft with the reason. Each step is kept in postmortem.approvals: who, when, what, a note.
import { CommandError, UsageError } from '../util/errors.ts';
import type { REVIEW_DECISIONS } from './types.ts';

export const REVIEW_STEPS = ['request', 'approve', 'reject', 'publish'] as const;
export type ReviewStep = (typeof REVIEW_STEPS)[number];
type Decision = (typeof REVIEW_DECISIONS)[number];

export interface Approval {
  by: string;
  at: string;
  decision: Decision;
  note?: string;
}

const MOVES: Record<ReviewStep, { from: readonly string[]; to: string; decision: Decision }> = {
  request: { from: ['draft'], to: 'in-review', decision: 'requested' },
  approve: { from: ['in-review'], to: 'approved', decision: 'approved' },
  reject: { from: ['in-review', 'approved'], to: 'draft', decision: 'rejected' },
  publish: { from: ['approved'], to: 'published', decision: 'published' },
};

export function checkStep(step: string): ReviewStep {
  if (!(REVIEW_STEPS as readonly string[]).includes(step)) {
    throw new UsageError(`Unexpected review step "${step}", expected one of ${REVIEW_STEPS.join(', ')}`);
  }
  return step as ReviewStep;
}

export interface ReviewInput {
  step: ReviewStep;
  id: string;
  /** postmortem.status as written (absent: draft). */
  status: unknown;
  /** postmortem.owner: the author. */
  owner: unknown;
  approvals: readonly unknown[];
  by: string;
  note?: string;
  requireIndependent: boolean;
  /** The config's `people:` (name -> GitHub login): "Alice Example" and "alice" are one person. */
  people?: Readonly<Record<string, string>>;
}

/** The new status and the step to record; a CommandError (naming the command that would help) when the move is not allowed. */
export function reviewMove(input: ReviewInput): { from: string; to: string; decision: Decision } {
  const from = input.status === undefined || input.status === null ? 'draft' : String(input.status);
  const move = MOVES[input.step];
  if (!move.from.includes(from)) {
    throw new CommandError(`Cannot ${input.step} the post-mortem of ${input.id}: it is ${from}, expected ${move.from.join(' or ')}${hint(input.id, from)}`);
  }
  if (input.step === 'reject' && !input.note?.trim()) {
    throw new UsageError(`Missing --note, expected why the post-mortem goes back to draft`);
  }
  if (input.step === 'approve' && input.requireIndependent && samePerson(input.by, authorOf(input), input.people)) {
    throw new CommandError(`Cannot approve the post-mortem of ${input.id} as ${input.by}, its author: the approval must come from someone else (--by <reviewer>)`);
  }
  if (input.step === 'publish' && input.requireIndependent) {
    const author = authorOf(input);
    const since = lastIndex(input.approvals, 'requested');
    const ok = input.approvals.slice(since + 1).some((a) => decision(a) === 'approved' && (author === undefined || !samePerson(by(a), author, input.people)));
    if (!ok) {
      throw new CommandError(
        `Cannot publish the post-mortem of ${input.id}: it needs an approval from someone other than its author${author ? ` (${author})` : ''}: incident review ${input.id} approve --by <reviewer> (or set review.require_independent_approval: false in .incident.yml)`,
      );
    }
  }
  return { from, to: move.to, decision: move.decision };
}

/**
 * Whether two names stand for one person: equal ignoring case and spacing, or one a name and the
 * other its login in `people:` (a git user name against a --commander handle).
 */
export function samePerson(a: unknown, b: unknown, people: Readonly<Record<string, string>> = {}): boolean {
  if (typeof a !== 'string' || typeof b !== 'string') return false;
  const names = (who: string) => {
    const key = fold(who);
    const out = new Set([key]);
    for (const [name, login] of Object.entries(people)) {
      if (fold(name) === key || fold(login) === key) out.add(fold(name)).add(fold(login));
    }
    return out;
  };
  const theirs = names(b);
  for (const n of names(a)) if (theirs.has(n)) return true;
  return false;
}

const fold = (who: string) => who.trim().replace(/^@/, '').replace(/\s+/g, ' ').toLowerCase();

const decision = (a: unknown) => (a as { decision?: unknown } | null)?.decision;
const by = (a: unknown) => (a as { by?: unknown } | null)?.by;

/** The post-mortem's owner, else whoever asked for the review. */
function authorOf(input: ReviewInput): string | undefined {
  if (typeof input.owner === 'string' && input.owner.trim()) return input.owner;
  const req = input.approvals[lastIndex(input.approvals, 'requested')];
  return typeof by(req) === 'string' ? (by(req) as string) : undefined;
}

function lastIndex(approvals: readonly unknown[], d: Decision): number {
  for (let i = approvals.length - 1; i >= 0; i--) if (decision(approvals[i]) === d) return i;
  return -1;
}

function hint(id: string, from: string): string {
  if (from === 'draft') return ` (incident review ${id} request first)`;
  if (from === 'in-review') return ` (incident review ${id} approve --by <reviewer> first)`;
  if (from === 'published') return ' (it is already published)';
  return '';
}
