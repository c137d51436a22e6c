// `incident review <id> request|approve|reject|publish`: moves postmortem.status through draft,
// in-review, approved and published, keeping each step (who, when, a note) in postmortem.approvals.
import { CommandError } from '../core/util/errors.ts';
import { checkStep, reviewMove, type Approval } from '../core/model/review.ts';
import { latestInstant, resolveAt } from '../core/timeline/timeline.ts';
import { readFileSync } from 'node:fs';
import { incidentPath } from '../io/repo.ts';
import { context, type Context, type Deps } from './context.ts';
import { reread, updateWithEdits } from './edit-ops.ts';
import { forcedOf } from './forced.ts';

export interface ReviewOptions {
  id: string;
  step: string;
  by?: string;
  note?: string;
  /** When the step was taken (default now): for recording a review that happened earlier. */
  at?: string;
  force?: boolean;
}

export async function reviewPostmortem(options: ReviewOptions, deps: Deps) {
  const step = checkStep(options.step);
  const ctx = await context(deps);
  const by = (options.by ?? ctx.whoami()).trim();
  if (step === 'publish') await mustValidate(ctx, options.id, by);
  const result = await updateWithEdits(ctx, options.id, (ops, loaded) => {
    const status = loaded.data.status;
    if (status !== 'resolved' && status !== 'closed') {
      throw new CommandError(`Cannot ${step} the post-mortem of ${loaded.id}: the incident is ${String(status)}, expected resolved or closed`);
    }
    const pm = (loaded.data.postmortem ?? {}) as Record<string, unknown>;
    const approvals = Array.isArray(pm.approvals) ? pm.approvals : [];
    const move = reviewMove({
      step, id: loaded.id, status: pm.status, owner: pm.owner, approvals, by, note: options.note,
      requireIndependent: ctx.repo.config.review.require_independent_approval, people: ctx.repo.config.people,
    });
    const timeZone = ops.timeZone(loaded, () => ctx.defaultTimeZone);
    const timeline = ops.timeline(loaded);
    if (timeZone === undefined || timeline === undefined) return undefined;
    const at = resolveAt(options.at ?? 'now', { now: ctx.now, timeZone, latest: latestInstant(timeline) }).at;
    const approval: Approval = { by, at, decision: move.decision };
    if (options.note?.trim()) approval.note = options.note.trim();
    const withStatus = reread(ops, loaded, ops.setIn(loaded, ['postmortem', 'status'], move.to));
    const text = withStatus && ops.insertInSeq(withStatus, ['postmortem', 'approvals'], approval);
    return text === undefined ? undefined : { text, result: { from: move.from, to: move.to, approval } };
  }, { now: ctx.now, force: options.force === true });
  return { id: options.id, file: result.shown, from: result.from, to: result.to, approval: result.approval, forced: forcedOf(result) };
}

/** A post-mortem is published only once `incident validate` finds no error in it. */
async function mustValidate(ctx: Context, id: string, by: string): Promise<void> {
  const path = incidentPath(ctx.repo, id);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return; // updateIncident names the unknown incident
  }
  // A step out of turn says so first (the same check runs again under the lock).
  const pm = ((await import('./yaml-path.ts')).parseIncidentText(text, id).data.postmortem ?? {}) as Record<string, unknown>;
  reviewMove({
    step: 'publish', id, status: pm.status, owner: pm.owner, approvals: Array.isArray(pm.approvals) ? pm.approvals : [], by,
    requireIndependent: ctx.repo.config.review.require_independent_approval, people: ctx.repo.config.people,
  });
  // Loaded only to publish: the review lane (src/cli/actions/review.ts) hands publish over.
  const [{ checkText }, { loadTemplate }] = await Promise.all([import('../core/validate/engine.ts'), import('../io/templates.ts')]);
  const { diagnostics } = await checkText({ file: id, text, config: ctx.repo.config, now: ctx.now, template: loadTemplate(ctx.repo, 'incident.md') });
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (errors.length) {
    throw new CommandError(`Cannot publish the post-mortem of ${id}: incident validate reports ${errors.length} error${errors.length === 1 ? '' : 's'} (first, line ${errors[0]!.line}: ${errors[0]!.message}); fix them first`);
  }
}
