import { describe, expect, it } from 'vitest';
import { EMPTY_VIEW } from '../../../src/core/view/view-types.ts';
import { commentLink } from '../../../src/features/share/comment-link.ts';

describe('commentLink', () => {
  it('should keep the current view and add the comment id', () => {
    const view = { ...EMPTY_VIEW, q: 'sanctions', stance: ['oppose' as const], comment: 'old' };
    expect(commentLink('https://x.test/', view, 'k3x9q2')).toBe(
      'https://x.test/?q=sanctions&stance=oppose&comment=k3x9q2',
    );
  });

  it('should link a comment of the default view with comment= alone', () => {
    expect(commentLink('https://x.test/', EMPTY_VIEW, 'a1')).toBe('https://x.test/?comment=a1');
  });
});
