import { describe, expect, it } from 'vitest';
import { writtenHandle } from '../../../../src/core/replies/cues/written-handle.ts';

describe('writtenHandle', () => {
  it('should spell a handle with digits as the words and digits it is written with', () => {
    expect(writtenHandle('ferry_3_fan', true)?.words).toEqual(['ferry', '3', 'fan']);
    expect(writtenHandle('deckhand_jo77', true)?.words).toEqual(['deckhand', 'jo77']);
    expect(writtenHandle('deckhand_jo77', true)?.whole).toBe(true);
  });

  it('should leave a handle without digits to its name words', () => {
    expect(writtenHandle('river_rat', true)).toBeNull();
  });
});
