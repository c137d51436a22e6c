// Ids for threads and action items that two clones cannot both pick: five characters hashed from
// what the item is and when it was made (`k7m2q`, `AI-k7m2q`), instead of "the next number", which
// two clones would both take. Short enough to type and say, stable for the item's whole life (a
// merge never changes one), the same on every clone. Made from the content, not at random, so a
// replay on a pinned clock gives the same ids. Pure.
//
// The first character is a letter, so an id never reads as a thread number of the files before
// (`3`, `#3`); the alphabet is Crockford's base 32 in lower case (no i, l, o, u: nothing to confuse
// with 1 and 0). 22 * 32^4 = 23 million ids: two items made at the same time in two clones share
// one with a chance of about 1 in 10 million per pair (and the merge then shows a conflict, never
// a renumbering); within one file, a taken id is never handed out again.

const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';
const LETTERS = 'abcdefghjkmnpqrstvwxyz';

/** A short id as stored (lower case). Typed ids are read case-insensitively. */
export const SHORT_ID = /^[a-hjkmnp-tv-z][0-9a-hjkmnp-tv-z]{4}$/;

/** The id for `seed` that `taken` does not already name (a new salt on each clash). */
export function shortId(seed: string, taken: (id: string) => boolean): string {
  for (let salt = 0; ; salt++) {
    const id = encode(cyrb53(salt === 0 ? seed : `${seed}\u0000${salt}`));
    if (!taken(id)) return id;
  }
}

function encode(h: number): string {
  let out = LETTERS[h % LETTERS.length]!;
  let rest = Math.floor(h / LETTERS.length);
  for (let i = 0; i < 4; i++) {
    out += ALPHABET[rest % 32]!;
    rest = Math.floor(rest / 32);
  }
  return out;
}

/** cyrb53 (public domain): a fast 53-bit string hash with good mixing, no crypto module to load. */
function cyrb53(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}
