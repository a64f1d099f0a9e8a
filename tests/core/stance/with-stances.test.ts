import { describe, expect, it } from 'vitest';
import { withStances } from '../../../src/core/stance/with-stances.ts';
import type { Stance } from '../../../src/core/types.ts';
import { makeDoc } from '../support/thread-fixture.ts';

const support: Stance = { label: 'support', score: 0.5, cues: ['talking beats war'] };

describe('withStances', () => {
  it('should give each comment its stance by position and leave the document otherwise as it was', () => {
    const doc = makeDoc('Talks', [
      { id: 'a', author: 'Ann', body: 'One.' },
      { id: 'b', parent: 'a', author: 'Bo', body: 'Two.' },
    ]);
    const next = withStances(doc, [support]);
    expect(next.comments[0]).toEqual({ ...doc.comments[0], stance: support });
    // A stance missing from the list keeps the comment's own.
    expect(next.comments[1]).toEqual(doc.comments[1]);
    expect({ ...next, comments: [] }).toEqual({ ...doc, comments: [] });
    expect(doc.comments[0]?.stance).not.toEqual(support);
  });
});
