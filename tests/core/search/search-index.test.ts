import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  createSearchIndex,
  highlightRanges,
  searchIndex,
  type SearchDoc,
} from '../../../src/core/search/search-index.ts';

function doc(
  article: string,
  id: string,
  author: string | null,
  body: string,
  location: string | null = null,
): SearchDoc {
  return { key: `${article}/${id}`, article, id, author, location, body };
}

const DOCS: SearchDoc[] = [
  doc('syria', 'a1', 'Vincent', 'Soon the sanctions will be lifted in Russia.', 'Vt.'),
  doc('syria', 'a2', 'Mary', 'Putin has no intention of working with the west.', 'Atlanta'),
  doc('syria', 'a3', null, 'The Zürich café served crème brûlée to diplomats.'),
  doc('ties', 'b1', 'Eileen Kuch', 'Trump and Putin agreeing to normalize ties is great news.'),
  doc('ties', 'b2', 'Ross Vassilev', 'Vincent is wrong about sanctions, they never work.'),
  doc('ties', 'b3', 'Bianca', 'Soros has left a trail across the globe.', 'Zürich, Switzerland'),
];
const index = createSearchIndex(DOCS);
const keys = (q: string, opts?: { article?: string; limit?: number }) =>
  searchIndex(index, q, opts).map((h) => h.key);

