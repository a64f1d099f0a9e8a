import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldWords } from '../../../src/core/search/fold-words.ts';
import { mutedWords, scanMutedWords } from '../../../src/core/view/muted-words.ts';
import { makeArticle } from '../support/thread-fixture.ts';

const article = makeArticle('talks', [
  { id: 'a', author: 'Ann', body: 'The WAR in Syria goes on.' },
  { id: 'b', author: 'Bo', body: 'Software from Warsaw, war-like at all.' },
  { id: 'e', author: 'Ed', body: 'Software from Warsaw.' },
  { id: 'c', author: 'Cy', body: 'A Café in Moscow; peace talks resume.' },
  { id: 'd', author: 'Peace Talks', body: 'No mention here.' },
]);

describe('mutedWords', () => {
  it('should hide whole words only (not “Warsaw”), whatever their case', () => {
    const hits = mutedWords([article], ['war']);
    expect([...hits.keys()]).toEqual(['talks/a', 'talks/b']);
    expect(hits.get('talks/a')).toBe('war');
  });

  it('should fold accents and match a phrase only as consecutive words, author included', () => {
    expect([...mutedWords([article], ['cafe']).keys()]).toEqual(['talks/c']);
    expect([...mutedWords([article], ['peace talks']).keys()]).toEqual(['talks/c', 'talks/d']);
    expect([...mutedWords([article], ['talks peace']).keys()]).toEqual([]);
  });

  it('should not run a phrase from the author’s name into the body', () => {
    const split = makeArticle('s', [{ id: 'a', author: 'Peace', body: 'Talks resume today.' }]);
    expect(mutedWords([split], ['peace talks']).size).toBe(0);
    expect(mutedWords([split], ['peace']).get('s/a')).toBe('peace');
  });

  it('should ignore an entry with no word in it', () => {
    expect(mutedWords([article], ['!!!']).size).toBe(0);
  });

  it('should name the muted word a comment mentions first', () => {
    const two = makeArticle('two', [{ id: 'a', author: 'Al', body: 'Peace now, war later.' }]);
    expect(mutedWords([two], ['war', 'peace']).get('two/a')).toBe('peace');
  });

  it('should read plain and accented texts as the search splits and folds their words', () => {
    // The reference: every word split and folded, the entries looked for in order at each word.
    const reference = (text: string, words: readonly string[]): string | null => {
      const folded = foldWords(text);
      for (let i = 0; i < folded.length; i += 1) {
        for (const w of words) {
          const want = foldWords(w);
          if (want.length > 0 && want.every((t, k) => folded[i + k] === t)) return w;
        }
      }
      return null;
    };
    const piece = fc.constantFrom(
      'war',
      'War',
      'WAR',
      'wars',
      'software',
      'peace',
      'talks',
      'café',
      'CAFÉ',
      'cafe',
      'Straße',
      'Brand™',
      'e\u0301',
      'ı',
      'i',
      'K',
      '2',
      ' ',
      '-',
      '’',
      '\u00a0',
      '\u2014',
      ', ',
      '_',
      '!',
    );
    const text = fc.array(piece, { maxLength: 12 }).map((p) => p.join(''));
    const words = fc.array(
      fc.constantFrom('war', 'peace talks', 'cafe', 'CAFÉ', 'i', 'ı', 'k', 'war 2', 'talks-war'),
      { minLength: 1, maxLength: 3 },
    );
    fc.assert(
      fc.property(text, text, words, (body, author, muted) => {
        const one = makeArticle('p', [{ id: 'x', author, body }]);
        const got = mutedWords([one], muted).get('p/x') ?? null;
        expect(got).toBe(reference(author, muted) ?? reference(body, muted));
      }),
      { numRuns: 3000 },
    );
  });

  it('should find in steps of any size what one pass finds, and say when every comment is read', () => {
    const more = makeArticle('more', [
      { id: 'f', author: 'Fay', body: 'War, war.' },
      { id: 'g', author: 'War', body: 'Calm.' },
    ]);
    const articles = [article, makeArticle('none', []), more];
    const whole = [...mutedWords(articles, ['war', 'peace talks'])];
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9 }), (size) => {
        const scan = scanMutedWords(articles, ['war', 'peace talks']);
        let steps = 1;
        while (!scan.step(size)) steps += 1;
        expect([...scan.hits]).toEqual(whole);
        // Seven comments and the ends of three articles, `size` of them a step: no step wasted.
        expect(steps).toBe(Math.ceil(10 / size));
      }),
    );
  });
});
