// `incident review <id> request|approve|reject|publish`: moves postmortem.status through draft,
// in-review, approved and published, keeping each step (who, when, a note) in postmortem.approvals.
import { parseIncidentText } from '../core/document.ts';
import { insertInSeq, setIn } from '../core/edit.ts';
import { CommandError } from '../core/errors.ts';
import { timelineOf, timeZoneOf } from '../core/incident.ts';
import { checkStep, reviewMove, type Approval } from '../core/review.ts';
import { latestInstant, resolveAt } from '../core/timeline.ts';
import { updateIncident, type Loaded } from '../io/incident-doc.ts';
import { readFileSync } from 'node:fs';
import { incidentPath } from '../io/repo.ts';
import { context, type Context, type Deps } from './context.ts';
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
  const result = await updateIncident(ctx.repo, options.id, (loaded) => {
    const status = loaded.data.status;
    if (status !== 'resolved' && status !== 'closed') {
      throw new CommandError(`Cannot ${step} the post-mortem of ${loaded.id}: the incident is ${String(status)}, expected resolved or closed`);
    }
    const pm = (loaded.data.postmortem ?? {}) as Record<string, unknown>;
    const approvals = Array.isArray(pm.approvals) ? pm.approvals : [];
    const move = reviewMove({
      step, id: loaded.id, status: pm.status, owner: pm.owner, approvals, by, note: options.note,
      requireIndependent: ctx.repo.config.review.require_independent_approval,
    });
    const timeZone = timeZoneOf(loaded, ctx.defaultTimeZone, loaded.shown);
    const at = resolveAt(options.at ?? 'now', { now: ctx.now, timeZone, latest: latestInstant(timelineOf(loaded, loaded.shown)) }).at;
    const approval: Approval = { by, at, decision: move.decision };
    if (options.note?.trim()) approval.note = options.note.trim();
    let current: Loaded = loaded;
    const apply = (text: string) => (current = { ...current, ...parseIncidentText(text, current.shown) });
    apply(setIn(current, ['postmortem', 'status'], move.to));
    apply(insertInSeq(current, ['postmortem', 'approvals'], approval));
    return { text: current.text, result: { from: move.from, to: move.to, approval } };
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
  const pm = (parseIncidentText(text, id).data.postmortem ?? {}) as Record<string, unknown>;
  reviewMove({
    step: 'publish', id, status: pm.status, owner: pm.owner, approvals: Array.isArray(pm.approvals) ? pm.approvals : [], by,
    requireIndependent: ctx.repo.config.review.require_independent_approval,
  });
  // Loaded only to publish: the review lane (src/cli/actions/review.ts) hands publish over.
  const [{ checkText }, { loadTemplate }] = await Promise.all([import('../core/validate/engine.ts'), import('../io/templates.ts')]);
  const { diagnostics } = await checkText({ file: id, text, config: ctx.repo.config, now: ctx.now, template: loadTemplate(ctx.repo, 'incident.md') });
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (errors.length) {
    throw new CommandError(`Cannot publish the post-mortem of ${id}: incident validate reports ${errors.length} error${errors.length === 1 ? '' : 's'} (first, line ${errors[0]!.line}: ${errors[0]!.message}); fix them first`);
  }
}