describe('searchIndex', () => {
  it('should find comments by a word prefix while the reader is still typing', () => {
    expect(keys('sanc').sort()).toEqual(['syria/a1', 'ties/b2']);
    expect(searchIndex(index, 'sanc')[0]?.terms).toEqual(['sanctions']);
  });

  it('should tolerate a typo in a longer word but not match short words loosely', () => {
    expect(keys('sanctoins').sort()).toEqual(['syria/a1', 'ties/b2']);
    expect(keys('Ptuin')).toEqual([]); // two transpositions away: beyond 0.2 × 5 letters
    expect(keys('Putn').sort()).toEqual(['syria/a2', 'ties/b1']);
    expect(keys('wesk')).toEqual(['syria/a2']);
    expect(keys('ties')).toEqual(['ties/b1']);
    expect(keys('tie')).toEqual(['ties/b1']);
    expect(keys('tre')).toEqual([]); // "the", "trump", "trail" are not within reach of an exact prefix
  });

  it('should allow one edit from 4 letters and two from 8 (0.2 × length, rounded)', () => {
    expect(keys('agreenig')).toEqual(['ties/b1']); // 8 letters: a transposition is two edits
    expect(keys('wroking')).toEqual([]); // 7 letters: one edit only
    expect(keys('wrking')).toEqual(['syria/a2']);
  });

  it('should ignore case and diacritics in both the query and the text', () => {
    expect(keys('zurich').sort()).toEqual(['syria/a3', 'ties/b3']);
    expect(keys('CREME BRULEE')).toEqual(['syria/a3']);
    expect(keys('Cafe\u0301')).toEqual(['syria/a3']); // decomposed accent in the query
  });

  it('should rank a match on the author above the same word in a body', () => {
    const hits = searchIndex(index, 'vincent');
    expect(hits.map((h) => h.key)).toEqual(['syria/a1', 'ties/b2']);
    expect(hits[0]!.score).toBeGreaterThan(hits[1]!.score);
  });

  it('should require every word of the query', () => {
    expect(keys('putin trump')).toEqual(['ties/b1']);
    expect(keys('putin zzzz')).toEqual([]);
  });

  it('should search locations too', () => {
    expect(keys('switzerland')).toEqual(['ties/b3']);
  });

  it('should limit hits to one article when one is named, and to a count with limit', () => {
    expect(keys('sanctions', { article: 'ties' })).toEqual(['ties/b2']);
    expect(keys('sanctions', { article: 'nope' })).toEqual([]);
    expect(keys('sanctions', { limit: 1 })).toHaveLength(1);
  });

  it('should return nothing for an empty, blank or punctuation-only query', () => {
    for (const q of ['', '   ', '\n\t', '?!…', '\u0301']) expect(keys(q)).toEqual([]);
  });

  it('should return the stored article and id of each hit', () => {
    const [hit] = searchIndex(index, 'soros');
    expect(hit).toMatchObject({ key: 'ties/b3', article: 'ties', id: 'b3' });
  });

  it('should never throw on arbitrary queries', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), (q) => {
        expect(Array.isArray(searchIndex(index, q))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

const slices = (text: string, ranges: Array<[number, number]>) =>
  ranges.map(([s, e]) => text.slice(s, e));

describe('highlightRanges', () => {
  it('should mark whole tokens and typed prefixes at the start of a token only', () => {
    const text = 'Sanctions? The sanction on insanctity.';
    expect(slices(text, highlightRanges(text, ['sanctions']))).toEqual(['Sanctions']);
    expect(slices(text, highlightRanges(text, ['sanc']))).toEqual(['Sanc', 'sanc']);
  });

  it('should ignore case and diacritics, mapping back into the original string', () => {
    const text = 'Le CAFÉ de Zu\u0308rich, naïve.';
    expect(slices(text, highlightRanges(text, ['cafe', 'zurich', 'naive']))).toEqual([
      'CAFÉ',
      'Zu\u0308rich',
      'naïve',
    ]);
    // A prefix that ends right before a combining mark takes the mark with it.
    expect(slices(text, highlightRanges(text, ['zu']))).toEqual(['Zu\u0308']);
  });

  it('should not split surrogate pairs and should count offsets in UTF-16 units', () => {
    const text = '𝐀 😀 Putin 𝒳ray Putin';
    const ranges = highlightRanges(text, ['putin']);
    expect(slices(text, ranges)).toEqual(['Putin', 'Putin']);
    expect(ranges[0]![0]).toBe(text.indexOf('Putin'));
    const math = highlightRanges(text, ['x']); // "𝒳" folds to "x" under NFKD
    expect(slices(text, math)).toEqual(['𝒳']);
  });

  it('should fold ligatures and dotted capitals', () => {
    expect(slices('ﬁnal İstanbul', highlightRanges('ﬁnal İstanbul', ['final', 'istan']))).toEqual([
      'ﬁnal',
      'İstan',
    ]);
  });

  it('should prefer the longest matching term and never overlap', () => {
    const text = 'sanctions sanctioned';
    expect(highlightRanges(text, ['sanc', 'sanctions'])).toEqual([
      [0, 9],
      [10, 14],
    ]);
  });

  it('should mark a multi-word term as a phrase, where its words stand together, and ignore empty ones', () => {
    const text = 'New York, new york; York is new.';
    expect(slices(text, highlightRanges(text, ['new york', '', ' ']))).toEqual([
      'New York',
      'new york',
    ]);
    expect(highlightRanges('anything', [])).toEqual([]);
  });

  it('should mark a phrase whose last word is begun as far as typed, and other terms beside it', () => {
    const text = 'Regime change now; regimes changed; sanctions.';
    expect(slices(text, highlightRanges(text, ['regime ch', 'sanc']))).toEqual([
      'Regime ch',
      'sanc',
    ]);
  });

  it('should mark a closed phrase’s words whole only, as it was matched, even of one word', () => {
    const text = 'The deal, the dealer; a deal.';
    expect(slices(text, highlightRanges(text, ['"the deal"']))).toEqual(['The deal']);
    expect(slices(text, highlightRanges(text, ['the deal']))).toEqual(['The deal', 'the deal']);
    expect(slices(text, highlightRanges(text, ['"deal"']))).toEqual(['deal', 'deal']);
    expect(highlightRanges(text, ['""', '"'])).toEqual([]);
  });

  it('should return sorted, non-overlapping ranges inside the text for any input', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 60 }),
        fc.array(fc.string({ unit: 'grapheme', maxLength: 5 }), { maxLength: 4 }),
        (text, terms) => {
          let last = 0;
          for (const [s, e] of highlightRanges(text, terms)) {
            expect(s).toBeGreaterThanOrEqual(last);
            expect(e).toBeGreaterThan(s);
            expect(e).toBeLessThanOrEqual(text.length);
            // never cut a surrogate pair
            expect(/^[\uDC00-\uDFFF]/.test(text.slice(s))).toBe(false);
            expect(/^[\uDC00-\uDFFF]/.test(text.slice(e))).toBe(false);
            last = e;
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('should highlight exactly the terms a search hit reports', () => {
    for (const q of ['sanctoins', 'zurich', 'putn', 'vinc']) {
      for (const hit of searchIndex(index, q)) {
        const d = DOCS.find((x) => x.key === hit.key)!;
        const text = [d.author, d.location, d.body].join(' ');
        expect(highlightRanges(text, hit.terms).length).toBeGreaterThan(0);
      }
    }
  });
});
