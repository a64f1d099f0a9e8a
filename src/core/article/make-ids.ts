import { cyrb53 } from './text-hash.ts';

/** What an id is made from: the comment's own content, never its position. */
export interface IdSource {
  readonly author: string | null;
  readonly body: string;
}

/** 36^8 ≈ 2.8e12 (41 bits): two different comments in a 10,000-comment thread collide with p ≈ 2e-5. */
const ID_SPACE = 36 ** 8;

function idOf(hash: number): string {
  return (hash % ID_SPACE).toString(36).padStart(8, '0');
}

/**
 * One 8-character `[0-9a-z]` id per comment, from author and body. The n-th repeat of identical
 * content hashes with its occurrence number, so duplicates get distinct ids that stay put as long
 * as the earlier twins do; a hash clash between different contents is re-hashed the same way.
 */
export function makeIds(comments: readonly IdSource[]): string[] {
  const used = new Set<string>();
  // Keyed by the 53-bit hash of the content, not the content: a map keyed by author + body held a
  // copy of every body for the whole run. Two contents sharing all 53 bits would count as repeats.
  const seen = new Map<number, number>();
  return comments.map(({ author, body }) => {
    // NUL cannot appear in a parsed text line, so "a" + "b\nc" never meets "a\nb" + "c".
    const hash = cyrb53([author ?? '', '\u0000', body]);
    let occurrence = seen.get(hash) ?? 0;
    seen.set(hash, occurrence + 1);
    const keyed = (n: number) => idOf(cyrb53([author ?? '', '\u0000', body, '\u0000', String(n)]));
    let id = occurrence === 0 ? idOf(hash) : keyed(occurrence);
    while (used.has(id)) {
      occurrence += 1;
      id = keyed(occurrence);
    }
    used.add(id);
    return id;
  });
}
