import { describe, expect, it } from 'vitest';
import { EMPTY_VIEW } from '../../../src/core/view/view-types.ts';
import { stanceHiddenIn } from '../../../src/core/view/stance-hidden-in.ts';
import { makeArticle } from '../support/thread-fixture.ts';

const talks = makeArticle('talks', [{ id: 't1', author: 'Ann' }]);
const bikes = makeArticle('bikes', [{ id: 'b1', author: 'Bo' }]);
const both = [talks, bikes];
const hidden = new Set(['bikes']);

describe('stanceHiddenIn', () => {
  it('should tell a view of a hidden article alone, or one of its threads', () => {
    expect(stanceHiddenIn({ ...EMPTY_VIEW, article: 'bikes' }, both, hidden)).toBe(true);
    expect(stanceHiddenIn({ ...EMPTY_VIEW, thread: 'b1' }, both, hidden)).toBe(true);
  });

  it('should not tell a view that also covers an article whose stance shows', () => {
    expect(stanceHiddenIn(EMPTY_VIEW, both, hidden)).toBe(false);
    expect(stanceHiddenIn({ ...EMPTY_VIEW, compare: ['talks', 'bikes'] }, both, hidden)).toBe(
      false,
    );
    expect(stanceHiddenIn({ ...EMPTY_VIEW, article: 'talks' }, both, hidden)).toBe(false);
  });

  it('should not tell anything when no article is hidden', () => {
    expect(stanceHiddenIn({ ...EMPTY_VIEW, article: 'bikes' }, both, new Set())).toBe(false);
  });
});
