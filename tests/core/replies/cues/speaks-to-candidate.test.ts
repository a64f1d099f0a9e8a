import { describe, expect, it } from 'vitest';
import { speaksToCandidate } from '../../../../src/core/replies/cues/speaks-to-candidate.ts';
import type { Scored } from '../../../../src/core/replies/cues/score-candidate.ts';
import { inferReplies } from '../../../../src/core/replies/infer-replies.ts';
import { makeDoc } from '../../support/thread-fixture.ts';

const scored = (hits: Scored['hits']): Scored => ({ index: 0, score: 0.9, hits });

describe('speaksToCandidate', () => {
  it('should read a name spoken to as the strongest cue', () => {
    const hit = { score: 0.9, reason: 'addresses Will by name', points: 'address' as const };
    expect(speaksToCandidate(scored([hit]))).toBe(true);
  });

  it('should not read a name only written, or no candidate at all', () => {
    const named = { score: 0.92, reason: 'echoes what Will said', points: 'mention' as const };
    expect(speaksToCandidate(scored([named]))).toBe(false);
    expect(speaksToCandidate(scored([{ score: 0.6, reason: 'answers back' }]))).toBe(false);
    expect(speaksToCandidate(null)).toBe(false);
  });

  it('should keep a reply that speaks to a commenter by name under them, though it quotes words nobody wrote', () => {
    const comments = [
      ['Ned Hollis', 'The garage went double over budget, so this will too.'],
      ['Will Chen', 'It is no construction job, only new fixtures going onto existing poles.'],
      ['Ada Moss', 'My street has had no working streetlight since spring.'],
      ['Bo Reyes', 'Are the crews city staff or a contractor this time?'],
      ['Cy Tran', 'The sidewalk on Elm is still torn up from the gas work.'],
      ['Di Park', 'Parking downtown on Saturdays is impossible now.'],
      ['Ed Vance', 'The library should stay open later in the summer.'],
      ['Fay Olin', 'Our block still has the old sodium lamps.'],
      ['Gil Ames', 'The crossing guard on Fifth deserves a raise.'],
      [
        'Ned Hollis',
        'Will, "a quick and painless change for everyone" is what they told us about the meters.',
      ],
    ].map(([author, body]) => ({ author: author ?? null, rawLocation: null, body: body ?? '' }));
    const guesses = inferReplies(comments, makeDoc('City Swaps Streetlights', []).article);
    expect(guesses[9]?.parentIndex).toBe(1);
  });
});
