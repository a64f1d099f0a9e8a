import { describe, expect, it } from 'vitest';
import { givesBackDoer } from '../../../../src/core/replies/cues/gives-back-doer.ts';
import { prepareComment } from '../../../../src/core/replies/cues/prepare-comment.ts';

const asked = prepareComment(
  'Ines',
  'Every spring the potholes come back worse. Who actually approves these patch jobs, and why does nobody check them?',
);

describe('givesBackDoer', () => {
  it("should read a reply naming whoever does what was asked, with the question's verb, as its answer", () => {
    const reply = prepareComment(
      'Gus',
      'The public works director approves them, after a site visit by the road crew.',
    );
    expect(givesBackDoer(reply, asked)).toBe(true);
  });

  it('should not read a reply that leaves the verb out, or asks the question again, as an answer', () => {
    const remark = prepareComment('Gus', 'The potholes on my street are a disgrace too.');
    expect(givesBackDoer(remark, asked)).toBe(false);
    const again = prepareComment('Gus', 'Who approves them? I have wondered for years.');
    expect(givesBackDoer(again, asked)).toBe(false);
  });

  it('should not read a verb every sentence has as given back', () => {
    const question = prepareComment('Ines', 'Who is in charge of the potholes?');
    const reply = prepareComment('Gus', 'The problem is the winter, not the crews.');
    expect(givesBackDoer(reply, question)).toBe(false);
  });
});
