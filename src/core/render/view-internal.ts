// The internal view: everything in the incident file, with times in the incident's zone.
import { computeMetrics, milestones } from '../metrics/metrics.ts';
import { dateOf, formatInZone, localParts, parseInstant, sortByInstant, zoneOffsets } from '../timeline/timeline.ts';
import { MILESTONE_KINDS, OPEN_STATUSES, SINGLE_ROLES, type TimelineEntry } from '../model/types.ts';
import { stripComments } from './markdown-safe.ts';
import type { PublicSummaryView } from './public-summary.ts';
import { str, strList, type ActionRow, type RoleRow, type TimelineRow, type View } from './view.ts';
import { unixLineBreaks, collapseBlankLines } from '../util/line-breaks.ts';

export interface ViewInput {
  /** The frontmatter as plain data. */
  data: Record<string, unknown>;
  /** The whole file and where its body starts. */
  text: string;
  bodyStart: number;
  /** The file as shown (relative path). */
  file: string;
  /** The incident's zone, already checked (or the default when it has none). */
  timeZone: string;
  now: number;
  publicSummary: PublicSummaryView | null;
}

const ROLE_LABELS: Record<string, string> = {
  incident_commander: 'Incident commander',
  deputy: 'Deputy',
  scribe: 'Scribe',
  communications_liaison: 'Communications liaison',
  investigation_coordinator: 'Investigation coordinator',
  subject_matter_experts: 'Subject matter experts',
};

const MILESTONES: ReadonlySet<string> = new Set(MILESTONE_KINDS);
const asRecord = (v: unknown): Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {};

/** Timeline entries that are objects with a string `at` (what validation would otherwise flag is skipped). */
export function entries(data: Record<string, unknown>): TimelineEntry[] {
  return (Array.isArray(data.timeline) ? data.timeline : [])
    .filter((e): e is TimelineEntry => typeof e === 'object' && e !== null && typeof (e as { at?: unknown }).at === 'string');
}

/**
 * Impact start and end, resolution and duration from the milestones (never guessed from prose).
 * Ongoing: impact has not ended and the status is an open one.
 */
export function impactTimes(timeline: readonly TimelineEntry[], zone: string, status: string | null, parse = parseInstant, metrics = computeMetrics(timeline, parse)) {
  const at = milestones(timeline, parse);
  const ended = at.recovered ?? at.resolved;
  const iso = (ms: number | undefined) => (ms === undefined ? null : formatInZone(ms, zone));
  return {
    started: iso(at.started),
    ended: iso(ended),
    resolved: iso(at.resolved),
    duration_ms: at.started !== undefined && ended !== undefined ? ended - at.started : null,
    duration_approx: metrics.some((m) => m.key === 'impact_duration' && m.approx === true),
    ongoing: ended === undefined && (status === null || (OPEN_STATUSES as readonly string[]).includes(status)),
  };
}

export function timelineRows(timeline: readonly TimelineEntry[], zone: string, parse = parseInstant): TimelineRow[] {
  return rowsOf(timeline, zone, instantsOf(timeline, parse));
}

/** Each entry's instant, read once. */
function instantsOf(timeline: readonly TimelineEntry[], parse: (at: string) => number | undefined): (number | undefined)[] {
  const instants: (number | undefined)[] = [];
  for (let i = 0; i < timeline.length; i++) instants.push(parse(timeline[i]!.at));
  return instants;
}

/**
 * parseInstant for the entries' `at`s, from their instants read already: the milestones and the
 * metrics ask for them in the timeline's order (a few of them, each pass), so the entry after the
 * one found last is looked at first. A Map of them all cost more than reading them again.
 */
function readAgain(timeline: readonly TimelineEntry[], instants: readonly (number | undefined)[]): (at: string) => number | undefined {
  const n = timeline.length;
  let k = 0;
  return (at) => {
    for (let tries = 0; tries < n; tries++) {
      const i = k;
      k = k + 1 === n ? 0 : k + 1;
      if (timeline[i]!.at === at) return instants[i];
    }
    return parseInstant(at);
  };
}

/** The rows of entries whose instants are read (sortTimeline's order: by instant, equal ones as written, unreadable ones last). */
function rowsOf(timeline: readonly TimelineEntry[], zone: string, instants: readonly (number | undefined)[]): TimelineRow[] {
  // The indices by a loop: Array.from(timeline, fn) takes the iterator protocol (~2 us a page).
  const indices: number[] = [];
  for (let i = 0; i < timeline.length; i++) indices.push(i);
  const order = sortByInstant(indices, (i) => instants[i]);
  const rows: TimelineRow[] = [];
  const local = localClock(zone);
  let day = '';
  for (const i of order) {
    const e = timeline[i]!;
    const ms = instants[i];
    let date = '';
    let time = e.at;
    if (ms !== undefined) {
      local.read(ms);
      date = local.date;
      time = local.time;
    }
    const new_day = date !== day;
    day = date;
    rows.push({
      at: e.at, local_date: date, local_time: time, new_day, kind: str(e.kind) ?? '', milestone: MILESTONES.has(e.kind),
      by: str(e.by), text: str(e.text) ?? '', approx: e.approx === true,
    });
  }
  return rows;
}

