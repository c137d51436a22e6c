// Incident ids: `YYYY-MM-DD-<slug>` from the start date and the title. Never sequence numbers:
// two branches would both take "the next number".

/** "Checkout fails for EU customers!" -> "checkout-fails-for-eu-customers" (ASCII, at most ~50 chars). */
export function slugify(title: string): string {
  const words = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '') // accents off: "Zürich" -> "zurich"
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  let slug = '';
  for (const word of words) {
    if (slug && slug.length + 1 + word.length > 50) break;
    slug = slug ? `${slug}-${word}` : word.slice(0, 50);
  }
  return slug || 'incident';
}

/** The n-th candidate id: the base, then base-2, base-3, ... for collisions. */
export const candidateId = (date: string, slug: string, n: number) =>
  n === 1 ? `${date}-${slug}` : `${date}-${slug}-${n}`;
