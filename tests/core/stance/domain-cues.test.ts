import { describe, expect, it } from 'vitest';
import { DOMAIN_CUES, domainCues } from '../../../src/core/stance/domain-cues.ts';

const cues = (text: string) => domainCues(text.toLowerCase()).map((h) => h.cue);

describe('domainCues', () => {
  it('should catch the framing a sentiment lexicon misses', () => {
    expect(cues('Putin owns Trump. Such a bromance.')).toEqual(
      expect.arrayContaining(['owned by Putin', 'bromance']),
    );
    expect(cues('Talking is better than war.')).toEqual(['talking beats war']);
    expect(cues('This Russophobia is irrational.')).toEqual(['Russophobia']);
    expect(cues('There is no way we can trust Putin or Trump.')).toEqual(['cannot be trusted']);
  });

  it('should turn the puppet charge around when the comment mocks the critics', () => {
    const hits = cues('Democrats seized on the call to paint him again as a puppet of Putin.');
    expect(hits).toContain('answers the critics');
    expect(hits).not.toContain('puppet');
  });

  it('should give every cue a trigger its pattern can actually meet', () => {
    for (const c of DOMAIN_CUES) {
      expect(c.triggers.length, c.cue).toBeGreaterThan(0);
      expect(Math.sign(c.weight), c.cue).not.toBe(0);
    }
  });

  it('should find nothing in plain factual text', () => {
    expect(cues('The meeting is scheduled for July in Hamburg.')).toEqual([]);
  });
});
