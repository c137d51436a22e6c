// How a pull request changes the headline figures of the last 90 days, for the Action's job
// summary: the insights of the incident files as the branch has them, against the same files with
// the changed ones as they are at the merge base (a file new on the branch is not in "before").
// Best-effort: without the base in the checkout (a shallow clone) there is no "before" to show.
import { basename, join } from 'node:path';
import { computeInsights, type InsightIncident, type Insights } from '../core/insights/index.ts';
import { formatDuration } from '../core/time/duration.ts';
import { changedSince } from '../io/git-changed.ts';
import { fileAtBase } from '../io/git-show.ts';
import { display, listIncidentIds } from '../io/repo.ts';
import { context, type Deps } from './context.ts';
import { incidentReader, insightSettings } from './insights.ts';
import { insightFromText } from './insights-read.ts';

export const DELTA_DAYS = 90;

export interface Headline {
  label: string;
  before: string;
  after: string;
}

export interface InsightsDelta {
  since: string;
  /** Undefined when the base is not in this checkout. */
  figures?: Headline[];
  changed: number;
}

export async function insightsDelta(base: string, deps: Deps): Promise<InsightsDelta> {
  const ctx = await context(deps);
  const { repo } = ctx;
  const since = new Date(ctx.now - DELTA_DAYS * 86_400_000).toISOString().slice(0, 10);
  const changed = changedSince(repo.root, base, repo.incidentsDir);
  if (!changed) return { since, changed: 0 };
  const names = new Set(changed.filter((p) => p.endsWith('.md')).map((p) => basename(p, '.md')));
  const reader = incidentReader(repo, true);
  const after: InsightIncident[] = [];
  const before: InsightIncident[] = [];
  const ids = listIncidentIds(repo);
  const current = await reader.readAll(ids, () => {});
  ids.forEach((name, k) => {
    const now = current[k];
    if (now) after.push(now);
    if (!names.has(name)) {
      if (now) before.push(now);
      return;
    }
    const path = join(repo.incidentsDir, `${name}.md`);
    const old = fileAtBase(repo.root, base, path).text;
    const then = old === undefined ? undefined : insightFromText(old, display(repo, path), name);
    if (then) before.push(then);
  });
  reader.save(ids, current);
  const figures = (list: InsightIncident[]) => {
    const recent = list.filter((i) => i.kind === 'incident' && i.date >= since);
    return headlines(computeInsights(recent, [], insightSettings(repo, 'month', ctx.now)));
  };
  const [b, a] = [figures(before), figures(after)];
  return { since, changed: names.size, figures: a.map((f, k) => ({ label: f.label, before: b[k]!.value, after: f.value })) };
}

function headlines(r: Insights): { label: string; value: string }[] {
  const ttr = r.response.find((f) => f.metric === 'time_to_resolve' && f.group === 'all');
  const ttm = r.response.find((f) => f.metric === 'time_to_mitigate' && f.group === 'all');
  const d = (ms: number | null | undefined) => (ms === null || ms === undefined ? '-' : formatDuration(ms));
  const sum = (list: { n: number }[]) => String(list.reduce((a, g) => a + g.n, 0));
  return [
    { label: 'incidents', value: String(r.counts.total) },
    { label: 'p50 time to resolve', value: d(ttr?.p50_ms) },
    { label: 'p90 time to resolve', value: d(ttr?.p90_ms) },
    { label: 'p90 time to mitigate', value: d(ttm?.p90_ms) },
    { label: 'open action items', value: sum(r.follow_through.open_by_age) },
    { label: 'overdue action items', value: sum(r.follow_through.overdue_by_owner) },
    { label: 'overdue post-mortems', value: String(r.postmortems.overdue.length) },
  ];
}

/** The job summary's section: what changes first ("p90 time to resolve 3h10m -> 3h25m"), then what does not. */
export function formatDelta(delta: InsightsDelta): string {
  const head = `## Casefile: insights of the last ${DELTA_DAYS} days\n\n`;
  if (!delta.figures) return `${head}The base of this pull request is not in the checkout (fetch it with \`fetch-depth: 0\`): no figures to compare.\n`;
  const moved = delta.figures.filter((f) => f.before !== f.after);
  const still = delta.figures.filter((f) => f.before === f.after);
  const lines = [`Incidents since ${delta.since}, before and after this pull request (${delta.changed} incident file${delta.changed === 1 ? '' : 's'} changed):`, ''];
  for (const f of moved) lines.push(`- ${f.label} ${f.before} -> ${f.after}`);
  if (!moved.length) lines.push('- no headline figure changes');
  if (still.length) lines.push('', `Unchanged: ${still.map((f) => `${f.label} ${f.after}`).join(', ')}.`);
  return head + lines.join('\n') + '\n';
}
