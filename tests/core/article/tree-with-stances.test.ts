import { describe, expect, it } from 'vitest';
import { buildArticleTree } from '../../../src/core/article/build-article-index.ts';
import { treeWithStances } from '../../../src/core/article/tree-with-stances.ts';
import type { Stance } from '../../../src/core/types.ts';
import { makeDoc } from '../support/thread-fixture.ts';

const oppose: Stance = { label: 'oppose', score: -0.6, cues: ['puppet'] };

describe('treeWithStances', () => {
  it('should put the stances in the comments the tree looks up, keeping its threads', () => {
    const doc = makeDoc('Talks', [
      { id: 'a', author: 'Ann' },
      { id: 'b', parent: 'a', author: 'Bo' },
      { id: 'c', author: 'Cy' },
    ]);
    const pending = { ...buildArticleTree(doc), stancesPending: true as const };
    const tree = treeWithStances(pending, [oppose, oppose, oppose]);
    expect(tree.stancesPending).toBeUndefined();
    expect([...tree.byId.values()].map((c) => c.stance)).toEqual([oppose, oppose, oppose]);
    expect(tree.byId.get('b')).toBe(tree.doc.comments[1]);
    expect(tree.children).toBe(pending.children);
    expect(tree.descendantCount.get('a')).toBe(1);
  });

  it('should keep the first comment of a repeated id as the one looked up', () => {
    const doc = makeDoc('Twice', [
      { id: 'x', author: 'Ann', body: 'First.' },
      { id: 'x', author: 'Bo', body: 'Second.' },
    ]);
    const tree = treeWithStances(buildArticleTree(doc), [oppose, oppose]);
    expect(tree.byId.size).toBe(1);
    expect(tree.byId.get('x')?.body).toBe('First.');
  });
});
