import { describe, expect, it } from 'vitest';
import { prepareComment } from '../../../../src/core/replies/cues/prepare-comment.ts';
import {
  recalledStems,
  recallsStatement,
} from '../../../../src/core/replies/cues/recalls-statement.ts';

const stems = (opening: string) => recalledStems(opening, new Map());
const recalls = (opening: string, earlier: string) =>
  recallsStatement(stems(opening), prepareComment('Bill', earlier), 'Bill');

describe('recalledStems', () => {
  it('should read the statement after "whoever said" and its kin', () => {
    expect(stems('Whoever said the seats went to the high school: I never knew.').size).toBe(3);
    expect(stems('Someone above mentioned that the fee is waived.').size).toBeGreaterThan(0);
    expect(stems('The person who said meters pay for bathrooms is right.').size).toBeGreaterThan(0);
  });

  it('should read what someone suggested, up to where the reply goes on in its own words', () => {
    const recalled = stems(
      'Whoever suggested calling the harbormaster, here is his number: 555-0101.',
    );
    expect([...recalled].length).toBe(2);
    expect(
      recalls(
        'Whoever suggested calling the harbormaster, it works.',
        'I am calling the harbormaster tomorrow.',
      )?.score,
    ).toBeCloseTo(0.9);
  });

  it('should read what thanks are for as the statement they recall', () => {
    expect(
      stems('Thank you for the tip about the library lending snowshoes. Going Saturday.').size,
    ).toBe(3);
    expect(stems('Thanks for explaining why the ferry skips the north dock.').size).toBe(4);
    expect(stems('Thanks for the snowshoe rental price, that settles it.').size).toBe(3);
    // Thanks naming one word, or nothing they are for, recall no statement.
    expect(stems('Thanks for explaining, Marguerite.').size).toBe(0);
    expect(stems('Thanks for the quick and thorough reply.').size).toBe(0);
    expect(stems('Thank you so much, that helps.').size).toBe(0);
  });

  it('should read nothing when the reply does not recall a statement', () => {
    expect(stems('Bill said the fee is waived.').size).toBe(0);
    expect(stems('I said the seats went to the high school.').size).toBe(0);
  });
});

describe('recallsStatement', () => {
  it('should find the comment that made the recalled statement, in other words too', () => {
    const hit = recalls(
      'Whoever said it takes meat and bones — that settles it for me.',
      'It does. Meat, bones, dairy, even greasy pizza boxes.',
    );
    expect(hit?.reason).toBe('recalls what Bill said');
    expect(hit?.score).toBeGreaterThan(0.75);
  });

  it('should score a comment holding more of the statement higher', () => {
    const opening = 'Whoever said the seats went to the high school auditorium: news to me.';
    const most = recalls(opening, 'The seats went to the high school auditorium in 2016.');
    const some = recalls(opening, 'The high school needs new seats.');
    expect(most?.score ?? 0).toBeGreaterThan(some?.score ?? 0);
  });

  it('should find the comment whose tip the thanks name', () => {
    const thanks = 'Thanks for the tip about the library lending snowshoes, never knew.';
    expect(
      recalls(thanks, 'Our branch lends snowshoes all winter, free with a library card.')?.reason,
    ).toBe('recalls what Bill said');
    expect(recalls(thanks, 'The trails were icy again this morning.')).toBeNull();
  });

  it('should not take a comment sharing one word of the statement', () => {
    expect(
      recalls('Whoever said the marquee is worth money: where?', 'Money is tight.'),
    ).toBeNull();
  });
});
