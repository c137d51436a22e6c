// Addresses that must not reach public output: email addresses, URLs of internal hosts, internal
// hostnames in prose and loopback IPv6 (private IPv4/IPv6 ranges are in secrets.ts). A host in the
// config's `public_domains` (or below one) is always fine.
//
// What counts as internal: in a URL, the host is unambiguous, so a host with no dot (`jenkins`,
// `localhost`), a top-level domain that does not exist (`grafana.acme`, checked against the `tlds`
// package's IANA list) or an internal label (`grafana.internal.acme`) is internal. In prose, a
// dotted word is a hostname only when it holds an internal label (`db-7.internal.acme`,
// `api.svc.cluster.local`, `ip-10-0-0-5.ec2.internal`): `Node.js`, `README.md`, `e.g.` and
// `github.com` stay ordinary text.
import tlds from 'tlds';

export interface AddressFinding {
  what: string;
  /** The text that leaked, as it is in the scanned text. */
  match: string;
  index: number;
}

// Made on first use: a render that checks no address (an internal one) does not build it.
let tldSet: Set<string> | undefined;
/** Labels that only internal names carry (RFC 6762 `.local`, RFC 8375 `home.arpa`, cloud and cluster DNS, the usual conventions). */
const INTERNAL_LABELS = new Set(['internal', 'intranet', 'corp', 'lan', 'local', 'localdomain', 'localhost', 'private', 'priv', 'intra', 'svc', 'consul']);
const AWS_HOST = /^ip-\d{1,3}-\d{1,3}-\d{1,3}-\d{1,3}$/;
/** Text that may hold a hostname with an internal label (an internal label always touches a dot). */
export const INTERNAL_HINT = new RegExp(`(?:^|[^A-Za-z0-9-])(?:${[...INTERNAL_LABELS].join('|')}|home|ip-\\d+-\\d+-\\d+-\\d+)\\.|\\.(?:${[...INTERNAL_LABELS].join('|')})(?![A-Za-z0-9-])`, 'i');

/**
 * What every match of INTERNAL_HINT holds, lowercased: `<label>.`, `.<label>` or `ip-`. Looked for
 * first: INTERNAL_HINT is long and case-insensitive, and its compile took 0.25 ms of a public
 * render on Node 24.21 (test/secret-hints.test.ts checks the parts against it).
 */
const INTERNAL_HINT_PARTS = [...[...INTERNAL_LABELS, 'home'].map((l) => `${l}.`), ...[...INTERNAL_LABELS].map((l) => `.${l}`), 'ip-'];
export function mayHoldInternalHost(text: string): boolean {
  const lower = text.toLowerCase();
  return INTERNAL_HINT_PARTS.some((part) => lower.includes(part));
}

const LABEL = '[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?';
const EMAIL = new RegExp(`(?<![\\w.+%:/-])[A-Za-z0-9._%+-]+@((?:${LABEL}\\.)+[A-Za-z]{2,63})(?![\\w-])`, 'g');
const URL_RE = /\b([A-Za-z][A-Za-z0-9+.-]{1,20}):\/\/(?:[^\s/?#@<>"'`]*@)?(\[[0-9A-Fa-f:.]+\]|[^\s/?#:<>"'`()[\]{}|\\^]+)/g;
const BARE_HOST = new RegExp(`(?<![\\w.@/:-])(?:${LABEL}\\.)+${LABEL}(?![\\w-]|\\.[A-Za-z0-9])`, 'g');
const LOOPBACK_V6 = /(?<![\w:])(?:::1|0:0:0:0:0:0:0:1)(?![\w:])/g;

export function isPublicDomain(host: string, publicDomains: readonly string[]): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  return publicDomains.some((d) => h === d || h.endsWith(`.${d}`));
}

const labelsOf = (host: string) => host.toLowerCase().replace(/\.$/, '').split('.');
const hasInternalLabel = (labels: string[]) => labels.some((l) => INTERNAL_LABELS.has(l) || AWS_HOST.test(l)) ||
  (labels.length >= 2 && labels.slice(-2).join('.') === 'home.arpa');

/** Whether a URL's host is internal (an IP literal is judged by the IP patterns instead). */
function internalUrlHost(host: string): boolean {
  if (host.startsWith('[') || /^[\d.]+$/.test(host)) return false;
  const labels = labelsOf(host);
  if (labels.length < 2) return true;
  return !(tldSet ??= new Set<string>(tlds)).has(labels[labels.length - 1]!) || hasInternalLabel(labels);
}

export function findAddresses(text: string, publicDomains: readonly string[]): AddressFinding[] {
  const found: AddressFinding[] = [];
  if (text.includes('@')) {
    for (const m of text.matchAll(EMAIL)) {
      if (!isPublicDomain(m[1]!, publicDomains)) found.push({ what: `email address "${m[0]}"`, match: m[0], index: m.index });
    }
  }
  if (text.includes('://')) {
    for (const m of text.matchAll(URL_RE)) {
      const scheme = m[1]!.toLowerCase();
      if (scheme !== 'http' && scheme !== 'https' && scheme !== 'ftp' && scheme !== 'ws' && scheme !== 'wss') continue;
      const host = m[2]!;
      if (isPublicDomain(host, publicDomains) || !internalUrlHost(host)) continue;
      found.push({ what: `internal URL "${m[0]}"`, match: m[0], index: m.index });
    }
  }
  if (mayHoldInternalHost(text) && INTERNAL_HINT.test(text)) {
    for (const m of text.matchAll(BARE_HOST)) {
      const labels = labelsOf(m[0]);
      if (!hasInternalLabel(labels) || isPublicDomain(m[0], publicDomains)) continue;
      found.push({ what: `internal hostname "${m[0]}"`, match: m[0], index: m.index });
    }
  }
  if (text.includes('::') || text.includes('0:0:0')) {
    for (const m of text.matchAll(LOOPBACK_V6)) found.push({ what: `loopback IPv6 address "${m[0]}"`, match: m[0], index: m.index });
  }
  return found;
}
