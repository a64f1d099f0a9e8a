import { describe, expect, it } from 'vitest';
import { columnsBuilt, indexColumnsBuilt } from '../../../src/core/export/article-columns.ts';
import { pageOrderBuilt } from '../../../src/core/view/tree-order.ts';
import { articleWarm, warmArticle } from '../../../src/core/view/warm-article.ts';
import { makeArticle } from '../support/thread-fixture.ts';

describe('warmArticle', () => {
  it('should warm an article one piece per call: columns, parents, page order, then its keys', () => {
    const article = makeArticle('w', [{ id: 'a' }, { id: 'b', parent: 'a' }]);
    const steps: boolean[][] = [];
    while (!articleWarm(article) && steps.length < 8) {
      warmArticle(article);
      steps.push([columnsBuilt(article), pageOrderBuilt(article), indexColumnsBuilt(article)]);
    }
    // columnsBuilt counts the columns and the parents: two calls.
    expect(steps).toEqual([
      [false, false, false],
      [true, false, false],
      [true, true, false],
      [true, true, true],
    ]);
  });

  it('should leave a new index of the same tree to warm its own keys', () => {
    const article = makeArticle('w', [{ id: 'a' }]);
    while (!articleWarm(article)) warmArticle(article);
    // A big dump's stances name a new index; the tree's pieces it shares stay built.
    const renamed = { ...article };
    expect(columnsBuilt(renamed) && pageOrderBuilt(renamed)).toBe(true);
    expect(articleWarm(renamed)).toBe(false);
    warmArticle(renamed);
    expect(articleWarm(renamed)).toBe(true);
  });
});
