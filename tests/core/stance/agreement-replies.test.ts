import { describe, expect, it } from 'vitest';
import { inheritedSign, readReply } from '../../../src/core/stance/agreement-replies.ts';

describe('readReply', () => {
  it('should read short agreements and disagreements', () => {
    expect(readReply('exactly.', null)?.move).toBe('agree');
    expect(readReply('agreed. we need to keep our noses out.', null)?.move).toBe('agree');
    expect(readReply("no they're not.", null)?.move).toBe('disagree');
    expect(readReply('this comment is false.', null)?.move).toBe('disagree');
    // "%" is not a word character, so "100%" needs its own end test.
    expect(readReply('100%.', null)?.move).toBe('agree');
  });

  it('should read someone said to have it right as assent, but not nobody', () => {
    expect(readReply('marta has it right, sadly.', null)?.move).toBe('agree');
    expect(readReply("you've got it exactly right.", null)?.move).toBe('agree');
    expect(readReply('nobody has it right.', null)).toBeNull();
  });

  it('should read a set phrase of assent however long the sentence it opens', () => {
    expect(
      readReply("couldn't agree more, and i say that as someone who voted against him.", null)
        ?.move,
    ).toBe('agree');
    expect(readReply('history backs you up on that one, sadly.', null)?.move).toBe('agree');
  });

  it('should read "<parent> is right" by the parent author’s first name', () => {
    expect(readReply('gordon is right.', 'Gordon P')).toEqual({
      move: 'agree',
      cue: 'agrees with Gordon P',
    });
    expect(readReply('gordon is right.', 'Mary')).toBeNull();
    expect(readReply("gordon's spot on here.", 'Gordon P')?.cue).toBe('agrees with Gordon P');
    expect(readReply('gordon, you are correct', 'Gordon P')?.cue).toBe('agrees with Gordon P');
    expect(readReply('gordon is wrong.', 'Gordon P')).toBeNull();
  });

  it('should not take an opening "No"/"Yes" inside a longer sentence as a verdict', () => {
    expect(
      readReply(
        'no matter your opinions of the two presidents, a cease-fire is the first step',
        null,
      ),
    ).toBeNull();
    expect(
      readReply('yes, let russia take over our role in afghanistan and libya', null),
    ).toBeNull();
  });

  it('should read common reply forms of assent and dissent, and a negated dissent as assent', () => {
    for (const opening of [
      "couldn't agree more.",
      'sadly true.',
      'this.',
      'well put.',
      "that's right.",
    ]) {
      expect(readReply(opening, null)?.move, opening).toBe('agree');
    }
    for (const opening of [
      "you can't be serious.",
      'i strongly disagree.',
      "that's simply not true.",
    ]) {
      expect(readReply(opening, null)?.move, opening).toBe('disagree');
    }
    expect(readReply("you're not wrong.", null)?.move).toBe('agree');
    expect(readReply("marta's right about this one.", 'Marta K')?.move).toBe('agree');
  });

  it('should not take "This …" or "Same …" opening a statement as assent', () => {
    expect(readReply('this deal is a disaster.', null)).toBeNull();
    expect(readReply('same old story from moscow.', null)).toBeNull();
  });

  it('should take the parent stance on agreement and flip it on disagreement', () => {
    expect(inheritedSign('support', 'agree')).toBe(1);
    expect(inheritedSign('oppose', 'disagree')).toBe(1);
    expect(inheritedSign('neutral', 'disagree')).toBe(0);
  });

  it('should read someone said to have called it as assent, but not nobody', () => {
    expect(readReply('olga called it. sadly.', null)?.move).toBe('agree');
    expect(readReply('you called it.', null)?.move).toBe('agree');
    expect(readReply('nobody called it.', null)).toBeNull();
  });
});
