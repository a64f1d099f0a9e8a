import { describe, expect, it } from 'vitest';
import { keptStem } from '../../../../src/core/replies/cues/kept-stem.ts';
import { contentStem } from '../../../../src/core/replies/cues/rare-words.ts';

describe('keptStem', () => {
  it('should stem any word as contentStem does, non-ASCII and capitals too', () => {
    for (const word of ['hamstringing', 'noticed', "town's", 'über', 'Ferry', 'the', '1990']) {
      expect(keptStem(word)).toBe(contentStem(word, new Map()));
    }
  });

  it('should answer alike when asked again', () => {
    const first = ['ferries', 'schedule', 'éclair'].map(keptStem);
    expect(['ferries', 'schedule', 'éclair'].map(keptStem)).toEqual(first);
  });
});
