// `incident drill replay`: a past incident as a tabletop exercise (seed 001). The timeline is
// revealed one moment at a time up to the first mitigation; what happened next, the incident's
// title, its impact, root cause and resolution are held back to the end. Pure.
import { findSections, isPublicSummary } from '../markdown/named-sections.ts';
import { scanBody } from '../markdown/sections.ts';
import { computeMetrics } from '../metrics/metrics.ts';
import { formatDuration } from '../time/duration.ts';
import { localDate, localParts, parseInstant, sortTimeline } from '../timeline/timeline.ts';
import type { TimelineEntry } from '../model/types.ts';

export interface Replay {
  intro: string;
  steps: string[];
  reveal: string;
}

export interface ReplayInput {
  data: Record<string, unknown>;
  text: string;
  bodyStart: number;
  timeZone: string;
  id: string;
}

/** Once one of these happens the team knows the fix: the rest waits for the reveal. */
const ENDGAME = new Set(['mitigated', 'recovered', 'resolved']);

export function replayScript(input: ReplayInput): Replay {
  const { data, timeZone } = input;
  const timeline = sortTimeline((Array.isArray(data.timeline) ? data.timeline : [])
    .filter((e): e is TimelineEntry => typeof e === 'object' && e !== null && typeof e.at === 'string' && typeof e.text === 'string'));
  const cut = timeline.findIndex((e) => ENDGAME.has(e.kind));
  const played = cut === -1 ? timeline : timeline.slice(0, cut);
  const held = cut === -1 ? [] : timeline.slice(cut);
  const groups = byMoment(played);
  const t0 = parseInstant(played[0]?.at ?? '');
  let day = '';
  const clock = (at: string) => {
    const ms = parseInstant(at);
    if (ms === undefined) return at;
    const p = localParts(ms, timeZone);
    const date = localDate(ms, timeZone);
    const time = [p.hour, p.minute, p.second].map((n) => String(n).padStart(2, '0')).join(':');
    const shown = date !== day ? `${date} ${time}` : time;
    day = date;
    return shown;
  };
  const steps = groups.map((group, i) => {
    const ms = parseInstant(group[0]!.at);
    const after = t0 !== undefined && ms !== undefined ? ` · T+${formatDuration(ms - t0)}` : '';
    const head = `--- Step ${i + 1} of ${groups.length} · ${clock(group[0]!.at)}${group[0]!.approx ? ' (approx.)' : ''}${after} ---`;
    return [head, ...group.map(line)].join('\n');
  });

  const services = Array.isArray(data.services) && data.services.length ? data.services.join(', ') : 'not recorded';
  const intro = [
    '# Tabletop exercise (DRILL: practice, nothing is happening now)',
    '',
    `Severity: ${text(data.severity) || 'not recorded'} · Services: ${services} · ${groups.length} step${groups.length === 1 ? '' : 's'} · Times in ${timeZone}`,
    '',
    'Read each step aloud. After each one, ask the team: What do we know now? What would you do next?',
    'What would you want to know, and how would you find out? The incident, its root cause and its',
    'resolution are revealed at the end.',
  ].join('\n');

  const reveal: string[] = ['=== Stop here: how would you mitigate it? Then read on. ===', '', `## The incident: ${text(data.title)} (${input.id})`];
  const impact = typeof data.impact === 'object' && data.impact !== null ? text((data.impact as Record<string, unknown>).summary) : '';
  if (impact) reveal.push('', `Impact: ${impact.replace(/\s+/g, ' ').trim()}`);
  if (held.length) reveal.push('', '## What happened next', '', ...held.map((e) => `${clock(e.at)}  ${line(e)}`));
  for (const name of ['Root cause and contributing factors', 'Resolution']) {
    const section = sectionOf(input.text, input.bodyStart, name);
    reveal.push('', `## ${name}`, '', section || '(not written yet)');
  }
  const metrics = computeMetrics(timeline);
  if (metrics.length) reveal.push('', '## Metrics', '', ...metrics.map((m) => `- ${m.label}: ${formatDuration(m.ms, m.approx)}`));
  return { intro, steps, reveal: reveal.join('\n') };
}

/** Entries at the same instant are one step. */
function byMoment(entries: TimelineEntry[]): TimelineEntry[][] {
  const groups: TimelineEntry[][] = [];
  for (const e of entries) {
    const last = groups[groups.length - 1];
    if (last && last[0]!.at === e.at) last.push(e);
    else groups.push([e]);
  }
  return groups;
}

const text = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v) : '');

function line(e: TimelineEntry): string {
  return `${e.kind}${e.by ? ` (${e.by})` : ''}: ${text(e.text).replace(/\s+/g, ' ').trim()}`;
}

/** A post-mortem section's Markdown (under any of its usual names), guidance comments removed. */
function sectionOf(file: string, bodyStart: number, name: string): string {
  const body = scanBody(file, bodyStart);
  const [section] = findSections(body.sections, name, isPublicSummary);
  if (!section) return '';
  return file.slice(section.contentStart, section.contentEnd).replace(/<!--[\s\S]*?-->/g, '').replace(/\r\n?/g, '\n').replace(/\n{3,}/g, '\n\n').trim();
}
