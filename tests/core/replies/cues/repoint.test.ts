import { describe, expect, it } from 'vitest';
import { openingAddress } from '../../../../src/core/replies/cues/opening-address.ts';
import { repoint } from '../../../../src/core/replies/cues/repoint.ts';
import type { Scored } from '../../../../src/core/replies/cues/score-candidate.ts';
import type { ReplyGuess } from '../../../../src/core/types.ts';
import { dumpOf } from '../support/dump-of.ts';

const dump = dumpOf(
  'Launch Scrubbed Again',
  ['Demir', 'The range overtime is billed to the launch provider, not taxpayers.'],
  ['Drew', 'Good to know.'],
  ['Demir', 'Glad it helped. It was a flight director line, not mine.'],
  ['Lan', 'What Demir said about range overtime should be in the article.'],
  ['Kai', 'Sounds right to me.'],
);
const g = (parentIndex: number): ReplyGuess => ({ parentIndex, confidence: 0.9, reason: 'test' });
const scored = (index: number): Scored => ({
  index,
  score: 0.9,
  hits: [{ score: 0.9, reason: 'test' }],
});

describe('repoint', () => {
  it('should move a "What X said" reply to the comment of X its words take up', () => {
    const address = openingAddress(dump.comments[3]?.opening ?? '');
    expect(repoint(dump, [null, g(0), g(1)], 3, scored(2), address).index).toBe(0);
  });

  it('should keep a choice that names no one and points nowhere back', () => {
    expect(repoint(dump, [null, g(0), g(1), g(0)], 4, scored(3), null)).toEqual(scored(3));
  });
});
