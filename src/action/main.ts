// The GitHub Action: parse the inputs, call the same command functions as the CLI, and report
// through the runner (annotations, job summary, outputs). No logic of its own.
import * as core from './toolkit.ts';
import { relative, resolve } from 'node:path';
import { CommandError, DocumentError, UsageError } from '../core/util/errors.ts';
import { useZoneRules } from '../core/timeline/timeline.ts';
import type { Diagnostic } from '../core/rules/types.ts';
import type { Deps } from '../commands/context.ts';
import { hideSecrets } from '../github/secrets.ts';
import { systemZoneRules } from '../io/zone-rules.ts';
import { codeSpan } from '../core/render/escape.ts';

const COMMANDS = ['review', 'publish', 'site', 'issues', 'issueops'] as const;
/** Events that mean IssueOps when no command is given (src/action/issueops/). */
const ISSUE_EVENTS = ['issue_comment', 'issues'];
type ActionCommand = (typeof COMMANDS)[number];

export interface Inputs {
  command: ActionCommand;
  token: string;
  incidentsDir: string;
  config: string;
  out: string;
  base: string;
}

/** GitHub shows at most this many annotations of each kind per step: the rest go to the summary. */
export const MAX_ANNOTATIONS = 10;

function parseInputs(): Inputs {
  const command = (core.getInput('command') || (ISSUE_EVENTS.includes(process.env.GITHUB_EVENT_NAME ?? '') ? 'issueops' : '')) as ActionCommand;
  if (!command) throw new UsageError(`Missing input command, expected one of ${COMMANDS.join(', ')}`);
  if (!COMMANDS.includes(command)) throw new UsageError(`Unexpected command "${command}", expected one of ${COMMANDS.join(', ')}`);
  // Tokens given as inputs are already masked by the runner (and add-mask would print it).
  const token = core.getInput('token');
  return {
    command, token,
    incidentsDir: core.getInput('incidents-dir'),
    config: core.getInput('config') || '.incident.yml',
    out: core.getInput('out') || (command === 'site' ? 'internal-site' : 'site'),
    base: core.getInput('base'),
  };
}

function depsFor(inputs: Inputs): Deps {
  const cwd = process.env.GITHUB_WORKSPACE || process.cwd();
  const env: NodeJS.ProcessEnv = { ...process.env, GITHUB_TOKEN: inputs.token || process.env.GITHUB_TOKEN };
  // The default config name may simply not exist: only an explicit one must.
  if (inputs.config !== '.incident.yml') env.CASEFILE_CONFIG = inputs.config;
  if (inputs.incidentsDir) env.CASEFILE_INCIDENTS_DIR = inputs.incidentsDir;
  return { cwd, now: Date.now(), env };
}

export async function run(): Promise<void> {
  useZoneRules(systemZoneRules);
  let inputs: Inputs | undefined;
  try {
    inputs = parseInputs();
    const deps = depsFor(inputs);
    if (inputs.command === 'review') await review(inputs, deps);
    else if (inputs.command === 'publish') await publishSite(inputs, deps);
    else if (inputs.command === 'site') await internalSite(inputs, deps);
    else if (inputs.command === 'issueops') await (await import('./issueops/step.ts')).issueOpsStep(inputs.token, deps);
    else await syncIssues(deps);
  } catch (error) {
    const known = error instanceof UsageError || error instanceof CommandError || error instanceof DocumentError;
    const message = error instanceof DocumentError ? error.describe() : (error as Error)?.message ?? String(error);
    core.setFailed(hideSecrets(known ? message : `internal error: ${message}`, [inputs?.token, process.env.GITHUB_TOKEN]));
  }
}

