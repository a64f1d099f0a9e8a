import { describe, expect, it } from 'vitest';
import { EMPTY_VIEW } from '../../../src/core/view/view-types.ts';
import { stancesPendingIn, waitsForStances } from '../../../src/core/view/waits-for-stances.ts';
import { makeArticle } from '../support/thread-fixture.ts';

const read = makeArticle('read', [{ id: 'r1', author: 'Ann' }]);
const unread = {
  ...makeArticle('big', [{ id: 'b1', author: 'Bo' }]),
  stancesPending: true as const,
};
const both = [read, unread];

describe('waitsForStances', () => {
  it('should wait for a stance filter, Stats or a comparison while an article in view is unread', () => {
    expect(waitsForStances({ ...EMPTY_VIEW, stance: ['support'] }, both)).toBe(true);
    expect(waitsForStances({ ...EMPTY_VIEW, mode: 'stats' }, both)).toBe(true);
    expect(waitsForStances({ ...EMPTY_VIEW, compare: ['read', 'big'] }, both)).toBe(true);
  });

  it('should not wait for a view that neither filters nor counts by stance', () => {
    expect(waitsForStances({ ...EMPTY_VIEW, q: 'putin', loc: 'Ohio' }, both)).toBe(false);
  });

  it('should not wait for an article whose stances are read, even beside an unread one', () => {
    const view = { ...EMPTY_VIEW, article: 'read', stance: ['oppose' as const] };
    expect(waitsForStances(view, both)).toBe(false);
    expect(waitsForStances({ ...view, article: 'big' }, both)).toBe(true);
  });
});

describe('stancesPendingIn', () => {
  it('should tell whether any article the view covers is unread', () => {
    expect(stancesPendingIn(EMPTY_VIEW, both)).toBe(true);
    expect(stancesPendingIn({ ...EMPTY_VIEW, article: 'read' }, both)).toBe(false);
    expect(stancesPendingIn(EMPTY_VIEW, [read])).toBe(false);
  });
});
