import { describe, expect, it } from 'vitest';
import { prepareComment } from '../../../../src/core/replies/cues/prepare-comment.ts';
import { contentStem } from '../../../../src/core/replies/cues/rare-words.ts';
import {
  firstSentenceTakesUp,
  takesUp,
  takesUpQuestion,
} from '../../../../src/core/replies/cues/takes-up-question.ts';

const asks = prepareComment(
  'Ida',
  'The ramps look great. Which parks get the new lighting first? My kids skate after dark.',
);

describe('takesUpQuestion', () => {
  it("should count the reply's words found in the question a comment asks, not in its other sentences", () => {
    const answer = prepareComment('Lu', 'Riverside and Elm parks get the lighting in May.');
    expect(takesUpQuestion(answer, asks)).toBe(2);
    const aside = prepareComment('Lu', 'The ramps are great, and my kids skate there too.');
    expect(takesUpQuestion(aside, asks)).toBe(0);
  });

  it('should count words of the short questions that spell out a question for a fact', () => {
    const kate = prepareComment(
      'Kate',
      'Question for the farmers: what would make this okay for you? Fencing, gates, closing it at dusk?',
    );
    const walt = prepareComment('Walt', 'Fence the whole stretch and put gates on every crossing.');
    expect(takesUpQuestion(walt, kate)).toBeGreaterThanOrEqual(2);
    // Without a question for a fact before them, such fragments ask nothing to be taken up.
    const retort = prepareComment('Kate', 'Nice fencing. Gates? Closing it at dusk?');
    expect(takesUpQuestion(walt, retort)).toBe(0);
  });

  it("should count an answer opening on the question's own noun, capitalised as the first word", () => {
    const lead = prepareComment('Lu', 'Lighting goes up at Riverside first.');
    expect(takesUp(lead, 'which parks get the new lighting first')).toBeGreaterThanOrEqual(1);
    expect(takesUp(lead, '')).toBe(0);
  });
});

describe('takesUpQuestion, title words and the case a question puts', () => {
  it("should leave aside the words it is told to skip (the article's title words)", () => {
    const asked = prepareComment('K', 'Will the cameras cut speeding near the schools?');
    const reply = prepareComment('L', 'Narrower lanes near schools work better than cameras.');
    expect(takesUpQuestion(reply, asked)).toBe(3);
    expect(takesUpQuestion(reply, asked, new Set(['camera']))).toBe(2);
  });

  it('should count the words of the case a question puts, and of one asked after a comma', () => {
    const ifAsked = prepareComment(
      'K',
      'The lots fill up. If everybody parks downtown, what happens to the bus lanes?',
    );
    const reply = prepareComment('L', 'The meters downtown keep cars out of the lanes.');
    expect(takesUpQuestion(reply, ifAsked)).toBe(2);
    const butAsked = prepareComment(
      'K',
      'The path stays open to walkers, but will there be a gate for bikes? Because people ride through.',
    );
    const gate = prepareComment('L', 'A gate goes in at each end for the bikes.');
    expect(takesUpQuestion(gate, butAsked)).toBe(2);
  });
});

describe('firstSentenceTakesUp', () => {
  it("should count the question's words given back in the reply's first sentence alone", () => {
    const asked = prepareComment(
      'K',
      'Does the levy cover the library branches? Mine closes early.',
    );
    const reply = prepareComment(
      'L',
      'Library branches are covered. The rest goes to roads and the clerk, and also to parks.',
    );
    expect(firstSentenceTakesUp(reply, asked)).toBe(3);
    expect(firstSentenceTakesUp(reply, asked, new Set([contentStem('library', new Map())]))).toBe(
      2,
    );
    const later = prepareComment('L', 'It passed in May. The library branches get a share.');
    expect(firstSentenceTakesUp(later, asked)).toBe(0);
  });
});
