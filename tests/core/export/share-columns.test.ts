import { describe, expect, it } from 'vitest';
import type { ArticleIndex } from '../../../src/core/article/article-index.ts';
import { articleColumns } from '../../../src/core/export/article-columns.ts';
import { shareColumns } from '../../../src/core/export/share-columns.ts';
import { STANCE_LABELS } from '../../../src/core/stance/stance-labels.ts';
import { makeArticle } from '../../app/support/make-articles.ts';

/** The same comments re-nested: `b` and `c` answer `a`, as a flat dump's threads would have it. */
function threaded(index: ArticleIndex): ArticleIndex {
  const comments = index.doc.comments.map((c, i) =>
    i === 0 ? { ...c } : { ...c, parentId: 'a', depth: 1 },
  );
  const byId = new Map(comments.map((c) => [c.id, c]));
  return { ...index, doc: { ...index.doc, comments }, byId };
}

describe('shareColumns', () => {
  const flat = () =>
    makeArticle('flat', 'Flat', [
      { id: 'a', author: 'Ann', city: 'Boston', country: 'United States' },
      { id: 'b', author: 'Bob' },
      { id: 'c', author: ' ann ' },
    ]);

  it('should give a re-nested tree the columns of the tree it replaces', () => {
    const before = flat();
    const cols = articleColumns(before);
    const after = threaded(before);
    shareColumns(before.byId, after.byId);
    const shared = articleColumns(after);
    expect(shared.place).toBe(cols.place);
    expect(shared.keys).toEqual(cols.keys);
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

  it('should key the shared columns by the slug of the tree that reads them', () => {
    const before = flat();
    articleColumns(before);
    const after = { ...threaded(before), slug: 'other' };
    shareColumns(before.byId, after.byId);
    expect(articleColumns(after).keys).toEqual(['other/a', 'other/b', 'other/c']);
  });

  /** The same tree with its stances read: `b` opposes, the others keep their label. */
  function stanced(index: ArticleIndex): ArticleIndex {
    const comments = index.doc.comments.map((c) =>
      c.id === 'b' ? { ...c, stance: { label: 'oppose' as const, score: -0.6, cues: ['no'] } } : c,
    );
    return {
      ...index,
      doc: { ...index.doc, comments },
      byId: new Map(comments.map((c) => [c.id, c])),
    };
  }
  const codes = (index: ArticleIndex) =>
    Uint8Array.from(index.doc.comments, (c) => STANCE_LABELS.indexOf(c.stance.label));

  it('should give a tree whose stances were read the columns it replaces, with those stances', () => {
    const before = flat();
    const cols = articleColumns(before);
    const after = stanced(before);
    shareColumns(before.byId, after.byId, codes(after));
    const shared = articleColumns(after);
    expect(shared.authors).toBe(cols.authors);
    expect([...shared.stance].map((i) => STANCE_LABELS[i])).toEqual(
      after.doc.comments.map((c) => c.stance.label),
    );
    expect(shared.stance).not.toEqual(cols.stance);
  });

  it('should leave a tree whose stances differ to build its own when none are given', () => {
    const before = flat();
    const cols = articleColumns(before);
    const after = stanced(before);
    shareColumns(before.byId, after.byId);
    const own = articleColumns(after);
    expect(own.authors).not.toBe(cols.authors);
    expect(STANCE_LABELS[own.stance[1] ?? -1]).toBe('oppose');
  });
});
