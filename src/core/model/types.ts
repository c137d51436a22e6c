// The incident file format, version 1: the names here are fixed (see README "File format").

export const MILESTONE_KINDS = [
  'started', // impact began
  'detected',
  'acknowledged',
  'declared',
  'mitigated',
  'recovered', // impact ended
  'resolved', // incident over
] as const;
export const OTHER_KINDS = [
  'note', 'action', 'decision', 'finding', 'question', 'comms', 'todo', 'evidence', 'role', 'status',
  'severity', // "SEV-2 -> SEV-1" (incident severity)
  'reopened', // a resolved or closed incident is open again: milestones after it start a new cycle
] as const;
export const ENTRY_KINDS = [...MILESTONE_KINDS, ...OTHER_KINDS] as const;
export type Milestone = (typeof MILESTONE_KINDS)[number];
export type EntryKind = (typeof ENTRY_KINDS)[number];

export const STATUSES = ['investigating', 'identified', 'monitoring', 'resolved', 'closed'] as const;
export type Status = (typeof STATUSES)[number];
export const OPEN_STATUSES: readonly Status[] = ['investigating', 'identified', 'monitoring'];

export const INCIDENT_KINDS = ['incident', 'drill'] as const;
export type IncidentKind = (typeof INCIDENT_KINDS)[number];

export const DEFAULT_SEVERITIES = ['SEV-1', 'SEV-2', 'SEV-3', 'SEV-4', 'SEV-5'] as const;

export const SINGLE_ROLES = [
  'incident_commander', 'deputy', 'scribe', 'communications_liaison', 'investigation_coordinator',
] as const;
export type SingleRole = (typeof SINGLE_ROLES)[number];

export const ACTION_TYPES = ['prevent', 'detect', 'mitigate', 'process', 'other'] as const;
export const ACTION_STATUSES = ['open', 'in-progress', 'done', 'wont-do'] as const;
export const POSTMORTEM_STATUSES = ['draft', 'in-review', 'approved', 'published'] as const;
/** One step of the post-mortem review (`incident review`), kept in postmortem.approvals. */
export const REVIEW_DECISIONS = ['requested', 'approved', 'rejected', 'published'] as const;

export interface TimelineEntry {
  at: string; // ISO 8601 with an explicit offset
  kind: EntryKind;
  by?: string;
  text: string;
  approx?: boolean;
  /** The GitHub issue comment that wrote it (IssueOps): its URL, ending in #issuecomment-<id>. */
  source?: string;
}

export interface ActionItem {
  id: string;
  title: string;
  type?: (typeof ACTION_TYPES)[number];
  owner?: string;
  due?: string;
  status?: (typeof ACTION_STATUSES)[number];
  reason?: string;
  issue?: string;
}

export interface Roles {
  incident_commander?: string;
  deputy?: string;
  scribe?: string;
  communications_liaison?: string;
  investigation_coordinator?: string;
  subject_matter_experts?: string[];
}

export interface Incident {
  id: string;
  title: string;
  kind: IncidentKind;
  severity: string;
  status: Status;
  timezone: string;
  services?: string[];
  public?: boolean;
  roles?: Roles;
  impact?: { summary?: string; figures?: { label: string; value: string | number }[] };
  timeline?: TimelineEntry[];
  action_items?: ActionItem[];
  postmortem?: {
    owner?: string;
    due?: string;
    meeting?: string;
    status?: (typeof POSTMORTEM_STATUSES)[number];
    approvals?: { by: string; at: string; decision: (typeof REVIEW_DECISIONS)[number]; note?: string }[];
  };
  [extra: string]: unknown;
}
