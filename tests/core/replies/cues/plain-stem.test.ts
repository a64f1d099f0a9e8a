import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plainStem } from '../../../../src/core/replies/cues/plain-stem.ts';
import { contentStem } from '../../../../src/core/replies/cues/rare-words.ts';

describe('plainStem', () => {
  it('should stem a plain content word as contentStem does', () => {
    expect(plainStem('hamstringing')).toBe(contentStem('hamstringing', new Map()));
    expect(plainStem('noticed')).toBe('notic');
    expect(plainStem("town's")).toBe(contentStem("town's", new Map()));
  });

  it('should give nothing for short, common or non-ASCII words', () => {
    expect(plainStem('the')).toBe('');
    expect(plainStem('because')).toBe('');
    expect(plainStem('1990')).toBe('');
    expect(plainStem('über')).toBe('');
    expect(plainStem('Ferry')).toBe('');
  });

  it('should answer alike however often and in whatever order it is asked', () => {
    const words = fc.constantFrom(
      'ferry',
      'ferries',
      'schedule',
      'éclair',
      "don't",
      'harbors',
      'a',
    );
    fc.assert(
      fc.property(fc.array(words, { maxLength: 20 }), (ws) => {
        for (const w of ws) {
          expect(plainStem(w)).toBe(/^[a-z0-9']+$/.test(w) ? contentStem(w, new Map()) : '');
        }
      }),
      { numRuns: 200 },
    );
  });
});
