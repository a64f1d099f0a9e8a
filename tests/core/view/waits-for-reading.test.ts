import { describe, expect, it } from 'vitest';
import { EMPTY_VIEW } from '../../../src/core/view/view-types.ts';
import {
  repliesPendingIn,
  stancesPendingIn,
  waitsForReading,
} from '../../../src/core/view/waits-for-reading.ts';
import { makeArticle } from '../support/thread-fixture.ts';

const read = makeArticle('read', [{ id: 'r1', author: 'Ann' }]);
const unread = {
  ...makeArticle('big', [{ id: 'b1', author: 'Bo' }]),
  stancesPending: true as const,
};
const both = [read, unread];

describe('waitsForReading, stances', () => {
  it('should wait for a stance filter, Stats or a comparison while an article in view is unread', () => {
    expect(waitsForReading({ ...EMPTY_VIEW, stance: ['support'] }, both)).toBe(true);
    expect(waitsForReading({ ...EMPTY_VIEW, mode: 'stats' }, both)).toBe(true);
    expect(waitsForReading({ ...EMPTY_VIEW, compare: ['read', 'big'] }, both)).toBe(true);
  });

  it('should not wait for a view that neither filters nor counts by stance', () => {
    expect(waitsForReading({ ...EMPTY_VIEW, q: 'putin', loc: 'Ohio' }, both)).toBe(false);
  });

  it('should not wait for an article whose stances are read, even beside an unread one', () => {
    const view = { ...EMPTY_VIEW, article: 'read', stance: ['oppose' as const] };
    expect(waitsForReading(view, both)).toBe(false);
    expect(waitsForReading({ ...view, article: 'big' }, both)).toBe(true);
  });
});

describe('stancesPendingIn', () => {
  it('should tell whether any article the view covers is unread', () => {
    expect(stancesPendingIn(EMPTY_VIEW, both)).toBe(true);
    expect(stancesPendingIn({ ...EMPTY_VIEW, article: 'read' }, both)).toBe(false);
    expect(stancesPendingIn(EMPTY_VIEW, [read])).toBe(false);
  });
});

const flat = {
  ...makeArticle('flat', [{ id: 'f1', author: 'Cy' }]),
  stancesPending: true as const,
  repliesPending: true as const,
};

describe('waitsForReading, threads', () => {
  it('should show a flat dump in page order before its threads, and nothing more', () => {
    expect(waitsForReading(EMPTY_VIEW, [read, flat])).toBe(false);
    expect(waitsForReading({ ...EMPTY_VIEW, article: 'flat' }, [read, flat])).toBe(false);
  });

  it('should wait for its threads with a thread, a comment, a filter, a search or another sort', () => {
    for (const more of [
      { thread: 'f1' },
      { comment: 'f1' },
      { q: 'putin' },
      { loc: 'Ohio' },
      { author: 'Cy' },
      { sort: 'replies' as const },
    ]) {
      expect(waitsForReading({ ...EMPTY_VIEW, article: 'flat', ...more }, [read, flat])).toBe(true);
      expect(waitsForReading({ ...EMPTY_VIEW, article: 'read', ...more }, [read, flat])).toBe(
        false,
      );
    }
  });
});

describe('repliesPendingIn', () => {
  it('should tell whether any article the view covers waits for its threads', () => {
    expect(repliesPendingIn(EMPTY_VIEW, [read, flat])).toBe(true);
    expect(repliesPendingIn({ ...EMPTY_VIEW, article: 'read' }, [read, flat])).toBe(false);
    expect(repliesPendingIn(EMPTY_VIEW, both)).toBe(false);
  });
});
