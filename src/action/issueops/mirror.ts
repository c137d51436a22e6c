// IssueOps mirror (config `issueops: { mirror: true }`): the entries written in git (incident log,
// status, role... from a clone) shown on the tracking issue as comments, so that people who only read
// the issue see the whole timeline. On a push to the default branch, for each incident file it
// changed that names a tracking issue: one comment per entry, found again by a hidden marker (a
// digest of the entry), so a re-run posts nothing twice; an entry amended or removed since has its
// comment replaced or deleted. Entries that came from the issue's own comments are not repeated.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';
import { inlineMarkdown } from '../../core/render/escape.ts';
import { issueOfIncident, mirrorMarker, mirrorOf } from '../../core/issueops/markers.ts';
import { formatInZone, isValidTimeZone, parseInstant } from '../../core/timeline/timeline.ts';
import type { TimelineEntry } from '../../core/model/types.ts';
import type { Deps } from '../../commands/context.ts';
import type { GitHub, IssueComment } from '../../github/types.ts';
import { openRepo } from '../../io/repo.ts';
import { readIncidentData, readTimeline } from './entries.ts';
import { client, type IssueOpsResult, type Payload } from './run.ts';
import { byUs } from './ours.ts';

interface PushPayload extends Payload {
  commits?: { added?: string[]; modified?: string[] }[];
}

export async function onPush(payload: PushPayload, token: string, deps: Deps, result: IssueOpsResult): Promise<void> {
  const repo = await openRepo(deps.cwd, { configFile: deps.env.CASEFILE_CONFIG || undefined, incidentsDir: deps.env.CASEFILE_INCIDENTS_DIR || undefined });
  if (!repo.config.issueops.mirror) return void result.lines.push('issueops.mirror is off in the config: nothing to mirror');
  const [owner, name] = (payload.repository?.full_name ?? '').split('/');
  const dir = relative(repo.root, repo.incidentsDir);
  const changed = new Set((payload.commits ?? []).flatMap((c) => [...(c.added ?? []), ...(c.modified ?? [])]));
  const files = [...changed].filter((f) => f.endsWith('.md') && relative(dir, f).split(sep).length === 1 && !relative(dir, f).startsWith('..'));
  let github: GitHub | undefined;
  for (const file of files) {
    const path = join(repo.root, file);
    if (!existsSync(path)) continue;
    const ref = issueOfIncident(readFileSync(path, 'utf8'));
    if (!ref || ref.owner.toLowerCase() !== owner?.toLowerCase() || ref.name.toLowerCase() !== name?.toLowerCase()) continue;
    github ??= await client(token, ref, deps);
    const id = basename(file, '.md');
    const timeline = await readTimeline(repo, id);
    const { data } = await readIncidentData(repo, id);
    const zone = typeof data.timezone === 'string' && isValidTimeZone(data.timezone) ? data.timezone : 'UTC';
    const comments = await github.issueComments(ref.number);
    const counts = await mirrorIncident(github, ref.number, timeline, comments, zone);
    result.incident = id;
    result.lines.push(`${file}: mirrored to issue #${ref.number}: ${counts.posted} posted, ${counts.deleted} deleted`);
  }
  if (!files.length) result.lines.push('No incident file changed: nothing to mirror');
}

/** The key of an entry's comment: a digest of what it says, so an amended entry gets a new one. */
export const mirrorKey = (e: TimelineEntry) =>
  createHash('sha256').update(JSON.stringify([e.at, e.kind, e.by ?? '', e.text, e.approx === true])).digest('hex').slice(0, 16);

export function mirrorBody(e: TimelineEntry, zone: string): string {
  const ms = parseInstant(String(e.at));
  // 2026-03-01 11:05 +01:00: the incident's own clock, as `incident show` gives it.
  const m = ms === undefined ? null : /^(\d{4}-\d\d-\d\d)T(\d\d:\d\d)(?::\d\d(?:\.\d+)?)?(Z|[+-]\d\d:\d\d)$/.exec(formatInZone(ms, zone));
  const when = m ? `${m[1]} ${m[2]} ${m[3] === 'Z' ? 'UTC' : m[3]}` : String(e.at);
  const kind = e.kind === 'note' ? '' : ` ${e.kind}`;
  return `**${inlineMarkdown(when)}${e.approx ? ' (approx.)' : ''}**${kind}${e.by ? ` · ${inlineMarkdown(e.by)}` : ''}: ${inlineMarkdown(e.text)}\n\n${mirrorMarker(mirrorKey(e))}`;
}

/** Posts the entries' comments that are missing, in time order, and deletes those whose entry is gone. */
export async function mirrorIncident(github: GitHub, issue: number, timeline: TimelineEntry[], comments: IssueComment[], zone: string) {
  const wanted = new Map<string, TimelineEntry>();
  const sorted = timeline
    .map((e, i) => ({ e, i, ms: parseInstant(String(e?.at)) ?? Infinity }))
    .sort((a, b) => a.ms - b.ms || a.i - b.i);
  // An entry with a source came from a comment: the issue shows it already.
  for (const { e } of sorted) if (e && typeof e === 'object' && e.source === undefined) wanted.set(mirrorKey(e), e);
  const have = new Map<string, number>();
  const ours = byUs(github);
  for (const c of comments) {
    const key = mirrorOf(c.body);
    if (key !== undefined && (await ours(c))) have.set(key, c.id);
  }
  let posted = 0;
  let deleted = 0;
  for (const [key, id] of have) {
    if (!wanted.has(key)) {
      await github.deleteComment(id);
      deleted++;
    }
  }
  for (const [key, e] of wanted) {
    if (have.has(key)) continue;
    await github.createComment(issue, mirrorBody(e, zone));
    posted++;
  }
  return { posted, deleted };
}
