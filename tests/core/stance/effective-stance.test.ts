import { describe, expect, it } from 'vitest';
import {
  effectiveStance,
  effectiveStanceOf,
  MACHINE_ONLY,
  type StanceLayers,
} from '../../../src/core/stance/effective-stance.ts';
import type { ThreadComment } from '../../../src/core/types.ts';
import type { ArticleIndex } from '../../../src/core/article/article-index.ts';

const comment = { stance: { label: 'oppose', score: -0.5, cues: [] } } as unknown as ThreadComment;
const article = {
  slug: 'art',
  byId: new Map([
    ['c1', comment],
    ['c2', comment],
    ['c3', comment],
  ]),
} as unknown as ArticleIndex;

const layers: StanceLayers = {
  overrideOf: (k) => (k === 'art/c2' || k === 'art/c3' ? 'support' : null),
  learnedOf: (k) =>
    k === 'art/c1' || k === 'art/c3'
      ? { label: 'neutral', confidence: 0.8, words: ['talks'] }
      : null,
};

describe('effectiveStance', () => {
  it('should put the reader’s label over a learned one, and a learned one over the machine’s', () => {
    expect(effectiveStance(comment, 'art/c3', layers)).toEqual({
      label: 'support',
      source: 'reader',
      machineLabel: 'oppose',
    });
    expect(effectiveStance(comment, 'art/c1', layers)).toEqual({
      label: 'neutral',
      source: 'learned',
      machineLabel: 'oppose',
    });
    expect(effectiveStance(comment, 'art/c1', MACHINE_ONLY)).toEqual({
      label: 'oppose',
      source: 'machine',
      machineLabel: 'oppose',
    });
  });
});

describe('effectiveStanceOf', () => {
  it('should give filters and counts the label the reader sees for each comment key', () => {
    const stanceOf = effectiveStanceOf([article], layers);
    expect(stanceOf('art/c1')).toBe('neutral');
    expect(stanceOf('art/c2')).toBe('support');
    expect(effectiveStanceOf([article], MACHINE_ONLY)('art/c1')).toBe('oppose');
    expect(stanceOf('other/c1')).toBe('neutral');
    expect(stanceOf('no-slash')).toBe('neutral');
  });

  it('should read the comment it is handed, with the reader’s and the learned labels still over it', () => {
    const stanceOf = effectiveStanceOf([article], layers);
    const other = {
      stance: { label: 'support', score: 0.5, cues: [] },
    } as unknown as ThreadComment;
    // A comment no loaded article has: only the one handed over can say its label.
    expect(stanceOf('gone/c9', other)).toBe('support');
    expect(stanceOf('gone/c9')).toBe('neutral');
    expect(stanceOf('art/c1', other)).toBe('neutral');
    expect(stanceOf('art/c2', comment)).toBe('support');
    expect(effectiveStanceOf([article], MACHINE_ONLY)('art/c1', other)).toBe('support');
  });
});
