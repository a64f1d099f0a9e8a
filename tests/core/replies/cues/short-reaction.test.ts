import { describe, expect, it } from 'vitest';
import { prepareComment } from '../../../../src/core/replies/cues/prepare-comment.ts';
import { shortReaction } from '../../../../src/core/replies/cues/short-reaction.ts';

const short = (body: string): boolean => shortReaction(prepareComment('A', body));

describe('shortReaction', () => {
  it('should recognise a few words of reaction', () => {
    expect(short('Exactly this.')).toBe(true);
    expect(short('Ha! Beat me to it.')).toBe(true);
    expect(short('LOL, too true.')).toBe(true);
    expect(short('Well said.')).toBe(true);
    expect(short('Noted.')).toBe(true);
  });

  it('should recognise a wince at a figure or praise for the comment above', () => {
    expect(short('Oof.')).toBe(true);
    expect(short('Ouch, that is double the old fare.')).toBe(true);
    expect(short('Best comment on here, honestly.')).toBe(true);
    expect(short('Love to see people agreeing on a budget.')).toBe(true);
    // The same words opening a longer thought, or about something else, are no reaction.
    expect(short('Best comments of the night came from the library board.')).toBe(false);
    expect(short('Lovely to see the pool open again this summer.')).toBe(false);
  });

  it('should recognise a few words hailing a proposal', () => {
    expect(short("Now you're talking. Glad we agree for once.")).toBe(true);
    expect(short('Now you are talking about the old depot, which closed in 1990.')).toBe(false);
  });

  it('should recognise a few words closed by a one-word taunt', () => {
    expect(short('Fine, I moved the car. Happy?')).toBe(true);
    expect(short('Posted the receipt above. Satisfied?')).toBe(true);
    expect(short('Is the pool open on Sundays?')).toBe(false);
    expect(short('The council voted twice on the levy, and the mayor vetoed it. Happy?')).toBe(
      false,
    );
  });

  it('should not take a long comment that starts with a reaction word', () => {
    expect(
      short(
        'Wow. The council met for six hours and still could not agree on where the new school should go, again.',
      ),
    ).toBe(false);
  });

  it('should not take a short comment without a reaction word', () => {
    expect(short('Honored. The word he chose.')).toBe(false);
  });
});

describe('shortReaction, a welcome', () => {
  it('should read a yes to a plan above ("See you there.") as a reaction to it', () => {
    expect(short('See you there!')).toBe(true);
    expect(short("Count me in, I'll bring chairs.")).toBe(true);
    expect(short('See you at the pool on Friday, neighbors.')).toBe(false);
  });

  it('should read a short welcome as a reaction to the comment above', () => {
    expect(shortReaction(prepareComment('D', 'Welcome to town. Give it one summer.'))).toBe(true);
  });

  it('should take "Speak for yourself" as a reaction to the comment above', () => {
    expect(short("Speak for yourself, I'm down there every Saturday for the market.")).toBe(true);
  });

  it('should read a bare request for a source as a reaction to the claim above', () => {
    expect(short('Source?')).toBe(true);
    expect(short('Citation needed.')).toBe(true);
    expect(short('Source for that?')).toBe(true);
    expect(short('Sources say the vote is delayed.')).toBe(false);
  });
});

describe('shortReaction, "This." and asking for more', () => {
  it('should read "This." as a sentence of its own as a reaction, however long the rest', () => {
    expect(
      short('This. Put the bike racks by the library too and half the complaints would stop.'),
    ).toBe(true);
    expect(short('This bridge has been closed since the flood in the spring of that year.')).toBe(
      false,
    );
  });

  it('should read a question asking the comment above to say more as a reaction', () => {
    expect(short('Cheaper how? I thought the bids came in high.')).toBe(true);
    expect(short('How so? The ferry ran fine all winter.')).toBe(true);
    expect(short('How long does the ferry take?')).toBe(false);
  });
});
