import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeIds, type IdSource } from '../../../src/core/article/make-ids.ts';
import { cyrb53 } from '../../../src/core/article/text-hash.ts';

/** makeIds as it was before ids were keyed by numbers: the ids every saved link points to. */
function referenceIds(comments: readonly IdSource[]): string[] {
  const idOf = (hash: number) => (hash % 36 ** 8).toString(36).padStart(8, '0');
  const used = new Set<string>();
  const seen = new Map<number, number>();
  return comments.map(({ author, body }) => {
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

// Few authors and bodies, so repeats (and repeats of repeats) are common.
const source = fc.record({
  author: fc.option(fc.constantFrom('Ann', 'Bo', '', 'a\u0000b', 'Zoë'), { nil: null }),
  body: fc.oneof(fc.constantFrom('Hi.', '', 'x\ny'), fc.string({ unit: 'binary' })),
});

describe('makeIds against the string-keyed original', () => {
  it('should give the same ids for random threads full of repeats', () => {
    fc.assert(
      fc.property(fc.array(source, { maxLength: 60 }), (comments) => {
        expect(makeIds(comments)).toEqual(referenceIds(comments));
      }),
    );
  });

  it('should give the same ids for 20,000 comments, enough to grow its tables', () => {
    const many = Array.from({ length: 20_000 }, (_, i) => ({
      author: i % 7 === 0 ? null : `u${i % 97}`,
      body: `comment ${i % 5_000}`,
    }));
    expect(makeIds(many)).toEqual(referenceIds(many));
  });

  it('should write ids with leading zeros and every digit and letter, like toString(36)', () => {
    const ids = makeIds(Array.from({ length: 3_000 }, (_, i) => ({ author: null, body: `${i}` })));
    expect(ids.join('')).toMatch(/^[0-9a-z]+$/);
    expect(new Set(ids.join('')).size).toBe(36);
  });
});
