// What looks like a secret or an internal address in public output. Patterns of well-known token
// formats (as secret scanners know them), credentials written as `key: value` or inside URLs,
// private keys, and private, loopback, link-local and shared (CGNAT) IP addresses.

export interface SecretPattern {
  label: string;
  re: RegExp;
  /** Shown only in part in messages (the leak report itself must not publish the secret). */
  mask: boolean;
  /** Text that every match contains: the pattern is run only on output that has one of them. */
  hints?: string[];
}

const OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
const PRIVATE_V4 = new RegExp(
  `(?<![\\d.])(?:10(?:\\.${OCTET}){3}|172\\.(?:1[6-9]|2\\d|3[01])(?:\\.${OCTET}){2}|192\\.168(?:\\.${OCTET}){2}` +
  `|127(?:\\.${OCTET}){3}|169\\.254(?:\\.${OCTET}){2}|100\\.(?:6[4-9]|[7-9]\\d|1[01]\\d|12[0-7])(?:\\.${OCTET}){2})(?!\\.?\\d)`,
  'g',
);

export const SECRET_PATTERNS: readonly SecretPattern[] = [
  { label: 'private key', re: /-----BEGIN [A-Z ]*PRIVATE KEY-----/g, mask: false, hints: ['PRIVATE KEY'] },
  { label: 'GitHub token', re: /\b(?:gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{22,})/g, mask: true, hints: ['gh', 'github_pat_'] },
  { label: 'AWS access key', re: /\b(?:AKIA|ASIA|AGPA|AIDA|AROA|ANPA|ANVA|AIPA)[A-Z0-9]{16}\b/g, mask: true },
  { label: 'Slack token', re: /\bxox[abposr]-[A-Za-z0-9-]{10,}/g, mask: true, hints: ['xox'] },
  { label: 'Stripe key', re: /\b[rs]k_(?:live|test)_[A-Za-z0-9]{16,}/g, mask: true, hints: ['k_live_', 'k_test_'] },
  { label: 'Google API key', re: /\bAIza[0-9A-Za-z_-]{35}/g, mask: true, hints: ['AIza'] },
  { label: 'npm token', re: /\bnpm_[A-Za-z0-9]{36}\b/g, mask: true, hints: ['npm_'] },
  { label: 'JSON web token', re: /\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/g, mask: true, hints: ['eyJ'] },
  { label: 'bearer token', re: /\bBearer\s+[A-Za-z0-9._~+/-]{20,}=*/g, mask: true, hints: ['Bearer'] },
  { label: 'password in a URL', re: /\b[A-Za-z][A-Za-z0-9+.-]*:\/\/[^\s:/@<>"']+:[^\s@/<>"']+@/g, mask: true, hints: ['://'] },
  {
    label: 'credential',
    re: /\b(?:password|passwd|secret|api[_-]?key|access[_-]?key|private[_-]?key|auth[_-]?token|access[_-]?token|client[_-]?secret)\s*[:=]\s*["']?[^\s"'<>]{6,}/gi,
    mask: true,
  },
  { label: 'private IP address', re: PRIVATE_V4, mask: false },
  { label: 'private IPv6 address', re: /(?<![\w:])(?:f[cd][0-9a-f]{2}|fe80):[0-9a-f]*:[0-9a-f:]*/gi, mask: false },
];

/** What a message may show of a match: all of it, or its first four characters. */
export function shown(pattern: SecretPattern, match: string): string {
  return pattern.mask ? `${match.slice(0, 4)}…` : match;
}
