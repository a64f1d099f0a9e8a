// Slugs name an article in shared links (`article=…`), so they must be stable: derived from the
// title alone, never from load order, except for the dedupe suffix below.

// Long titles make unwieldy links; 80 characters keeps every realistic headline whole.
const MAX_SLUG_LENGTH = 80;
const FALLBACK_SLUG = 'article';

/** "Trump and Putin Agree to Seek Syria Cease-Fire" → "trump-and-putin-agree-to-seek-syria-cease-fire". */
export function articleSlug(title: string): string {
  const words = title
    // NFKD splits "é" into "e" + a combining accent, which the next step drops: "café" → "cafe".
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    // Apostrophes join rather than split: "Putin's" → "putins", not "putin-s".
    .replace(/['’‘`]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '');
  let slug = '';
  for (const word of words) {
    const next = slug === '' ? word : `${slug}-${word}`;
    // Cut at a word boundary; a single overlong word is cut mid-word rather than dropped.
    if (next.length > MAX_SLUG_LENGTH) {
      if (slug === '') slug = word.slice(0, MAX_SLUG_LENGTH);
      break;
    }
    slug = next;
  }
  return slug === '' ? FALLBACK_SLUG : slug;
}

/**
 * Dedupe rule: the first article with a slug keeps it; later ones get `-2`, `-3`, … in the order
 * the sources are listed (seeds first, then dumps in the order they were added).
 */
export function uniqueSlug(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n += 1) {
    const candidate = `${base}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}
