// Generated inputs for the tests that hold a hand-written check to the pattern it replaces: every
// string of a small alphabet up to a length, and random ones from a fixed seed (the same every run).

/** Every string of `alphabet` up to `max` characters (the empty one too), shortest first. */
export function* everyString(alphabet: readonly string[], max: number): Generator<string> {
  let level = [''];
  yield '';
  for (let n = 1; n <= max; n++) {
    const next: string[] = [];
    for (const s of level) for (const c of alphabet) next.push(s + c);
    yield* next;
    level = next;
  }
}

/** A xorshift32 generator from `seed`: rand(n) is an integer in [0, n). */
export function seededRandom(seed: number): (n: number) => number {
  return (n) => {
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    return (seed >>> 0) % n;
  };
}

/** `count` random strings of `alphabet`, each up to `max` characters, from `seed`. */
export function* randomStrings(alphabet: readonly string[], max: number, count: number, seed: number): Generator<string> {
  const rand = seededRandom(seed);
  for (let k = 0; k < count; k++) {
    let s = '';
    for (let n = rand(max + 1); n > 0; n--) s += alphabet[rand(alphabet.length)];
    yield s;
  }
}
