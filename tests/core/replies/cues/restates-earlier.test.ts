import { describe, expect, it } from 'vitest';
import { prepareComment } from '../../../../src/core/replies/cues/prepare-comment.ts';
import { restatesEarlier } from '../../../../src/core/replies/cues/restates-earlier.ts';

const claim = prepareComment('Lani', 'A missionary in 1880 held the only medicine on the island.');

describe('restatesEarlier', () => {
  it('should read an opening question repeating six words in a row as quoting the comment', () => {
    const reply = prepareComment(
      'Odile',
      'A missionary held the only medicine on the island? Source?',
    );
    expect(restatesEarlier(reply, claim, 'Lani')).toEqual({
      score: 0.9,
      reason: "questions Lani's claim in its own words",
      points: 'mention',
    });
  });

  it('should not count fewer words in a row, or a statement', () => {
    const few = prepareComment('Odile', 'The only medicine, in 1880? Source?');
    expect(restatesEarlier(few, claim, 'Lani')).toBeNull();
    const said = prepareComment(
      'Odile',
      'A missionary held the only medicine on the island, I read.',
    );
    expect(restatesEarlier(said, claim, 'Lani')).toBeNull();
  });

  it('should not count words the earlier comment itself quotes from someone else', () => {
    const quoting = prepareComment(
      'Max',
      'The minister said "a missionary held the only medicine on the island" and nobody checked.',
    );
    const reply = prepareComment(
      'Odile',
      'A missionary held the only medicine on the island? Source?',
    );
    expect(restatesEarlier(reply, quoting, 'Max')).toBeNull();
  });
});
