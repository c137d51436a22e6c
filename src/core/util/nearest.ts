// The known names closest to a mistyped one, for "did you mean" hints: Levenshtein distance (an
// adjacent swap counts as one edit), and an incident id also by its slug alone, so that
// `checkout-fails` finds `2026-03-01-checkout-fails-for-eu-customers`. Pure.

/** Up to `max` of `known` near `typed`, nearest first (ties: the later name first, the newer incident). */
export function nearest(typed: string, known: readonly string[], max = 3): string[] {
  const needle = typed.toLowerCase();
  const scored: { name: string; score: number }[] = [];
  for (const name of known) {
    const lower = name.toLowerCase();
    if (lower === needle) continue;
    // A part of the name, typed whole: the closest there is, shorter names first.
    if (needle.length >= 3 && lower.includes(needle)) {
      scored.push({ name, score: -1 / lower.length });
      continue;
    }
    const slug = lower.replace(/^\d{4}-\d{2}-\d{2}-/, '');
    const limit = Math.max(2, Math.floor(needle.length / 3));
    const d = Math.min(distance(needle, lower, limit), slug === lower ? Infinity : distance(needle, slug, limit));
    if (d <= limit) scored.push({ name, score: d });
  }
  return scored.sort((a, b) => a.score - b.score || (a.name < b.name ? 1 : a.name > b.name ? -1 : 0)).slice(0, max).map((s) => s.name);
}

/** Optimal string alignment distance, or Infinity once it must exceed `limit` (cheap on long lists). */
export function distance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return Infinity;
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  let current = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2]! + 1);
      current[j] = d;
      if (d < best) best = d;
    }
    if (best > limit) return Infinity;
    [before, previous, current] = [previous, current, before];
  }
  return previous[b.length]! <= limit ? previous[b.length]! : Infinity;
}
