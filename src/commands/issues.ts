// `incident issues`: every open action item becomes one GitHub issue, exactly once, and issues
// closed or reopened on GitHub bring the item's status back. Plan (pure, src/core/issue-sync/issue-sync.ts),
// then act: labels, creates (issues-github.ts), and one minimal, locked write per file (issues-write.ts).
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseIncidentText } from '../core/document/document.ts';
import { DocumentError, UsageError } from '../core/util/errors.ts';
import { timeZoneOf } from '../core/document/incident.ts';
import {
  issueNumber, planSync, type Action, type Change, type Overdue, type Plan, type PlanEntry, type PlanInput, type SyncIncident, type SyncIssue,
} from '../core/issue-sync/issue-sync.ts';
import { localDate } from '../core/timeline/timeline.ts';
import { createGitHub, type ClientOptions } from '../github/client.ts';
import { GitHubError, NotFoundError } from '../github/errors.ts';
import { resolveSettings, type GitHubSettings } from '../github/settings.ts';
import type { GitHub } from '../github/types.ts';
import { withFileLock } from '../io/lock.ts';
import { cloneStateDir, display, incidentPath, listIncidentIds, unknownIncident } from '../io/repo.ts';
import { context, type Context, type Deps } from './context.ts';
import { createOnce, ensureLabels } from './issues-github.ts';
import { bodyRenderer } from './issues-body.ts';
import { writeBack, type ItemWrite } from './issues-write.ts';

export interface IssuesOptions {
  ids: string[];
  all?: boolean;
  dryRun?: boolean;
  repo?: string;
}

export interface IssuesIO {
  /** Chatter for stderr: pages listed, issues created, waits. */
  progress?: (line: string) => void;
  /** Another client than Octokit's (tests). */
  github?: (options: ClientOptions) => GitHub;
}

export interface ItemOutcome {
  incident: string;
  file: string;
  item: string;
  title: string;
  /** What was planned (dry run) or done; `failed` when it could not be done. */
  action: Action | 'failed';
  issue?: { number: number; url: string };
  /** The item's status after the run (as planned, in a dry run). */
  status: string;
  /** A dry run's create: what the issue would get. */
  create?: { title: string; labels: string[]; assignee?: string };
  /** Changes written to the file (planned ones in a dry run). */
  changes: Change[];
  note?: string;
  error?: string;
}

export interface IssuesResult {
  repo: string;
  dryRun: boolean;
  items: ItemOutcome[];
  overdue: Overdue[];
  warnings: string[];
  counts: Record<Action | 'failed', number>;
  /** Why the run stopped early (auth, rate limit, GitHub unreachable); what was done is written. */
  stopped?: string;
}

export async function issues(options: IssuesOptions, deps: Deps, io: IssuesIO = {}): Promise<IssuesResult> {
  if (options.all && options.ids.length) throw new UsageError('Unexpected incident ids with --all, expected one or the other');
  if (!options.all && options.ids.length === 0) throw new UsageError('Missing incident ids, expected one or more ids, or --all');
  const ctx = await context(deps);
  const settings = resolveSettings({ repoOption: options.repo, config: ctx.repo.config, env: deps.env, root: ctx.repo.root });
  const progress = io.progress ?? (() => {});
  if (options.dryRun) return sync(ctx, options, settings, progress, io);
  // One sync at a time in a clone: a second run waits, then plans from the files the first wrote,
  // so two runs started together do not both make an item's issue. (Runs on other machines: the
  // marker in each issue, and a `concurrency:` group in the workflow.)
  return withFileLock(syncLockPath(ctx), () => sync(ctx, options, settings, progress, io), { timeoutMs: SYNC_WAIT_MS });
}

/** How long a run waits for another one in the same clone (a big first sync can take minutes under rate limits). */
const SYNC_WAIT_MS = 15 * 60_000;

/** `.git/casefile/issues-sync.lock`, or beside the incidents when the clone has no .git directory. */
function syncLockPath(ctx: Context): string {
  const state = cloneStateDir(ctx.repo.root);
  if (!state) return join(ctx.repo.incidentsDir, '.issues-sync');
  mkdirSync(state, { recursive: true });
  return join(state, 'issues-sync');
}

