import { replaceEqualDeep } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { buildArticleTree } from '../../../src/core/article/build-article-index.ts';
import { namedArticle } from '../../../src/features/data/named-article.ts';
import { makeDoc } from '../../core/support/thread-fixture.ts';

const tree = () => buildArticleTree(makeDoc('Talks', [{ id: 'a', author: 'Ann' }]));

describe('namedArticle', () => {
  it('should give the same index for the same tree and slug, and a new one for another slug', () => {
    const t = tree();
    expect(namedArticle(t, 'talks')).toBe(namedArticle(t, 'talks'));
    expect(namedArticle(t, 'talks-2').slug).toBe('talks-2');
    expect(namedArticle(t, 'talks-2').byId).toBe(t.byId);
  });

  it("should be taken whole by TanStack's structural sharing, never compared comment by comment", () => {
    const before = namedArticle(tree(), 'talks');
    const after = namedArticle(tree(), 'talks');
    // Equal content: a plain object would be walked and the old one kept.
    expect(replaceEqualDeep(before, after)).toBe(after);
    expect(replaceEqualDeep({ articles: [before] }, { articles: [after] }).articles[0]).toBe(after);
  });
});
