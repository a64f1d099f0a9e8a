import { describe, expect, it } from 'vitest';
import { mutedWords } from '../../../src/core/view/muted-words.ts';
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

  it('should ignore an entry with no word in it', () => {
    expect(mutedWords([article], ['!!!']).size).toBe(0);
  });
});
