import { NumberCounts } from './number-counts.ts';
import { createTextHasher, type TextHasher } from './text-hash.ts';

/** What an id is made from: the comment's own content, never its position. */
export interface IdSource {
  readonly author: string | null;
  readonly body: string;
}

/** 36^8 ≈ 2.8e12 (41 bits): two different comments in a 10,000-comment thread collide with p ≈ 2e-5. */
const ID_SPACE = 36 ** 8;
/** 36^4: an id is two 4-digit halves, each small enough for toString's integer path. */
const HALF_SPACE = 36 ** 4;

/** `n.toString(36).padStart(8, '0')` for an integer n below 36^8, without the float path it takes. */
function idOf(n: number): string {
  const high = Math.floor(n / HALF_SPACE)
    .toString(36)
    .padStart(4, '0');
  return high + (n % HALF_SPACE).toString(36).padStart(4, '0');
}

// Two functions, not one with an occurrence branch: V8 inlined the bigger one into makeIds and
// the character loop ran half as fast there.

/** cyrb53 of author, NUL and body, as if joined. */
function contentHash(hasher: TextHasher, source: IdSource): number {
  hasher.reset();
  // NUL cannot appear in a parsed text line, so "a" + "b\nc" never meets "a\nb" + "c".
  hasher.update(source.author ?? '');
  hasher.update('\u0000');
  hasher.update(source.body);
  return hasher.value();
}

/** The hash of the n-th repeat of the same content: author, NUL, body, NUL and n. */
function repeatHash(hasher: TextHasher, source: IdSource, occurrence: number): number {
  hasher.reset();
  hasher.update(source.author ?? '');
  hasher.update('\u0000');
  hasher.update(source.body);
  hasher.update('\u0000');
  hasher.update(String(occurrence));
  return hasher.value();
}

/**
 * One 8-character `[0-9a-z]` id per comment, from author and body. The n-th repeat of identical
 * content hashes with its occurrence number, so duplicates get distinct ids that stay put as long
 * as the earlier twins do; a hash clash between different contents is re-hashed the same way.
 */
export function makeIds(comments: readonly IdSource[]): string[] {
  const hasher = createTextHasher();
  // Keyed by numbers, not strings: by the 53-bit hash of the content (a map keyed by author + body
  // held a copy of every body), and by the id's value below 36^8, which stands for the id itself.
  // Two contents sharing all 53 bits would count as repeats.
  const seen = new NumberCounts(comments.length);
  const used = new NumberCounts(comments.length);
  const ids: string[] = [];
  for (const comment of comments) {
    const hash = contentHash(hasher, comment);
    let occurrence = seen.add(hash);
    let id = (occurrence === 0 ? hash : repeatHash(hasher, comment, occurrence)) % ID_SPACE;
    while (used.get(id) > 0) {
      occurrence += 1;
      id = repeatHash(hasher, comment, occurrence) % ID_SPACE;
    }
    used.add(id);
    ids.push(idOf(id));
  }
  return ids;
}
