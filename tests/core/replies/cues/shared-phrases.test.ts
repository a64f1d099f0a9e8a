import { describe, expect, it } from 'vitest';
import { prepareComment } from '../../../../src/core/replies/cues/prepare-comment.ts';
import { sharedPhrases } from '../../../../src/core/replies/cues/shared-phrases.ts';
import { newVocabulary } from '../../../../src/core/replies/cues/rare-words.ts';

const shared = (a: string, b: string): number =>
  sharedPhrases(prepareComment('A', a), prepareComment('B', b));

describe('sharedPhrases', () => {
  it('should count a phrase of common words picked up from the other comment', () => {
    expect(shared('Cost per open hour is the fair measure.', 'Per open hour it is cheap.')).toBe(2);
  });

  it('should count a figure of two digits or more', () => {
    expect(shared('Is the 35% fixed by law?', 'The plan sends 35% to the parks.')).toBe(1);
    expect(shared('Is 5 enough?', 'They hired 5 guards.')).toBe(0);
  });

  it('should count a figure with a unit of a letter or two', () => {
    expect(shared('Is that 5K every year?', 'The Friends raised $60,000 from the 5K.')).toBe(1);
    expect(shared('Is that 5K every year?', 'The 10K is in May.')).toBe(0);
    expect(shared('Is 6abc open?', 'Try 6abc today.')).toBe(0);
  });

  it('should not count pairs with a particle', () => {
    expect(shared('Most of them are teenagers.', 'Most of those families drive.')).toBe(0);
  });

  it('should weigh one reply against several comments alike', () => {
    const reply = prepareComment('A', 'Cost per open hour is the fair measure, 35% of it.');
    const counts = ['Per open hour it is cheap.', 'They pay 35% now.', 'Nothing shared.'].map((b) =>
      sharedPhrases(reply, prepareComment('B', b)),
    );
    expect(counts).toEqual([2, 1, 0]);
    expect(sharedPhrases(reply, prepareComment('B', 'Per open hour it is cheap.'))).toBe(2);
  });

  it('should count the same between comments of one dump as of two', () => {
    const vocabulary = newVocabulary();
    const reply = prepareComment(
      'A',
      'Cost per open hour is the fair measure, 35% of it.',
      vocabulary,
    );
    const cand = prepareComment('B', 'Per open hour it costs 35% more, per open hour.', vocabulary);
    expect(sharedPhrases(reply, cand)).toBe(3);
    expect(sharedPhrases(reply, prepareComment('B', 'Nothing open here.', vocabulary))).toBe(0);
  });
});
