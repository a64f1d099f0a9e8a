import { describe, expect, it } from 'vitest';
import { wordFamily } from '../../../src/core/stance/word-family.ts';

describe('wordFamily', () => {
  it('should build inflected and derived forms of a verb ending in "e"', () => {
    expect(wordFamily('agree')).toEqual(
      expect.arrayContaining(['agree', 'agrees', 'agreed', 'agreeing', 'agreement', 'agreements']),
    );
    expect(wordFamily('negotiate')).toEqual(
      expect.arrayContaining(['negotiating', 'negotiated', 'negotiation', 'negotiators']),
    );
  });

  it('should turn a final consonant-"y" and accept British "-ise"', () => {
    expect(wordFamily('treaty')).toContain('treaties');
    expect(wordFamily('normalise')).toEqual(
      expect.arrayContaining(['normalization', 'normalizing']),
    );
  });
});
