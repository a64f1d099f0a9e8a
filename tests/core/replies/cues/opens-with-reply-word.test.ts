import { describe, expect, it } from 'vitest';
import {
  goesOnFromNoClaim,
  opensWithReplyWord,
} from '../../../../src/core/replies/cues/opens-with-reply-word.ts';
import { prepareComment } from '../../../../src/core/replies/cues/prepare-comment.ts';

const opens = (body: string): boolean => opensWithReplyWord(prepareComment('A', body));

describe('opensWithReplyWord', () => {
  it('should recognise openers that continue somebody else', () => {
    expect(opens('Yes, and the buses are late too.')).toBe(true);
    expect(opens('And yet the ridership went up.')).toBe(true);
    expect(opens('In other words, nobody checked.')).toBe(true);
    expect(opens('Could that be why the vote was delayed?')).toBe(true);
  });

  it('should read "Is that true?" as a reply, but not "Is that report public?" asking about a thing', () => {
    expect(opens('Is that true? I had not heard it.')).toBe(true);
    expect(opens('Was that before the vote?')).toBe(true);
    expect(opens('Is that report public anywhere? I want to read it.')).toBe(false);
  });

  it('should read "OK, but" as granting the comment above a point only to push back', () => {
    expect(opens('OK, but the ferry also burns twice the diesel it used to.')).toBe(true);
    expect(opens('Okay but nobody counted the weekend riders.')).toBe(true);
    expect(opens('OK. The ferry leaves at nine on Sundays.')).toBe(false);
  });

  it('should read a first sentence of a pronoun and an auxiliary as confirming the one above', () => {
    expect(opens('They do. The hinges on the Elm gate swing shut.')).toBe(true);
    expect(opens("They won't. The entry price is twice that.")).toBe(true);
    expect(opens('It is not.')).toBe(true);
    expect(opens('They do the inspections in March.')).toBe(false);
  });

  it('should read advice to do otherwise ("Try … instead.") as answering the comment above', () => {
    expect(opens('Try the library branch on Elm instead. They print for free.')).toBe(true);
    expect(opens('Try the library branch on Elm. They print for free.')).toBe(false);
    expect(opens('They print for free. Try the library instead.')).toBe(false);
  });

  it('should read "So we…", "So you…" as openers only when the word is whole', () => {
    expect(opens('So we pay twice for the same bridge.')).toBe(true);
    expect(opens('So you want the county to pay?')).toBe(true);
    expect(opens('so weekend ferries can still be cut?')).toBe(false);
    expect(opens('So young drivers pay the most.')).toBe(false);
    expect(opens('But your numbers leave out the summer.')).toBe(false);
  });

  it('should not fire on an ordinary first sentence', () => {
    expect(opens('Yesterday the council voted again.')).toBe(false);
    expect(opens('No parking was planned for the new library.')).toBe(false);
  });

  it('should recognise a reply that opens by qualifying the comment above', () => {
    expect(opens('Not necessarily. The bond is re-evaluated every five years.')).toBe(true);
    expect(opens('Not exactly, the permit says otherwise.')).toBe(true);
  });
});

describe('opensWithReplyWord, "then"', () => {
  it('should read "Then build…" as continuing the comment above, but not a story\'s "Then the…"', () => {
    expect(
      opensWithReplyWord(prepareComment('J', 'Then build three of these, in three towns.')),
    ).toBe(true);
    expect(opensWithReplyWord(prepareComment('J', 'Then the council voted it down.'))).toBe(false);
  });
});

describe('opensWithReplyWord, "so we"', () => {
  it('should read "So we…" as drawing the consequence of what the comment above said', () => {
    expect(opens('So we pay for the dredging and lose the ramp anyway. Great.')).toBe(true);
    expect(opens('Some of us pay for the dredging twice.')).toBe(false);
  });
});

describe('goesOnFromNoClaim', () => {
  const then = prepareComment('B', 'Then show us the numbers from last spring.');
  it('should find no claim to go on from in a question above', () => {
    const asks = prepareComment('A', 'Will the pool open at six this summer? My kids swim early.');
    expect(goesOnFromNoClaim(then, asks)).toBe(true);
  });

  it('should go on from a claim, or from a question putting a case', () => {
    expect(goesOnFromNoClaim(then, prepareComment('A', 'The pool lost money all summer.'))).toBe(
      false,
    );
    const putsCase = prepareComment('A', 'What if the pool loses money again?');
    expect(goesOnFromNoClaim(then, putsCase)).toBe(false);
  });
});

describe('opensWithReplyWord, granting what was told', () => {
  it('should read "That does happen." as a reply to the comment above', () => {
    expect(opens('That does happen. The county lets you appeal online.')).toBe(true);
    expect(opens('That happens every spring on the river road.')).toBe(true);
    expect(opens('That ferry happens to be the slowest one.')).toBe(false);
  });
});