/** A clock's field in two digits (NaN as `NaN`, as localParts gives fields out of Date's range). */
const pad2 = (n: number) => (n < 10 ? `0${n}` : `${n}`);
/** 0-59 in two digits, made once. */
const TWO_DIGITS = Array.from({ length: 60 }, (_, n) => pad2(n));

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** Date's range, less a day: a wall clock within it has its day's start within it too. */
const WALL_RANGE = 8.64e15 - DAY;

/**
 * The wall-clock date and time of instants in one zone (what localParts, dateOf and two digits a
 * field give), for a timeline's instants in turn: the offset asked once a span the zone rules know
 * it constant in (zoneOffsets), the date made once a local day, no object an instant.
 */
function localClock(zone: string) {
  const offsetAt = zoneOffsets(zone);
  let dayNumber = NaN;
  const clock = {
    date: '',
    time: '',
    /** Reads `ms` into date and time. */
    read(ms: number): void {
      const whole = Math.floor(ms / SECOND) * SECOND;
      const wall = whole + offsetAt(whole) * MINUTE;
      if (!(Math.abs(wall) <= WALL_RANGE)) {
        // Beyond Date's range (never an `at` of years 0-9999): as localParts gives it.
        const p = localParts(ms, zone);
        dayNumber = NaN;
        clock.date = dateOf(p);
        clock.time = `${pad2(p.hour)}:${pad2(p.minute)}:${pad2(p.second)}`;
        return;
      }
      const d = Math.floor(wall / DAY);
      if (d !== dayNumber) {
        dayNumber = d;
        const start = new Date(d * DAY);
        clock.date = dateOf({ year: start.getUTCFullYear(), month: start.getUTCMonth() + 1, day: start.getUTCDate(), hour: 0, minute: 0, second: 0 });
      }
      const t = wall - d * DAY;
      clock.time = `${TWO_DIGITS[Math.floor(t / HOUR)]}:${TWO_DIGITS[Math.floor((t % HOUR) / MINUTE)]}:${TWO_DIGITS[(t % MINUTE) / SECOND]}`;
    },
  };
  return clock;
}

function roles(data: Record<string, unknown>): RoleRow[] {
  const r = asRecord(data.roles);
  const rows: RoleRow[] = [];
  for (const key of SINGLE_ROLES) {
    const name = str(r[key]);
    if (name) rows.push({ key, label: ROLE_LABELS[key]!, names: [name] });
  }
  const smes = strList(r.subject_matter_experts);
  if (smes.length) rows.push({ key: 'subject_matter_experts', label: ROLE_LABELS.subject_matter_experts!, names: smes });
  return rows;
}

function actionItems(data: Record<string, unknown>): ActionRow[] {
  return (Array.isArray(data.action_items) ? data.action_items : []).map(asRecord).map((a) => ({
    id: str(a.id) ?? '', title: str(a.title) ?? '', type: str(a.type), owner: str(a.owner), due: str(a.due),
    status: str(a.status) ?? 'open', reason: str(a.reason), issue: str(a.issue),
  }));
}

export function internalView(input: ViewInput): View {
  const { data, timeZone: zone } = input;
  const timeline = entries(data);
  // Each entry's instant read once, for the rows, the milestones and the metrics.
  const instants = instantsOf(timeline, parseInstant);
  const parse = readAgain(timeline, instants);
  const rows = rowsOf(timeline, zone, instants);
  const metrics = computeMetrics(timeline, parse);
  const impact = asRecord(data.impact);
  const pm = asRecord(data.postmortem);
  const kind = str(data.kind) ?? 'incident';
  const status = str(data.status);
  return {
    audience: 'internal',
    internal: true,
    drill: kind === 'drill',
    id: str(data.id) ?? input.file.replace(/^.*\//, '').replace(/\.md$/, ''),
    title: str(data.title) ?? '',
    kind,
    severity: str(data.severity),
    status,
    services: strList(data.services),
    timezone: zone,
    now: formatInZone(input.now, zone),
    incident: data,
    file: input.file,
    ...impactTimes(timeline, zone, status, parse, metrics),
    roles: roles(data),
    timeline: rows,
    recent: rows.slice(-5),
    metrics: metrics.map((m) => ({ key: m.key, label: m.label, ms: m.ms, from: m.from, to: m.to, approx: m.approx === true })),
    impact: {
      summary: str(impact.summary),
      figures: (Array.isArray(impact.figures) ? impact.figures : []).map(asRecord)
        .map((f) => ({ label: str(f.label) ?? '', value: str(f.value) ?? '' })),
    },
    action_items: actionItems(data),
    postmortem: { owner: str(pm.owner), due: str(pm.due), meeting: str(pm.meeting), status: str(pm.status) },
    body: collapseBlankLines(unixLineBreaks(stripComments(input.text.slice(input.bodyStart)))).trim(),
    public_summary: input.publicSummary,
    site: null,
  };
}
