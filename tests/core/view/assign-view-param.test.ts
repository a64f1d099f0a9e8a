import { describe, expect, it } from 'vitest';
import { assignViewParam, type MutableView } from '../../../src/core/view/assign-view-param.ts';
import { EMPTY_VIEW } from '../../../src/core/view/view-types.ts';

const fresh = (): MutableView => ({ ...EMPTY_VIEW });

describe('assignViewParam', () => {
  it('should set a value it can use and say nothing', () => {
    const view = fresh();
    expect(assignViewParam(view, 'sort', 'Replies')).toBeNull();
    expect(assignViewParam(view, 'stance', 'oppose, SUPPORT')).toBeNull();
    expect(assignViewParam(view, 'compare', 'a-b,c-d')).toBeNull();
    expect(view).toMatchObject({
      sort: 'replies',
      stance: ['support', 'oppose'],
      compare: ['a-b', 'c-d'],
    });
  });

  it('should keep the good stances and name the bad ones', () => {
    const view = fresh();
    expect(assignViewParam(view, 'stance', 'support,maybe')).toBe(
      'Ignored stance “maybe”: use support, oppose or neutral.',
    );
    expect(view.stance).toEqual(['support']);
  });

  it('should leave the view as it was when a value cannot be used', () => {
    const view = fresh();
    expect(assignViewParam(view, 'comment', 'not an id!')).toMatch(/is not a comment id/);
    expect(assignViewParam(view, 'article', 'Not A Slug')).toMatch(/is not an article slug/);
    expect(assignViewParam(view, 'view', 'graph')).toMatch(/use comments or stats/);
    expect(assignViewParam(view, 'compare', 'a,a')).toMatch(/named twice/);
    expect(assignViewParam(view, 'compare', 'a,b,c')).toMatch(/not 3/);
    expect(view).toEqual(EMPTY_VIEW);
  });

  it('should ignore an empty value without a notice', () => {
    const view = fresh();
    expect(assignViewParam(view, 'q', '')).toBeNull();
    expect(view).toEqual(EMPTY_VIEW);
  });
});
