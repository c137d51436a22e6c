// `incident report <id> [--since <time>]`: the investigation coordinator's periodic summary
// (seed 004), rendered from templates/coordinator-report.md.hbs as Markdown ready to paste in chat.
import { existsSync, readFileSync } from 'node:fs';
import { evidenceOf, formatBytes } from '../core/model/evidence.ts';
import { loadCompiled } from '../core/render/load.ts';
import { finishOutput } from '../core/render/output.ts';
import { markdownChatLazily, ownMarkdownLazily } from '../core/markdown/markdown-out-lazy.ts';
import { internalViewOf, prepareData } from '../core/render/prepare.ts';
import type { TimelineRow, View } from '../core/render/view.ts';
import { THREAD_TEXT, threadRef, threadsOf, type Thread } from '../core/model/threads.ts';
import { formatInZone, parseInstant } from '../core/timeline/timeline.ts';
import { sinceInstant } from '../core/timeline/since.ts';
import { display, incidentPath, unknownIncident } from '../io/repo.ts';
import { findTemplate, loadPartials } from '../io/templates.ts';
import { context, type Deps } from './context.ts';

export const REPORT_TEMPLATE = 'coordinator-report.md.hbs';

export interface ReportOptions {
  id: string;
  /** Only what is new since then: the one --since syntax (core/timeline/since.ts), HH:MM in the incident's zone too. */
  since?: string;
  /** Chat text instead of Markdown (no escapes): for pasting into Slack. */
  plain?: boolean;
}

export interface ReportResult {
  file: string;
  template: string;
  text: string;
}

export async function report(options: ReportOptions, deps: Deps): Promise<ReportResult> {
  const ctx = await context(deps);
  const path = incidentPath(ctx.repo, options.id);
  if (!existsSync(path)) throw unknownIncident(ctx.repo, options.id);
  const shown = display(ctx.repo, path);
  // The frontmatter only: the report shows no Public summary, so the body's sections (a scan of the
  // whole body) are not looked for.
  const prepared = await prepareData(readFileSync(path, 'utf8'), shown);
  const view = internalViewOf(prepared, { now: ctx.now, defaultTimeZone: () => ctx.defaultTimeZone }, null);
  const since = options.since === undefined ? undefined : sinceInstant(options.since, { now: ctx.now, timeZone: view.timezone });
  const template = findTemplate(ctx.repo, REPORT_TEMPLATE)!;
  const { partials } = loadPartials(ctx.repo, 'md');
  const render = await loadCompiled(template.source, { format: 'md', partials, name: template.file });
  const made = finishOutput(render(reportContext(view, prepared.data, ctx.now, since, shown)), 'md');
  const text = options.plain ? await markdownChatLazily(made) : await ownMarkdownLazily(template, made);
  return { file: shown, template: template.file, text };
}

interface ThreadRow {
  /** The thread's id (`k7m2q`), or an older file's number: templates print #{{number}}. */
  number: string;
  question: string;
  owner: string | null;
  opened: string | null;
  answer: string | null;
  closed: string | null;
  updates: { at: string; by: string | null; text: string }[];
}

/**
 * The template's context: every field of the internal view, plus the report's own. It says what
 * was known at `now` (so a past incident can be reported as of any moment, for a drill or a review);
 * with `since`, only what is new since then. Pure.
 */
export function reportContext(view: View, data: Record<string, unknown>, now: number, since: number | undefined, file: string) {
  const ms = (at: string | null | undefined) => (at ? parseInstant(at) : undefined);
  const known = (at: string | null | undefined) => (ms(at) ?? -Infinity) <= now;
  const isNew = (at: string | null | undefined) => since === undefined || (at ? (ms(at) ?? Infinity) >= since : false);
  const rows = view.timeline.filter((r) => known(r.at));
  const first = (...kinds: string[]) => rows.find((r) => kinds.includes(r.kind)) ?? null;
  const start = first('started') ?? first('declared') ?? rows[0] ?? null;
  const startMs = ms(start?.at);
  const ended = first('recovered') ?? first('resolved');
  const endMs = ms(first('resolved')?.at) ?? now;
  const threads = threadsOf(data, file).filter((t) => known(t.opened)).map((t) => threadRow(t, known));
  const open = threads.filter((t) => t.closed === null);
  const owned = open.filter((t) => t.owner !== null).map((t) => ({ ...t, updates: t.updates.filter((u) => isNew(u.at)) }));
  const shownThreads = owned.filter((t) => since === undefined || t.updates.length > 0 || isNew(t.opened));
  return {
    ...view,
    ongoing: ended === null,
    since: since === undefined ? null : formatInZone(since, view.timezone),
    elapsed_ms: startMs !== undefined ? endMs - startMs : null,
    elapsed_approx: start?.approx === true || (endMs !== now && first('resolved')?.approx === true),
    elapsed_from: start ? (start.kind === 'started' ? 'impact started' : start.kind === 'declared' ? 'declared' : 'the first entry') : null,
    symptoms: { title: view.title, summary: view.impact.summary, first: first('detected') ?? first('started') },
    observed: first('finding', 'evidence'),
    // What was found outside the threads (theirs are shown with each thread).
    data: rows.filter((r) => r.kind === 'finding' && !THREAD_TEXT.test(r.text) && isNew(r.at)).map(entryRow),
    evidence: evidenceOf(data, file).filter((e) => known(e.at) && isNew(e.at)).map((e) => ({
      file: e.file, size: formatBytes(Number(e.size) || 0), by: e.by ?? null, what: e.command ?? e.source ?? null, note: e.note ?? null,
    })),
    threads: shownThreads,
    unchanged_threads: owned.length - shownThreads.length,
    unowned: open.filter((t) => t.owner === null && isNew(t.opened)),
    answered: threads.filter((t) => t.closed !== null && isNew(t.closed)),
    milestones: rows.filter((r) => r.milestone && isNew(r.at)).map((r) => ({
      kind: r.kind, at: r.at, after_ms: startMs === undefined ? null : (ms(r.at) ?? startMs) - startMs,
      approx: r.approx || start?.approx === true,
    })),
  };
}

const entryRow = (r: TimelineRow) => ({ at: r.at, by: r.by, text: r.text });

function threadRow(t: Thread, known: (at: string | null) => boolean): ThreadRow {
  const s = (v: unknown) => (typeof v === 'string' && v !== '' ? v : null);
  // Closed later than the report's moment: still open then.
  const closed = t.status === 'closed' && known(s(t.closed)) ? (s(t.closed) ?? s(t.opened) ?? '') : null;
  return {
    number: threadRef(t),
    question: String(t.question ?? ''),
    owner: s(t.owner),
    opened: s(t.opened),
    answer: closed === null ? null : s(t.answer),
    closed,
    updates: (Array.isArray(t.updates) ? t.updates : []).filter((u) => known(s(u.at)))
      .map((u) => ({ at: String(u.at), by: s(u.by), text: String(u.text ?? '') })),
  };
}
