import { describe, expect, it } from 'vitest';
import { answersQuestion } from '../../../../src/core/replies/cues/answers-question.ts';
import { prepareComment } from '../../../../src/core/replies/cues/prepare-comment.ts';
import { tellsOwnCase } from '../../../../src/core/replies/cues/tells-own-case.ts';

const asked = prepareComment(
  'Nell',
  'Our water bill went from $60 to $95 this quarter. Is that normal? Should I call the utility?',
);

describe('tellsOwnCase', () => {
  it("should read a reply telling of its writer's own case as no answer to the asker's", () => {
    const own = prepareComment(
      'Omar',
      'Rates on the east side went up for the new tank, fine. Those of us on the hill pay for a tank we never use. My pressure is the same as ever.',
    );
    expect(tellsOwnCase(own, asked)).toBe(true);
    expect(answersQuestion(own, asked, 'Nell', true)).toBeNull();
  });

  it('should leave a reply that speaks to the asker as their answer', () => {
    const toYou = prepareComment(
      'Omar',
      'That is about what everyone on our street got. You can ask them for a meter check, it is free.',
    );
    expect(tellsOwnCase(toYou, asked)).toBe(false);
    expect(answersQuestion(toYou, asked, 'Nell', true)).not.toBeNull();
  });
});