/** Annotations, outputs and the job summary first; then the comment, which may only warn. */
async function review(inputs: Inputs, deps: Deps): Promise<void> {
  // Loaded only here: validation and rendering are most of the bundle, and other commands (issueops) start without them.
  const { reviewPullRequest } = await import('./review.ts');
  const result = await reviewPullRequest(inputs, deps);
  const clean = (text: string) => hideSecrets(text, [inputs.token, process.env.GITHUB_TOKEN]);
  annotate(result.diagnostics, deps.cwd);
  // One document (the insights are a section under the review's heading), blocks apart by a blank line.
  core.addSummary(`${result.summary}\n${await (await import('./insights-summary.ts')).insightsSummary(inputs, deps)}`);
  core.setOutput('errors', String(result.errors));
  core.setOutput('warnings', String(result.warnings));
  if (result.unreachable) core.annotate('warning', clean(result.unreachable));
  if (result.commentSkipped) core.annotate('notice', result.commentSkipped);
  const problem = await result.postComment?.();
  if (problem) core.annotate(problem.kind, clean(problem.message));
  if (result.errors > 0) core.setFailed(`${result.errors} error${result.errors === 1 ? '' : 's'} in the changed post-mortems (see the annotations and the job summary)`);
}

/** Errors first, then warnings, each up to what GitHub shows; the job summary lists them all. */
function annotate(diagnostics: Diagnostic[], cwd: string): void {
  const workspace = process.env.GITHUB_WORKSPACE || cwd;
  for (const severity of ['error', 'warning'] as const) {
    const mine = diagnostics.filter((d) => d.severity === severity);
    for (const d of mine.slice(0, MAX_ANNOTATIONS)) {
      const file = relative(workspace, resolve(cwd, d.file)) || d.file;
      core.annotate(severity, d.message, { file, line: d.line, col: d.column, title: d.ruleId });
    }
    if (mine.length > MAX_ANNOTATIONS) core.info(`${mine.length - MAX_ANNOTATIONS} more ${severity}s are in the job summary`);
  }
}

async function publishSite(inputs: Inputs, deps: Deps): Promise<void> {
  const { publish } = await import('../commands/publish.ts');
  const result = await publish({ out: inputs.out }, deps);
  for (const problem of result.problems) core.annotate('warning', problem);
  for (const h of result.held) for (const l of h.leaks) core.annotate('error', l.message, { file: l.file, line: l.line, col: l.column });
  if (result.held.length) core.setFailed(`${result.held.length} incident${result.held.length === 1 ? '' : 's'} held back for leaks (the others were published): ${result.held.map((h) => h.id).join(', ')}`);
  const dir = resolve(deps.cwd, inputs.out);
  core.setOutput('published-dir', dir);
  core.addSummary(`# Casefile: public incident history\n\nPublished ${result.incidents.length} incident${result.incidents.length === 1 ? '' : 's'} to ${codeSpan(inputs.out)}.\n`);
}

/** The internal catalogue (`incident site`), for an artifact or a private Pages site; its cache in .git/casefile (docs/workflows/casefile-site.yml restores it). */
async function internalSite(inputs: Inputs, deps: Deps): Promise<void> {
  const { site } = await import('../commands/site.ts');
  const result = await site({ out: inputs.out }, deps);
  for (const problem of result.problems) core.annotate('warning', `skipped ${problem}`);
  core.setOutput('site-dir', resolve(deps.cwd, inputs.out));
  const skipped = result.problems.length ? ` (${result.problems.length} file${result.problems.length === 1 ? '' : 's'} skipped: see the warnings)` : '';
  core.addSummary(`# Casefile: internal incident site\n\nBuilt ${result.incidents} incident${result.incidents === 1 ? '' : 's'} into ${codeSpan(inputs.out)}${skipped}.\n`);
}

async function syncIssues(deps: Deps): Promise<void> {
  const { issues } = await import('../commands/issues.ts');
  const { formatChanges, summaryMarkdown } = await import('../commands/issues-format.ts');
  const result = await issues({ ids: [], all: true }, deps, { progress: (line) => core.info(line) });
  for (const line of formatChanges(result)) core.info(line);
  for (const warning of result.warnings) core.annotate('warning', warning);
  core.setOutput('issues-created', String(result.counts.create ?? 0));
  core.addSummary(summaryMarkdown(result));
  if (result.stopped) core.setFailed(result.stopped);
  else if (result.counts.failed > 0) core.setFailed(`${result.counts.failed} action item${result.counts.failed === 1 ? '' : 's'} could not be synced; run again`);
}

await run();
