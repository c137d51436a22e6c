// What looks like a secret or an internal address. Patterns of well-known token formats (as secret
// scanners know them), credentials written as `key: value` or inside URLs, private keys, and
// private, loopback, link-local and shared (CGNAT) IP addresses. The one list: the leak check of
// public output, the scrubbing of saved evidence (src/core/render/scrub.ts) and the GitHub client's
// masking (src/github/secrets.ts) all read it.

export interface SecretPattern {
  label: string;
  re: RegExp;
  /** Shown only in part in messages (the leak report itself must not publish the secret). */
  mask: boolean;
  /** Text that every match contains: the pattern is run only on output that has one of them. */
  hints?: string[];
  /**
   * The same for a case-insensitive pattern: lowercase text that every match, lowercased,
   * contains (mayMatch). Its first run compiles it: the credential pattern took 0.33 ms of a
   * public render on Node 24.21, the IPv6 one 0.06.
   */
  caselessHints?: string[];
  /**
   * A secret (not an address): evidence is scrubbed of it, the match replaced by
   * `[REDACTED:<id>]`; only its `secret` group when it has one (`Bearer [REDACTED:bearer-token]`).
   */
  id?: string;
}

const OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
const PRIVATE_V4 = new RegExp(
  `(?<![\\d.])(?:10(?:\\.${OCTET}){3}|172\\.(?:1[6-9]|2\\d|3[01])(?:\\.${OCTET}){2}|192\\.168(?:\\.${OCTET}){2}` +
  `|127(?:\\.${OCTET}){3}|169\\.254(?:\\.${OCTET}){2}|100\\.(?:6[4-9]|[7-9]\\d|1[01]\\d|12[0-7])(?:\\.${OCTET}){2})(?!\\.?\\d)`,
  'g',
);

// Every repetition that can follow a place a match may start is bounded ({8,4096}, not {8,}): on a
// 10 MiB capture, `xoxb-xoxb-xoxb-...` or `a_a_a_...` must not make a scan quadratic.
export const SECRET_PATTERNS: readonly SecretPattern[] = [
  {
    // The whole block (to the end of the text when it was cut off), so that scrubbing removes the key itself.
    label: 'private key', id: 'private-key', mask: true, hints: ['PRIVATE KEY'],
    re: /-----BEGIN [A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?-----(?:[\s\S]*?-----END [A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?-----|[\s\S]*)/g,
  },
  { label: 'GitHub token', id: 'github-token', re: /\b(?:gh[pousr]_[A-Za-z0-9]{20,255}|github_pat_[A-Za-z0-9_]{20,255})/g, mask: true, hints: ['gh', 'github_pat_'] },
  {
    label: 'AWS access key', id: 'aws-access-key', re: /\b(?:AKIA|ASIA|AGPA|AIDA|AROA|ANPA|ANVA|AIPA)[A-Z0-9]{16}\b/g, mask: true,
    hints: ['AKIA', 'ASIA', 'AGPA', 'AIDA', 'AROA', 'ANPA', 'ANVA', 'AIPA'],
  },
  { label: 'Slack token', id: 'slack-token', re: /\bxox[abposr]-[A-Za-z0-9-]{10,255}/g, mask: true, hints: ['xox'] },
  { label: 'Slack webhook', id: 'slack-webhook', re: /\bhttps:\/\/hooks\.slack\.com\/(?:services|workflows|triggers)\/[A-Za-z0-9/_-]{8,255}/g, mask: true, hints: ['hooks.slack.com'] },
  { label: 'Stripe key', id: 'stripe-key', re: /\b[rs]k_(?:live|test)_[A-Za-z0-9]{16,255}/g, mask: true, hints: ['k_live_', 'k_test_'] },
  { label: 'Google API key', id: 'google-api-key', re: /\bAIza[0-9A-Za-z_-]{35}/g, mask: true, hints: ['AIza'] },
  { label: 'npm token', id: 'npm-token', re: /\bnpm_[A-Za-z0-9]{36}\b/g, mask: true, hints: ['npm_'] },
  { label: 'JSON web token', id: 'jwt', re: /(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{8,4096}\.eyJ[A-Za-z0-9_-]{8,4096}\.[A-Za-z0-9_-]{8,4096}/g, mask: true, hints: ['eyJ'] },
  { label: 'bearer token', id: 'bearer-token', re: /\bBearer\s{1,16}(?<secret>[A-Za-z0-9._~+/-]{20,4096}={0,2})/g, mask: true, hints: ['Bearer'] },
  { label: 'basic auth', id: 'basic-auth', re: /\bBasic\s{1,16}(?<secret>[A-Za-z0-9+/]{12,4096}={0,2})(?![A-Za-z0-9+/=])/g, mask: true, hints: ['Basic'] },
  { label: 'password in a URL', id: 'url-password', re: /\b[A-Za-z][A-Za-z0-9+.-]{0,31}:\/\/[^\s:/@<>"']{1,256}:(?<secret>[^\s@/<>"']{1,256})@/g, mask: true, hints: ['://'] },
  {
    // `password=...`, `DB_PASSWORD: ...`, `"client_secret": "..."`, `?access_token=...&`
    label: 'credential', id: 'credential',
    re: /(?<![A-Za-z0-9])(?:password|passwd|secret|api[_-]?key|access[_-]?key|private[_-]?key|auth[_-]?token|access[_-]?token|refresh[_-]?token|client[_-]?secret)(?:[_-][A-Za-z0-9]{1,32}){0,4}["']?[ \t]{0,16}[:=][ \t]{0,16}["']?(?<secret>(?!\[REDACTED:)[^\s"'<>&,;]{6,4096})/gi,
    mask: true, caselessHints: ['pass', 'secret', 'key', 'token'],
  },
  // Hints here too: a regular expression's first run is compiled or interpreted cold, and the
  // IPv4 one alone took 0.8 ms of a public render's 20 (Node 24).
  { label: 'private IP address', re: PRIVATE_V4, mask: false, hints: ['10.', '172.', '192.168.', '127.', '169.254.', '100.'] },
  { label: 'private IPv6 address', re: /(?<![\w:])(?:f[cd][0-9a-f]{2}|fe80):[0-9a-f]*:[0-9a-f:]*/gi, mask: false, hints: [':'], caselessHints: ['fc', 'fd', 'fe80'] },
];

/** Whether the pattern may match the text: false when it lacks every hint (then it need not run). */
export function mayMatch(pattern: SecretPattern, text: string): boolean {
  if (pattern.hints && !pattern.hints.some((h) => text.includes(h))) return false;
  if (!pattern.caselessHints) return true;
  const lower = text.toLowerCase();
  return pattern.caselessHints.some((h) => lower.includes(h));
}

/** What a message may show of a match: all of it, or its first four characters. */
export function shown(pattern: SecretPattern, match: string): string {
  return pattern.mask ? `${match.slice(0, 4)}…` : match;
}
