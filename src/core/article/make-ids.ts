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
  const seen = new Map<string, number>();
  return comments.map(({ author, body }) => {
    // NUL cannot appear in a parsed text line, so "a" + "b\nc" never meets "a\nb" + "c".
    const key = `${author ?? ''}\u0000${body}`;
    let occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    let id = hashId(occurrence === 0 ? key : `${key}\u0000${occurrence}`);
    while (used.has(id)) {
      occurrence += 1;
      id = hashId(`${key}\u0000${occurrence}`);
    }
    used.add(id);
    return id;
  });
}
