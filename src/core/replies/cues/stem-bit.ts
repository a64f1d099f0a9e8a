/**
 * One of 32 bits for a stem, from its length and three of its characters. A comment ORs the bits of
 * its stems: when a bit some stems need is missing, the comment surely lacks one of them, and the
 * cues that look for a reply's words among tens of candidates skip most candidates without reading
 * their stems (or building a set of them).
 */
export function stemBit(stem: string): number {
  const n = stem.length;
  if (n === 0) return 0;
  const h = n * 7 + stem.charCodeAt(0) * 3 + stem.charCodeAt(n >> 1) * 5 + stem.charCodeAt(n - 1);
  return 1 << (h & 31);
}

/** The bits of all `stems`, as a comment holding them all has them. */
export function stemBits(stems: readonly string[]): number {
  let bits = 0;
  for (const s of stems) bits |= stemBit(s);
  return bits;
}

/**
 * Whether a comment with `bits` may hold every stem of at least one of the sets whose bits are
 * `needBits`: false is proof it holds none of them whole.
 */
export function mayHoldOne(needBits: readonly number[], bits: number): boolean {
  return needBits.some((need) => (need & ~bits) === 0);
}
