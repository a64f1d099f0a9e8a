import { describe, expect, it } from 'vitest';
import { articleKeys } from '../../../src/core/article/article-keys.ts';
import { treeParents } from '../../../src/core/article/tree-parents.ts';
import {
  articleColumns,
  columnsBuilt,
  shareColumns,
  warmArticleColumns,
} from '../../../src/core/export/article-columns.ts';
import type { ArticleIndex } from '../../../src/core/article/article-index.ts';
import { makeArticle } from '../../app/support/make-articles.ts';

/** The same comments re-nested: `b` and `c` answer `a`, as a flat dump's threads would have it. */
function threaded(index: ArticleIndex): ArticleIndex {
  const comments = index.doc.comments.map((c, i) =>
    i === 0 ? { ...c } : { ...c, parentId: 'a', depth: 1 },
  );
  const byId = new Map(comments.map((c) => [c.id, c]));
  return { ...index, doc: { ...index.doc, comments }, byId };
}

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

  describe('shareColumns', () => {
    const flat = () =>
      makeArticle('flat', 'Flat', [
        { id: 'a', author: 'Ann', city: 'Boston', country: 'United States' },
        { id: 'b', author: 'Bob' },
        { id: 'c', author: ' ann ' },
      ]);

    it('should give a re-nested tree the columns and keys of the tree it replaces', () => {
      const before = flat();
      const cols = articleColumns(before);
      const after = threaded(before);
      shareColumns(before.byId, after.byId);
      const shared = articleColumns(after);
      expect(shared.place).toBe(cols.place);
      expect(shared.keys).toBe(cols.keys);
    });

    it('should leave a tree whose comments differ in a column to build its own', () => {
      const before = flat();
      const cols = articleColumns(before);
      const renamed = threaded(before);
      const comments = renamed.doc.comments.map((c) => (c.id === 'b' ? { ...c, author: 'Bo' } : c));
      const after = { ...renamed, byId: new Map(comments.map((c) => [c.id, c])) };
      shareColumns(before.byId, after.byId);
      const own = articleColumns(after);
      expect(own.place).not.toBe(cols.place);
      expect(own.authors.map((a) => a.shown)).toEqual(['Ann', 'Bo']);
    });

    it('should not share keys with a tree named by another slug', () => {
      const before = flat();
      articleColumns(before);
      const after = { ...threaded(before), slug: 'other' };
      shareColumns(before.byId, after.byId);
      expect(articleColumns(after).keys).toEqual(['other/a', 'other/b', 'other/c']);
    });
  });
});