async function sync(ctx: Context, options: IssuesOptions, settings: GitHubSettings, progress: (line: string) => void, io: IssuesIO): Promise<IssuesResult> {
  const { incidents, warnings } = loadIncidents(ctx, options);
  const gh = (io.github ?? createGitHub)({
    token: settings.token, repo: settings.repo, apiUrl: settings.apiUrl, log: progress,
    timeScale: timeScale(ctx.env), timeoutMs: positive(ctx.env.CASEFILE_GITHUB_TIMEOUT_MS),
  });
  const repoName = `${settings.repo.owner}/${settings.repo.name}`;

  const input: PlanInput = { incidents, issues: [], repo: settings.repo, people: ctx.repo.config.people };
  let plan = planSync(input);
  const needsGitHub = plan.entries.some((e) => e.action === 'create' || (e.item.issue && issueNumber(e.item.issue, settings.repo) !== undefined));
  if (needsGitHub) {
    input.issues = await gh.listIssues({ labels: 'action-item', state: 'all', perPage: 100 },
      (page) => progress(`listing issues labelled action-item in ${repoName}: page ${page}`));
    plan = planSync(input);
    if (plan.toFetch.length) plan = await fetchStragglers(gh, plan, input);
    if (!options.dryRun) plan = await fetchCloseComments(gh, plan, input);
  }
  warnings.push(...plan.warnings);
  if (options.dryRun) return result(repoName, true, plan.entries.map((e) => planned(e, true)), plan, warnings);

  return act(ctx, gh, settings, plan, incidents, warnings, repoName, progress);
}

async function act(
  ctx: Context, gh: GitHub, settings: GitHubSettings, plan: Plan, incidents: SyncIncident[],
  warnings: string[], repoName: string, progress: (line: string) => void,
): Promise<IssuesResult> {
  const creates = plan.entries.filter((e) => e.action === 'create');
  // Render every body first: a broken template stops the run before anything is made.
  const render = bodyRenderer(ctx.repo, incidents, settings.filesWebUrl);
  const bodies = new Map(creates.map((e) => [e, render(e)]));
  const outcomes = new Map<PlanEntry, ItemOutcome>(plan.entries.map((e) => [e, planned(e, false)]));
  let stopped: string | undefined;
  if (creates.length) {
    try {
      warnings.push(...(await ensureLabels(gh, plan.labels)));
    } catch (error) {
      stopped = stopMessage(error);
    }
  }
  let done = 0;
  for (const incident of incidents) {
    const entries = plan.entries.filter((e) => e.item.incident === incident.id);
    const writes: ItemWrite[] = [];
    for (const entry of entries) {
      const outcome = outcomes.get(entry)!;
      if (entry.action === 'adopt' || entry.action === 'update') writes.push(write(entry, entry.changes));
      if (entry.action !== 'create') continue;
      if (stopped) {
        Object.assign(outcome, { action: 'failed', error: 'not created: the run stopped' });
        continue;
      }
      progress(`creating issue ${++done}/${creates.length}: ${incident.id} ${entry.item.id}`);
      try {
        const made = await createOnce(gh, entry, bodies.get(entry)!);
        if (made.kind === 'failed') {
          Object.assign(outcome, { action: 'failed', error: made.error });
          continue;
        }
        const changes: Change[] = [{ field: 'issue', to: made.issue.htmlUrl }];
        Object.assign(outcome, {
          action: made.kind === 'created' ? 'create' : 'adopt',
          issue: { number: made.issue.number, url: made.issue.htmlUrl }, changes,
          note: made.notes.join('; ') || undefined,
        });
        writes.push(write(entry, changes));
      } catch (error) {
        stopped = stopMessage(error);
        Object.assign(outcome, { action: 'failed', error: 'not created: the run stopped' });
      }
    }
    // Written per file as soon as its issues exist: a crash later loses nothing (and the marker covers a crash before).
    const { conflicts } = await writeBack(ctx.repo, incident.id, writes, ctx.now);
    for (const entry of entries) {
      const conflict = conflicts.get(entry.item.id);
      const outcome = outcomes.get(entry)!;
      if (conflict && outcome.action !== 'failed') {
        Object.assign(outcome, { action: 'failed', error: `not written: ${conflict}`, changes: [] });
      }
    }
  }
  return result(repoName, false, [...outcomes.values()], plan, warnings, stopped);
}

/** Stops the run for errors that will fail every further request too; anything else is a bug and is thrown. */
function stopMessage(error: unknown): string {
  if (error instanceof GitHubError) return error.message;
  throw error;
}

const write = (entry: PlanEntry, changes: Change[]): ItemWrite => ({ itemId: entry.item.id, index: entry.item.index, changes });

