// Tokens never reach the terminal: every line the issues command prints, and every error it
// throws, goes through hideSecrets (semantic-release's hide-sensitive, in spirit).

import { SECRET_PATTERNS } from '../core/render/secrets.ts';

const MASK = '[secure]';
/** GitHub token formats (the shared list's), hidden even when we were not told the value (e.g. a token in a remote URL). */
const TOKEN_SHAPES = SECRET_PATTERNS.filter((p) => p.id === 'github-token').map((p) => p.re);

/** `text` with every secret (raw or URL-encoded) and anything shaped like a GitHub token masked. */
export function hideSecrets(text: string, secrets: readonly (string | undefined)[]): string {
  const values = new Set<string>();
  for (const secret of secrets) {
    // Short values would mask ordinary words; real tokens are 40+ characters.
    if (!secret || secret.trim().length < 8) continue;
    values.add(secret);
    values.add(encodeURIComponent(secret));
    values.add(secret.trim());
  }
  let out = text;
  for (const value of [...values].sort((a, b) => b.length - a.length)) out = out.split(value).join(MASK);
  for (const shape of TOKEN_SHAPES) out = out.replace(shape, MASK);
  return out;
}

/** The same error with its message (and stack, printed under CASEFILE_DEBUG) cleaned of secrets. */
export function redactError<E>(error: E, secrets: readonly (string | undefined)[]): E {
  if (!(error instanceof Error)) return (typeof error === 'string' ? hideSecrets(error, secrets) : error) as E;
  try {
    error.message = hideSecrets(error.message, secrets);
    if (error.stack) error.stack = hideSecrets(error.stack, secrets);
  } catch {
    // A frozen error object: its message cannot change, so do not pass it on with a secret in it.
    return new Error(hideSecrets(error.message, secrets)) as E;
  }
  return error;
}
