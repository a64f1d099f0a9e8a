import { describe, expect, it } from 'vitest';
import { validateView } from '../../../src/core/view/validate-view.ts';
import { EMPTY_VIEW } from '../../../src/core/view/view-types.ts';
import { makeArticle } from '../support/thread-fixture.ts';

const a = makeArticle('a', [
  { id: 'x1', author: 'Vincent', loc: { region: 'Vermont', country: 'United States' } },
  { id: 'x2', parent: 'x1', author: 'Mary' },
]);
const b = makeArticle('b', [
  { id: 'y1', author: 'Hans', loc: { city: 'Berlin', country: 'Germany' } },
]);

describe('validateView', () => {
  it('should keep a view whose values all match something', () => {
    const view = {
      ...EMPTY_VIEW,
      article: 'a',
      comment: 'x2',
      thread: 'x1',
      loc: 'vermont',
      author: 'mary',
    };
    expect(validateView(view, [a, b])).toEqual({ view, notices: [] });
  });

  it('should drop a comparison naming an article that is not loaded, and say which', () => {
    const r = validateView({ ...EMPTY_VIEW, compare: ['a', 'gone'] }, [a, b]);
    expect(r.view.compare).toBeNull();
    expect(r.notices).toEqual([
      { param: 'compare', message: 'Not comparing: no article “gone” is loaded.' },
    ]);
  });

  it('should ignore article and thread while comparing, each with a notice', () => {
    const r = validateView({ ...EMPTY_VIEW, compare: ['a', 'b'], article: 'a', thread: 'x1' }, [
      a,
      b,
    ]);
    expect(r.view).toMatchObject({ compare: ['a', 'b'], article: null, thread: null });
    expect(r.notices.map((n) => n.param)).toEqual(['article', 'thread']);
  });

  it('should drop an unknown article slug with a notice', () => {
    const r = validateView({ ...EMPTY_VIEW, article: 'gone' }, [a, b]);
    expect(r.view.article).toBeNull();
    expect(r.notices.map((n) => n.param)).toEqual(['article']);
  });

  it('should drop a comment id that is not in the chosen article', () => {
    const r = validateView({ ...EMPTY_VIEW, article: 'a', comment: 'y1', thread: 'nope' }, [a, b]);
    expect(r.view.comment).toBeNull();
    expect(r.view.thread).toBeNull();
    expect(r.notices.map((n) => n.param)).toEqual(['thread', 'comment']);
  });

  it('should find a comment id in any article when no article is chosen', () => {
    expect(validateView({ ...EMPTY_VIEW, comment: 'y1' }, [a, b]).notices).toEqual([]);
  });

  it('should drop a place or author that matches no comment in scope', () => {
    const r = validateView({ ...EMPTY_VIEW, article: 'a', loc: 'Germany', author: 'Hans' }, [a, b]);
    expect(r.view.loc).toBeNull();
    expect(r.view.author).toBeNull();
    expect(r.notices.map((n) => n.param)).toEqual(['loc', 'author']);
  });

  it('should accept the unknown place bucket when a comment has no place', () => {
    expect(validateView({ ...EMPTY_VIEW, loc: 'unknown' }, [a, b]).view.loc).toBe('unknown');
  });
});
