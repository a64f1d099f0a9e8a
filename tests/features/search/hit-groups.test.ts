import { describe, expect, it } from 'vitest';
import { hitGroups } from '../../../src/features/search/hit-groups.ts';
import { makeArticle } from '../../app/support/make-articles.ts';

const articles = new Map([
  ['a', makeArticle('a', 'Article A', [{ id: 'x' }])],
  ['ab', makeArticle('ab', 'Article AB', [{ id: 'y' }])],
  ['b', makeArticle('b', 'Article B', [{ id: 'z' }])],
]);

/** `n` keys of article `slug`, as the page's rows give them. */
function keys(slug: string, n: number): string[] {
  return Array.from({ length: n }, (_, i) => `${slug}/${String(i).padStart(8, '0')}`);
}

describe('hitGroups', () => {
  it('should count each article’s hits in page order with their titles', () => {
    const hitKeys = [...keys('b', 3), ...keys('a', 1_000), ...keys('ab', 7)];
    expect(hitGroups(hitKeys, articles)).toEqual([
      { slug: 'b', count: 3, title: 'Article B' },
      { slug: 'a', count: 1_000, title: 'Article A' },
      { slug: 'ab', count: 7, title: 'Article AB' },
    ]);
  });

  it('should not count a slug that another slug begins with as that slug', () => {
    // "a/" is not a prefix of "ab/…": the run of article a ends where ab's begins.
    expect(hitGroups([...keys('a', 2), ...keys('ab', 5)], articles).map((g) => g.count)).toEqual([
      2, 5,
    ]);
  });

  it('should count a single hit, and none', () => {
    expect(hitGroups(['a/x'], articles)).toEqual([{ slug: 'a', count: 1, title: 'Article A' }]);
    expect(hitGroups([], articles)).toEqual([]);
  });

  it('should name an article it does not know by its slug', () => {
    expect(hitGroups(keys('gone', 2), articles)).toEqual([
      { slug: 'gone', count: 2, title: 'gone' },
    ]);
  });
});
