// IssueOps on `issues` (opened, or labelled later): an issue with the configured label (default
// `incident`) becomes an incident, declared when the issue was opened (or labelled), named after
// it, at the severity a label gives (`SEV-2`), tied to it by a marker in each. Exactly once: an
// issue whose body names an incident, or that an incident already names, gets no second one.
import { relative } from 'node:path';
import { CommandError } from '../../core/util/errors.ts';
import { severityNamed } from '../../core/config/severity-name.ts';
import { incidentOfIssue } from '../../core/issueops/markers.ts';
import type { Deps } from '../../commands/context.ts';
import { incidentOfIssueRef, linkIssue } from '../../commands/new-issue.ts';
import { newIncident } from '../../commands/new.ts';
import { incidentPath, openRepo } from '../../io/repo.ts';
import { openGit } from './git.ts';
import { MAY } from './comments.ts';
import { byUs } from './ours.ts';
import { MAX_ATTEMPTS, client, defaultBranch, issueRef, nameOf, type IssueOpsResult, type Payload } from './run.ts';

export async function onIssue(payload: Payload, token: string, deps: Deps, result: IssueOpsResult, log: (line: string) => void): Promise<void> {
  const { issue, action } = payload;
  if (!issue) throw new CommandError('Unexpected issues payload without its issue');
  const repo = await openRepo(deps.cwd, { configFile: deps.env.CASEFILE_CONFIG || undefined, incidentsDir: deps.env.CASEFILE_INCIDENTS_DIR || undefined });
  const label = repo.config.issueops.label.toLowerCase();
  const labelled = action === 'labeled' ? payload.label?.name.toLowerCase() === label
    : action === 'opened' || action === 'reopened' ? (issue.labels ?? []).some((l) => l.name.toLowerCase() === label) : false;
  if (!labelled) return void result.lines.push(`Issue #${issue.number} ${action ?? 'changed'} without the "${repo.config.issueops.label}" label: nothing to do`);
  const linked = incidentOfIssue(issue.body);
  if (linked) {
    result.incident = linked;
    return void result.lines.push(`Issue #${issue.number} already tracks incident ${linked}`);
  }
  const ref = issueRef(payload, issue.number);
  const github = await client(token, ref, deps);
  // An issue form can put the label on anyone's issue: the one who opened or labelled it must be allowed.
  const sender = payload.sender?.login ?? issue.user?.login ?? '';
  const role = await github.permission(sender);
  if (!MAY.has(role)) {
    const text = `@${sender} only people with write or triage access to this repository can declare an incident (yours: ${role}); no incident was made`;
    const ours = byUs(github);
    let said = false;
    for (const c of await github.issueComments(issue.number)) if (c.body === text && (said = await ours(c))) break;
    if (!said) await github.createComment(issue.number, text);
    return void result.lines.push(`Issue #${issue.number}: ${sender} may not declare an incident (${role}): nothing done`);
  }
  const git = openGit(repo.root);
  const branch = defaultBranch(payload);
  // When: the issue's opening, or (labelled later) its last change, which the label was.
  const at = Date.parse((action === 'labeled' ? issue.updated_at : issue.created_at) ?? '') || deps.now;
  const severity = (issue.labels ?? []).map((l) => severityNamed(l.name, repo.config.severities)).find(Boolean);
  try {
    for (let attempt = 1; ; attempt++) {
      if (!(await git.fetch(branch).wait())) throw new CommandError(`Unexpected default branch "${branch}": the remote has no such branch`);
      const existing = incidentOfIssueRef(repo, ref);
      if (existing) {
        // Made before, but the issue was never linked back (that run stopped in between).
        await linkIssue(github, issue.number, existing, existing);
        result.incident = existing;
        return void result.lines.push(`Issue #${issue.number} now tracks incident ${existing} (it already named the issue)`);
      }
      const made = await newIncident({ title: issue.title, severity, by: nameOf(repo)(issue.user?.login ?? 'github'), issue: ref }, { ...deps, now: at });
      const rel = relative(repo.root, incidentPath(repo, made.id));
      git.commit([rel], `incident ${made.id}: declared from issue #${issue.number}`, true);
      if (git.push(branch)) {
        result.incident = made.id;
        result.pushed = branch;
        result.lines.push(`${rel}: declared from issue #${issue.number}`, `pushed to ${branch}`);
        await linkIssue(github, issue.number, made.id, rel);
        return;
      }
      if (attempt >= MAX_ATTEMPTS) throw new CommandError(`Could not push to ${branch}: it moved on ${MAX_ATTEMPTS} times while this ran; run the job again`);
      log(`${branch} moved on while this ran (a concurrent commit): starting again from its new tip (attempt ${attempt + 1} of ${MAX_ATTEMPTS})`);
    }
  } finally {
    result.git = { ...git.spent };
  }
}
