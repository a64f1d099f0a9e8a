import { describe, expect, it } from 'vitest';
import { openingAddress } from '../../../../src/core/replies/cues/opening-address.ts';
import { prepareDump } from '../../../../src/core/replies/cues/prepare-dump.ts';
import { repoint } from '../../../../src/core/replies/cues/repoint.ts';
import type { Scored } from '../../../../src/core/replies/cues/score-candidate.ts';
import type { ArticleMeta, ReplyGuess } from '../../../../src/core/types.ts';

const article: ArticleMeta = {
  title: 'Launch Scrubbed Again',
  subtitle: null,
  date: null,
  declaredCommentCount: null,
  byline: null,
  body: null,
};
const comments = [
  { author: 'Demir', body: 'The range overtime is billed to the launch provider, not taxpayers.' },
  { author: 'Drew', body: 'Good to know.' },
  { author: 'Demir', body: 'Glad it helped. It was a flight director line, not mine.' },
  { author: 'Lan', body: 'What Demir said about range overtime should be in the article.' },
  { author: 'Kai', body: 'Sounds right to me.' },
];
const dump = prepareDump(comments, article);
const g = (parentIndex: number): ReplyGuess => ({ parentIndex, confidence: 0.9, reason: 'test' });
const scored = (index: number, points?: 'address'): Scored => ({
  index,
  score: 0.9,
  hits: [{ score: 0.9, reason: 'test', ...(points === undefined ? {} : { points }) }],
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
