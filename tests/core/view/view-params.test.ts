import { describe, expect, it } from 'vitest';
import { isParam, VIEW_PARAMS } from '../../../src/core/view/view-params.ts';

describe('view params', () => {
  it('should know exactly the parameters LINKS.md defines, in the order links write them', () => {
    expect(VIEW_PARAMS).toEqual([
      'article',
      'q',
      'stance',
      'loc',
      'author',
      'thread',
      'comment',
      'view',
      'compare',
      'sort',
    ]);
    expect(isParam('q')).toBe(true);
    expect(isParam('Q')).toBe(false);
    expect(isParam('utm_source')).toBe(false);
  });
});
