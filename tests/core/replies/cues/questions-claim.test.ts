import { describe, expect, it } from 'vitest';
import { prepareComment } from '../../../../src/core/replies/cues/prepare-comment.ts';
import { questionsClaim } from '../../../../src/core/replies/cues/questions-claim.ts';

const claim = prepareComment(
  'Rosa',
  'The only housing the developer wants near the park is luxury condos for investors.',
);
const ask = (body: string) => questionsClaim(prepareComment('A', body), claim, 'Rosa');

describe('questionsClaim', () => {
  it('should read a short opening question restating a claim as a challenge to it', () => {
    expect(ask('The developer wants luxury condos? They filed for affordable units.')).toEqual({
      score: 0.6,
      reason: "questions Rosa's claim",
    });
  });

  it('should not fire on a question on the same topic in other words', () => {
    expect(ask('Condos by a park are bad?')).toBeNull();
  });

  it('should not read a question asked after another question as doubting a claim', () => {
    const asked = prepareComment(
      'Ines',
      'How are tenants supposed to park near the clinic? The lot is gated after six.',
    );
    const alongside = prepareComment('B', 'Where are tenants supposed to park on market days?');
    expect(questionsClaim(alongside, asked, 'Ines')).toBeNull();
    const stated = prepareComment('Ines', 'Tenants are supposed to park behind the clinic now.');
    expect(questionsClaim(alongside, stated, 'Ines')?.score).toBe(0.6);
  });

  it('should not fire on a long question or a statement', () => {
    expect(
      ask(
        'The developer wants luxury condos, and the council will approve them next month as usual.',
      ),
    ).toBeNull();
    expect(
      ask(
        'Does anyone seriously think the developer wants luxury condos there when the zoning board has said no twice?',
      ),
    ).toBeNull();
  });
});