function planned(entry: PlanEntry, dryRun: boolean): ItemOutcome {
  const { item } = entry;
  return {
    incident: item.incident, file: item.file, item: item.id, title: item.title, action: entry.action,
    ...(entry.issue ? { issue: { number: entry.issue.number, url: entry.issue.url } } : {}),
    status: entry.changes.find((c) => c.field === 'status')?.to ?? item.status,
    ...(dryRun && entry.create ? { create: entry.create } : {}),
    changes: entry.changes,
    ...(entry.note ? { note: entry.note } : {}),
  };
}

function result(repo: string, dryRun: boolean, items: ItemOutcome[], plan: Plan, warnings: string[], stopped?: string): IssuesResult {
  const counts = { create: 0, adopt: 0, update: 0, nothing: 0, failed: 0 };
  for (const item of items) counts[item.action]++;
  // Overdue items created just now link to their new issue.
  const made = new Map(items.filter((i) => i.issue).map((i) => [`${i.incident}/${i.item}`, i.issue!.url]));
  const overdue = plan.overdue.map((o) => (o.issue || !made.has(`${o.incident}/${o.item}`) ? o : { ...o, issue: made.get(`${o.incident}/${o.item}`)! }));
  return { repo, dryRun, items, overdue, warnings, counts, ...(stopped ? { stopped } : {}) };
}

/** Issues the files point at that the label listing missed (label removed): one request each. */
async function fetchStragglers(gh: GitHub, plan: Plan, input: PlanInput): Promise<Plan> {
  const missing = new Set<number>();
  const found: SyncIssue[] = [];
  for (const number of plan.toFetch) {
    try {
      found.push(await gh.getIssue(number));
    } catch (error) {
      if (!(error instanceof NotFoundError)) throw error;
      missing.add(number);
    }
  }
  Object.assign(input, { issues: [...input.issues, ...found], missing });
  return planSync(input);
}

/** The last comment of issues closed as not planned (usually the why), for the item's reason: one request each. */
async function fetchCloseComments(gh: GitHub, plan: Plan, input: PlanInput): Promise<Plan> {
  const byNumber = new Map(input.issues.map((i) => [i.number, i]));
  const lastComments = new Map<number, string>();
  for (const entry of plan.entries) {
    if (!entry.issue || !entry.changes.some((c) => c.field === 'reason')) continue;
    const count = byNumber.get(entry.issue.number)?.comments ?? 0;
    const comment = count > 0 ? await gh.lastComment(entry.issue.number, count) : undefined;
    if (comment) lastComments.set(entry.issue.number, comment);
  }
  if (lastComments.size === 0) return plan;
  Object.assign(input, { lastComments });
  return planSync(input);
}

function loadIncidents(ctx: Context, options: IssuesOptions): { incidents: SyncIncident[]; warnings: string[] } {
  const incidents: SyncIncident[] = [];
  const warnings: string[] = [];
  const ids = options.all ? listIncidentIds(ctx.repo) : options.ids.map((id) => id.replace(/\.md$/, ''));
  for (const id of ids) {
    const path = incidentPath(ctx.repo, id);
    if (!existsSync(path)) throw unknownIncident(ctx.repo, id);
    const text = readFileSync(path, 'utf8');
    // Most of a big repository has nothing to sync: skip the YAML parse for files without action items.
    if (options.all && !/^action_items:/m.test(text)) continue;
    const shown = display(ctx.repo, path);
    let parsed;
    try {
      parsed = parseIncidentText(text, shown);
    } catch (error) {
      if (!options.all || !(error instanceof DocumentError)) throw error;
      warnings.push(`skipped ${error.describe()}`);
      continue;
    }
    let zone = ctx.defaultTimeZone;
    try {
      zone = timeZoneOf(parsed, ctx.defaultTimeZone, shown);
    } catch {
      // A bad zone is validate's business; today's date in the default zone is close enough here.
    }
    incidents.push({ id, file: shown, data: parsed.data, today: localDate(ctx.now, zone) });
  }
  return { incidents, warnings };
}

/** Test knob: CASEFILE_GITHUB_TIME_SCALE=0 makes every rate-limit and retry wait instant. */
function timeScale(env: NodeJS.ProcessEnv): number | undefined {
  const v = env.CASEFILE_GITHUB_TIME_SCALE;
  return v !== undefined && v !== '' && Number.isFinite(Number(v)) && Number(v) >= 0 ? Number(v) : undefined;
}

const positive = (v: string | undefined) => (v && Number(v) > 0 ? Number(v) : undefined);

