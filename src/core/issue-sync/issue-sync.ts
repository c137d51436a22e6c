// Planning `incident issues`, purely: for each action item, whether to create an issue, adopt one
// found by its marker, bring the item's status back from its issue, or do nothing; and which
// items are overdue. The command does the I/O; this decides.
import { findMarker, issueTitle, itemKey } from './issue-sync-marker.ts';
import { closeReason, targetStatus } from './issue-sync-status.ts';

/** What planning needs of an issue (github/types.ts Issue fits). */
export interface SyncIssue {
  number: number;
  state: 'open' | 'closed';
  stateReason: string | null;
  htmlUrl: string;
  body: string;
  comments: number;
}

export interface SyncIncident {
  id: string;
  /** Repo-relative path, as shown and linked. */
  file: string;
  data: Record<string, unknown>;
  /** Today's date (YYYY-MM-DD) in the incident's time zone, for overdue items. */
  today: string;
}

export interface SyncItem {
  incident: string;
  file: string;
  /** Position in action_items, for the edit. */
  index: number;
  id: string;
  title: string;
  owner?: string;
  due?: string;
  /** open when the file says nothing. */
  status: string;
  reason?: string;
  issue?: string;
  severity?: string;
}

export type Action = 'create' | 'adopt' | 'update' | 'nothing';

export interface Change {
  field: 'issue' | 'status' | 'reason';
  from?: string;
  to: string;
}

export interface PlanEntry {
  item: SyncItem;
  action: Action;
  issue?: { number: number; url: string; state: string; stateReason: string | null };
  changes: Change[];
  /** Why nothing happens, or what else is worth knowing. */
  note?: string;
  create?: { title: string; labels: string[]; assignee?: string };
}

export interface Overdue {
  incident: string;
  file: string;
  item: string;
  title: string;
  due: string;
  owner?: string;
  status: string;
  issue?: string;
}

export interface Plan {
  entries: PlanEntry[];
  overdue: Overdue[];
  warnings: string[];
  /** Issues the file points at that the label listing did not return: fetch them, then plan again. */
  toFetch: number[];
  /** Labels the creates need. */
  labels: string[];
}

export interface PlanInput {
  incidents: readonly SyncIncident[];
  issues: readonly SyncIssue[];
  repo: { owner: string; name: string };
  people: Readonly<Record<string, string>>;
  /** The last comment of issues closed as not planned, when fetched (for the item's reason). */
  lastComments?: ReadonlyMap<number, string>;
  /** Issues fetched one by one that GitHub does not have. */
  missing?: ReadonlySet<number>;
}

export const BASE_LABELS = ['incident', 'action-item'] as const;
export const isPending = (status: string) => status !== 'done' && status !== 'wont-do';

export function planSync(input: PlanInput): Plan {
  const warnings: string[] = [];
  const byNumber = new Map(input.issues.map((issue) => [issue.number, issue]));
  const byKey = new Map<string, SyncIssue[]>();
  for (const issue of input.issues) {
    const key = findMarker(issue.body);
    if (key) byKey.set(key, [...(byKey.get(key) ?? []), issue].sort((a, b) => a.number - b.number));
  }
  const entries: PlanEntry[] = [];
  const toFetch = new Set<number>();
  const labels = new Set<string>();
  for (const incident of input.incidents) {
    const { items, problems } = itemsOf(incident);
    warnings.push(...problems);
    const ids = items.map((i) => i.id);
    for (const item of items) {
      if (!item.id) {
        entries.push({ item, action: 'nothing', changes: [], note: 'no id: give the item an id to track it' });
        continue;
      }
      if (ids.indexOf(item.id) !== ids.lastIndexOf(item.id)) {
        entries.push({ item, action: 'nothing', changes: [], note: `duplicate id ${item.id} in this file: give each item its own id` });
        continue;
      }
      const found = byKey.get(itemKey(item.incident, item.id)) ?? [];
      const entry = item.issue
        ? planLinked(item, found, byNumber, input, toFetch)
        : planUnlinked(item, found, input);
      if (found.length > 1) {
        const kept = entry.issue?.number ?? found[0]!.number;
        const others = found.filter((i) => i.number !== kept).map((i) => `#${i.number}`);
        if (others.length) warnings.push(`${item.file}: ${item.id} also has ${others.join(', ')} on GitHub (duplicates, left as they are)`);
      }
      for (const label of entry.create?.labels ?? []) labels.add(label);
      entries.push(entry);
    }
  }
  return { entries, overdue: overdueOf(entries, input.incidents), warnings, toFetch: [...toFetch], labels: [...labels] };
}

/** The item already points at an issue: if it is ours, bring its state back. */
function planLinked(item: SyncItem, found: SyncIssue[], byNumber: Map<number, SyncIssue>, input: PlanInput, toFetch: Set<number>): PlanEntry {
  const number = issueNumber(item.issue!, input.repo);
  if (number === undefined) return { item, action: 'nothing', changes: [], note: 'tracked elsewhere' };
  const issue = byNumber.get(number) ?? found.find((i) => i.number === number);
  if (!issue) {
    if (input.missing?.has(number)) return { item, action: 'nothing', changes: [], note: `issue #${number} not found on GitHub` };
    toFetch.add(number);
    return { item, action: 'nothing', changes: [], note: `issue #${number} not fetched yet` };
  }
  const { changes, note } = backSync(item, issue, input.lastComments?.get(issue.number));
  return { item, action: changes.length ? 'update' : 'nothing', issue: summary(issue), changes, note };
}

