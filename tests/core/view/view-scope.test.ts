import { describe, expect, it } from 'vitest';
import { viewScope } from '../../../src/core/view/view-scope.ts';
import { makeArticle } from '../support/thread-fixture.ts';

const a = makeArticle('a', [
  { id: 'a1', author: 'Ann' },
  { id: 'a2', parent: 'a1', author: 'Bob' },
  { id: 'a3', parent: 'a2', author: 'Cy' },
  { id: 'a4', author: 'Di' },
]);
const b = makeArticle('b', [{ id: 'b1', author: 'Ed' }]);
const c = makeArticle('c', [{ id: 'c1', author: 'Flo' }]);
const all = [a, b, c];
const scope = (view: Parameters<typeof viewScope>[1]) =>
  viewScope(all, view).map(([article, root]) => [article.slug, root]);

describe('viewScope', () => {
  it('should cover every article when none is chosen, and only the chosen one otherwise', () => {
    expect(scope({ article: null, thread: null })).toEqual([
      ['a', null],
      ['b', null],
      ['c', null],
    ]);
    expect(scope({ article: 'b', thread: null })).toEqual([['b', null]]);
  });

  it('should cover both compared articles, whatever article is named beside them', () => {
    expect(scope({ article: 'a', thread: null, compare: ['c', 'b'] })).toEqual([
      ['b', null],
      ['c', null],
    ]);
  });

  it('should narrow to the thread a reply belongs to, named by its top-level comment', () => {
    expect(scope({ article: null, thread: 'a3' })).toEqual([['a', 'a1']]);
  });

  it('should ignore an article or thread that names nothing rather than show an empty page', () => {
    expect(scope({ article: 'nope', thread: null })).toHaveLength(3);
    expect(scope({ article: null, thread: 'nope' })).toHaveLength(3);
  });
});
