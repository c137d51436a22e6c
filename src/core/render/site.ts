// The public incident history site: which incidents it holds, their order, the links between
// pages (all relative, so the site works from file:// and from any sub-path of GitHub Pages) and
// the contexts of the index and the Atom feed. Pure: the command reads, renders and writes.
import { parseInstant } from '../timeline/timeline.ts';
import type { SiteLinks, View } from './view.ts';

export const PAGES_DIR = 'incidents';
export const INDEX = 'index.html';
export const FEED = 'feed.xml';
/** The feed holds the newest entries only: readers poll it, the index holds the history. */
export const FEED_ENTRIES = 50;

/** Ids are file names already; only this shape becomes a page name (no escaping needed in URLs). */
export const PAGE_ID = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

export interface SiteEntry {
  id: string;
  title: string;
  href: string;
  entry_id: string;
  severity: string | null;
  started: string | null;
  ended: string | null;
  duration_ms: number | null;
  duration_approx: boolean;
  services: string[];
  /** The Public summary's summary, as safe Markdown. */
  summary: string | null;
  /** For the feed: resolution, else end of impact, else start, else the id's date. */
  updated: string;
}

/** Whether an incident belongs on the site: public, post-mortem published, and never a drill. */
export function isPublished(data: Record<string, unknown>): boolean {
  const pm = data.postmortem;
  return data.public === true && data.kind !== 'drill' &&
    typeof pm === 'object' && pm !== null && (pm as Record<string, unknown>).status === 'published';
}

export const pagePath = (id: string) => `${PAGES_DIR}/${id}.html`;

/** Links from an incident's page (one directory down) to the index and the feed. */
export const pageLinks = (title: string): SiteLinks => ({ title, index: `../${INDEX}`, feed: `../${FEED}` });

export function siteEntry(view: View): SiteEntry {
  const idDate = /^\d{4}-\d{2}-\d{2}/.exec(view.id)?.[0] ?? '1970-01-01';
  return {
    id: view.id,
    title: view.title,
    href: pagePath(view.id),
    entry_id: `urn:casefile:incident:${view.id}`,
    severity: view.severity,
    started: view.started,
    ended: view.ended,
    duration_ms: view.duration_ms,
    duration_approx: view.duration_approx,
    services: view.services,
    summary: view.public_summary?.summary ?? null,
    updated: view.resolved ?? view.ended ?? view.started ?? `${idDate}T00:00:00Z`,
  };
}

/** Newest first: by impact start (else the id's date), then by id, both descending. */
export function newestFirst(entries: SiteEntry[]): SiteEntry[] {
  const key = (e: SiteEntry) => (e.started ? parseInstant(e.started) : undefined) ?? parseInstant(e.updated) ?? 0;
  return [...entries].sort((a, b) => key(b) - key(a) || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
}

export function indexContext(title: string, entries: SiteEntry[]) {
  return { site: { title, index: INDEX, feed: FEED }, timezone: 'UTC', incidents: entries };
}

export function feedContext(title: string, entries: SiteEntry[]) {
  const shown = entries.slice(0, FEED_ENTRIES);
  const updated = shown.map((e) => e.updated).sort((a, b) => (parseInstant(b) ?? 0) - (parseInstant(a) ?? 0))[0] ?? '1970-01-01T00:00:00Z';
  return { site: { title, index: INDEX, feed: FEED }, timezone: 'UTC', feed_id: 'urn:casefile:feed', updated, incidents: shown };
}
