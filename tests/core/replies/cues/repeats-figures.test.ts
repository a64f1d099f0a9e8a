import { describe, expect, it } from 'vitest';
import { prepareComment } from '../../../../src/core/replies/cues/prepare-comment.ts';
import { figuresOf, repeatsFigures } from '../../../../src/core/replies/cues/repeats-figures.ts';

const count = prepareComment(
  'Lia',
  'I counted 31 riders on a bus built for 40, at 7:15 on Route 14.',
);
const repeats = (body: string, title: ReadonlySet<string> = new Set()) =>
  repeatsFigures(prepareComment('Ode', body), count, 'Lia', title);

describe('figuresOf', () => {
  it('should read figures of two digits or more as written, without a closing mark', () => {
    expect([...figuresOf('About 1,400 a day, 300 of them trucks, in 2.5 hours.')]).toEqual([
      '1,400',
      '300',
      '2.5',
    ]);
    expect([...figuresOf('Route 9, at 5 p.m.')]).toEqual([]);
  });
});

describe('repeatsFigures', () => {
  it('should read a first sentence repeating two of their figures', () => {
    expect(repeats('31 of 40 on a weekday. Send that to the board.')?.reason).toBe(
      "repeats Lia's figures",
    );
  });

  it("should not read one figure, figures past the first sentence, or the title's own", () => {
    expect(repeats('Only 31? Mine had more.')).toBeNull();
    expect(repeats('Send that to the board. 31 of 40 is plenty.')).toBeNull();
    expect(repeats('The 14 carried 31 today.', new Set(['14']))).toBeNull();
  });
});
