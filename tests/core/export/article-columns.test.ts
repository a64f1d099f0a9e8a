import { describe, expect, it } from 'vitest';
import { articleKeys } from '../../../src/core/article/article-keys.ts';
import { treeParents } from '../../../src/core/article/tree-parents.ts';
import {
  articleColumns,
  columnsBuilt,
  warmArticleColumns,
} from '../../../src/core/export/article-columns.ts';
import { makeArticle } from '../../app/support/make-articles.ts';

describe('articleColumns', () => {
  const index = makeArticle('geneva', 'Geneva', [
    { id: 'a', author: 'Ann', city: 'Boston', region: 'Massachusetts', country: 'United States' },
    { id: 'b', parent: 'a', author: ' ann ', stance: 'oppose' },
    { id: 'c', author: null, stance: 'support' },
  ]);

  it('should give each comment its key, place, author and stance as columns', () => {
    const cols = articleColumns(index);
    expect(cols.keys).toEqual(['geneva/a', 'geneva/b', 'geneva/c']);
    expect(cols.keys).toEqual(cols.ids.map((id) => articleKeys(index).get(id)));
    expect([...cols.author]).toEqual([0, 0, -1]);
    expect(cols.authors).toEqual([{ norm: 'ann', shown: 'Ann' }]);
    expect([...cols.place]).toEqual([0, -1, -1]);
    expect([...cols.stance].length).toBe(3);
  });

  it("should build a tree's columns and parents before the page names it with a slug", () => {
    const tree = { ...makeArticle('x', 'X', [{ id: 'p' }, { id: 'q', parent: 'p' }]) };
    expect(columnsBuilt(tree)).toBe(false);
    // One piece per call, so that each is a task of its own: the columns, then the parents.
    warmArticleColumns(tree);
    expect(columnsBuilt(tree)).toBe(false);
    warmArticleColumns(tree);
    expect(columnsBuilt(tree)).toBe(true);
    const named = { ...tree, slug: 'named' };
    // The index named from the tree finds what was built for the tree.
    expect(columnsBuilt(named)).toBe(true);
    expect(treeParents(named)).toBe(treeParents(tree));
    expect(articleColumns(named).keys).toEqual(['named/p', 'named/q']);
  });
});
