import { cyrb53 } from './text-hash.ts';

/** What an id is made from: the comment's own content, never its position. */
export interface IdSource {
  readonly author: string | null;
  readonly body: string;
}

/** 36^8 ≈ 2.8e12 (41 bits): two different comments in a 10,000-comment thread collide with p ≈ 2e-5. */
const ID_SPACE = 36 ** 8;

function hashId(key: string): string {
  return (cyrb53(key) % ID_SPACE).toString(36).padStart(8, '0');
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
  // cyrb53 of `${author}\u0000${body}` fed piece by piece, without building that string.
  const hashKey = (author: string, body: string): number => {
    let h1 = 0xdeadbeef;
    let h2 = 0x41c6ce57;
    for (let part = 0; part < 3; part += 1) {
      const text = part === 0 ? author : part === 1 ? '\u0000' : body;
      for (let i = 0; i < text.length; i += 1) {
        const ch = text.charCodeAt(i);
        h1 = Math.imul(h1 ^ ch, 2654435761);
        h2 = Math.imul(h2 ^ ch, 1597334677);
      }
    }
    h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
    h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
    h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
    h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    return 4294967296 * (2097151 & h2) + (h1 >>> 0);
  };
  return comments.map(({ author, body }) => {
    const hash = hashKey(author ?? '', body);
    let occurrence = seen.get(hash) ?? 0;
    seen.set(hash, occurrence + 1);
    // NUL cannot appear in a parsed text line, so "a" + "b\nc" never meets "a\nb" + "c".
    const keyed = (n: number) => hashId(`${author ?? ''}\u0000${body}\u0000${n}`);
    let id = occurrence === 0 ? (hash % ID_SPACE).toString(36).padStart(8, '0') : keyed(occurrence);
    while (used.has(id)) {
      occurrence += 1;
      id = keyed(occurrence);
    }
    used.add(id);
    return id;
  });
}
