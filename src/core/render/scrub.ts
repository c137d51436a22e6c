// Scrubbing evidence before it is saved in the repository: the values of token-like environment
// variables (`env`, `echo $GITHUB_TOKEN`) and the secret formats of the shared list
// (render/secrets.ts) become `[REDACTED:<kind>]`. Works on bytes: text is matched as latin1, one
// character per byte, so every byte outside a secret is saved exactly as it came.
import { mayMatch, SECRET_PATTERNS } from './secrets.ts';

export interface EnvSecret {
  name: string;
  value: string;
}

export interface ScrubResult {
  data: Buffer;
  /** How many of each kind were replaced (`github-token`, `$GITHUB_TOKEN`, ...): never the values. */
  kinds: Record<string, number>;
  total: number;
  /** NUL bytes: not text. Replacing bytes would corrupt it, so callers refuse it when `total` > 0. */
  binary: boolean;
}

/** Names that hold secrets: a part (between `_`, `-`, `.`) like TOKEN, KEY, AUTH..., or one containing TOKEN, SECRET, PASSWORD... */
const SECRET_PART = /^(?:KEY|APIKEY|AUTH|PRIVATE|SESSION|COOKIE|COOKIES|PASS|PASSPHRASE|CREDENTIAL|CREDENTIALS|SIGNATURE|DSN)$/;
const SECRET_IN_PART = /TOKEN|SECRET|PASSWORD|PASSWD|CREDENTIAL|PRIVATEKEY|APIKEY/;
/** Where such a name holds a path or a switch, not the secret itself (SSH_AUTH_SOCK, GOOGLE_APPLICATION_CREDENTIALS_FILE). */
const NOT_A_VALUE = /(?:_SOCK|_FILE|_PATH|_DIR|_ID|_NAME|_USER|_USERNAME|_TYPE|_REGION|_URL_BASE)$/;
/** Shorter values would redact ordinary words (`KEY=1`, `AUTH=none`). */
export const MIN_ENV_SECRET = 8;

/** The values of the environment that look like secrets, longest first. */
export function envSecrets(env: Readonly<Record<string, string | undefined>>): EnvSecret[] {
  const found: EnvSecret[] = [];
  for (const [name, value] of Object.entries(env)) {
    if (value === undefined || value.trim().length < MIN_ENV_SECRET) continue;
    const upper = name.toUpperCase();
    if (NOT_A_VALUE.test(upper)) continue;
    const parts = upper.split(/[^A-Z0-9]+/);
    if (parts.some((part) => SECRET_PART.test(part) || SECRET_IN_PART.test(part))) found.push({ name, value: value.trim() });
  }
  return found.sort((a, b) => b.value.length - a.value.length);
}

/** `data` with every secret replaced by `[REDACTED:<kind>]`, and what was replaced. */
export function scrub(data: Buffer, secrets: readonly EnvSecret[]): ScrubResult {
  let text = data.toString('latin1');
  const kinds: Record<string, number> = {};
  const count = (kind: string, n: number) => {
    if (n > 0) kinds[kind] = (kinds[kind] ?? 0) + n;
  };
  // Exact values first (whatever their format), raw and as they appear in URLs.
  for (const { name, value } of secrets) {
    for (const form of new Set([value, encodeURIComponent(value)])) {
      const bytes = Buffer.from(form, 'utf8').toString('latin1');
      const parts = text.split(bytes);
      count(`$${name}`, parts.length - 1);
      if (parts.length > 1) text = parts.join(`[REDACTED:$${name}]`);
    }
  }
  for (const pattern of SECRET_PATTERNS) {
    if (!pattern.id) continue; // an address, not a secret: kept in evidence
    if (!mayMatch(pattern, text)) continue;
    const marker = `[REDACTED:${pattern.id}]`;
    text = text.replace(pattern.re, (...args: unknown[]) => {
      const match = args[0] as string;
      const groups = args.at(-1) as Record<string, string | undefined> | string;
      const secret = typeof groups === 'object' ? groups?.secret : undefined;
      count(pattern.id!, 1);
      return secret === undefined ? marker : match.slice(0, match.lastIndexOf(secret)) + marker + match.slice(match.lastIndexOf(secret) + secret.length);
    });
  }
  const total = Object.values(kinds).reduce((a, b) => a + b, 0);
  return { data: total ? Buffer.from(text, 'latin1') : data, kinds, total, binary: data.subarray(0, 8000).includes(0) };
}

/** `2 github-token, 1 $GITHUB_TOKEN`: what was found, never the values. */
export function describeKinds(kinds: Readonly<Record<string, number>>): string {
  return Object.entries(kinds).map(([kind, n]) => `${n} ${kind}`).join(', ');
}
