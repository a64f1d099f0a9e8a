import { NumberCounts } from './number-counts.ts';
import { createTextHasher, type TextHasher } from './text-hash.ts';

/** What an id is made from: the comment's own content, never its position. */
export interface IdSource {
  readonly author: string | null;
  readonly body: string;
}

/** 36^8 ≈ 2.8e12 (41 bits): two different comments in a 10,000-comment thread collide with p ≈ 2e-5. */
const ID_SPACE = 36 ** 8;
const ID_CHARS = 8;
const DIGIT_0 = 0x30;
const LETTER_A = 0x61;

/** What `n.toString(36).padStart(8, '0')` gives for an integer n below 36^8, without its float path. */
function idOf(n: number): string {
  const codes: number[] = [];
  let rest = n;
  for (let k = 0; k < ID_CHARS; k += 1) {
    const digit = rest % 36;
    codes.push(digit < 10 ? DIGIT_0 + digit : LETTER_A + digit - 10);
    rest = Math.floor(rest / 36);
  }
  return String.fromCharCode(...codes.reverse());
}

/** cyrb53 of author, NUL, body and, for the n-th repeat (n > 0), NUL and n, as if joined. */
function contentHash(hasher: TextHasher, source: IdSource, occurrence: number): number {
  hasher.reset();
  // NUL cannot appear in a parsed text line, so "a" + "b\nc" never meets "a\nb" + "c".
  hasher.update(source.author ?? '');
  hasher.update('\u0000');
  hasher.update(source.body);
  if (occurrence > 0) {
    hasher.update('\u0000');
    hasher.update(String(occurrence));
  }
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
    const hash = contentHash(hasher, comment, 0);
    let occurrence = seen.add(hash);
    let id = (occurrence === 0 ? hash : contentHash(hasher, comment, occurrence)) % ID_SPACE;
    while (used.get(id) > 0) {
      occurrence += 1;
      id = contentHash(hasher, comment, occurrence) % ID_SPACE;
    }
    used.add(id);
    ids.push(idOf(id));
  }
  return ids;
}
