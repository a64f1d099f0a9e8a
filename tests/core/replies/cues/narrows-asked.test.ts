import { describe, expect, it } from 'vitest';
import { narrowsAsked } from '../../../../src/core/replies/cues/narrows-asked.ts';
import { prepareComment } from '../../../../src/core/replies/cues/prepare-comment.ts';

const asked = prepareComment(
  'Kim',
  'Can these permits cover food trucks too? Asking for my cousin.',
);

describe('narrowsAsked', () => {
  it("should read a first sentence denying or narrowing the question's words", () => {
    expect(narrowsAsked(prepareComment('E', 'Not these permits. Ask the county.'), asked)).toBe(
      true,
    );
    expect(narrowsAsked(prepareComment('E', 'Only food trucks. Carts are separate.'), asked)).toBe(
      true,
    );
  });

  it('should not read other words, or a statement that asks nothing, that way', () => {
    expect(narrowsAsked(prepareComment('E', 'Not this year. Ask the county.'), asked)).toBe(false);
    const told = prepareComment('Kim', 'These permits cover food trucks too.');
    expect(narrowsAsked(prepareComment('E', 'Not these permits. Ask the county.'), told)).toBe(
      false,
    );
  });
});
