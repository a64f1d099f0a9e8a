import { describe, expect, it } from 'vitest';
import { learnWords, stanceFeatures } from '../../../src/core/stance/stance-features.ts';

const machine = { label: 'neutral' as const, score: 0.1, cues: [] };

describe('stanceFeatures', () => {
  it('should carry the rules’ label and score beside the content words', () => {
    const x = stanceFeatures({ body: 'The reset is a sham.', machine });
    expect(x.get('rule:neutral')).toBe(1);
    expect(x.get('rule:score')).toBe(0.1);
    expect(x.has('reset')).toBe(true);
    expect(x.has('the')).toBe(false);
  });

  it('should mark words under a negation, so "not trust" is not "trust"', () => {
    const x = stanceFeatures({ body: 'I do not trust Moscow.', machine });
    expect(x.has('not trust')).toBe(true);
    expect(x.has('trust')).toBe(false);
  });

  it('should keep apostrophes inside words', () => {
    expect(learnWords("Don't trust it")).toEqual(["don't", 'trust', 'it']);
  });

  it('should mark a comment that asks, and one that names the story, whatever its words', () => {
    const asked = stanceFeatures({ body: 'Where is it held?', machine });
    expect(asked.get('tone:asking')).toBe(1);
    expect(asked.get('tone:asking (neutral by the rules)')).toBe(1);
    expect(asked.has('tone:on-topic')).toBe(false);
    const named = stanceFeatures({ body: 'Talks with Putin again, 3rd time.', machine });
    expect(named.get('tone:on-topic')).toBe(1);
    expect(named.get('tone:factual')).toBe(1);
  });
});
