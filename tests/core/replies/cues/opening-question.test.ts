import { describe, expect, it } from 'vitest';
import { openingQuestion } from '../../../../src/core/replies/cues/opening-question.ts';
import { prepareComment } from '../../../../src/core/replies/cues/prepare-comment.ts';

describe('openingQuestion', () => {
  it('should give the words of a first sentence that asks something', () => {
    const reply = prepareComment('Odile', 'Putin wants Syrians in Europe? Nonsense.');
    expect(openingQuestion(reply)).toEqual(['putin', 'wants', 'syrians', 'in', 'europe']);
  });

  it('should give nothing when the comment opens with a statement', () => {
    const reply = prepareComment('Odile', 'Putin wants a deal. Does Trump?');
    expect(openingQuestion(reply)).toEqual([]);
  });

  it('should read each reply’s own question when replies alternate', () => {
    const asks = prepareComment('Odile', 'Who pays for it? Not us.');
    const tells = prepareComment('Odile', 'The county pays.');
    expect([asks, tells, asks].map((c) => openingQuestion(c))).toEqual([
      ['who', 'pays', 'for', 'it'],
      [],
      ['who', 'pays', 'for', 'it'],
    ]);
  });
});
