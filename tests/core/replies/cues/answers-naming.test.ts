import { describe, expect, it } from 'vitest';
import { answersNaming, saysNamed } from '../../../../src/core/replies/cues/answers-naming.ts';
import { prepareComment } from '../../../../src/core/replies/cues/prepare-comment.ts';
import { dumpOf } from '../support/dump-of.ts';

describe('saysNamed', () => {
  it('should recognise a writer answering the comment that named them', () => {
    expect(saysNamed(prepareComment('Deb', 'Since my name came up: yes, I was a finalist.'))).toBe(
      true,
    );
    expect(
      saysNamed(prepareComment('Deb', 'As I was mentioned above, a word on the design.')),
    ).toBe(true);
    expect(saysNamed(prepareComment('Deb', 'My name is on the petition too.'))).toBe(false);
  });
});

describe('answersNaming', () => {
  it('should point at a comment naming the writer, and at no other', () => {
    const dump = dumpOf(
      'Mural Approved',
      ['Pat', 'Who were the two local finalists?'],
      ['Bea', 'Deb Marchand and the Soto brothers. Both designs are online.'],
      ['Rust', 'The fish look like they are screaming.'],
      ['Deb Marchand', 'Since my name came up: yes, I was a finalist, and no, not bitter.'],
    );
    expect(answersNaming(dump, 3, 1)?.reason).toBe('answers Bea, who named them');
    expect(answersNaming(dump, 3, 2)).toBeNull();
  });
});
