import { describe, expect, it } from 'vitest';
import { namesSelfDescribed } from '../../../../src/core/replies/cues/names-self-described.ts';
import { prepareComment } from '../../../../src/core/replies/cues/prepare-comment.ts';
import { inferReplies } from '../../../../src/core/replies/infer-replies.ts';
import { makeDoc } from '../../support/thread-fixture.ts';

const guard = prepareComment(
  'Will',
  "Good. I've been a crossing guard at Elm School for six years. Cars fly past.",
);
const nurse = prepareComment('Ana', 'As a nurse, I see the falls every winter.');

describe('namesSelfDescribed', () => {
  it('should point at the commenter who told the page what they do, called by it', () => {
    const reply = prepareComment('Dev', 'With respect to the crossing guard, a squad car works.');
    expect(namesSelfDescribed(reply, guard, 'Will')?.reason).toBe(
      'names Will by the role they gave themselves',
    );
    const told = prepareComment('Dev', 'What the nurse said about ice is right.');
    expect(namesSelfDescribed(told, nurse, 'Ana')).not.toBeNull();
  });

  it('should not read a word of the role alone, or "as a" inside a sentence, as the role', () => {
    const crossing = prepareComment('Dev', 'The crossing at Elm needs a light.');
    expect(namesSelfDescribed(crossing, guard, 'Will')).toBeNull();
    const place = prepareComment('Ida', 'It was sold to us as a place for bikes.');
    const reply = prepareComment('Dev', 'A coyote walked past like it owned the place.');
    expect(namesSelfDescribed(reply, place, 'Ida')).toBeNull();
  });

  it('should place a reply speaking of "the crossing guard" under her comment, past new subjects', () => {
    const comments = [
      ['Wen Cole', "I've been a crossing guard at Elm School for six years. Cars fly past us."],
      ['Gus Hale', 'Will the parking lot at the library be repaved before summer?'],
      ['Mia Lund', 'The bridge over the creek has a loose board near the middle.'],
      ['Ola Berg', 'Dog waste bags ran out at the north gate again this weekend.'],
      ['Lou Park', 'With respect to the crossing guard, a squad car at drop-off does more.'],
    ].map(([author, body]) => ({ author: author ?? null, rawLocation: null, body: body ?? '' }));
    const guesses = inferReplies(comments, makeDoc('Town Adds Speed Bumps', []).article);
    expect(guesses[4]?.parentIndex).toBe(0);
  });
});
