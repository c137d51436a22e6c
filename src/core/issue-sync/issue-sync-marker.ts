// The hidden marker that ties a GitHub issue to one action item: `<!-- casefile:<incident>/<item> -->`.
// It makes creation idempotent: before creating, issues carrying the marker are adopted instead.

/** GitHub refuses bodies longer than this. */
export const MAX_BODY = 65_536;
/** GitHub refuses titles longer than this. */
export const MAX_TITLE = 256;

// Ids are URL-encoded so no id can end the comment early (`>` is encoded) or split at the slash.
const enc = (s: string) => encodeURIComponent(s);
const MARKER = /<!--\s*casefile:([^\s/]+)\/(\S+?)\s*-->/g;

/** The key an item is known by: `<incident-id>/<item-id>`. */
export const itemKey = (incidentId: string, itemId: string) => `${incidentId}/${itemId}`;

export const markerFor = (incidentId: string, itemId: string) => `<!-- casefile:${enc(incidentId)}/${enc(itemId)} -->`;

/** The item key of the body's last marker (ours is always appended last), or undefined. */
export function findMarker(body: string | null | undefined): string | undefined {
  let last: string | undefined;
  for (const m of (body ?? '').matchAll(MARKER)) {
    try {
      last = itemKey(decodeURIComponent(m[1]!), decodeURIComponent(m[2]!));
    } catch {
      // A malformed escape is not one of our markers.
    }
  }
  return last;
}

/**
 * The issue body: the rendered template with any marker-like text removed (incident text cannot
 * impersonate another item), cut to fit GitHub's limit, and our marker appended last.
 */
export function issueBody(rendered: string, incidentId: string, itemId: string): string {
  const marker = markerFor(incidentId, itemId);
  let text = rendered.replace(MARKER, '').trimEnd();
  const room = MAX_BODY - marker.length - 2;
  if (text.length > room) {
    const cut = '\n\n(truncated)';
    text = text.slice(0, room - cut.length).trimEnd() + cut;
  }
  return text ? `${text}\n\n${marker}` : marker;
}

/** An issue title: one line, at most GitHub's length. */
export function issueTitle(title: string): string {
  const line = title.replace(/\s+/g, ' ').trim();
  return line.length <= MAX_TITLE ? line : line.slice(0, MAX_TITLE - 1).trimEnd() + '…';
}
