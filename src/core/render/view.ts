// The context templates get: one shape for both audiences, so every template works for either.
// The internal view holds everything; the public view is built by view-public.ts from the
// public fields and the Public summary only, and its internal parts are empty.
import type { MetricKey } from '../metrics/metrics.ts';
import type { PublicSummaryView } from './public-summary.ts';

export type Audience = 'internal' | 'public';

export interface TimelineRow {
  /** As written (ISO 8601 with its offset). */
  at: string;
  /** Local date and time in the view's zone (`2017-01-06`, `14:50:26`); the raw `at` when unreadable. */
  local_date: string;
  local_time: string;
  /** The first entry, or the local date differs from the previous entry's (midnight, multi-day). */
  new_day: boolean;
  kind: string;
  milestone: boolean;
  by: string | null;
  text: string;
  approx: boolean;
}

export interface RoleRow {
  key: string;
  label: string;
  /** One name, or several for subject matter experts. */
  names: string[];
}

export interface MetricRow {
  key: MetricKey;
  label: string;
  ms: number;
  from: string;
  to: string;
  /** An estimated time at either end: shown as `~45m`, "about 45 minutes". */
  approx: boolean;
}

export interface ActionRow {
  id: string;
  title: string;
  type: string | null;
  owner: string | null;
  due: string | null;
  status: string;
  reason: string | null;
  issue: string | null;
}

export interface SiteLinks {
  title: string;
  /** Relative links from the page: the index and the feed. */
  index: string;
  feed: string;
}

export interface View {
  audience: Audience;
  internal: boolean;
  drill: boolean;
  id: string;
  title: string;
  kind: string;
  severity: string | null;
  status: string | null;
  services: string[];
  /** The zone times are shown in: the incident's for internal documents, UTC for public ones. */
  timezone: string;
  /** The clock (for "for 25 minutes so far"): ISO 8601 in `timezone`. */
  now: string;
  /** The frontmatter as written (internal), or only its public fields (public). */
  incident: Record<string, unknown>;
  /** The incident file, relative to the repository (internal only). */
  file: string | null;
  /** Impact start (`started`), end (`recovered`, else `resolved`) and `resolved`: ISO 8601 in `timezone`. */
  started: string | null;
  ended: string | null;
  resolved: string | null;
  /** Impact duration in ms (ended - started). */
  duration_ms: number | null;
  /** The start or the end of the impact is an estimated time (`approx: true`). */
  duration_approx: boolean;
  ongoing: boolean;
  roles: RoleRow[];
  timeline: TimelineRow[];
  /** The last five timeline entries, oldest first (for status updates). */
  recent: TimelineRow[];
  metrics: MetricRow[];
  impact: { summary: string | null; figures: { label: string; value: string }[] };
  action_items: ActionRow[];
  postmortem: { owner: string | null; due: string | null; meeting: string | null; status: string | null };
  /** The post-mortem body as written, HTML comments removed (internal only). */
  body: string;
  public_summary: PublicSummaryView | null;
  /** Set when rendering a page of the public site. */
  site: SiteLinks | null;
}

// C0 controls: invisible, and not allowed in XML (the Atom feed).
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/** CONTROLS, for a test (a global expression's test would move its lastIndex). */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/**
 * Whether `s` holds one of CONTROLS (tab, LF and CR are not). A long string by the native search:
 * the loop, run cold, cost `incident render` ~15 us an entry's text (~5 ms for a long outage's 300).
 */
function hasControl(s: string): boolean {
  if (s.length > 24) return CONTROL.test(s);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 32 ? c !== 9 && c !== 10 && c !== 13 : c === 127) return true;
  }
  return false;
}

/** A scalar as text (control characters dropped), or null. */
export function str(value: unknown): string | null {
  // Most strings hold none: looked at without the expression (a site page reads ~100 of them).
  if (typeof value === 'string') return hasControl(value) ? value.replace(CONTROLS, '') : value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return null;
}

/** A list of scalars as texts. */
export function strList(value: unknown): string[] {
  return (Array.isArray(value) ? value : []).map(str).filter((s): s is string => s !== null);
}
