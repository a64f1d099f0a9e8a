import { describe, expect, it } from 'vitest';
import { buildArticleIndex } from '../../../src/core/article/build-article-index.ts';
import { chain, makeArticle, makeDoc } from '../support/thread-fixture.ts';

describe('buildArticleIndex', () => {
  const idx = makeArticle('a', [
    { id: 'r1' },
    { id: 'x', parent: 'r1' },
    { id: 'y', parent: 'x' },
    { id: 'r2' },
    { id: 'z', parent: 'r1' },
  ]);

  it('should list children in page order with top level under null', () => {
    expect(idx.children.get(null)).toEqual(['r1', 'r2']);
    expect(idx.children.get('r1')).toEqual(['x', 'z']);
    expect(idx.children.get('x')).toEqual(['y']);
  });

  it('should count descendants at all depths', () => {
    expect(idx.descendantCount.get('r1')).toBe(3);
    expect(idx.descendantCount.get('x')).toBe(1);
    expect(idx.descendantCount.get('r2')).toBe(0);
  });

  it('should look comments up by id and keep the slug', () => {
    expect(idx.byId.get('y')?.parentId).toBe('x');
    expect(idx.slug).toBe('a');
  });

  it('should put a comment whose parent is missing or itself at top level', () => {
    const bad = makeArticle('b', [
      { id: 'a' },
      { id: 'orphan', parent: 'nope' },
      { id: 'self', parent: 'self' },
    ]);
    expect(bad.children.get(null)).toEqual(['a', 'orphan', 'self']);
  });

  it('should break a parent cycle instead of losing the comments in it', () => {
    const doc = makeDoc('t', [{ id: 'p' }, { id: 'q' }]);
    const cyclic = {
      ...doc,
      comments: doc.comments.map((c) => ({ ...c, parentId: c.id === 'p' ? 'q' : 'p' })),
    };
    const index = buildArticleIndex(cyclic, 't');
    const reachable = (index.children.get(null) ?? []).length;
    expect(reachable).toBe(1);
    const root = index.children.get(null)?.[0] ?? '';
    expect(index.descendantCount.get(root)).toBe(1);
  });

  it('should handle a 50,000-deep reply chain without overflowing the stack', () => {
    const deep = chain('deep', 50_000);
    expect(deep.descendantCount.get('c0')).toBe(49_999);
    // Generous: the machine running CI may be shared; this checks depth, not speed.
  }, 60_000);
});