/** No issue in the file yet: adopt one carrying the item's marker (a run that crashed made it), else create one. */
function planUnlinked(item: SyncItem, found: SyncIssue[], input: PlanInput): PlanEntry {
  const adopted = found[0];
  if (adopted) {
    const { changes, note } = backSync(item, adopted, input.lastComments?.get(adopted.number));
    return { item, action: 'adopt', issue: summary(adopted), changes: [{ field: 'issue', to: adopted.htmlUrl }, ...changes], note };
  }
  if (!isPending(item.status)) return { item, action: 'nothing', changes: [], note: `${item.status}: no issue needed` };
  if (!item.title) return { item, action: 'nothing', changes: [], note: 'no title: an issue needs one' };
  const labels = [...BASE_LABELS, ...(item.severity ? [item.severity] : [])];
  const assignee = assigneeFor(item.owner, input.people);
  return { item, action: 'create', changes: [], create: { title: issueTitle(item.title), labels, ...(assignee ? { assignee } : {}) } };
}

/** The item's status (and reason) as the issue says, when they differ. */
export function backSync(item: SyncItem, issue: SyncIssue, lastComment?: string): { changes: Change[]; note?: string } {
  const target = targetStatus(item.status, issue);
  if (!target) {
    const note = !isPending(item.status) && issue.state === 'open' ? `${item.status} here, but #${issue.number} is open on GitHub` : undefined;
    return { changes: [], note };
  }
  if (target === item.status) return { changes: [] };
  const changes: Change[] = [{ field: 'status', from: item.status, to: target }];
  if (target === 'wont-do') changes.push({ field: 'reason', ...(item.reason ? { from: item.reason } : {}), to: closeReason(issue, lastComment) });
  return { changes };
}

/** A person as written in the incident -> a GitHub login: the config's people map, `@login`, or a bare login. */
export function assigneeFor(owner: string | undefined, people: Readonly<Record<string, string>>): string | undefined {
  if (!owner) return undefined;
  const name = owner.trim();
  const mapped = Object.hasOwn(people, name) ? people[name] : undefined;
  const login = (mapped ?? name).replace(/^@/, '');
  return LOGIN.test(login) ? login : undefined;
}
const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;

/** The number of an issue URL on this repository (any host: GitHub Enterprise too), else undefined. */
export function issueNumber(url: string, repo: { owner: string; name: string }): number | undefined {
  const m = /^https?:\/\/[^/\s]+\/(?:[^\s]*\/)?([^/\s]+)\/([^/\s]+)\/issues\/(\d+)\/?(?:[?#]\S*)?$/.exec(url.trim());
  if (!m) return undefined;
  const same = m[1]!.toLowerCase() === repo.owner.toLowerCase() && m[2]!.toLowerCase() === repo.name.toLowerCase();
  return same ? Number(m[3]) : undefined;
}

function itemsOf(incident: SyncIncident): { items: SyncItem[]; problems: string[] } {
  const raw = incident.data.action_items;
  if (raw === undefined || raw === null) return { items: [], problems: [] };
  if (!Array.isArray(raw)) return { items: [], problems: [`${incident.file}: action_items is not a list; skipped`] };
  const severity = text(incident.data.severity);
  const items: SyncItem[] = [];
  const problems: string[] = [];
  raw.forEach((entry, index) => {
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
      problems.push(`${incident.file}: action item ${index + 1} is not a map of fields; skipped`);
      return;
    }
    const r = entry as Record<string, unknown>;
    items.push({
      incident: incident.id, file: incident.file, index,
      id: text(r.id) ?? '', title: text(r.title) ?? '', owner: text(r.owner), due: text(r.due),
      status: text(r.status) ?? 'open', reason: text(r.reason), issue: text(r.issue), severity,
    });
  });
  return { items, problems };
}

function overdueOf(entries: PlanEntry[], incidents: readonly SyncIncident[]): Overdue[] {
  const today = new Map(incidents.map((i) => [i.id, i.today]));
  const overdue: Overdue[] = [];
  for (const { item, changes, issue } of entries) {
    const status = changes.find((c) => c.field === 'status')?.to ?? item.status;
    const due = item.due;
    if (!isPending(status) || !due || !/^\d{4}-\d{2}-\d{2}$/.test(due) || due >= (today.get(item.incident) ?? '')) continue;
    overdue.push({
      incident: item.incident, file: item.file, item: item.id, title: item.title, due, status,
      ...(item.owner ? { owner: item.owner } : {}),
      ...(issue?.url ?? item.issue ? { issue: issue?.url ?? item.issue } : {}),
    });
  }
  return overdue;
}

const summary = (issue: SyncIssue) => ({ number: issue.number, url: issue.htmlUrl, state: issue.state, stateReason: issue.stateReason });

/** Scalars as text: YAML may give numbers (`id: 1`), booleans or dates-as-strings. */
function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}
