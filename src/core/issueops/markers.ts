// The hidden markers that tie an incident to its tracking issue (IssueOps), in the style of the
// action items' issue marker (../issue-sync/issue-sync-marker.ts) but never matching it:
// - in the issue body:      <!-- casefile-incident: 2026-03-01-checkout-fails -->
// - in the incident body:   <!-- casefile-issue: acme/ops#12 -->
// - on the bot's replies:   <!-- casefile-reply: 123456 -->  (the comment it answers)
// - on mirrored entries:    <!-- casefile-mirror: <key> -->  (the entry it shows)
// and the `source` of a timeline entry written from a comment: the comment's URL.

const enc = (s: string) => encodeURIComponent(s);
const dec = (s: string) => {
  try {
    return decodeURIComponent(s);
  } catch {
    return undefined; // a malformed escape is not one of ours
  }
};

const INCIDENT = /<!--\s*casefile-incident:\s*(\S+?)\s*-->/g;
const ISSUE = /<!--\s*casefile-issue:\s*([^\s/]+)\/([^\s#]+)#(\d+)\s*-->/;
const REPLY = /<!--\s*casefile-reply:\s*(\d+)\s*-->/;
const MIRROR = /<!--\s*casefile-mirror:\s*(\S+?)\s*-->/;

export const incidentMarker = (incidentId: string) => `<!-- casefile-incident: ${enc(incidentId)} -->`;

/** The incident a tracking issue's body names (its last marker), or undefined. */
export function incidentOfIssue(body: string | null | undefined): string | undefined {
  let last: string | undefined;
  for (const m of (body ?? '').matchAll(INCIDENT)) last = dec(m[1]!) ?? last;
  return last;
}

/** The issue body with the incident's marker appended (unchanged when it already names it). */
export function withIncidentMarker(body: string | null | undefined, incidentId: string): string {
  if (incidentOfIssue(body) === incidentId) return body!;
  const text = (body ?? '').replace(INCIDENT, '').trimEnd();
  return text ? `${text}\n\n${incidentMarker(incidentId)}` : incidentMarker(incidentId);
}

export interface IssueRef {
  owner: string;
  name: string;
  number: number;
}

export const issueMarker = (issue: IssueRef) => `<!-- casefile-issue: ${issue.owner}/${issue.name}#${issue.number} -->`;

/** The tracking issue an incident file names, or undefined. */
export function issueOfIncident(text: string): IssueRef | undefined {
  const m = ISSUE.exec(text);
  return m ? { owner: m[1]!, name: m[2]!, number: Number(m[3]) } : undefined;
}

export const replyMarker = (commentId: number) => `<!-- casefile-reply: ${commentId} -->`;
/** The comment a reply of ours answers, or undefined. */
export const repliesTo = (body: string): number | undefined => {
  const m = REPLY.exec(body);
  return m ? Number(m[1]) : undefined;
};

export const mirrorMarker = (key: string) => `<!-- casefile-mirror: ${enc(key)} -->`;
export const mirrorOf = (body: string): string | undefined => {
  const m = MIRROR.exec(body);
  return m ? dec(m[1]!) : undefined;
};

/** The comment id in an entry's `source` (`...#issuecomment-123`), or undefined. */
export function commentIdOf(source: unknown): number | undefined {
  if (typeof source !== 'string') return undefined;
  const m = /#issuecomment-(\d+)$/.exec(source);
  return m ? Number(m[1]) : undefined;
}

/** Whether an entry's `source` is a comment on this issue (its URL without the fragment). */
export function isOnIssue(source: unknown, issueUrl: string): boolean {
  return typeof source === 'string' && source.startsWith(`${issueUrl}#issuecomment-`);
}

/** The `source` of a comment: its html_url as GitHub gives it, else built from the issue's. */
export const sourceOf = (issueUrl: string, commentId: number) => `${issueUrl}#issuecomment-${commentId}`;
