import { describe, expect, it } from 'vitest';
import { stanceHiddenIn } from '../../../src/core/view/stance-hidden-in.ts';
import { makeArticle } from '../support/thread-fixture.ts';

const talks = makeArticle('talks', [{ id: 't1', author: 'Ann' }]);
const bikes = makeArticle('bikes', [{ id: 'b1', author: 'Bo' }]);
const hidden = new Set(['bikes']);

describe('stanceHiddenIn', () => {
  it('should tell a scope of hidden articles alone', () => {
    expect(stanceHiddenIn([bikes], hidden)).toBe(true);
  });

  it('should not tell a scope that also covers an article whose stance shows', () => {
    expect(stanceHiddenIn([talks, bikes], hidden)).toBe(false);
    expect(stanceHiddenIn([talks], hidden)).toBe(false);
  });

  it('should not tell anything when no article is hidden or none is in scope', () => {
    expect(stanceHiddenIn([bikes], new Set())).toBe(false);
    expect(stanceHiddenIn([], hidden)).toBe(false);
  });
});
